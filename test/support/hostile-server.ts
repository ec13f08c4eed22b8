/**
 * A loopback HTTP server that answers every request from a handler and records what it was sent, for the
 * answers no honest whoot gives: error bodies echoing the Authorization header, redirects elsewhere, silence.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface HostileServer {
  url: string;
  port: number;
  seen: Seen[];
  stop: () => Promise<void>;
}

export async function hostileServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  host = '127.0.0.1',
): Promise<HostileServer> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    seen,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A JSON answer in whoot's documented error shape. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify({ error: { code, message } }));
}
