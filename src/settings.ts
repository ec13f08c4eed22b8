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

/**
 * How the Action paces GitHub, tunable through the environment for tests only: GitHub lists a merge's pull
 * request a few seconds after the merge (about 30 s of lookups in all), and asks for at least a second between
 * content-creating requests and three between those that notify people (a comment): the secondary rate limits,
 * spaced as @octokit/plugin-throttling does.
 */
export const GITHUB_PACING = {
  prLookupAttempts: 11,
  prLookupDelayMs: 3000,
  writeSpacingMs: 1000,
  notifySpacingMs: 3000,
} as const;

export type GitHubPacing = { -readonly [K in keyof typeof GITHUB_PACING]: number };

/**
 * GITHUB_PACING, overridden by `WHOOT_ROOMS_PR_LOOKUP_ATTEMPTS`, `WHOOT_ROOMS_PR_LOOKUP_DELAY_MS`,
 * `WHOOT_ROOMS_GITHUB_WRITE_SPACING_MS` and `WHOOT_ROOMS_GITHUB_NOTIFY_SPACING_MS` (digits only).
 */
export function githubPacingFromEnv(env: NodeJS.ProcessEnv): GitHubPacing {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : fallback;
  };
  return {
    prLookupAttempts: read('WHOOT_ROOMS_PR_LOOKUP_ATTEMPTS', GITHUB_PACING.prLookupAttempts),
    prLookupDelayMs: read('WHOOT_ROOMS_PR_LOOKUP_DELAY_MS', GITHUB_PACING.prLookupDelayMs),
    writeSpacingMs: read('WHOOT_ROOMS_GITHUB_WRITE_SPACING_MS', GITHUB_PACING.writeSpacingMs),
    notifySpacingMs: read('WHOOT_ROOMS_GITHUB_NOTIFY_SPACING_MS', GITHUB_PACING.notifySpacingMs),
  };
}

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
