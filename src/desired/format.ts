import type { SourceError } from './types.js';

/** Errors in reading order: by file, line, column (then message, so output is stable). */
export function sortErrors(errors: readonly SourceError[]): SourceError[] {
  return [...errors].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** One error, compiler style: `rooms/eq.yaml:7:5: error: …` (`rooms/: error: …` for a whole file or folder). */
export function formatSourceError(e: SourceError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
  return `${where}: error: ${e.message}`;
}

/** The text lines for a list of errors, sorted; plan/apply print these when the tree is invalid. */
export function formatSourceErrors(errors: readonly SourceError[]): string[] {
  return sortErrors(errors).map(formatSourceError);
}
