/**
 * Each command's option table: the one source of what it parses and of its `--help` (so the two cannot drift),
 * plus the did-you-mean for an unknown flag (for an unknown command: hint.ts).
 */
import { createRequire } from 'node:module';
import type * as NodeUtil from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { closest } from '../desired/did-you-mean.js';
import { UsageError } from './errors.js';

// node:util is loaded when a command parses its flags, not with this module: esbuild bundles it with the error
// types every entry needs, and `whoot-rooms --help` (measured against `node -e 0`) should not pay ~2 ms for it.
const requireBuiltin = createRequire(import.meta.url);
let util: typeof NodeUtil | undefined;
const nodeUtil = (): typeof NodeUtil => (util ??= requireBuiltin('node:util') as typeof NodeUtil);

/** One flag: what parseArgs needs, and what its help line says. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** the value's placeholder in the help and the synopsis (`DIR`, `FILE`, `text|json`) */
  arg?: string;
  /** the help text; `\n` starts a continuation line */
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;

/** What `whoot-rooms CMD --help` prints around the generated option list. */
export interface CommandSpec<O extends OptionTable = OptionTable> {
  name: string;
  /** paragraphs under the usage line */
  description: readonly string[];
  /** the command's own flags (the common ones are added) */
  options: O;
  /** lines after the options (exit codes, environment) */
  footer?: readonly string[];
}

/** Flags every command accepts. */
export const COMMON_OPTIONS = {
  'log-level': {
    type: 'string',
    arg: 'LEVEL',
    help: 'fatal, error, warn, info (default), debug, trace, silent (or LOG_LEVEL)',
  },
  'log-format': { type: 'string', arg: 'FORMAT', help: 'text (default) or json; logs always go to stderr' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} as const satisfies OptionTable;

const WIDTH = 110;

function flagLabel(name: string, o: OptionSpec): string {
  const short = o.short === undefined ? '' : `-${o.short}, `;
  return `${short}--${name}${o.arg === undefined ? '' : ` ${o.arg}`}`;
}

/** `whoot-rooms plan [--dir DIR] [--room NAME …] …`, wrapped, the common flags left out. */
export function synopsis(spec: CommandSpec): string {
  const head = `whoot-rooms ${spec.name}`;
  const parts = Object.entries(spec.options).map(
    ([name, o]) => `[--${name}${o.arg === undefined ? '' : ` ${o.arg}`}${o.multiple ? ' …' : ''}]`,
  );
  const lines: string[] = [];
  let line = head;
  for (const p of parts) {
    if (line.length + 1 + p.length > WIDTH && line.trim() !== head) {
      lines.push(line);
      line = ' '.repeat(head.length);
    }
    line += ` ${p}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The whole `--help` text, generated from the same table the parser uses. */
export function commandHelp(spec: CommandSpec): string {
  const all: OptionTable = { ...spec.options, ...COMMON_OPTIONS };
  const labels = Object.entries(all).map(([name, o]) => [flagLabel(name, o), o.help] as const);
  const width = Math.min(26, Math.max(...labels.map(([l]) => l.length)));
  const options = labels.flatMap(([label, help]) => {
    const [first = '', ...more] = help.split('\n');
    const pad = `  ${' '.repeat(width)}  `;
    const head = label.length > width ? [`  ${label}`, `${pad}${first}`] : [`  ${label.padEnd(width)}  ${first}`];
    return [...head, ...more.map((m) => `  ${' '.repeat(width)}  ${m}`)];
  });
  const usage = synopsis(spec)
    .split('\n')
    .map((l, i) => (i === 0 ? `Usage: ${l}` : `       ${l}`));
  const footer = spec.footer ? ['', ...spec.footer] : [];
  return [...usage, '', ...spec.description, '', 'Options:', ...options, ...footer, ''].join('\n');
}

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

/** ` (did you mean "--dir"?)` for a flag a table does not have. */
function flagHint(flag: string, options: ParseOptions): string {
  const bare = flag.replace(/^-+/, '').split('=')[0] ?? '';
  const guess = closest(bare, Object.keys(options));
  return guess === undefined ? '' : ` (did you mean "--${guess}"?)`;
}

/** Parse argv strictly (unknown flags are usage errors, with a did-you-mean) with the common flags added. */
export function parseCommandArgs<O extends ParseOptions>(argv: string[], options: O, allowPositionals = false) {
  const all = { ...COMMON_OPTIONS, ...options };
  try {
    return nodeUtil().parseArgs({ args: argv, options: all, strict: true, allowPositionals });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : String(err);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec(message)?.[1] ?? '';
      throw new UsageError(`unknown option "${flag}"${flagHint(flag, all)}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const flag = /'(--?[\w-]+)/.exec(message)?.[1];
      if (flag !== undefined && message.includes('argument missing')) throw new UsageError(`${flag} needs a value`);
      if (flag !== undefined && message.includes('does not take an argument')) {
        throw new UsageError(`${flag} takes no value`);
      }
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw new UsageError(`unexpected argument "${arg}": this command takes flags only`);
    }
    throw new UsageError(message);
  }
}

/**
 * Parse a command's argv with its table; prints the generated help and returns undefined on `-h`/`--help`
 * (the command then exits 0).
 */
export function parseOrHelp<O extends OptionTable>(argv: string[], spec: CommandSpec<O>, out: NodeJS.WritableStream) {
  const parsed = parseCommandArgs(argv, spec.options as O & ParseOptions);
  if ((parsed.values as { help?: boolean }).help === true) {
    out.write(commandHelp(spec));
    return undefined;
  }
  return parsed.values;
}
