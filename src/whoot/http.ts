import { setImmediate as nextTurn } from 'node:timers/promises';
import pLimit from 'p-limit';
import type { Logger } from '../log.js';
import { WhootApiError, parseErrorBody, redactSecret, type ApiErrorFields } from './errors.js';
import { classifyTransportError } from './failures.js';
import type { RateGate } from './pacing.js';
import { parseRetryAfter, retryDelay } from './retry.js';
import type { HttpAnswer, HttpRequest, Transport } from './transport.js';

/** The exchange settings of one client (see WhootClientOptions for each knob's meaning and default). */
export interface HttpSettings {
  /** normalised: origin + path prefix, no trailing slash */
  base: string;
  token: string;
  transport: Transport;
  log: Logger;
  timeoutMs: number;
  maxAttempts: number;
  /** attempts of one call that may end in a timeout before it gives up */
  maxTimeoutAttempts: number;
  maxRetryWaitMs: number;
  retryBaseMs: number;
  retryMaxDelayMs: number;
  random: () => number;
  signal: AbortSignal | undefined;
  maxConcurrency: number | undefined;
  /** the proxy requests go through, credentials redacted, for messages; null when direct */
  proxy: string | null;
  /** the rate-limit gate of this API URL and key (shared by every client of them in the process) */
  gate: RateGate;
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);

/**
 * One API call at a time, as the endpoints see it: retries (idempotent methods only), the rate-limit gate, the
 * client-wide concurrency bound and per-attempt timeouts. Returns parsed JSON; every failure is a WhootApiError
 * that names what was asked (the full URL under a path prefix, where a path alone would hide the prefix).
 */
export class HttpEngine {
  private readonly slots: (<T>(task: () => Promise<T>) => Promise<T>) | null;
  /** the base URL carries a path prefix (`/v1/acme`): messages then name full URLs */
  readonly prefixed: boolean;
  /** GET /me answered 404: a later 404 probably means the prefix is wrong, not the resource */
  meNotFound = false;

  constructor(private readonly s: HttpSettings) {
    this.slots = s.maxConcurrency ? pLimit(Math.max(1, s.maxConcurrency)) : null;
    this.prefixed = new URL(s.base).pathname.replace(/\/+$/, '') !== '';
  }

  /** Replace every occurrence of the token, whatever a server or a network layer echoed back. */
  redact(text: string): string {
    return redactSecret(text, this.s.token);
  }

  /**
   * An error about `path`, naming the full URL under a path prefix. `headline` replaces `code: detail` after
   * the arrow, for failures that read better as a sentence (TLS, proxy refusals).
   */
  error(init: ApiErrorFields & { headline?: string }): WhootApiError {
    const { headline, ...rest } = init;
    const url = this.s.base + init.path;
    const target = this.prefixed ? url : init.path;
    return new WhootApiError({
      ...rest,
      url,
      target,
      ...(headline === undefined ? {} : { message: `${init.method} ${target} → ${headline}` }),
    });
  }

  /** An answer of the wrong shape (after a 200). */
  shapeError(path: string, what: string): WhootApiError {
    return this.error({
      method: 'GET',
      path,
      status: 200,
      code: 'invalid_response',
      detail: `unexpected answer: ${what}`,
      transient: false,
    });
  }

