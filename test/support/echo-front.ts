/**
 * A front for the simulator that forwards every request, except the member writes (`PUT /rooms/{id}/members`),
 * which it answers with an error echoing the request's Authorization header in one of the shapes servers and
 * proxies really use. For the "nothing leaks, whatever a server echoes" tests of the CLI and the Action.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface EchoShape {
  name: string;
  /** what the CLI's error for the room then says (the key redacted where the server put it) */
  reported: string;
  answer: (auth: string, res: ServerResponse) => void;
}

const key = (auth: string): string => auth.replace(/^Bearer /, '');
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

/** Each shape echoes the key raw, with `Bearer `, URL-encoded and base64 somewhere in the answer. */
export const ECHO_SHAPES: EchoShape[] = [
  {
    name: '{"error":"…"}',
    reported: '403 forbidden: forbidden for Bearer [REDACTED]',
    answer: (a, res) => json(res, 403, { error: `forbidden for ${a}` }),
  },
  {
    name: '{"error":{"code","message"}}',
    reported: '403 Bearer [REDACTED]: header Bearer%20[REDACTED] rejected',
    answer: (a, res) => json(res, 403, { error: { code: a, message: `header ${encodeURIComponent(a)} rejected` } }),
  },
  {
    name: '{"code","message"}',
    reported: '403 denied_[REDACTED]: key=[REDACTED]',
    answer: (a, res) => json(res, 403, { code: `denied_${key(a)}`, message: `key=${key(a)}` }),
  },
  {
    name: 'error_description',
    reported: '401 invalid_token: token [REDACTED] (Bearer [REDACTED])',
    answer: (a, res) =>
      json(res, 401, {
        error: 'invalid_token',
        error_description: `token ${Buffer.from(key(a)).toString('base64')} (${a})`,
      }),
  },
  {
    name: 'plain text',
    reported: '403 forbidden: Forbidden',
    answer: (a, res) => res.writeHead(403, { 'content-type': 'text/plain' }).end(`Forbidden: ${a}\nbase64 ${btoa(a)}`),
  },
  {
    name: 'header values',
    reported: '403 forbidden: see headers',
    answer: (a, res) =>
      json(
        res,
        403,
        { error: { code: 'forbidden', message: 'see headers' } },
        {
          'www-authenticate': `Bearer realm="whoot", error="invalid_token", token="${key(a)}"`,
          'x-echo-authorization': a,
        },
      ),
  },
];

export interface EchoFront {
  url: string;
  stop: () => Promise<void>;
}

/** Forward to `target`; answer member writes with `shape`. */
export async function echoFront(target: string, shape: EchoShape): Promise<EchoFront> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      if (method === 'PUT' && /^\/rooms\/[^/]+\/members/.test(req.url ?? '')) {
        shape.answer(String(req.headers.authorization), res);
        return;
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers.set(k, v);
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      fetch(target + (req.url ?? '/'), { method, headers, ...(body ? { body } : {}) })
        .then(async (answer) => {
          const text = Buffer.from(await answer.arrayBuffer());
          const out: Record<string, string> = {};
          answer.headers.forEach((v, k) => {
            if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)) out[k] = v;
          });
          res.writeHead(answer.status, out).end(text);
        })
        .catch((err: unknown) => res.writeHead(502).end(String(err)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('echo front: no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Every form of `key` a leak could take: raw, URL-encoded, base64 (of the key and of `Bearer key`). */
export function keyForms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), btoa(`Bearer ${secret}`)];
}
