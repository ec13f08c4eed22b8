/**
 * The endpoint surface of the whoot Management API client: one method per call whoot-rooms makes, over the
 * exchange engine (http.ts: retries, rate-limit gate, timeouts), the paginator (paginate.ts) and the answer
 * decoders (decode.ts). See docs/api-client.md.
 */
import { silentLogger, type Logger } from '../log-api.js';
import { decodeAdded, decodeMe, decodePutResult, decodeRoom, decodeUser, memberDecoder } from './decode.js';
import { WhootApiError, WhootScopeError } from './errors.js';
import { HttpEngine } from './http.js';
import { Paginator } from './paginate.js';
import { rateGateFor } from './pacing.js';
import { proxyFor, proxyTransport, redactProxyUrl } from './proxy.js';
import { fetchTransport, nodeTransport, type Transport } from './transport.js';
import type { LiveMember, LiveRoom, LiveUser, PutMembersResult, Scope, WhootApi, WhootMe } from './types.js';
import { normaliseBaseUrl } from './url.js';

export interface WhootClientOptions {
  /** base URL, may carry a path prefix (`https://host/v1/acme`); plain http only to loopback hosts */
  baseUrl: string;
  /** the API key, from WHOOT_API_TOKEN (never a flag); sent only as `Authorization: Bearer`, never logged */
  token: string;
  /**
   * A fetch to send requests with (tests, or to use the global fetch); default node:http(s) with keep-alive
   * (src/whoot/transport.ts says why), or undici through the proxy that HTTPS_PROXY / HTTP_PROXY / NO_PROXY
   * name for the base URL (src/whoot/proxy.ts). Redirects are never followed either way.
   */
  fetch?: typeof fetch;
  logger?: Logger;
  /** per-attempt timeout, including reading the body (default 30 s) */
  timeoutMs?: number;
  /** attempts per idempotent call, first one included (default 6) */
  maxAttempts?: number;
  /**
   * attempts of one call that may end in a timeout (default 2: one retry; `maxAttempts` when that is given), so
   * a server that accepts connections and never answers fails a run in about two timeouts, not six
   */
  maxTimeoutAttempts?: number;
  /** total time one call may spend waiting between retries (default 60 s) */
  maxRetryWaitMs?: number;
  /** concurrent page reads within one list call (default 4) */
  pageConcurrency?: number;
  /**
   * Requests in flight at once across every call of this client (default unbounded). Prefer this to bounding
   * an injected `fetch`: the per-attempt timeout starts only once a slot is taken, so queued requests never
   * time out while they wait, and the rate-limit gate is checked when a request really starts.
   */
  maxConcurrency?: number;
  /** first backoff step; attempt n waits a random time in [0, min(cap, base·2^(n-1))] (default 250 ms) */
  retryBaseMs?: number;
  /** backoff cap per wait (default 8 s) */
  retryMaxDelayMs?: number;
  /** cancels waits and requests in flight (SIGINT) */
  signal?: AbortSignal;
  /** upper bound on pages read by one list call, so a misbehaving server cannot loop us forever (default 10,000) */
  maxPages?: number;
  /** randomness for jitter (tests) */
  random?: () => number;
}

/** The typed whoot Management API client. */
class WhootClient implements WhootApi {
  private readonly http: HttpEngine;
  private readonly pages: Paginator;
  private readonly log: Logger;
  private readonly decodeMember = memberDecoder();

  constructor(opts: WhootClientOptions) {
    const base = normaliseBaseUrl(opts.baseUrl);
    if (!opts.token) {
      const detail = 'no API token';
      throw new WhootApiError({
        method: '-',
        path: '-',
        status: 0,
        code: 'no_token',
        detail,
        message: 'no API token: set WHOOT_API_TOKEN',
      });
    }
    this.log = opts.logger ?? silentLogger();
    // One client talks to one base URL, so the proxy decision is made once, here.
    const proxy = opts.fetch ? null : proxyFor(base);
    let transport: Transport;
    if (opts.fetch) transport = fetchTransport(opts.fetch);
    else if (proxy) transport = proxyTransport(proxy);
    else transport = nodeTransport();
    const shownProxy = proxy === null ? null : redactProxyUrl(proxy);
    if (shownProxy) this.log.debug({ proxy: shownProxy, baseUrl: base }, 'whoot api requests go through a proxy');
    const maxAttempts = Math.max(1, opts.maxAttempts ?? 6);
    this.http = new HttpEngine({
      base,
      token: opts.token,
      transport,
      log: this.log,
      timeoutMs: opts.timeoutMs ?? 30_000,
      maxAttempts,
      maxTimeoutAttempts: Math.max(1, opts.maxTimeoutAttempts ?? (opts.maxAttempts === undefined ? 2 : maxAttempts)),
      maxRetryWaitMs: opts.maxRetryWaitMs ?? 60_000,
      retryBaseMs: opts.retryBaseMs ?? 250,
      retryMaxDelayMs: opts.retryMaxDelayMs ?? 8_000,
      random: opts.random ?? Math.random,
      signal: opts.signal,
      maxConcurrency: opts.maxConcurrency,
      proxy: shownProxy,
      gate: rateGateFor(base, opts.token),
    });
    this.pages = new Paginator(this.http, {
      pageConcurrency: Math.max(1, opts.pageConcurrency ?? 4),
      maxPages: opts.maxPages ?? 10_000,
      log: this.log,
    });
  }

