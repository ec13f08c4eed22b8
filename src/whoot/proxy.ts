/**
 * Outgoing requests through an HTTP(S) proxy, as corporate networks require: `HTTPS_PROXY`, `HTTP_PROXY`,
 * `NO_PROXY` (and lower case, which wins, as curl and most tools read them). Which proxy applies to a URL is
 * decided by proxy-from-env (host, `.suffix`, `host:port` and `*` entries in NO_PROXY); the proxying itself is
 * undici's ProxyAgent: `CONNECT` tunnels for https://, absolute-URI requests for http://. Both clients use
 * this module: the whoot client (a transport) and the GitHub client (a fetch). Without a proxy nothing here
 * is loaded, so the direct path keeps its node:http transport and its cost.
 */
import { STATUS_CODES } from 'node:http';
import { getProxyForUrl } from 'proxy-from-env';
import type * as UndiciModule from 'undici';
import type { Dispatcher } from 'undici';
import type { HttpAnswer, Transport } from './transport.js';

/** The proxy for `url` from the environment, or null when the request goes direct. */
export function proxyFor(url: string): string | null {
  const proxy = getProxyForUrl(url);
  return proxy === '' ? null : proxy;
}

/** A proxy URL fit for a message: user and password replaced (they are credentials), nothing else changed. */
export function redactProxyUrl(proxy: string): string {
  try {
    const u = new URL(proxy);
    if (!u.username && !u.password) return `${u.protocol}//${u.host}`;
    return `${u.protocol}//[REDACTED]@${u.host}`;
  } catch {
    // Not a URL: show no part of it that could be a credential.
    return proxy.includes('@') ? `[REDACTED]@${proxy.slice(proxy.lastIndexOf('@') + 1)}` : proxy;
  }
}

/** Replace a proxy's credentials wherever they appear in a message (raw or URL-decoded). */
export function redactProxyCredentials(text: string, proxy: string | null): string {
  if (!proxy) return text;
  let u: URL;
  try {
    u = new URL(proxy);
  } catch {
    return text;
  }
  let out = text.split(proxy).join(redactProxyUrl(proxy));
  for (const secret of [u.password, decodeURIComponent(u.password), u.username, decodeURIComponent(u.username)]) {
    if (secret.length >= 3) out = out.split(secret).join('[REDACTED]');
  }
  return out;
}

/** undici reports a proxy's refusal in words; a code lets the client classify it (permanent, names the proxy). */
function refusal(err: unknown): Error | null {
  const message = err instanceof Error ? err.message : '';
  const connect = /Proxy response \((\d+)\)/.exec(message);
  const status = connect ? Number(connect[1]) : /Proxy Authentication Required/i.test(message) ? 407 : null;
  return status === null
    ? null
    : Object.assign(new Error(`proxy answered ${status}`), { code: 'PROXY_REFUSED', status });
}

type Undici = typeof UndiciModule;

/**
 * undici, loaded on first use only (a run without a proxy never pays for it). It is CommonJS: in the bundle its
 * exports may arrive as the namespace or under `default`, depending on how the chunk is wrapped.
 */
async function loadUndici(): Promise<Undici> {
  const mod = (await import('undici')) as Undici & { default?: Undici };
  return typeof mod.ProxyAgent === 'function' ? mod : (mod.default ?? mod);
}

let agents: Map<string, Dispatcher> | undefined;

/** One keep-alive ProxyAgent per proxy URL, shared by every client of the process. */
async function agentFor(proxy: string): Promise<Dispatcher> {
  const { ProxyAgent } = await loadUndici();
  agents ??= new Map();
  let agent = agents.get(proxy);
  // proxyTunnel false: plain http:// goes as an absolute-URI request (what http proxies expect), https:// still
  // through CONNECT, so the proxy never sees the Authorization header of an https request.
  if (!agent) agents.set(proxy, (agent = new ProxyAgent({ uri: proxy, proxyTunnel: false })));
  return agent;
}

/** The whoot client's transport through `proxy` (undici request: no redirects followed, body read as text). */
export function proxyTransport(proxy: string): Transport {
  return async (req) => {
    const { request } = await loadUndici();
    const dispatcher = await agentFor(proxy);
    try {
      const res = await request(req.url, {
        method: req.method as Dispatcher.HttpMethod,
        headers: req.headers,
        body: req.body ?? null,
        signal: req.signal,
        dispatcher,
      });
      const text = await res.body.text();
      const answer: HttpAnswer = {
        status: res.statusCode,
        statusText: STATUS_CODES[res.statusCode] ?? '',
        headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
        text,
      };
      return answer;
    } catch (err) {
      throw refusal(err) ?? err;
    }
  };
}

function headerValue(v: string | string[] | undefined): string | null {
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

/**
 * A fetch for clients that take one (Octokit) that goes through the proxy the environment names for `baseUrl`;
 * undefined when requests to it go direct (the client then keeps the global fetch).
 */
export function proxyFetchFor(baseUrl: string): typeof fetch | undefined {
  const proxy = proxyFor(baseUrl);
  if (proxy === null) return undefined;
  const proxied = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const undici = await loadUndici();
    const dispatcher = await agentFor(proxy);
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
      // undici's own fetch, with its own dispatcher: mixing it with the global fetch's bundled undici is unsafe.
      const options: Parameters<typeof undici.fetch>[1] = { ...init, dispatcher };
      return await undici.fetch(target, options);
    } catch (err) {
      const refused = refusal((err as { cause?: unknown }).cause) ?? refusal(err);
      if (refused)
        throw new Error(`proxy ${redactProxyUrl(proxy)} refused the request for ${target}: ${refused.message}`, {
          cause: err,
        });
      throw err;
    }
  };
  return proxied;
}
