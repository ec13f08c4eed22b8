/**
 * The settings both entries share, with their defaults and checks in one place. The CLI (flags and
 * environment, src/commands/connection.ts) and the Action (inputs, src/action/settings.ts) are two small parsers
 * into these values; neither states a default or a rule of its own.
 */
import { DEFAULT_API_URL, normaliseBaseUrl } from './whoot/url.js';
import type { WhootClientOptions } from './whoot/index.js';
import { tuningFromEnv } from './whoot/connection.js';

export const DEFAULTS = {
  apiUrl: DEFAULT_API_URL,
  /** API requests in flight at once */
  concurrency: 4,
  /** the mass-removal guard: a room losing at least 3 members and more than this percentage is blocked */
  maxRemovalPercent: 25,
  /** the pull request label that lifts the guard (when it is on as the plan is made) */
  allowRemovalsLabel: 'whoot-rooms/allow-mass-removal',
} as const;

/** Inclusive bounds of the numeric settings. */
export const BOUNDS = {
  concurrency: { min: 1, max: 64 },
  maxRemovalPercent: { min: 0, max: 100 },
} as const;

/**
 * The API base URL as the client will use it, or a message saying why not: one rule for both entries (plain
 * http only to loopback, no credentials, query or fragment), the client's own.
 */
export function checkApiUrl(raw: string): { ok: true; url: string } | { ok: false; message: string } {
  try {
    return { ok: true, url: normaliseBaseUrl(raw) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The client's timeout and retry tuning from the environment, for the CLI and the Action alike. */
export type ClientTuning = Pick<WhootClientOptions, 'timeoutMs' | 'maxAttempts' | 'maxRetryWaitMs'>;
export { tuningFromEnv };
