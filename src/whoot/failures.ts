/**
 * What a failed exchange (no HTTP answer) means for the user: which failures a retry can fix, and one line that
 * says what happened where. Node's TLS and socket errors arrive multi-line and in OpenSSL's words; a user needs
 * the host, the reason and the fix.
 */

export interface TransportFailure {
  /** snake_case code for `WhootApiError.code` */
  code: string;
  /** the words after `code:` in the message */
  detail: string;
  /** false for failures that the same request cannot outgrow: certificates, protocol mismatch, proxy refusal */
  transient: boolean;
  /** replaces `code: detail` in the message when the failure reads better as a sentence of its own */
  headline?: string;
}

export interface FailureContext {
  /** the URL asked, without credentials */
  url: string;
  timeoutMs: number;
  /** the proxy the request went through, credentials redacted; null when direct */
  proxy: string | null;
  redact: (text: string) => string;
}

/** Certificate verdicts OpenSSL and Node give, in the words a user needs. */
const CERTIFICATE_PROBLEMS: Record<string, string> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'is not trusted',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'is not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'is not trusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'is not trusted',
  CERT_UNTRUSTED: 'is not trusted',
  CERT_SIGNATURE_FAILURE: 'has an invalid signature',
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not yet valid',
  CERT_REVOKED: 'has been revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'does not name this host',
};

/** Signs that the other end does not speak TLS at all (https:// sent to a plain-http port). */
const NOT_TLS = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_HTTP_REQUEST',
  'EPROTO',
]);

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  status?: number;
  cause?: ErrorLike;
}

/** Node's http rejects with the system error itself; fetch and undici may wrap it in `cause`. */
function codeOf(e: ErrorLike): string | undefined {
  return e.code ?? e.cause?.code;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Classify a rejected exchange. Only what a later attempt may fix is transient. */
export function classifyTransportError(err: unknown, ctx: FailureContext): TransportFailure {
  const e = (err ?? {}) as ErrorLike;
  const via = ctx.proxy ? ` (via proxy ${ctx.proxy})` : '';
  if (e.name === 'TimeoutError') {
    return { code: 'timeout', detail: `no answer within ${ctx.timeoutMs} ms from ${ctx.url}${via}`, transient: true };
  }
  const code = codeOf(e);
  if (code === 'PROXY_REFUSED' && ctx.proxy) {
    const why =
      e.status === 407
        ? '407 Proxy Authentication Required: check the credentials in the proxy URL'
        : `answered ${String(e.status)}`;
    return {
      code: 'proxy_refused',
      detail: `proxy ${ctx.proxy} refused the request for ${ctx.url}: ${why}`,
      transient: false,
      headline:
        `proxy ${ctx.proxy} refused the request for ${ctx.url} (${why}); ` +
        'check HTTPS_PROXY / HTTP_PROXY / NO_PROXY',
    };
  }
  const host = hostOf(ctx.url);
  if (code !== undefined && code in CERTIFICATE_PROBLEMS) {
    const fix =
      code === 'ERR_TLS_CERT_ALTNAME_INVALID'
        ? 'check the host name of the API URL'
        : 'set NODE_EXTRA_CA_CERTS for a private CA';
    const sentence = `certificate for ${host} ${CERTIFICATE_PROBLEMS[code]} (${code}); ${fix}`;
    return { code: 'tls_certificate', detail: sentence + via, transient: false, headline: `TLS: ${sentence}${via}` };
  }
  const text = [e.message, e.cause?.message].filter(Boolean).join(': ');
  if (
    (code !== undefined && (NOT_TLS.has(code) || code.startsWith('ERR_SSL_'))) ||
    /wrong version number/i.test(text)
  ) {
    const sentence =
      `${host} does not speak TLS (${code ?? 'protocol error'}): it looks like a plain-http port; ` +
      'check the scheme and port of the API URL';
    return { code: 'tls_protocol', detail: sentence + via, transient: false, headline: `TLS: ${sentence}${via}` };
  }
  // First line only: OpenSSL and undici append stack-like detail that means nothing to a user.
  const reason = ctx.redact((text || String(err)).split('\n')[0] ?? '');
  // A host that does not resolve will not start resolving in a second: fail fast.
  if (code === 'ENOTFOUND') return { code: 'network_error', detail: reason + via, transient: false };
  return { code: code ? code.toLowerCase() : 'network_error', detail: reason + via, transient: true };
}
