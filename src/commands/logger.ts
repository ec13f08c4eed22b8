import type { DestinationStream } from 'pino';
import { createLogger, type Logger, type LogFormat } from '../log.js';
import type { CliIo } from './common.js';
import { UsageError } from './errors.js';

// A module of its own so that `--help`, usage errors and did-you-mean never load pino and pino-pretty: only a
// command that runs imports this.

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
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(level)) throw new UsageError(`--log-level must be one of ${levels.join(', ')}, got "${level}"`);
  // Straight to fd 2 (synchronous, flushed before an exit) unless the command was given other streams (in-process).
  const destination = io.stderr === process.stderr ? undefined : (io.stderr as DestinationStream);
  return createLogger({
    level,
    format: (format === 'json' ? 'json' : 'pretty') satisfies LogFormat,
    colorize: io.stderr.isTTY === true && !io.env.NO_COLOR,
    ...(destination ? { destination } : {}),
  });
}