  private async read<T>(
    method: string,
    path: string,
    decode: (data: unknown, fail: (what: string) => Error) => T,
    body?: unknown,
  ): Promise<T> {
    return decode(await this.http.call(method, path, body), (what) => this.http.shapeError(path, what));
  }

  async me(): Promise<WhootMe | null> {
    try {
      return await this.read('GET', '/me', decodeMe);
    } catch (err) {
      if (err instanceof WhootApiError && err.status === 404) {
        // Remembered: a 404 on a list later is then probably a wrong path prefix, and the message says so.
        this.http.meNotFound = true;
        this.log.debug('GET /me answered 404 (an older deployment): skipping the pre-flight scope check');
        return null;
      }
      throw err;
    }
  }

  async preflight(required: Scope[]): Promise<void> {
    const me = await this.me();
    if (!me) return;
    const granted = me.key.scopes.filter((s): s is string => typeof s === 'string');
    const missing = required.filter((s) => !granted.includes(s));
    if (missing.length > 0) throw new WhootScopeError(missing, granted);
    this.log.debug({ scopes: granted }, 'pre-flight: the API key has the required scopes');
  }

  listUsers(): Promise<LiveUser[]> {
    return this.pages.list({ path: '/users', key: 'users', idOf: (u: LiveUser) => u.id, decode: decodeUser });
  }

  getUser(id: string): Promise<LiveUser> {
    return this.read('GET', `/users/${encodeURIComponent(id)}`, decodeUser);
  }

  patchUser(id: string, patch: { display_name?: string; active?: boolean }): Promise<LiveUser> {
    return this.read('PATCH', `/users/${encodeURIComponent(id)}`, decodeUser, patch);
  }

  async deactivateUser(id: string): Promise<void> {
    await this.http.call('DELETE', `/users/${encodeURIComponent(id)}`);
  }

  listRooms(): Promise<LiveRoom[]> {
    return this.pages.list({ path: '/rooms', key: 'rooms', idOf: (r: LiveRoom) => r.id, decode: decodeRoom });
  }

  getRoom(id: string): Promise<LiveRoom> {
    return this.read('GET', `/rooms/${encodeURIComponent(id)}`, decodeRoom);
  }

  patchRoom(id: string, patch: { display_name?: string; external_id?: string | null }): Promise<LiveRoom> {
    return this.read('PATCH', `/rooms/${encodeURIComponent(id)}`, decodeRoom, patch);
  }

  async deleteRoomMapping(id: string): Promise<void> {
    await this.http.call('DELETE', `/rooms/${encodeURIComponent(id)}`);
  }

  /**
   * All members of a room. Documented as unpaginated; when `total` exceeds what came back, the rest is read
   * with `limit`/`offset` (deduplicated by user id) and a count still short of `total` is an error.
   */
  listMembers(roomId: string): Promise<LiveMember[]> {
    const path = `/rooms/${encodeURIComponent(roomId)}/members`;
    return this.pages.list({
      path,
      key: 'members',
      idOf: (m: LiveMember) => m.user_id,
      decode: this.decodeMember,
      unpaged: true,
    });
  }

  async addMember(
    roomId: string,
    userId: string,
    txPermission = false,
  ): Promise<{ user_id: string; room_id: string; tx_permission: boolean }> {
    const path = `/rooms/${encodeURIComponent(roomId)}/members`;
    const data = await this.http.call('POST', path, { user_id: userId, tx_permission: txPermission });
    return decodeAdded(data, { user_id: userId, room_id: roomId, tx_permission: txPermission });
  }

  async replaceMembers(
    roomId: string,
    members: Array<{ user_id: string; tx_permission: boolean }>,
  ): Promise<PutMembersResult> {
    const path = `/rooms/${encodeURIComponent(roomId)}/members`;
    const data = await this.http.call('PUT', path, {
      members: members.map((m) => ({ user_id: m.user_id, tx_permission: m.tx_permission })),
    });
    return decodePutResult(data, roomId);
  }

  async removeMember(roomId: string, userId: string): Promise<void> {
    await this.http.call('DELETE', `/rooms/${encodeURIComponent(roomId)}/members/${encodeURIComponent(userId)}`);
  }
}

/**
 * Create the whoot API client. Throws `WhootConfigError` for an unusable base URL (e.g. plain http to a
 * non-loopback host) and `WhootApiError` (code `no_token`) when the token is empty.
 */
export function createWhootClient(opts: WhootClientOptions): WhootApi {
  return new WhootClient(opts);
}
