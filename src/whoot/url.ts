import { WhootConfigError } from './errors.js';

/** The documented production base URL. */
export const DEFAULT_API_URL = 'https://api.whoot.me';

/** True for hosts where plain http never leaves the machine: 127.0.0.0/8, localhost, [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === 'localhost' || h === '[::1]' || h === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m.slice(1).every((o) => Number(o) <= 255);
}

/**
 * Check an API base URL and return `origin + path prefix` without a trailing slash, to which API paths
 * are appended (never resolved against the root, so `https://host/v1/acme` keeps its prefix).
 * Refuses plain http to a non-loopback host: the token must not cross a network unencrypted.
 */
export function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WhootConfigError(`the API URL "${raw}" is not a valid URL (expected e.g. ${DEFAULT_API_URL})`);
  }
  if (url.username || url.password)
    throw new WhootConfigError('the API URL must not contain credentials; the token is read from WHOOT_API_TOKEN');
  if (url.search || url.hash)
    throw new WhootConfigError(
      `the API URL must not contain a query or fragment, got "${url.origin}${url.pathname}${url.search}${url.hash}"`,
    );
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      throw new WhootConfigError(
        `refusing to send the API token over plain http to ${url.host}: use https:// (plain http is allowed ` +
          `only for loopback hosts: 127.0.0.0/8, localhost, [::1])`,
      );
    }
  } else if (url.protocol !== 'https:') {
    throw new WhootConfigError(`the API URL must start with https:// (got ${url.protocol}//)`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
