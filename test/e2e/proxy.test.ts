import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { CANARY_TOKEN } from '../support/captures.js';
import { startProxy } from '../support/forward-proxy.js';
import { expectOnlyPreflightWave } from '../support/preflight.js';
import { cleanup, runCliProcess, simulator, writeTree, writes } from './helpers.js';
import { httpsFront, selfSignedCert } from '../whoot/tls-fixture.js';

/** Issue 15 §1: HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every outgoing request, through a proxy started here. */
const TODAY = ['--today', '2026-11-27'];
const seed = {
  users: [{ email: 'a@acme.com' }, { email: 'b@acme.com' }],
  rooms: [{ name: 'FX', members: [{ email: 'a@acme.com' }] }],
};
let dir: string;
const stops: Array<() => unknown> = [];
beforeAll(() => {
  dir = writeTree({ 'rooms/fx.yaml': 'name: FX\nmembers:\n  - a@acme.com\n  - b@acme.com\n' });
});
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  cleanup(dir);
});

describe('the whoot client through an HTTP proxy (absolute-URI requests for http://)', () => {
  it('plan and apply: the proxy sees every request the simulator answers', async () => {
    const { sim, env } = await simulator(seed);
    const proxy = await startProxy();
    stops.push(() => sim.stop(), proxy.stop);
    const penv = { ...env, HTTP_PROXY: proxy.url };
    const plan = await runCliProcess(['plan', '--dir', dir, ...TODAY], { env: penv });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('+ b@acme.com');
    const apply = await runCliProcess(['apply', '--dir', dir, '--auto-approve', ...TODAY], { env: penv });
    expect(apply.code, apply.stderr).toBe(0);
    expect(writes(sim.requestLog)).toHaveLength(1);
    expect(proxy.seen.length).toBe(sim.requestLog.length);
    expect(proxy.seen.every((s) => s.kind === 'absolute' && s.target.startsWith(`${sim.url}/`))).toBe(true);
  });

  it('NO_PROXY covering the host (host, host:port, *; lower case wins): the proxy sees nothing', async () => {
    const { sim, env } = await simulator(seed);
    const proxy = await startProxy();
    stops.push(() => sim.stop(), proxy.stop);
    const host = new URL(sim.url);
    for (const noProxy of [host.hostname, host.host, '*', `example.com,.example.org,${host.hostname}`]) {
      const r = await runCliProcess(['plan', '--dir', dir, ...TODAY], {
        env: { ...env, HTTP_PROXY: proxy.url, NO_PROXY: 'elsewhere', no_proxy: noProxy },
      });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(proxy.seen).toEqual([]);
    expect(sim.requestLog.length).toBeGreaterThan(0);
  });

  it('a proxy that refuses (407): one line naming the proxy, its credentials redacted, not retried', async () => {
    const { sim, env } = await simulator(seed);
    const proxy = await startProxy(407);
    stops.push(() => sim.stop(), proxy.stop);
    const withCreds = proxy.url.replace('http://', 'http://corpuser:hunter2secret@');
    const r = await runCliProcess(['plan', '--dir', dir, ...TODAY], { env: { ...env, HTTP_PROXY: withCreds } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`refused the request for ${sim.url}/me`);
    expect(r.stderr).toContain(`proxy http://[REDACTED]@${new URL(proxy.url).host}`);
    expect(r.stderr + r.stdout).not.toMatch(/hunter2secret|corpuser/);
    // the pre-flight and the page reads sent with it, each asked once: a 407 is not retried
    expectOnlyPreflightWave(
      proxy.seen.map((s) => {
        const u = new URL(s.target);
        return `GET ${u.pathname}${u.search}`;
      }),
    );
    expect(proxy.seen[0]?.auth).toBe(`Basic ${Buffer.from('corpuser:hunter2secret').toString('base64')}`);
    expect(sim.requestLog).toEqual([]);
  });
});

describe('https through CONNECT, with the private CA given by NODE_EXTRA_CA_CERTS', () => {
  it('plan and apply reach an https simulator only through CONNECT tunnels', async () => {
    const tls = selfSignedCert();
    const { sim, env } = await simulator(seed);
    const front = await httpsFront(sim.url, tls);
    const proxy = await startProxy();
    stops.push(tls.cleanup, () => sim.stop(), front.stop, proxy.stop);
    const frontUrl = front.url.replace('127.0.0.1', 'localhost');
    const penv = { ...env, WHOOT_API_URL: frontUrl, HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile };
    const plan = await runCliProcess(['plan', '--dir', dir, ...TODAY], { env: penv });
    expect(plan.code, plan.stderr).toBe(0);
    const apply = await runCliProcess(['apply', '--dir', dir, '--auto-approve', ...TODAY], { env: penv });
    expect(apply.code, apply.stderr).toBe(0);
    expect(writes(sim.requestLog)).toHaveLength(1);
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every((s) => s.kind === 'connect' && s.target === new URL(frontUrl).host)).toBe(true);
  });

  it('a CONNECT refused with 407: one line naming the proxy, not retried', async () => {
    const proxy = await startProxy(407);
    stops.push(proxy.stop);
    const env = {
      WHOOT_API_URL: 'https://api.whoot.example',
      WHOOT_API_TOKEN: CANARY_TOKEN,
      https_proxy: proxy.url.replace('//', '//u:pw-secret@'),
    };
    const r = await runCliProcess(['plan', '--dir', dir, ...TODAY], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /proxy http:\/\/\[REDACTED\]@127\.0\.0\.1:\d+ refused the request for https:\/\/api\.whoot\.example\/me \(407 Proxy Authentication Required/,
    );
    expect(r.stderr).not.toContain('pw-secret');
    // one CONNECT for each of the pre-flight and the page reads sent with it: a 407 is not retried
    expect(proxy.seen.length).toBeLessThanOrEqual(3);
    expect(proxy.seen.every((s) => s.kind === 'connect' && s.target === 'api.whoot.example:443')).toBe(true);
  });
});

describe('the GitHub client honours the same variables', () => {
  it('Octokit requests go through HTTP_PROXY, and not when NO_PROXY covers the host', async () => {
    const github = createServer((req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ login: 'octo', url: req.url })),
    );
    await new Promise<void>((r) => github.listen(0, '127.0.0.1', r));
    const proxy = await startProxy();
    stops.push(() => new Promise<void>((r) => github.close(() => r())), proxy.stop);
    const baseUrl = `http://127.0.0.1:${(github.address() as { port: number }).port}`;
    const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const saved = { ...process.env };
    try {
      process.env.HTTP_PROXY = proxy.url;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      const viaProxy = await createGitHubClient({ token: 'ghs_x', baseUrl, log }).rest.users.getAuthenticated();
      expect(viaProxy.data.login).toBe('octo');
      expect(proxy.seen.map((s) => s.target)).toEqual([`${baseUrl}/user`]);
      process.env.NO_PROXY = '127.0.0.1';
      await createGitHubClient({ token: 'ghs_x', baseUrl, log }).rest.users.getAuthenticated();
      expect(proxy.seen).toHaveLength(1);
    } finally {
      process.env = saved;
    }
  });
});
