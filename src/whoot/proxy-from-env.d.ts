// proxy-from-env ships no types; this is the one function whoot-rooms uses (its README documents it).
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from *_PROXY / NO_PROXY (lower case first), or '' when the request goes direct. */
  export function getProxyForUrl(url: string | URL): string;
}
