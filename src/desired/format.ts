import { textEscape } from '../render/escape.js';
import type { SourceError } from './types.js';

/** Errors in reading order: by file, line, column (then message, so output is stable). */
export function sortErrors(errors: readonly SourceError[]): SourceError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/**
 * One error, compiler style: `rooms/eq.yaml:7:5: error: …` (`rooms/: error: …` for a whole file or folder), for a
 * terminal: the file name and message quote the tree, so their control characters are shown escaped (`\x1b`) and
 * invisible ones as `<U+202E>`, and a group name cannot repaint the screen or forge a line.
 */
export function formatSourceError(e: SourceError): string {
  const where = e.line > 0 ? `${textEscape(e.file)}:${e.line}:${e.column}` : textEscape(e.file);
  return `${where}: error${e.rule === undefined ? '' : `[${textEscape(e.rule)}]`}: ${textEscape(e.message)}`;
}

/** The text lines for a list of errors, sorted; plan/apply print these when the tree is invalid. */
export function formatSourceErrors(errors: readonly SourceError[]): string[] {
  return sortErrors(errors).map(formatSourceError);
}
