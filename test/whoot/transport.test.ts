import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchTransport, nodeTransport, type Transport } from '../../src/whoot/transport.js';

let server: Server | undefined;
afterEach(async () => {
  if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
  server?.closeAllConnections();
  server = undefined;
});

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: number;
}

/** A server that records what it got (and on which connection) and answers with `answer`. */
async function serve(
  answer: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const sockets = new Map<unknown, number>();
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      if (!sockets.has(req.socket)) sockets.set(req.socket, sockets.size + 1);
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        socket: sockets.get(req.socket) ?? 0,
      });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const send = (t: Transport, url: string, init: { method?: string; body?: string; signal?: AbortSignal } = {}) =>
  t({
    method: init.method ?? 'GET',
    url,
    headers: { Accept: 'application/json', Authorization: 'Bearer t0k3n' },
    signal: init.signal ?? new AbortController().signal,
    ...(init.body === undefined ? {} : { body: init.body }),
  });

describe('the node:http transport (the client default)', () => {
  it('keeps the connection alive: sequential requests share one socket', async () => {
    const { url, seen } = await serve((_req, res) => res.end('{}'));
    const t = nodeTransport();
    for (let i = 0; i < 3; i++) expect((await send(t, `${url}/users?offset=${i}`)).status).toBe(200);
    expect(seen.map((s) => s.socket)).toEqual([1, 1, 1]);
    expect(seen[2]?.url).toBe('/users?offset=2');
  });

  it('sends a body with its byte length (not chunked) and the headers as given', async () => {
    const { url, seen } = await serve((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'),
    );
    const body = JSON.stringify({ members: [{ user_id: 'é-ü', tx_permission: true }] });
    const answer = await send(nodeTransport(), `${url}/rooms/r1/members`, { method: 'PUT', body });
    expect(answer).toMatchObject({ status: 200, statusText: 'OK', text: '{"ok":true}' });
    expect(seen[0]).toMatchObject({ method: 'PUT', body });
    expect(seen[0]?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(seen[0]?.headers['transfer-encoding']).toBeUndefined();
    expect(seen[0]?.headers.authorization).toBe('Bearer t0k3n');
  });

  it(
    'reads headers case-insensitively, joins repeated ones, decodes UTF-8 split across chunks, follows no ' +
      'redirect',
    async () => {
      const { url } = await serve((req, res) => {
        if (req.url === '/moved') return res.writeHead(307, { Location: 'https://elsewhere.example/' }).end();
        res.setHeader('Retry-After', '3');
        res.setHeader('X-Multi', ['a', 'b']);
        const bytes = Buffer.from('{"name":"Zürich — €"}');
        res.write(bytes.subarray(0, 11)); // splits "ü" between two chunks
        res.end(bytes.subarray(11));
      });
      const t = nodeTransport();
      const answer = await send(t, `${url}/x`);
      expect(answer.text).toBe('{"name":"Zürich — €"}');
      expect(answer.headers.get('retry-after')).toBe('3');
      expect(answer.headers.get('Retry-After')).toBe('3');
      expect(answer.headers.get('x-multi')).toBe('a, b');
      expect(answer.headers.get('location')).toBeNull();
      const moved = await send(t, `${url}/moved`);
      expect(moved.status).toBe(307);
      expect(moved.headers.get('location')).toBe('https://elsewhere.example/');
    },
  );

  it('rejects with the abort reason when aborted mid-request, and at once when already aborted', async () => {
    const { url } = await serve(() => undefined); // never answers
    const t = nodeTransport();
    const controller = new AbortController();
    const pending = send(t, `${url}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException('no answer within 50 ms', 'TimeoutError')), 50);
    await expect(pending).rejects.toMatchObject({
      name: expect.stringMatching(/AbortError|TimeoutError/) as unknown as string,
    });
    await expect(send(t, `${url}/x`, { signal: AbortSignal.abort(new Error('cancelled')) })).rejects.toThrow(
      'cancelled',
    );
  });

  it('rejects with the system error code when nothing listens, and speaks TLS for https URLs', async () => {
    const { url } = await serve((_req, res) => res.end('{}'));
    const port = new URL(url).port;
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    await expect(send(nodeTransport(), `${url}/x`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // An https URL against a plain-HTTP server fails in the TLS handshake: the https module was used.
    const plain = await serve((_req, res) => res.end('{}'));
    await expect(send(nodeTransport(), plain.url.replace('http:', 'https:'))).rejects.toMatchObject({
      code: expect.stringMatching(/^(EPROTO|ERR_SSL_|ECONNRESET)/) as unknown as string,
    });
    expect(port).not.toBe('');
  });
});

describe('the fetch transport (injected fetch)', () => {
  it('passes method, headers and body through, never follows redirects, and reads the whole body', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fake: typeof fetch = (input, init) => {
      calls.push({ url: input instanceof Request ? input.url : input.toString(), init: init ?? {} });
      return Promise.resolve(
        new Response('{"a":1}', { status: 201, statusText: 'Created', headers: { 'RateLimit-Remaining': '7' } }),
      );
    };
    const answer = await send(fetchTransport(fake), 'https://api.example/v1/rooms', {
      method: 'POST',
      body: '{"x":1}',
    });
    expect(answer).toMatchObject({ status: 201, statusText: 'Created', text: '{"a":1}' });
    expect(answer.headers.get('ratelimit-remaining')).toBe('7');
    expect(calls[0]?.init).toMatchObject({ method: 'POST', body: '{"x":1}', redirect: 'manual' });
  });
});
