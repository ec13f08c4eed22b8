import { setImmediate as nextTurn } from 'node:timers/promises';
import pLimit from 'p-limit';
import type { LiveMember, LiveRoom, LiveUser } from '../live/types.js';
import { silentLogger, type Logger } from '../log.js';
import { WhootApiError, WhootScopeError, parseErrorBody, redactSecret } from './errors.js';
import { RateGate, parseRetryAfter, retryDelay } from './retry.js';
import type { PutMembersResult, Scope, WhootApi, WhootMe } from './types.js';
import { fetchTransport, nodeTransport, type HttpAnswer, type HttpRequest, type Transport } from './transport.js';
import { normaliseBaseUrl } from './url.js';

export interface WhootClientOptions {
  /** base URL, may carry a path prefix (`https://host/v1/acme`); plain http only to loopback hosts */
  baseUrl: string;
  /** the API key, from WHOOT_API_TOKEN (never a flag); sent only as `Authorization: Bearer`, never logged */
  token: string;
  /**
   * A fetch to send requests with (tests, or to use the global fetch); default node:http(s) with keep-alive
   * (src/whoot/transport.ts says why). Redirects are never followed either way.
   */
  fetch?: typeof fetch;
  logger?: Logger;
  /** per-attempt timeout, including reading the body (default 30 s) */
  timeoutMs?: number;
  /** attempts per idempotent call, first one included (default 6) */
  maxAttempts?: number;
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

/** Scopes each command needs, checked by `preflight` before any other call. */
export const REQUIRED_SCOPES = {
  plan: ['api:users:read', 'api:rooms:read'],
  export: ['api:users:read', 'api:rooms:read'],
  apply: ['api:users:read', 'api:rooms:read', 'api:rooms:write'],
} as const satisfies Record<string, Scope[]>;

/** The largest page the API serves; asking for more is clamped anyway. */
const PAGE_LIMIT = 100;
/** The most requests assumed to be on their way when deciding whether the rate limit is nearly used up. */
const GATE_RESERVE_CAP = 8;
/** Sequential re-reads after an inconsistent read before giving up. */
const MAX_RESCANS = 4;

function sameKeys(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

interface Page {
  items: unknown[];
  total?: number;
  limit?: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);

/** The typed whoot Management API client (node:http keep-alive, or an injected fetch): retries, rate-limit pacing, pagination. See docs/api-client.md. */
class WhootClient implements WhootApi {
  private readonly base: string;
  private readonly transport: Transport;
  private readonly log: Logger;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly maxRetryWaitMs: number;
  private readonly pageConcurrency: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxDelayMs: number;
  private readonly maxPages: number;
  private readonly random: () => number;
  private readonly gate = new RateGate();
  private readonly slots: (<T>(task: () => Promise<T>) => Promise<T>) | null;
  private inFlight = 0;

  constructor(private readonly opts: WhootClientOptions) {
    this.base = normaliseBaseUrl(opts.baseUrl);
    if (!opts.token) throw new WhootApiError({ method: '-', path: '-', status: 0, code: 'no_token', detail: 'no API token', message: 'no API token: set WHOOT_API_TOKEN' });
    this.transport = opts.fetch ? fetchTransport(opts.fetch) : nodeTransport();
    this.log = opts.logger ?? silentLogger();
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 6);
    this.maxRetryWaitMs = opts.maxRetryWaitMs ?? 60_000;
    this.pageConcurrency = Math.max(1, opts.pageConcurrency ?? 4);
    this.retryBaseMs = opts.retryBaseMs ?? 250;
    this.retryMaxDelayMs = opts.retryMaxDelayMs ?? 8_000;
    this.maxPages = opts.maxPages ?? 10_000;
    this.random = opts.random ?? Math.random;
    this.slots = opts.maxConcurrency ? pLimit(Math.max(1, opts.maxConcurrency)) : null;
  }

  /** Replace every occurrence of the token, whatever a server or a network layer echoed back. */
  private redact(text: string): string {
    return redactSecret(text, this.opts.token);
  }

  /** Wait `ms`; false when the caller's signal aborted the wait. */
  private sleep(ms: number): Promise<boolean> {
    const signal = this.opts.signal;
    if (signal?.aborted) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const onAbort = (): void => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private abortedError(method: string, path: string): WhootApiError {
    return new WhootApiError({ method, path, status: 0, code: 'aborted', detail: 'cancelled', transient: false });
  }

  /**
   * One API call with the retry policy: idempotent methods are retried on 429, 5xx, network errors and
   * timeouts (exponential backoff with full jitter, `Retry-After` honoured, bounded attempts and total wait);
   * POST never is. Returns the parsed JSON body (undefined for an empty body).
   */
  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const url = this.base + path;
    const idempotent = IDEMPOTENT.has(method);
    const headers: Record<string, string> = { Authorization: `Bearer ${this.opts.token}`, Accept: 'application/json', 'User-Agent': 'whoot-rooms' };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      if (this.opts.signal?.aborted) throw this.abortedError(method, path);
      const started = performance.now();
      let failure: WhootApiError;
      let retryAfterMs: number | null = null;
      try {
        const res = await this.attempt(url, method, headers, payload, () => this.abortedError(method, path));
        // The request that took this answer's slot has been created but is written to its socket on the next
        // tick, which comes only after every promise continuation queued now: parsing this answer and whatever
        // the caller does with it (planning the room). Parsing after a turn of the event loop lets it go first.
        await nextTurn();
        const { text } = res;
        this.log.trace({ method, path, status: res.status, ms: Math.round(performance.now() - started), attempt }, 'whoot api');
        if (res.status >= 200 && res.status < 300) return this.parseSuccess(method, path, res.status, text);
        if (res.status >= 300 && res.status < 400) {
          // Following a redirect could carry the Authorization header to another host: never do it.
          const location = res.headers.get('location') ?? '(no Location)';
          throw new WhootApiError({
            method,
            path,
            status: res.status,
            code: 'redirect_refused',
            detail: this.redact(`the API answered with a redirect to ${location}; whoot-rooms does not follow redirects (the token would travel with it): set the API URL to the final address`),
            transient: false,
          });
        }
        const parsed = parseErrorBody(res.status, res.statusText, text);
        failure = new WhootApiError({ method, path, status: res.status, code: this.redact(parsed.code), detail: this.redact(parsed.message) });
        if (res.status === 429 || res.status === 503) retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        if (res.status === 429) {
          const paused = this.gate.pause(retryAfterMs ?? 1000);
          if (paused > 0) this.log.debug({ pauseMs: Math.round(paused) }, 'rate limited (429): pausing new requests');
        }
      } catch (err) {
        if (err instanceof WhootApiError) throw err;
        if (this.opts.signal?.aborted) throw this.abortedError(method, path);
        failure = this.networkError(method, path, err);
      }
      if (!failure.transient || !idempotent) {
        if (!idempotent && failure.status === 0) {
          throw new WhootApiError({
            method,
            path,
            status: 0,
            code: failure.code,
            detail: `${failure.detail}; not retried (${method} is not idempotent): the change may or may not have been applied`,
            transient: true,
          });
        }
        throw failure;
      }
      const delay = retryAfterMs ?? retryDelay(attempt, this.retryBaseMs, this.retryMaxDelayMs, this.random);
      if (attempt >= this.maxAttempts || waited + delay > this.maxRetryWaitMs) {
        const why = attempt >= this.maxAttempts ? `gave up after ${attempt} attempts` : `gave up: the next retry would exceed the ${Math.round(this.maxRetryWaitMs / 1000)} s retry budget`;
        throw new WhootApiError({ method, path, status: failure.status, code: failure.code, detail: `${failure.detail} (${why})`, transient: true });
      }
      this.log.debug({ method, path, attempt, reason: failure.status ? `${failure.status} ${failure.code}` : failure.code, delayMs: Math.round(delay) }, 'retrying whoot api call');
      if (!(await this.sleep(delay))) throw this.abortedError(method, path);
      waited += delay;
    }
  }

