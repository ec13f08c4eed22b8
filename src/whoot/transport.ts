import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** One HTTP exchange as the client needs it: no redirects followed, the whole body read as text. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** aborts the exchange (timeout, SIGINT); the transport rejects with the signal's reason or an AbortError */
  signal: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  /** the whole body, decoded as UTF-8 */
  text: string;
}

/** Sends one request; rejects on network errors (with the system error's `code`, e.g. ECONNRESET) and aborts. */
export type Transport = (req: HttpRequest) => Promise<HttpAnswer>;

/**
 * The default transport: node:http / node:https with a keep-alive agent per client.
 *
 * Chosen over the global fetch (undici) for the per-request cost, which the benchmark's latency-bound cases
 * measure (issue 6; docs/performance.md): on this project's 2-core reference machine fetch spends ~0.45 ms more
 * CPU per request (the WHATWG Request/Response/stream layers) and its first call loads and compiles undici
 * (~16 ms before the first request leaves). node:http is already loaded, keeps connections alive, follows no
 * redirect and has the same error codes. `fetchTransport` keeps fetch available (tests inject one).
 */
export function nodeTransport(): Transport {
  // Idle sockets are unref'd by the agent: they never keep the process alive.
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return (req) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      if (req.signal.aborted) {
        // The reason the caller aborted with (our TimeoutError, or the run's cancellation): passed on as is.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(req.signal.reason);
        return;
      }
      const secure = req.url.startsWith('https:');
      const headers: Record<string, string | number> = { ...req.headers };
      if (req.body !== undefined) headers['Content-Length'] = Buffer.byteLength(req.body);
      const onAnswer = (res: IncomingMessage): void => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
            text,
          }),
        );
        res.on('error', reject);
      };
      const options = { method: req.method, headers, signal: req.signal, agent: secure ? agents.https : agents.http };
      const outgoing = secure ? httpsRequest(req.url, options, onAnswer) : httpRequest(req.url, options, onAnswer);
      outgoing.on('error', reject);
      outgoing.end(req.body);
    });
}

function headerValue(v: string | string[] | undefined): string | null {
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

/** A transport over a fetch implementation (the global one, or a test's), redirects never followed. */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async (req) => {
    const init: RequestInit = { method: req.method, headers: req.headers, redirect: 'manual', signal: req.signal };
    if (req.body !== undefined) init.body = req.body;
    const res = await fetchImpl(req.url, init);
    return { status: res.status, statusText: res.statusText, headers: res.headers, text: await res.text() };
  };
}
