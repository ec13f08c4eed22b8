// The CLI's dispatcher: picks the command, runs it, and is the one error boundary.
import { terminalText } from '../render/escape.js';
import { processIo, UsageError, type CliIo } from './common.js';

/** A CLI command: parses its own argv, returns the exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: { summary: 'check the desired-state tree offline (YAML, schemas, references)', load: async () => (await import('./validate.js')).default },
  plan: { summary: 'show what apply would change in whoot', load: async () => (await import('./plan.js')).default },
  apply: { summary: 'make whoot match the tree (one PUT per changed room)', load: async () => (await import('./apply.js')).default },
  expire: {
    summary: 'remove the access whose `expires` date has passed, and nothing else',
    load: async () => (await import('./expire.js')).default,
  },
  export: { summary: 'write the live rooms as a tree (adopt whoot-rooms)', load: async () => (await import('./export.js')).default },
  demo: { summary: 'validate, plan, apply, plan again against an embedded simulator', load: async () => (await import('./demo.js')).default },
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
    'Run `whoot-rooms <command> --help` for the options of a command.',
    'The API token is read from WHOOT_API_TOKEN only (never a flag); the API URL from --api-url or WHOOT_API_URL.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`error: unknown command "${name}"\n\n${usage()}`);
    return 1;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (err) {
    // The one error boundary: expected failures print a message, never a stack.
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${terminalText(err.message)}\nRun \`whoot-rooms ${name} --help\` for usage.\n`);
      return 1;
    }
    // An error may quote a server's answer or a file: no escape sequence from it reaches the terminal.
    const message = terminalText(err instanceof Error ? err.message : String(err));
    io.stderr.write(`error: ${message}\n`);
    if (io.env.WHOOT_ROOMS_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
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
