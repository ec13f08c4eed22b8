import { createLogger, type Logger } from '../log.js';
import type { Reporter } from './reporter.js';

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warning',
  50: 'error',
  60: 'fatal',
};
const PLUMBING = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/**
 * The engine's pino logger in Action mode: every line goes through the Reporter (so command-looking text is
 * neutralised), debug lines only when the run has step debugging on. Redaction of token fields still applies
 * (pino redacts before the line reaches this sink). Warnings are log lines, not annotations: annotations are
 * capped at 10 per step and kept for validation errors.
 */
export function actionLogger(reporter: Reporter, debug: boolean): Logger {
  const destination = {
    write(line: string): void {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        reporter.info(line.trimEnd());
        return;
      }
      const level = typeof entry.level === 'number' ? entry.level : 30;
      const msg = typeof entry.msg === 'string' ? entry.msg : '';
      const extra = Object.fromEntries(Object.entries(entry).filter(([k]) => !PLUMBING.has(k)));
      const text = Object.keys(extra).length > 0 ? `${msg} ${JSON.stringify(extra)}` : msg;
      if (level <= 20) reporter.debug(text);
      else if (level === 30) reporter.info(text);
      else reporter.info(`${LEVELS[level] ?? 'warning'}: ${text}`);
    },
  };
  return createLogger({ level: debug ? 'debug' : 'info', destination });
}
