/** What every API failure states: the request, the answer's status and the server's code and message. */
export interface ApiErrorFields {
  method: string;
  path: string;
  status: number;
  code: string;
  detail: string;
  transient?: boolean;
}

/**
 * A failed whoot API call, after retries: method, path, status, the server's code and message.
 * `status` is 0 when no HTTP answer arrived (network error, timeout, cancellation).
 * The message never contains the API token: the client redacts it before constructing the error.
 */
export class WhootApiError extends Error {
  override name = 'WhootApiError';
  readonly method: string;
  /** the API path with its query string, relative to the base URL (e.g. `/rooms/abc/members`) */
  readonly path: string;
  /** the full URL asked (base URL with its path prefix + path), when known; never carries credentials */
  readonly url: string | undefined;
  readonly status: number;
  /** the server's snake_case code, or one derived from the status (`not_found`, `network_error`, …) */
  readonly code: string;
  /** the server's message (or the status text), without the method/path/status prefix */
  readonly detail: string;
  /** true when the failure was transient (429, 5xx, network, timeout): a later re-run may succeed */
  readonly transient: boolean;

  constructor(
    init: ApiErrorFields & {
      message?: string;
      cause?: unknown;
      url?: string;
      /** what the message names as the target (default `path`); the client passes the full URL under a path prefix */
      target?: string;
    },
  ) {
    const statusPart = init.status > 0 ? `${init.status} ` : '';
    const target = init.target ?? init.path;
    const message = init.message ?? `${init.method} ${target} → ${statusPart}${init.code}: ${init.detail}`;
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
    this.url = init.url;
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.transient = init.transient ?? (init.status === 0 || init.status === 429 || init.status >= 500);
  }
}

/** Thrown by `preflight`: the key lacks scopes a command needs. */
export class WhootScopeError extends WhootApiError {
  override name = 'WhootScopeError';
  readonly missing: string[];

  constructor(missing: string[], granted: string[]) {
    const list = missing.join(', ');
    super({
      method: 'GET',
      path: '/me',
      status: 403,
      code: 'missing_scope',
      detail: `the API key lacks ${missing.length === 1 ? 'the scope' : 'the scopes'} ${list}`,
      transient: false,
      message:
        `the API key lacks ${missing.length === 1 ? 'the scope' : 'the scopes'} ${list} needed for this ` +
        `command (GET /me lists: ${granted.length ? granted.join(', ') : 'no scopes'}); create a key with ` +
        `${list} in the whoot console`,
    });
    this.missing = missing;
  }
}

/** The base URL or client options are unusable (e.g. plain http to a remote host). */
export class WhootConfigError extends Error {
  override name = 'WhootConfigError';
}

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'unprocessable_entity',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** A code for a status when the body gives none. */
export function codeForStatus(status: number): string {
  return STATUS_CODES[status] ?? `http_${status}`;
}

/**
 * Read an error body in any of the shapes whoot deployments use:
 * `{"error":{"code","message"}}` (ours), a top-level `message` (with an optional `code`), a string `error`
 * (with an optional OAuth-style `error_description`), or a non-JSON body (the status text is shown).
 */
export function parseErrorBody(status: number, statusText: string, text: string): { code: string; message: string } {
  const fallback = { code: codeForStatus(status), message: statusText || `HTTP ${status}` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A short plain-text body is usually the useful part (a proxy's "upstream connect error"); HTML is noise.
    const line = text.trim();
    if (line && line.length <= 200 && !line.includes('\n') && !line.startsWith('<'))
      return { ...fallback, message: `${fallback.message} (${line})` };
    return fallback;
  }
  if (typeof data !== 'object' || data === null) return fallback;
  const d = data as Record<string, unknown>;
  if (typeof d.error === 'object' && d.error !== null) {
    const e = d.error as Record<string, unknown>;
    return {
      code: typeof e.code === 'string' ? e.code : fallback.code,
      message: typeof e.message === 'string' ? e.message : fallback.message,
    };
  }
  if (typeof d.error === 'string') {
    if (typeof d.error_description === 'string') return { code: d.error, message: d.error_description };
    if (typeof d.message === 'string') return { code: d.error, message: d.message };
    return { code: typeof d.code === 'string' ? d.code : fallback.code, message: d.error };
  }
  if (typeof d.message === 'string')
    return { code: typeof d.code === 'string' ? d.code : fallback.code, message: d.message };
  return fallback;
}

/**
 * Every form in which a server, a proxy or a network layer may echo the key: raw, URL-encoded, and base64 (of the
 * key and of the header value `Bearer <key>`, which share no text with the key). Longest first.
 */
function secretForms(token: string): string[] {
  // `Bearer <key>` and its URL-encoded form contain the key itself: they read `Bearer [REDACTED]` afterwards.
  const forms = [token, encodeURIComponent(token)];
  for (const raw of [token, `Bearer ${token}`]) {
    const b64 = Buffer.from(raw, 'utf8').toString('base64');
    forms.push(b64, b64.replace(/=+$/, ''), b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  }
  return [...new Set(forms)].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}

/** Replace every echoed form of the key in a server-provided string with `[REDACTED]`. */
export function redactSecret(text: string, token: string): string {
  if (token.length < 4) return text;
  let out = text;
  for (const form of secretForms(token)) out = out.split(form).join('[REDACTED]');
  return out;
}