  /** One exchange under a concurrency slot, after the rate-limit gate; its answer feeds the gate. */
  private attempt(url: string, method: string, headers: Record<string, string>, body: string | undefined, aborted: () => WhootApiError): Promise<HttpAnswer> {
    const run = async (): Promise<HttpAnswer> => {
      // Checked when the request really starts: a pause may have begun while it waited for a slot.
      if (!(await this.gate.wait((ms) => this.sleep(ms)))) throw aborted();
      this.inFlight++;
      try {
        const answer = await this.exchange(url, method, headers, body);
        this.inFlight--;
        // Requests queued in an injected, bounded fetch count as in flight here: cap the reserve so they
        // cannot make every answer look like the last token.
        const paused = this.gate.observe(answer.headers, Math.min(this.inFlight, this.opts.maxConcurrency ?? GATE_RESERVE_CAP));
        if (paused > 0) this.log.debug({ pauseMs: Math.round(paused) }, 'rate limit nearly used up: pausing new requests');
        return answer;
      } catch (err) {
        this.inFlight--;
        throw err;
      }
    };
    return this.slots ? this.slots(run) : run();
  }

  /**
   * One request with the per-attempt timeout covering the body too. A plain controller and timer rather than
   * AbortSignal.any/timeout: cheaper per request and nothing stays attached to the long-lived caller signal.
   */
  private async exchange(url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<HttpAnswer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${this.timeoutMs} ms`, 'TimeoutError')), this.timeoutMs);
    const outer = this.opts.signal;
    const onAbort = (): void => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onAbort, { once: true });
    try {
      const req: HttpRequest = { method, url, headers, signal: controller.signal };
      if (body !== undefined) req.body = body;
      return await this.transport(req);
    } catch (err) {
      // Transports reject with the abort reason or a wrapper of it: surface our TimeoutError either way.
      if (controller.signal.aborted && !outer?.aborted) throw controller.signal.reason;
      throw err;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  private networkError(method: string, path: string, err: unknown): WhootApiError {
    // node:http rejects with the system error itself (`code`); fetch wraps it in a TypeError (`cause.code`).
    const e = err as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError') {
      return new WhootApiError({ method, path, status: 0, code: 'timeout', detail: `no answer within ${this.timeoutMs} ms` });
    }
    const code = e.code ?? e.cause?.code;
    const reason = this.redact([e.message, e.cause?.message].filter(Boolean).join(': ') || String(err));
    // A host that does not resolve will not start resolving in a second: fail fast.
    if (code === 'ENOTFOUND') return new WhootApiError({ method, path, status: 0, code: 'network_error', detail: reason, transient: false });
    return new WhootApiError({ method, path, status: 0, code: code ? code.toLowerCase() : 'network_error', detail: reason, transient: true });
  }

  private parseSuccess(method: string, path: string, status: number, text: string): unknown {
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new WhootApiError({ method, path, status, code: 'invalid_response', detail: 'the answer is not JSON', transient: false });
    }
  }

  private shapeError(path: string, what: string): WhootApiError {
    return new WhootApiError({ method: 'GET', path, status: 200, code: 'invalid_response', detail: `unexpected answer: ${what}`, transient: false });
  }

  // ---------- normalisation of answers (tolerating the documented alternatives) ----------

  private toUser(raw: unknown, path: string): LiveUser {
    if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.email !== 'string') throw this.shapeError(path, 'a user without a string id and email');
    return {
      id: raw.id,
      email: raw.email,
      display_name: typeof raw.display_name === 'string' ? raw.display_name : '',
      active: typeof raw.active === 'boolean' ? raw.active : true,
    };
  }

  private toRoom(raw: unknown, path: string): LiveRoom {
    if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string') throw this.shapeError(path, 'a room without a string id and name');
    const room: LiveRoom = {
      id: raw.id,
      name: raw.name,
      display_name: typeof raw.display_name === 'string' ? raw.display_name : null,
      external_id: typeof raw.external_id === 'string' ? raw.external_id : null,
    };
    if (typeof raw.member_count === 'number') room.member_count = raw.member_count;
    return room;
  }

  private toMember(raw: unknown, path: string): LiveMember {
    if (!isObject(raw) || typeof raw.user_id !== 'string') throw this.shapeError(path, 'a member without a string user_id');
    if (raw.tx_permission !== undefined && typeof raw.tx_permission !== 'boolean') throw this.shapeError(path, `tx_permission ${JSON.stringify(raw.tx_permission)} for ${raw.user_id}`);
    const member: LiveMember = { user_id: raw.user_id, tx_permission: raw.tx_permission === true };
    if (typeof raw.email === 'string') member.email = raw.email;
    return member;
  }

  // ---------- pagination ----------

  private async getPage(path: string, key: string, offset: number): Promise<Page> {
    const pagePath = `${path}?limit=${PAGE_LIMIT}&offset=${offset}`;
    const data = await this.call('GET', pagePath);
    if (Array.isArray(data)) return { items: data };
    if (!isObject(data) || !Array.isArray(data[key])) throw this.shapeError(pagePath, `expected {"${key}":[…]} or an array`);
    const page: Page = { items: data[key] as unknown[] };
    if (typeof data.total === 'number' && Number.isInteger(data.total) && data.total >= 0) page.total = data.total;
    if (typeof data.limit === 'number' && Number.isInteger(data.limit) && data.limit > 0) page.limit = data.limit;
    return page;
  }

  /**
   * Read a whole offset-paginated list. Fast path: the first page gives `total` and the page size, the rest
   * are read concurrently. If anything looks off (a short non-final page, `total` changing, a count that
   * does not add up), the list is re-read sequentially (offset advancing by what each page returned) until
   * an empty page or `offset >= total`; if the distinct count still falls short of `total`, this fails
   * rather than return a list silently missing someone. Items are deduplicated by id.
   */
  private async listAll<T>(path: string, key: string, idOf: (t: T) => string, normalise: (raw: unknown, path: string) => T): Promise<T[]> {
    const first = await this.getPage(path, key, 0);
    const byId = new Map<string, T>();
    const add = (target: Map<string, T>, items: unknown[]): number => {
      let fresh = 0;
      for (const raw of items) {
        const item = normalise(raw, path);
        const id = idOf(item);
        if (!target.has(id)) {
          target.set(id, item);
          fresh++;
        }
      }
      return fresh;
    };
    add(byId, first.items);
    if (first.total === undefined) return this.scanWithoutTotal(path, key, byId, first.items.length, add);

    const total = first.total;
    // A first page shorter than requested yet short of total reveals the server's real page size.
    const step = first.items.length > 0 && first.items.length < total ? Math.min(first.items.length, first.limit ?? PAGE_LIMIT) : (first.limit ?? PAGE_LIMIT);
    const offsets: number[] = [];
    for (let o = step; o < total; o += step) offsets.push(o);
    if (offsets.length + 1 > this.maxPages) throw this.shapeError(path, `total ${total} needs more than ${this.maxPages} pages`);
    let anomaly: string | null = null;
    const limit = pLimit(this.pageConcurrency);
    const pages = await Promise.all(offsets.map((o) => limit(() => this.getPage(path, key, o))));
    for (const [i, p] of pages.entries()) {
      const offset = offsets[i]!;
      if (p.total !== total) anomaly ??= `total changed from ${total} to ${String(p.total)} at offset ${offset}`;
      if (p.items.length < step && offset + step < total) anomaly ??= `a short page (${p.items.length} items) at offset ${offset}`;
      add(byId, p.items);
    }
    if (!anomaly && byId.size !== total) anomaly = `${byId.size} distinct items for total ${total}`;
    if (!anomaly) return [...byId.values()];

    this.log.debug({ path, anomaly }, 'inconsistent pagination: re-reading the list sequentially');
    // Offset pages of a list that changes under us can hide a user who merely shifted across a page
    // boundary, with every count still adding up. So a re-read is trusted only when it is consistent in
    // itself (one total throughout, no id twice, as many ids as the total) and yields exactly the ids of
    // the read before it; otherwise read again, a bounded number of times, then fail.
    let previous: Map<string, T> = byId;
    let lastProblem = anomaly;
    for (let scan = 1; scan <= MAX_RESCANS; scan++) {
      const result = await this.sequentialScan(path, key, idOf, normalise);
      if (result.problem === null && sameKeys(result.items, previous)) return [...result.items.values()];
      lastProblem = result.problem ?? `two reads disagree (${previous.size} and ${result.items.size} ${key})`;
      this.log.debug({ path, scan, problem: lastProblem }, 'the list changed while it was read: reading it again');
      previous = result.items;
    }
    throw new WhootApiError({
      method: 'GET',
      path,
      status: 200,
      code: 'inconsistent_pagination',
      detail: `the list of ${key} kept changing while it was read (${MAX_RESCANS + 1} reads, last: ${lastProblem}), so it cannot be trusted to be complete: re-run`,
      transient: true,
    });
  }

  /** One sequential read from offset 0, each page starting where the previous one ended. */
  private async sequentialScan<T>(path: string, key: string, idOf: (t: T) => string, normalise: (raw: unknown, path: string) => T): Promise<{ items: Map<string, T>; problem: string | null }> {
    const items = new Map<string, T>();
    let problem: string | null = null;
    let total: number | undefined;
    let offset = 0;
    for (let n = 0; ; n++) {
      if (n >= this.maxPages) throw this.shapeError(path, `pagination did not end after ${this.maxPages} pages`);
      const p = await this.getPage(path, key, offset);
      if (p.items.length === 0) break;
      for (const raw of p.items) {
        const item = normalise(raw, path);
        const id = idOf(item);
        if (items.has(id)) problem ??= `${id} appeared twice`;
        else items.set(id, item);
      }
      if (total !== undefined && p.total !== total) problem ??= `total changed from ${total} to ${String(p.total)}`;
      total = p.total ?? total;
      offset += p.items.length;
      if (total !== undefined && offset >= total) break;
    }
    if (problem === null && total !== undefined && items.size !== total) problem = `${items.size} distinct ${key} for a total of ${total}`;
    return { items, problem };
  }

  /** No `total` (a bare array or a partial envelope): read on until an empty page or a page with nothing new. */
  private async scanWithoutTotal<T>(path: string, key: string, byId: Map<string, T>, firstCount: number, add: (target: Map<string, T>, items: unknown[]) => number): Promise<T[]> {
    let offset = firstCount;
    for (let n = 1; firstCount > 0; n++) {
      if (n >= this.maxPages) throw this.shapeError(path, `pagination did not end after ${this.maxPages} pages`);
      const p = await this.getPage(path, key, offset);
      // A page with nothing new means the server ignores offset (it returned the whole list): done.
      if (p.items.length === 0 || add(byId, p.items) === 0) break;
      offset += p.items.length;
    }
    return [...byId.values()];
  }

  // ---------- WhootApi ----------

  async me(): Promise<WhootMe | null> {
    try {
      const data = await this.call('GET', '/me');
      if (!isObject(data) || !isObject(data.key) || !Array.isArray(data.key.scopes)) throw this.shapeError('/me', 'expected {"key":{"scopes":[…]}}');
      return data as unknown as WhootMe;
    } catch (err) {
      if (err instanceof WhootApiError && err.status === 404) {
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
    return this.listAll('/users', 'users', (u: LiveUser) => u.id, (raw, p) => this.toUser(raw, p));
  }

  async getUser(id: string): Promise<LiveUser> {
    const path = `/users/${encodeURIComponent(id)}`;
    return this.toUser(await this.call('GET', path), path);
  }

  async patchUser(id: string, patch: { display_name?: string; active?: boolean }): Promise<LiveUser> {
    const path = `/users/${encodeURIComponent(id)}`;
    return this.toUser(await this.call('PATCH', path, patch), path);
  }

  async deactivateUser(id: string): Promise<void> {
    await this.call('DELETE', `/users/${encodeURIComponent(id)}`);
  }

  listRooms(): Promise<LiveRoom[]> {
    return this.listAll('/rooms', 'rooms', (r: LiveRoom) => r.id, (raw, p) => this.toRoom(raw, p));
  }

  async getRoom(id: string): Promise<LiveRoom> {
    const path = `/rooms/${encodeURIComponent(id)}`;
    return this.toRoom(await this.call('GET', path), path);
  }

  async patchRoom(id: string, patch: { display_name?: string; external_id?: string | null }): Promise<LiveRoom> {
    const path = `/rooms/${encodeURIComponent(id)}`;
    return this.toRoom(await this.call('PATCH', path, patch), path);
  }

  async deleteRoomMapping(id: string): Promise<void> {
    await this.call('DELETE', `/rooms/${encodeURIComponent(id)}`);
  }

  /**
   * All members of a room. Documented as unpaginated; when `total` exceeds what came back, the rest is read
   * with `limit`/`offset` (deduplicated by user id) and a count still short of `total` is an error.
   */
  async listMembers(roomId: string): Promise<LiveMember[]> {
    const path = `/rooms/${encodeURIComponent(roomId)}/members`;
    const parse = (data: unknown, where: string): { items: unknown[]; total?: number } => {
      if (Array.isArray(data)) return { items: data };
      if (!isObject(data) || !Array.isArray(data.members)) throw this.shapeError(where, 'expected {"members":[…]} or an array');
      return { items: data.members as unknown[], total: typeof data.total === 'number' ? data.total : undefined };
    };
    const first = parse(await this.call('GET', path), path);
    const byId = new Map<string, LiveMember>();
    const add = (items: unknown[]): number => {
      let fresh = 0;
      for (const raw of items) {
        const m = this.toMember(raw, path);
        if (!byId.has(m.user_id)) {
          byId.set(m.user_id, m);
          fresh++;
        }
      }
      return fresh;
    };
    add(first.items);
    let total = first.total;
    let offset = first.items.length;
    for (let n = 1; total !== undefined && offset < total && first.items.length > 0; n++) {
      if (n >= this.maxPages) throw this.shapeError(path, `member pagination did not end after ${this.maxPages} pages`);
      const pagePath = `${path}?limit=${PAGE_LIMIT}&offset=${offset}`;
      const p = parse(await this.call('GET', pagePath), pagePath);
      if (p.items.length === 0 || add(p.items) === 0) break;
      offset += p.items.length;
      if (p.total !== undefined) total = p.total;
    }
    if (total !== undefined && byId.size < total) {
      throw new WhootApiError({
        method: 'GET',
        path,
        status: 200,
        code: 'inconsistent_pagination',
        detail: `read ${byId.size} distinct members but the API reports a total of ${total}: re-run`,
        transient: true,
      });
    }
    return [...byId.values()];
  }

  async addMember(roomId: string, userId: string, txPermission = false): Promise<{ user_id: string; room_id: string; tx_permission: boolean }> {
    const path = `/rooms/${encodeURIComponent(roomId)}/members`;
    const data = await this.call('POST', path, { user_id: userId, tx_permission: txPermission });
    if (!isObject(data)) return { user_id: userId, room_id: roomId, tx_permission: txPermission };
    return {
      user_id: typeof data.user_id === 'string' ? data.user_id : userId,
      room_id: typeof data.room_id === 'string' ? data.room_id : roomId,
      tx_permission: typeof data.tx_permission === 'boolean' ? data.tx_permission : txPermission,
    };
  }

  async replaceMembers(roomId: string, members: Array<{ user_id: string; tx_permission: boolean }>): Promise<PutMembersResult> {
    const path = `/rooms/${encodeURIComponent(roomId)}/members`;
    const data = await this.call('PUT', path, { members: members.map((m) => ({ user_id: m.user_id, tx_permission: m.tx_permission })) });
    const count = (v: unknown): number => (typeof v === 'number' ? v : 0);
    const d = isObject(data) ? data : {};
    return {
      room_id: typeof d.room_id === 'string' ? d.room_id : roomId,
      members_added: count(d.members_added),
      members_updated: count(d.members_updated),
      members_removed: count(d.members_removed),
    };
  }

  async removeMember(roomId: string, userId: string): Promise<void> {
    await this.call('DELETE', `/rooms/${encodeURIComponent(roomId)}/members/${encodeURIComponent(userId)}`);
  }
}

/**
 * Create the whoot API client. Throws `WhootConfigError` for an unusable base URL (e.g. plain http to a
 * non-loopback host) and when the token is empty.
 */
export function createWhootClient(opts: WhootClientOptions): WhootApi {
  return new WhootClient(opts);
}
