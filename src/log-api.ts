/**
 * What the engine needs of a logger: pino's call shapes, nothing pino-specific. A module without pino, so that
 * code which only logs (the API client, the pipeline) does not load it: pino and pino-pretty cost ~35 ms of
 * start-up, and most runs never write a log line.
 */
export interface LogFn {
  (obj: object, msg?: string): void;
  (msg: string): void;
}

export interface Logger {
  level: string;
  fatal: LogFn;
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
  trace: LogFn;
  isLevelEnabled(level: string): boolean;
}

export type LogMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** pino's level numbers: a line is written when its level is at least the logger's. */
export const LEVEL_VALUES: Readonly<Record<string, number>> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

const ignore: LogFn = () => undefined;

/** A logger that discards everything (tests, library use). */
export function silentLogger(): Logger {
  return {
    level: 'silent',
    fatal: ignore,
    error: ignore,
    warn: ignore,
    info: ignore,
    debug: ignore,
    trace: ignore,
    isLevelEnabled: () => false,
  };
}
