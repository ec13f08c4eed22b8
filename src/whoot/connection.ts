import { WhootConfigError } from './errors.js';
import type { WhootClientOptions } from './client.js';
import { DEFAULT_API_URL, normaliseBaseUrl } from './url.js';

/** Tuning knobs read from the environment (for tests and unusual networks); all optional. */
const NUMERIC_ENV = {
  WHOOT_API_TIMEOUT_MS: 'timeoutMs',
  WHOOT_API_MAX_ATTEMPTS: 'maxAttempts',
  WHOOT_API_MAX_RETRY_WAIT_MS: 'maxRetryWaitMs',
} as const;

/**
 * The connection from the environment and flags: base URL from `--api-url`, else `WHOOT_API_URL`, else
 * https://api.whoot.me; the token from `WHOOT_API_TOKEN` only (a flag would show in process lists).
 * Throws `WhootConfigError` with a clear message when the token is missing or the URL is unusable.
 */
export function connectionFromEnv(
  env: NodeJS.ProcessEnv,
  flags: { apiUrl?: string } = {},
): Pick<WhootClientOptions, 'baseUrl' | 'token' | 'timeoutMs' | 'maxAttempts' | 'maxRetryWaitMs'> {
  const baseUrl = flags.apiUrl ?? (env.WHOOT_API_URL || DEFAULT_API_URL);
  normaliseBaseUrl(baseUrl);
  const token = env.WHOOT_API_TOKEN?.trim();
  if (!token)
    throw new WhootConfigError(
      'WHOOT_API_TOKEN is not set: export the whoot API key in WHOOT_API_TOKEN (it is never accepted as a flag)',
    );
  // Caught here, not as a fetch error retried six times (whose message would quote the header value).
  if (/[^\x21-\x7e]/.test(token)) {
    throw new WhootConfigError(
      'WHOOT_API_TOKEN contains a character that cannot be sent in an HTTP header (a space, a control character ' +
        'or a non-ASCII character such as a typographic quote, often from copy-paste): export the key exactly ' +
        'as issued',
    );
  }
  return { baseUrl, token, ...tuningFromEnv(env) };
}

/** The client's timeout and retry tuning: `WHOOT_API_TIMEOUT_MS`, `…_MAX_ATTEMPTS`, `…_MAX_RETRY_WAIT_MS`. */
export function tuningFromEnv(
  env: NodeJS.ProcessEnv,
): Pick<WhootClientOptions, 'timeoutMs' | 'maxAttempts' | 'maxRetryWaitMs'> {
  const out: Pick<WhootClientOptions, 'timeoutMs' | 'maxAttempts' | 'maxRetryWaitMs'> = {};
  for (const [name, field] of Object.entries(NUMERIC_ENV)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1)
      throw new WhootConfigError(`${name} must be a positive integer, got "${raw}"`);
    out[field] = Number(raw);
  }
  return out;
}
