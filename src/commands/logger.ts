import type { DestinationStream } from 'pino';
import type { Logger } from '../log-api.js';
import { lazyLogger, type LazyLogger } from '../log-lazy.js';
import { terminalText } from '../render/escape.js';
import type { CliIo } from './common.js';
import { UsageError } from './errors.js';

// pino and pino-pretty (src/log.ts) are loaded only when a command writes its first log line: `--help`, usage
// errors and a plan that logs nothing never load them, and a plan that does has its first requests out first.

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The loggers of the commands run so far whose lines may still be on their way (see `settleLogs`). */
const open = new Set<LazyLogger>();

/** The logger for a command from --log-level/--log-format (or LOG_LEVEL), always on stderr. */
export function commandLogger(
  values: { 'log-level'?: string | boolean; 'log-format'?: string | boolean },
  io: CliIo,
): Logger {
  const format = values['log-format'];
  if (format !== undefined && format !== 'json' && format !== 'pretty' && format !== 'text') {
    throw new UsageError(`--log-format must be json or text, got "${String(format)}"`);
  }
  const level = typeof values['log-level'] === 'string' ? values['log-level'] : (io.env.LOG_LEVEL ?? 'info');
  if (!LEVELS.includes(level)) throw new UsageError(`--log-level must be one of ${LEVELS.join(', ')}, got "${level}"`);
  // Straight to fd 2 (synchronous, flushed before an exit) unless the command was given other streams (in-process).
  const destination = io.stderr === process.stderr ? undefined : (io.stderr as DestinationStream);
  const logger = lazyLogger(
    level,
    async (clock) =>
      (await import('../log.js')).createLogger({
        level,
        format: format === 'json' ? 'json' : 'pretty',
        colorize: io.stderr.isTTY === true && !io.env.NO_COLOR,
        clock,
        ...(destination ? { destination } : {}),
      }),
    (err) => io.stderr.write(`error: cannot load the logger: ${terminalText(String(err))}\n`),
  );
  open.add(logger);
  return logger;
}

/** Every line the commands have logged is written (the dispatcher waits for this before a command's exit code). */
export async function settleLogs(): Promise<void> {
  const loggers = [...open];
  open.clear();
  await Promise.all(loggers.map((l) => l.settled()));
}
