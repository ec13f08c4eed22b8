import * as core from '@actions/core';
import { GITHUB_SUMMARY_MAX_BYTES } from '../render/github-limits.js';

/** Where a message points in the repository (annotation properties; `file` is repo-relative). */
export interface Location {
  file?: string;
  startLine?: number;
  startColumn?: number;
  title?: string;
}

/** The Action's outputs (names are a contract: action.yml). */
export const OUTPUT_NAMES = [
  'has-changes',
  'rooms-changed',
  'summary',
  'plan-file',
  'fingerprint',
  'comment-url',
  'applied-rooms',
  'skipped-rooms',
  'failed-rooms',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** GitHub rejects a step summary over 1 MiB; stay below it. */
export const SUMMARY_MAX_BYTES = GITHUB_SUMMARY_MAX_BYTES;

/**
 * Everything the Action tells the runner: log lines, annotations, groups, outputs and the job summary.
 * The runner code talks only to this, so it never writes untrusted text to stdout by accident.
 */
export interface Reporter {
  /** a log line; lines that look like workflow commands are neutralised */
  info(text: string): void;
  debug(text: string): void;
  warning(text: string, where?: Location): void;
  error(text: string, where?: Location): void;
  notice(text: string, where?: Location): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** set an output (the last value set wins; written by flush) */
  setOutput(name: OutputName, value: string | number | boolean): void;
  /** append Markdown to the job summary (written by flush) */
  addSummary(markdown: string): void;
  /** write outputs and the job summary; called once, also when the run failed */
  flush(): Promise<void>;
}

/**
 * Make text safe for the log: the runner treats a line that starts (after whitespace) with `::` or `##[` as a
 * workflow command, so a room name like `::set-output …` or `::add-mask::` must not reach stdout verbatim.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (/^\s*(::|##\[)/.test(line) ? `| ${line}` : line))
    .join('\n');
}

/** Cut Markdown to `maxBytes` (UTF-8) on a line boundary, saying so. Used only as a last resort. */
export function capSummary(markdown: string, maxBytes = SUMMARY_MAX_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  const note =
    "\n\n> [!WARNING]\n> The job summary reached GitHub's 1 MiB limit; " +
    'the rest is in the plan file (`plan-file` output).\n';
  const lines = markdown.split('\n');
  let size = Buffer.byteLength(note, 'utf8');
  const kept: string[] = [];
  for (const line of lines) {
    const n = Buffer.byteLength(line, 'utf8') + 1;
    if (size + n > maxBytes) break;
    kept.push(line);
    size += n;
  }
  return kept.join('\n') + note;
}

/** The Reporter backed by @actions/core (the real runner). */
export function coreReporter(): Reporter {
  const summary: string[] = [];
  const outputs = new Map<OutputName, string>();
  return {
    info: (text) => core.info(neutraliseCommands(text)),
    debug: (text) => core.debug(text),
    warning: (text, where) => core.warning(text, where),
    error: (text, where) => core.error(text, where),
    notice: (text, where) => core.notice(text, where),
    group: (name, fn) => core.group(name, fn),
    setOutput: (name, value) => {
      outputs.set(name, typeof value === 'string' ? value : String(value));
    },
    addSummary: (markdown) => {
      summary.push(markdown);
    },
    flush: async () => {
      for (const [name, value] of outputs) core.setOutput(name, value);
      outputs.clear();
      if (summary.length === 0 || !process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(capSummary(summary.join('\n\n')), true).write();
      summary.length = 0;
    },
  };
}