  /** Wait `ms`; false when the caller's signal aborted the wait. */
  private sleep(ms: number): Promise<boolean> {
    const signal = this.s.signal;
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

  private aborted(method: string, path: string): WhootApiError {
    return this.error({ method, path, status: 0, code: 'aborted', detail: 'cancelled', transient: false });
  }

  /**
   * One API call with the retry policy: idempotent methods are retried on 429, 5xx, network errors and
   * timeouts (exponential backoff with full jitter, `Retry-After` honoured, bounded attempts and total wait;
   * timeouts by default once only, since a server that sat silent for a whole timeout rarely answers the
   * next attempt); POST never is. Returns the parsed JSON body (undefined for an empty body).
   */
  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const url = this.s.base + path;
    const idempotent = IDEMPOTENT.has(method);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.s.token}`,
      Accept: 'application/json',
      'User-Agent': 'whoot-rooms',
    };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    let waited = 0;
    let timeouts = 0;
    for (let attempt = 1; ; attempt++) {
      if (this.s.signal?.aborted) throw this.aborted(method, path);
      const started = performance.now();
      let failure: WhootApiError;
      let retryAfterMs: number | null = null;
      try {
        const res = await this.attempt(url, method, headers, payload, () => this.aborted(method, path));
        // The request that took this answer's slot has been created but is written to its socket on the next
        // tick, which comes only after every promise continuation queued now: parsing this answer and whatever
        // the caller does with it (planning the room). Parsing after a turn of the event loop lets it go first.
        await nextTurn();
        const ms = Math.round(performance.now() - started);
        this.s.log.trace({ method, path, status: res.status, ms, attempt }, 'whoot api');
        if (res.status >= 200 && res.status < 300) return this.parseSuccess(method, path, res.status, res.text);
        failure = this.answerError(method, path, res);
        if (res.status === 429 || res.status === 503) retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        if (res.status === 429) {
          const paused = this.s.gate.pause(retryAfterMs ?? 1000);
          if (paused > 0) this.s.log.debug({ pauseMs: Math.round(paused) }, 'rate limited (429): pausing new requests');
        }
      } catch (err) {
        if (err instanceof WhootApiError) throw err;
        if (this.s.signal?.aborted) throw this.aborted(method, path);
        failure = this.networkError(method, path, url, err);
      }
      if (!failure.transient || !idempotent) {
        if (!idempotent && failure.status === 0 && failure.transient) {
          const detail =
            `${failure.detail}; not retried (${method} is not idempotent): ` +
            'the change may or may not have been applied';
          throw this.error({ method, path, status: 0, code: failure.code, detail, transient: true });
        }
        throw failure;
      }
      if (failure.code === 'timeout') timeouts++;
      const delay = retryAfterMs ?? retryDelay(attempt, this.s.retryBaseMs, this.s.retryMaxDelayMs, this.s.random);
      const outOfAttempts = attempt >= this.s.maxAttempts || timeouts >= this.s.maxTimeoutAttempts;
      if (outOfAttempts || waited + delay > this.s.maxRetryWaitMs) {
        const budget = Math.round(this.s.maxRetryWaitMs / 1000);
        const why = outOfAttempts
          ? `gave up after ${attempt} attempts`
          : `gave up: the next retry would exceed the ${budget} s retry budget`;
        throw this.error({
          method,
          path,
          status: failure.status,
          code: failure.code,
          detail: `${failure.detail} (${why})`,
          transient: true,
        });
      }
      const reason = failure.status ? `${failure.status} ${failure.code}` : failure.code;
      this.s.log.debug({ method, path, attempt, reason, delayMs: Math.round(delay) }, 'retrying whoot api call');
      if (!(await this.sleep(delay))) throw this.aborted(method, path);
      waited += delay;
    }
  }

  /** The error for a non-2xx answer: redirects refused, the server's words redacted, a wrong prefix suspected. */
  private answerError(method: string, path: string, res: HttpAnswer): WhootApiError {
    if (res.status >= 300 && res.status < 400) {
      // Following a redirect could carry the Authorization header to another host: never do it.
      const location = res.headers.get('location') ?? '(no Location)';
      const detail = this.redact(
        `the API answered with a redirect to ${location}; whoot-rooms does not follow redirects ` +
          '(the token would travel with it): set the API URL to the final address',
      );
      return this.error({ method, path, status: res.status, code: 'redirect_refused', detail, transient: false });
    }
    const parsed = parseErrorBody(res.status, res.statusText, res.text);
    let detail = this.redact(parsed.message);
    if (res.status === 404 && this.prefixed && this.meNotFound && path !== '/me') {
      const prefix = new URL(this.s.base).pathname;
      detail += `; GET /me answered 404 too, so the path prefix ${prefix} of the API URL is probably wrong`;
    }
    if (this.s.proxy && res.status >= 500) detail += ` (via proxy ${this.s.proxy})`;
    if (res.status === 407 && this.s.proxy) {
      const url = this.s.base + path;
      const why = `proxy ${this.s.proxy} refused the request for ${url} (407 Proxy Authentication Required)`;
      const headline = `${why}; check the credentials in HTTP_PROXY`;
      return this.error({ method, path, status: 407, code: 'proxy_refused', detail: why, transient: false, headline });
    }
    return this.error({ method, path, status: res.status, code: this.redact(parsed.code), detail });
  }

  /** One exchange under a concurrency slot, after the rate-limit gate; its answer feeds the gate. */
  private attempt(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    aborted: () => WhootApiError,
  ): Promise<HttpAnswer> {
    const run = async (): Promise<HttpAnswer> => {
      // Checked when the request really starts: a pause may have begun while it waited for a slot.
      const ticket = await this.s.gate.wait((ms) => this.sleep(ms));
      // Queued behind other requests, it may have been cancelled meanwhile: then it is never sent.
      if (ticket === null || this.s.signal?.aborted) {
        if (ticket !== null) this.s.gate.settle(ticket);
        throw aborted();
      }
      try {
        const answer = await this.exchange(url, method, headers, body);
        this.s.gate.observe(answer.headers, ticket);
        return answer;
      } finally {
        this.s.gate.settle(ticket);
      }
    };
    return this.slots ? this.slots(run) : run();
  }

  /**
   * One request with the per-attempt timeout covering the body too. A plain controller and timer rather than
   * AbortSignal.any/timeout: cheaper per request and nothing stays attached to the long-lived caller signal.
   */
  private async exchange(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Promise<HttpAnswer> {
    const controller = new AbortController();
    const timeoutMs = this.s.timeoutMs;
    const timer = setTimeout(
      () => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    );
    const outer = this.s.signal;
    const onAbort = (): void => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onAbort, { once: true });
    try {
      const req: HttpRequest = { method, url, headers, signal: controller.signal };
      if (body !== undefined) req.body = body;
      return await this.s.transport(req);
    } catch (err) {
      // Transports reject with the abort reason or a wrapper of it: surface our TimeoutError either way.
      if (controller.signal.aborted && !outer?.aborted) throw controller.signal.reason;
      throw err;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  private networkError(method: string, path: string, url: string, err: unknown): WhootApiError {
    const f = classifyTransportError(err, {
      url,
      timeoutMs: this.s.timeoutMs,
      proxy: this.s.proxy,
      redact: (t) => this.redact(t),
    });
    const headline = f.headline === undefined ? {} : { headline: f.headline };
    return this.error({ method, path, status: 0, code: f.code, detail: f.detail, transient: f.transient, ...headline });
  }

  private parseSuccess(method: string, path: string, status: number, text: string): unknown {
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw this.error({
        method,
        path,
        status,
        code: 'invalid_response',
        detail: 'the answer is not JSON',
        transient: false,
      });
    }
  }
}
