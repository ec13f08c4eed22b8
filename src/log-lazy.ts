import { LEVEL_VALUES, type LogFn, type Logger, type LogMethod } from './log-api.js';

/** A logger whose implementation is loaded on the first line it has to write; `settled` waits for those lines. */
export interface LazyLogger extends Logger {
  settled(): Promise<void>;
}

/**
 * Loads the real logger (pino) only when a line at an enabled level is logged: a plan or an apply that logs
 * nothing never pays for it, and one that does pays once the work is under way rather than before the first
 * request. Lines logged while it loads are written, in order, as soon as it is in, each stamped with the time it
 * was logged (`load` is given that clock).
 */
export function lazyLogger(
  level: string,
  load: (clock: () => number) => Promise<Logger>,
  onLoadFailure: (err: unknown) => void,
): LazyLogger {
  const threshold = LEVEL_VALUES[level] ?? LEVEL_VALUES.info!;
  let real: Logger | undefined;
  let loading: Promise<void> | undefined;
  let pending: { method: LogMethod; args: unknown[]; time: number }[] = [];
  let replayTime: number | undefined;
  const clock = () => replayTime ?? Date.now();

  const replay = (logger: Logger): void => {
    real = logger;
    for (const p of pending) {
      replayTime = p.time;
      (logger[p.method] as (...a: unknown[]) => void)(...p.args);
    }
    replayTime = undefined;
    pending = [];
  };
  const method =
    (name: LogMethod): LogFn =>
    (...args: unknown[]) => {
      if ((LEVEL_VALUES[name] as number) < threshold) return;
      if (real !== undefined) {
        (real[name] as (...a: unknown[]) => void)(...args);
        return;
      }
      pending.push({ method: name, args, time: Date.now() });
      loading ??= load(clock).then(replay, (err: unknown) => {
        pending = [];
        onLoadFailure(err);
      });
    };
  return {
    level,
    fatal: method('fatal'),
    error: method('error'),
    warn: method('warn'),
    info: method('info'),
    debug: method('debug'),
    trace: method('trace'),
    isLevelEnabled: (l) => (LEVEL_VALUES[l] ?? Number.POSITIVE_INFINITY) >= threshold,
    settled: () => loading ?? Promise.resolve(),
  };
}
