/**
 * What the commands that talk to whoot (plan, apply, export) share: connection flags, progress on a terminal,
 * colour rules.
 */
import type { ConnectionSettings } from '../engine.js';
import { connectionFromEnv } from '../whoot/index.js';
import { intOption, UsageError, type CliIo } from './common.js';
import type { OptionTable } from './options.js';
import { BOUNDS, DEFAULTS } from '../settings.js';

export const DEFAULT_API_URL = DEFAULTS.apiUrl;

/** Flags for the connection; the token is deliberately not one (it would show in process lists and shell history). */
export const CONNECTION_OPTIONS = {
  'api-url': {
    type: 'string',
    arg: 'URL',
    help: `whoot Management API base URL (default: $WHOOT_API_URL, else ${DEFAULTS.apiUrl})`,
  },
  concurrency: {
    type: 'string',
    arg: 'N',
    help:
      `API requests in flight at once, ${BOUNDS.concurrency.min}-${BOUNDS.concurrency.max} (default ` +
      `${DEFAULTS.concurrency})`,
  },
} as const satisfies OptionTable;

export const CONNECTION_HELP = [
  `  --api-url URL          whoot Management API base URL (default: $WHOOT_API_URL, else ${DEFAULTS.apiUrl})`,
  `  --concurrency N        API requests in flight at once, 1-64 (default ${DEFAULTS.concurrency})`,
];

/** Flags several commands share, with one wording. */
export const SHARED_OPTIONS = {
  dir: { type: 'string', arg: 'DIR', help: 'the desired-state tree (holds rooms/ and groups/; default .)' },
  today: { type: 'string', arg: 'DATE', help: 'YYYY-MM-DD (UTC) to evaluate `expires` against (default: today)' },
  room: {
    type: 'string',
    multiple: true,
    arg: 'NAME',
    help: 'only this room: its name, file (rooms/fx.yaml, or the path from here) or id; repeat for several',
  },
  'max-removal-percent': {
    type: 'string',
    arg: 'P',
    help: `mass-removal guard: block a room losing ≥3 members and more than P% (default ${DEFAULTS.maxRemovalPercent})`,
  },
} as const satisfies OptionTable;

export const ENVIRONMENT_HELP = [
  'Environment:',
  '  WHOOT_API_TOKEN        the whoot API key (required; never passed as a flag)',
  '  WHOOT_API_URL          the API base URL when --api-url is not given',
  '  NO_COLOR               disable colour on a terminal',
  '  LOG_LEVEL              log level when --log-level is not given (logs go to stderr)',
];

/**
 * Connection settings from flags and the environment. The URL is checked here (plain http only to loopback),
 * before anything is read; a missing token is reported by `requireToken` where a command needs one.
 */
export function connectionFrom(
  values: { 'api-url'?: string | boolean; concurrency?: string | boolean },
  io: CliIo,
): ConnectionSettings {
  const flagUrl = typeof values['api-url'] === 'string' ? values['api-url'] : undefined;
  const concurrency = intOption(
    'concurrency',
    typeof values.concurrency === 'string' ? values.concurrency : undefined,
    DEFAULTS.concurrency,
    BOUNDS.concurrency.min,
    BOUNDS.concurrency.max,
  );
  const token = io.env.WHOOT_API_TOKEN?.trim() || undefined;
  if (token === undefined) return { apiUrl: flagUrl ?? (io.env.WHOOT_API_URL || DEFAULT_API_URL), token, concurrency };
  const {
    baseUrl,
    token: _token,
    ...tuning
  } = connectionFromEnv(io.env, flagUrl === undefined ? {} : { apiUrl: flagUrl });
  return { apiUrl: baseUrl, token, concurrency, tuning };
}

/** Fail before anything else when the token is missing: a clear message instead of a 401 later. */
export function requireToken(conn: ConnectionSettings): void {
  if (conn.token === undefined) {
    throw new UsageError(
      'WHOOT_API_TOKEN is not set: export the whoot API key in that environment variable (it is never read from ' +
        'a flag)',
    );
  }
}

/** `--max-removal-percent P` (0-100, default 25). */
export function maxRemovalPercentFrom(value: string | boolean | undefined): number {
  return intOption(
    'max-removal-percent',
    typeof value === 'string' ? value : undefined,
    DEFAULTS.maxRemovalPercent,
    BOUNDS.maxRemovalPercent.min,
    BOUNDS.maxRemovalPercent.max,
  );
}

/** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}

/**
 * Progress lines on stderr, rewritten in place, only when stderr is a terminal: CI logs and pipes get none.
 * `done()` clears the line so the next output starts clean.
 */
export function progressLine(io: CliIo): { progress?: (message: string) => void; done: () => void } {
  if (io.stderr.isTTY !== true) return { done: () => undefined };
  let shown = false;
  return {
    progress: (message) => {
      shown = true;
      io.stderr.write(`\r\u001b[K${message}`);
    },
    done: () => {
      if (shown) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

/** The `--format` flag checked against the allowed values. */
export function formatOption<F extends string>(
  value: string | boolean | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${String(value)}"`);
}

/** `--today YYYY-MM-DD`: the date `expires` is evaluated against (tests, previews); absent = the real UTC date. */
export function todayOption(value: string | boolean | undefined): { today?: string } {
  if (value === undefined) return {};
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    throw new UsageError(`--today must be a YYYY-MM-DD date, got "${String(value)}"`);
  }
  return { today: value };
}
