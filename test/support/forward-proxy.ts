/**
 * A loopback forward proxy for the proxy tests: absolute-URI requests for http://, CONNECT tunnels for https://;
 * records both (with the Proxy-Authorization it was sent), or refuses every request with `refuseWith`.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface ProxySeen {
  kind: 'absolute' | 'connect';
  target: string;
  auth: string | undefined;
}

/** A loopback forward proxy: absolute-URI requests for http://, CONNECT tunnels for https://; records both. */
export async function startProxy(
  refuseWith?: number,
): Promise<{ url: string; seen: ProxySeen[]; stop: () => Promise<void> }> {
  const seen: ProxySeen[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push({ kind: 'absolute', target: req.url ?? '', auth: req.headers['proxy-authorization'] });
    if (refuseWith) return void res.writeHead(refuseWith, { 'proxy-authenticate': 'Basic realm="corp"' }).end();
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const out = httpRequest(req.url ?? '', { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
  server.on('connect', (req, client: Socket) => {
    seen.push({ kind: 'connect', target: req.url ?? '', auth: req.headers['proxy-authorization'] });
    sockets.add(client);
    if (refuseWith) return void client.end(`HTTP/1.1 ${refuseWith} Refused\r\nContent-Length: 0\r\n\r\n`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
