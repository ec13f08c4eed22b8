import { UsageError } from './errors.js';

/** The process edges a command may touch; tests of commands in-process can pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

export { InvalidTreeError, UsageError } from './errors.js';
export { COMMON_OPTIONS, parseCommandArgs } from './options.js';

/** Parse a positive integer flag with a clear error. */
export function intOption(name: string, value: string | undefined, fallback: number, min = 1, max = 1000): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be an integer, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/**
 * Decided before any request, for every command that writes: without a person to ask, only an explicit
 * `--auto-approve` may write, and a JSON report cannot share stdout with the confirmation prompt.
 */
export function requireConsent(autoApprove: boolean, format: string, io: CliIo, refusal: string): void {
  if (!autoApprove && io.stdin.isTTY !== true) throw new UsageError(refusal);
  if (!autoApprove && format === 'json') {
    throw new UsageError('--format json needs --auto-approve: the confirmation prompt would mix into the JSON output');
  }
}
