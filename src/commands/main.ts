// The CLI's dispatcher: picks the command, runs it, and is the one error boundary.
import { boundHeapGrowth } from '../heap.js';
import { terminalText } from '../render/escape.js';
import { processIo, type CliIo } from './common.js';
import { failureJson, printFailure, wantsJson } from './errors.js';
import { settleLogs } from './logger.js';
import { commandHint } from './hint.js';

/** A CLI command: parses its own argv, returns the exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'check the desired-state tree offline (YAML, schemas, references)',
    load: async () => (await import('./validate.js')).default,
  },
  plan: { summary: 'show what apply would change in whoot', load: async () => (await import('./plan.js')).default },
  apply: {
    summary: 'make whoot match the tree (one PUT per changed room)',
    load: async () => (await import('./apply.js')).default,
  },
  expire: {
    summary: 'remove the access whose `expires` date has passed, and nothing else',
    load: async () => (await import('./expire.js')).default,
  },
  report: {
    summary: 'the access review: who may listen and transmit where, since when, approved by whom',
    load: async () => (await import('./report.js')).default,
  },
  export: {
    summary: 'write the live rooms as a tree (adopt whoot-rooms)',
    load: async () => (await import('./export.js')).default,
  },
  demo: {
    summary: 'validate, plan, apply, plan again against an embedded simulator',
    load: async () => (await import('./demo.js')).default,
  },
  sim: { summary: 'run the whoot API simulator', load: async () => (await import('./sim.js')).default },
};

export const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'whoot-rooms: room membership as code for whoot.',
    '',
    'Usage: whoot-rooms <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `whoot-rooms help <command>` (or `whoot-rooms <command> --help`) for the options of a command.',
    'The API token is read from WHOOT_API_TOKEN only (never a flag); the API URL from --api-url or WHOOT_API_URL.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  const json = wantsJson(rest);
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout.write(usage());
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // `whoot-rooms help plan` is `whoot-rooms plan --help`.
  const [commandName, args] = name === 'help' ? [rest[0] ?? '', ['--help']] : [name, rest];
  const entry = Object.hasOwn(COMMANDS, commandName) ? COMMANDS[commandName] : undefined;
  if (!entry) {
    const message = `unknown command "${commandName}"${commandHint(commandName, Object.keys(COMMANDS))}`;
    if (json) io.stdout.write(failureJson('usage', message));
    io.stderr.write(`error: ${terminalText(message)}\n\n${json ? '' : usage()}`);
    return 1;
  }
  const watched = json ? watchOutput(io) : undefined;
  try {
    // The simulator keeps V8's own heap sizing: it is the yardstick of the benchmark, not the product.
    const [command] = await Promise.all([entry.load(), commandName === 'sim' ? undefined : boundHeapGrowth()]);
    const code = await command(args, watched?.io ?? io);
    await settleLogs();
    // `--format json` promises JSON on stdout: a command that failed without printing any gets a generic one.
    if (watched && code !== 0 && code !== 2 && !watched.wroteStdout()) {
      const kind = code === 130 || code === 143 ? 'interrupted' : 'failed';
      io.stdout.write(failureJson(kind, watched.lastStderrLine() ?? `whoot-rooms ${commandName} exited ${code}`));
    }
    return code;
  } catch (err) {
    await settleLogs();
    // The one error boundary: expected failures print a message, never a stack.
    printFailure(err, commandName, io, json, Boolean(io.env.WHOOT_ROOMS_DEBUG));
    return 1;
  }
}

/** The io a command gets under `--format json`: notes whether it wrote stdout and its last stderr line. */
function watchOutput(io: CliIo): { io: CliIo; wroteStdout: () => boolean; lastStderrLine: () => string | undefined } {
  let wrote = false;
  let last: string | undefined;
  const tap = <S extends NodeJS.WritableStream>(stream: S, seen: (chunk: unknown) => void): S =>
    new Proxy(stream, {
      get(target, prop) {
        if (prop === 'write') {
          return (chunk: unknown, ...more: unknown[]) => {
            seen(chunk);
            return (target.write as (...a: unknown[]) => boolean).call(target, chunk, ...more);
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const stdout = tap(io.stdout, () => (wrote = true));
  const stderr = tap(io.stderr, (chunk) => {
    const lines = String(chunk)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length > 0) last = lines[lines.length - 1];
  });
  return { io: { ...io, stdout, stderr }, wroteStdout: () => wrote, lastStderrLine: () => last };
}

/** Runs the CLI for this process and sets its exit code (the bin, dist/cli.js, calls only this). */
export function runProcess(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`error: ${terminalText(err instanceof Error ? err.message : String(err))}\n`);
      process.exitCode = 1;
    },
  );
}
