/**
 * The failures a command reports, and how the one error boundary (main.ts) prints them: in words on stderr, or,
 * with `--format json`, as one JSON object on stdout so `… --format json | jq` always gets JSON.
 */
import { formatSourceErrors } from '../desired/format.js';
import { sortErrors } from '../desired/format.js';
import type { SourceError } from '../desired/types.js';
import { terminalText } from '../render/escape.js';
import { WhootApiError, WhootConfigError } from '../whoot/errors.js';

/** A command's usage error (bad flag or value, a file argument that cannot be used): no stack, exit 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file or folder argument that cannot be used (`no such file: nope.json`): one line, no usage hint. */
export class FileArgError extends UsageError {
  override name = 'FileArgError';
}

/** The tree does not load: every error, and what was (not) done because of it. */
export class InvalidTreeError extends Error {
  override name = 'InvalidTreeError';
  readonly errors: readonly SourceError[];
  /** e.g. "no plan was made and nothing was written to whoot" */
  readonly consequence: string;

  constructor(errors: readonly SourceError[], consequence: string) {
    const n = errors.length;
    super(`${n} error${n === 1 ? '' : 's'} in the tree; ${consequence}.`);
    this.errors = sortErrors(errors);
    this.consequence = consequence;
  }
}

export type FailureKind = 'usage' | 'invalid_tree' | 'api' | 'interrupted' | 'failed' | 'internal';

export function failureKind(err: unknown): FailureKind {
  if (err instanceof UsageError || err instanceof WhootConfigError) return 'usage';
  if (err instanceof InvalidTreeError) return 'invalid_tree';
  if (err instanceof WhootApiError) return 'api';
  return 'internal';
}

/**
 * The JSON failure contract:
 * `{"format_version":1,"error":{"kind","message"},"errors":[{file,line,column,message}]}`.
 */
export function failureJson(kind: FailureKind, message: string, errors: readonly SourceError[] = []): string {
  const body = {
    format_version: 1,
    error: { kind, message },
    errors: errors.map((e) => ({
      file: e.file,
      line: e.line,
      column: e.column,
      message: e.message,
      ...(e.rule === undefined ? {} : { rule: e.rule }),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Whether argv asks for JSON output (`--format json` or `--format=json`), read before (or without) parsing. */
export function wantsJson(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return false;
    if (argv[i] === '--format=json' || (argv[i] === '--format' && argv[i + 1] === 'json')) return true;
  }
  return false;
}

/** Print a command's failure (the text way or the JSON way); the exit code is 1. */
export function printFailure(
  err: unknown,
  command: string,
  out: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  json: boolean,
  debug: boolean,
): void {
  const kind = failureKind(err);
  const message = err instanceof Error ? err.message : String(err);
  // With --format json, stdout gets the JSON and stderr still the words (a CI log stays readable).
  if (json) out.stdout.write(failureJson(kind, message, err instanceof InvalidTreeError ? err.errors : []));
  if (err instanceof InvalidTreeError) {
    for (const l of formatSourceErrors(err.errors)) out.stderr.write(`${l}\n`);
    out.stderr.write(`${terminalText(message)}\n`);
    return;
  }
  if (kind === 'usage' && !(err instanceof FileArgError)) {
    const help = command === '' ? 'whoot-rooms --help' : `whoot-rooms ${command} --help`;
    out.stderr.write(`error: ${terminalText(message)}\nRun \`${help}\` for usage.\n`);
    return;
  }
  // An error may quote a server's answer or a file: no escape sequence from it reaches the terminal.
  out.stderr.write(`error: ${terminalText(message)}\n`);
  if (debug && err instanceof Error && err.stack) out.stderr.write(`${err.stack}\n`);
}
