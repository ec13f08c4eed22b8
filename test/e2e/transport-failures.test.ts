import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_TOKEN } from '../support/captures.js';
import { cleanup, runCli, runCliProcess, simulator, writeTree } from './helpers.js';
import { httpsFront, selfSignedCert } from '../whoot/tls-fixture.js';

/** Issue 14 §4 and issue 18: transport failures that retrying cannot fix fail fast, in one line naming host/URL. */
const seed = { users: [{ email: 'a@acme.com' }], rooms: [{ name: 'FX', members: [{ email: 'a@acme.com' }] }] };
const TODAY = ['--today', '2026-11-27'];
let dir: string;
const stops: Array<() => unknown> = [];
beforeAll(() => {
  dir = writeTree({ 'rooms/fx.yaml': 'name: FX\nmembers:\n  - a@acme.com\n' });
});
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  cleanup(dir);
});

async function timed(args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const r = await runCli(args, { env });
  return { ...r, seconds: (performance.now() - started) / 1000 };
}

describe('TLS failures are permanent: no retry, one line', () => {
  it('a self-signed certificate: names the host and NODE_EXTRA_CA_CERTS, no retry, well under 5 s', async () => {
    const tls = selfSignedCert();
    stops.push(tls.cleanup);
    const { sim } = await simulator(seed);
    stops.push(() => sim.stop());
    const front = await httpsFront(sim.url, tls);
    stops.push(front.stop);
    const r = await timed(['plan', '--dir', dir, ...TODAY], {
      WHOOT_API_URL: front.url,
      WHOOT_API_TOKEN: CANARY_TOKEN,
    });
    expect(r.code).toBe(1);
    const host = new URL(front.url).host;
    expect(r.stderr).toContain(
      `GET /me → TLS: certificate for ${host} is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT); set ` +
        `NODE_EXTRA_CA_CERTS for a private CA`,
    );
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error:')),
    ).toHaveLength(1);
    expect(r.stderr).not.toMatch(/routines|\n\s+at /);
    // the pre-flight and the two first page reads sent with it: one connection each, none tried again
    expect(front.connections()).toBe(3);
    expect(sim.requestLog).toEqual([]);
    expect(r.seconds).toBeLessThan(5);

    // The same server, its certificate trusted through NODE_EXTRA_CA_CERTS (read as Node starts): the plan runs.
    const trusted = await runCliProcess(['plan', '--dir', dir, ...TODAY], {
      env: { WHOOT_API_URL: front.url, WHOOT_API_TOKEN: CANARY_TOKEN, NODE_EXTRA_CA_CERTS: tls.certFile },
    });
    expect(trusted.code, trusted.stderr).toBe(0);
    expect(trusted.stdout).toContain('No changes');
  });

  it('https:// to a plain-http port: a protocol error, not retried', async () => {
    const { sim } = await simulator(seed);
    stops.push(() => sim.stop());
    const url = sim.url.replace('http:', 'https:');
    const r = await timed(['plan', '--dir', dir, ...TODAY], { WHOOT_API_URL: url, WHOOT_API_TOKEN: CANARY_TOKEN });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /GET \/me → TLS: 127\.0\.0\.1:\d+ does not speak TLS \((EPROTO|ERR_SSL_WRONG_VERSION_NUMBER)\): it looks like a plain-http port/,
    );
    expect(r.stderr).not.toMatch(/retrying|routines|\n\s+at /);
    expect(r.seconds).toBeLessThan(5);
  });
});

describe('a server that accepts connections and never answers', () => {
  let silent: Server;
  let port = 0;
  let connections = 0;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((s) => {
      connections++;
      sockets.push(s);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(() => {
    for (const s of sockets) s.destroy();
    silent.close();
  });

  it(
    'with WHOOT_API_TIMEOUT_MS=2000 fails within 8 s, saying how long it waited for which URL (one ' + 'retry)',
    async () => {
      const url = `http://127.0.0.1:${port}`;
      const r = await timed(['plan', '--dir', dir, ...TODAY], {
        WHOOT_API_URL: url,
        WHOOT_API_TOKEN: CANARY_TOKEN,
        WHOOT_API_TIMEOUT_MS: '2000',
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `GET /me → timeout: no answer within 2000 ms from ${url}/me (gave up after 2 attempts)`,
      );
      expect(r.seconds).toBeLessThan(8);
      // the pre-flight and the two first page reads sent with it, each tried twice at most; nothing after it failed
      expect(connections).toBeGreaterThanOrEqual(2);
      expect(connections).toBeLessThanOrEqual(6);
    },
  );
});

describe('API errors under a path prefix name the full URL', () => {
  it('a wrong prefix: the 404 names the full URL and says the prefix is probably wrong', async () => {
    const { sim } = await simulator(seed, { basePath: '/v1/acme' });
    stops.push(() => sim.stop());
    const wrong = `${new URL(sim.url).origin}/v1/acne`;
    const r = await runCli(['plan', '--dir', dir, '--api-url', wrong, ...TODAY], {
      env: { WHOOT_API_TOKEN: CANARY_TOKEN },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`GET ${wrong.replace(/[.]/g, '\\.')}/(users|rooms)\\?limit=100&offset=0 → 404 `),
    );
    expect(r.stderr).toContain(
      'GET /me answered 404 too, so the path prefix /v1/acne of the API URL is probably wrong',
    );
    expect(r.stderr).not.toContain(CANARY_TOKEN);

    // The right prefix works, and a failure there names the full URL as well.
    const right = `${new URL(sim.url).origin}/v1/acme`;
    sim.setFaults({
      rules: [{ method: 'GET', path: '/users', status: 403, code: 'forbidden', message: 'no users for you' }],
    });
    const denied = await runCli(['plan', '--dir', dir, '--api-url', right, ...TODAY], {
      env: { WHOOT_API_TOKEN: CANARY_TOKEN },
    });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain(`GET ${right}/users?limit=100&offset=0 → 403 forbidden: no users for you`);
    expect(denied.stderr).not.toContain('probably wrong');
  });
});
