import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { GITHUB_PACING } from '../settings.js';
import { proxyFetchFor } from '../whoot/proxy.js';

/** Octokit with retries for transient failures and GitHub's rate-limit etiquette (writes serialised). */
const ResilientOctokit = Octokit.plugin(retry, throttling);

/** The GitHub REST client every module in src/github takes. */
export type GitHubClient = InstanceType<typeof ResilientOctokit>;

/** Where Octokit's own messages go (the Action maps them to core.debug / core.warning). */
export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server */
  baseUrl: string;
  log: GitHubLog;
  /** how many times a rate-limited request is retried before giving up (default 2) */
  rateLimitRetries?: number;
  /** the least time between two content-creating requests, and between two that notify (tests shorten them) */
  spacing?: { writeMs: number; notifyMs: number };
}

/**
 * A GitHub client with @octokit/plugin-retry (5xx and network errors) and @octokit/plugin-throttling
 * (primary and secondary rate limits). 429 is left to the throttling plugin so a request is never retried twice over.
 */
export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const rateLimitRetries = opts.rateLimitRetries ?? 2;
  const spacing = opts.spacing ?? { writeMs: GITHUB_PACING.writeSpacingMs, notifyMs: GITHUB_PACING.notifySpacingMs };
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < rateLimitRetries;
      opts.log.warn(
        `GitHub ${kind} rate limit hit for ${options.method} ${options.url}` +
          (again ? `; retrying in ${retryAfter}s` : '; giving up'),
      );
      return again;
    };
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  // HTTPS_PROXY / HTTP_PROXY / NO_PROXY, decided as for the whoot client (src/whoot/proxy.ts); direct: global fetch.
  const fetch = proxyFetchFor(baseUrl);
  return new ResilientOctokit({
    auth: opts.token,
    baseUrl,
    ...(fetch ? { request: { fetch } } : {}),
    userAgent: 'whoot-rooms-action',
    log: opts.log,
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      // The plugin's default groups are shared by every client in the process; these are this client's own.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.writeMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifyMs }),
    },
  });
}
