import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_TOKEN } from '../support/captures.js';
import { canarySimulator, cleanup, runCli, writeTree } from '../support/cli.js';
import { hostileServer, type HostileServer } from '../support/hostile-server.js';
import { expectOnlyPreflightWave } from '../support/preflight.js';

/** Where the key may travel: only over https, or plain http to this machine; never along a redirect. */
const tree = { 'rooms/fx.yaml': 'name: FX\nmembers: []\n' };
let dir: string;
beforeAll(() => {
  dir = writeTree(tree);
});
afterAll(() => cleanup(dir));

describe('plain http to a host other than this machine is refused, before any request', () => {
  const remote = [
    'http://api.whoot.me',
    'http://10.0.0.7:8080',
    'http://127.0.0.1.nip.io',
    'http://localhost.attacker.example',
    'http://[::ffff:a00:7]',
    'http://0.0.0.0:4010',
  ];

  it.each(remote)('%s via --api-url and via WHOOT_API_URL, for plan, apply and export', async (url) => {
    const env = { WHOOT_API_TOKEN: CANARY_TOKEN };
    const runs = await Promise.all([
      runCli('security/transport plan', ['plan', '--dir', dir, '--api-url', url], { env }),
      runCli('security/transport apply', ['apply', '--dir', dir, '--auto-approve'], {
        env: { ...env, WHOOT_API_URL: url },
      }),
      runCli('security/transport export', ['export', '--out', dir, '--api-url', url], { env }),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/refusing to send the API token over plain http to .+: use https:\/\//);
      expect(r.stdout).toBe('');
    }
  });

  it('allows plain http to loopback (127.0.0.0/8, localhost, [::1]): the simulator', async () => {
    const { sim, env } = await canarySimulator({ rooms: [{ name: 'FX' }] });
    try {
      for (const url of [sim.url, sim.url.replace('127.0.0.1', 'localhost')]) {
        const r = await runCli('security/transport loopback plan', ['plan', '--dir', dir, '--api-url', url], { env });
        expect(r.code, r.stderr).toBe(0);
      }
    } finally {
      await sim.stop();
    }
  });
});

describe('redirects never carry the Authorization header to another host', () => {
  let target: HostileServer;
  let redirector: HostileServer;
  let status = 307;
  beforeAll(async () => {
    // Two servers on two host names: the API at 127.0.0.1 redirects to "localhost", another host to a client.
    target = await hostileServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    redirector = await hostileServer((req, res) =>
      res.writeHead(status, { location: `http://localhost:${target.port}${req.url ?? '/'}` }).end(),
    );
  });
  afterAll(async () => {
    await redirector.stop();
    await target.stop();
  });

  it.each([301, 302, 303, 307, 308])(
    'a %i to another host is not followed: a clear error, and the other host sees nothing',
    async (code) => {
      status = code;
      redirector.seen.length = 0;
      const r = await runCli('security/transport redirect plan', ['plan', '--dir', dir], {
        env: { WHOOT_API_URL: redirector.url, WHOOT_API_TOKEN: CANARY_TOKEN },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `GET /me → ${code} redirect_refused: the API answered with a redirect to ` +
          `http://localhost:${target.port}/me; whoot-rooms does not follow redirects`,
      );
      // the pre-flight and the page reads sent with it, each asked once, not retried
      expectOnlyPreflightWave(redirector.seen.map((s) => `${s.method} ${s.url}`));
      expect(redirector.seen[0]?.headers.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
      expect(target.seen).toEqual([]); // the key never reached the other host
    },
  );
});
