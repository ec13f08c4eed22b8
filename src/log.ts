import { pino, type DestinationStream } from 'pino';
import PinoPretty from 'pino-pretty';
import type { Logger } from './log-api.js';

export type { Logger } from './log-api.js';
export { silentLogger } from './log-api.js';

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  level?: string;
  format?: LogFormat;
  /** where log lines go; default stderr (stdout carries plans and reports) */
  destination?: DestinationStream;
  /** readable lines in colour (default: stderr is a terminal and NO_COLOR is unset) */
  colorize?: boolean;
  /** the time (ms since the epoch) a line is stamped with (default: now); see log-lazy.ts */
  clock?: () => number;
}

/** Field paths pino blanks out: the token must never reach a log, whatever object it is attached to. */
export const REDACT_PATHS = [
  'token',
  'apiToken',
  'api_token',
  'authorization',
  'Authorization',
  'headers.authorization',
  'headers.Authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  'options.headers.authorization',
  'err.request.headers.authorization',
  'WHOOT_API_TOKEN',
  'env.WHOOT_API_TOKEN',
  // one level down, wherever a settings/options object carrying the token gets logged
  '*.token',
  '*.apiToken',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
];

/**
 * A pino logger writing to stderr: JSON lines, or readable lines (pino-pretty as a stream, never a worker transport).
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? 'info';
  const clock = opts.clock;
  const base = {
    level,
    base: null,
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    ...(clock === undefined ? {} : { timestamp: () => `,"time":${clock()}` }),
  };
  if (opts.format !== 'pretty' && opts.destination) return pino(base, opts.destination);
  if (opts.format === 'json') return pino(base, pino.destination({ dest: 2, sync: true }));
  const pretty = PinoPretty({
    destination: opts.destination ?? 2,
    sync: true,
    colorize: opts.colorize ?? (process.stderr.isTTY === true && !process.env.NO_COLOR),
    ignore: 'pid,hostname',
    translateTime: 'HH:MM:ss.l',
  });
  return pino(base, pretty);
}
