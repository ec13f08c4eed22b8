import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

/** Start `whoot-rooms sim …` and wait for its machine-readable ready line. */
async function startSim(args: string[]): Promise<{ url: string; token: string; stdout: () => string }> {
  child = spawn(process.execPath, [bin, 'sim', ...args], { cwd: root });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    child!.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^WHOOT_SIM_READY (.+)$/m.exec(out);
      if (m) resolve({ ...(JSON.parse(m[1]!) as { url: string; token: string }), stdout: () => out });
    });
    child!.on('exit', (code) => reject(new Error(`sim exited ${code}: ${err}`)));
  });
}

describe('whoot-rooms sim', () => {
  it(
    'starts on the acme seed, prints its URL and token, serves the documented envelope and stops cleanly on ' +
      'SIGTERM',
    async () => {
      const sim = await startSim(['--seed', 'examples/acme/sim-seed.yaml', '--port', '0', '--stats-on-exit']);
      expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(sim.token).toBe('sim-token');
      expect(sim.stdout()).toContain(`whoot simulator listening on ${sim.url}`);

      const res = await fetch(`${sim.url}/users?limit=2`, { headers: { Authorization: `Bearer ${sim.token}` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        users: Array<{ email: string }>;
        total: number;
        limit: number;
        offset: number;
      };
      expect(body).toMatchObject({ limit: 2, offset: 0, total: 25 });
      expect(body.users.map((u) => u.email)).toEqual(['alice@acme.com', 'bob@acme.com']);

      const readonly = await fetch(`${sim.url}/rooms/b2c3d4e5-f6a7-8901-bcde-f01234567891/members`, {
        method: 'PUT',
        headers: { Authorization: 'Bearer sim-readonly' },
        body: '{"members":[]}',
      });
      expect(readonly.status).toBe(403);
      const stats = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as { byMethod: Record<string, number> };
      expect(stats.byMethod).toEqual({ GET: 1, PUT: 1 });

      child!.kill('SIGTERM');
      const [code] = (await once(child!, 'exit')) as [number];
      expect(code).toBe(0);
      expect(sim.stdout()).toMatch(/^WHOOT_SIM_STATS \{"requests":2,/m);
    },
  );

  it('accepts --token TOKEN=SCOPES, --rate-limit N/s and --base-path', async () => {
    const sim = await startSim([
      '--port',
      '0',
      '--token',
      'bench=api:users:read,api:rooms:read',
      '--rate-limit',
      '200/s',
      '--base-path',
      '/v1/acme',
    ]);
    expect(sim).toMatchObject({ token: 'bench' });
    expect(sim.url).toMatch(/\/v1\/acme$/);
    const res = await fetch(`${sim.url}/me`, { headers: { Authorization: 'Bearer bench' } });
    expect(res.headers.get('ratelimit-limit')).toBe('200');
    expect(((await res.json()) as { key: { scopes: string[] } }).key.scopes).toEqual([
      'api:users:read',
      'api:rooms:read',
    ]);
  });

  it('with --state, keeps writes across restarts like a real service', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whoot-sim-cli-'));
    try {
      const state = join(dir, 'state.json');
      const eq = 'b2c3d4e5-f6a7-8901-bcde-f01234567891';
      const first = await startSim(['--seed', 'examples/acme/sim-seed.yaml', '--port', '0', '--state', state]);
      expect(first.stdout()).toContain(`state saved to ${state}`);
      const put = await fetch(`${first.url}/rooms/${eq}/members`, {
        method: 'PUT',
        headers: { Authorization: 'Bearer sim-token' },
        body: '{"members":[]}',
      });
      expect(((await put.json()) as { members_removed: number }).members_removed).toBe(6);
      child!.kill('SIGINT');
      await once(child!, 'exit');

      const second = await startSim(['--seed', 'examples/acme/sim-seed.yaml', '--port', '0', '--state', state]);
      expect(second.stdout()).toContain(`state loaded from ${state}`);
      const members = await fetch(`${second.url}/rooms/${eq}/members`, {
        headers: { Authorization: 'Bearer sim-token' },
      });
      expect(((await members.json()) as { total: number }).total).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad seed and bad flags with a clear message and exit 1', () => {
    const bad = spawnSync(process.execPath, [bin, 'sim', '--seed', 'no/such/seed.yaml'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cannot read seed file no/such/seed.yaml: ENOENT');
    const flag = spawnSync(process.execPath, [bin, 'sim', '--fault-503', '2'], { cwd: root, encoding: 'utf8' });
    expect(flag.status).toBe(1);
    expect(flag.stderr).toContain('--fault-503 must be a probability between 0 and 1, got "2"');
    const scope = spawnSync(process.execPath, [bin, 'sim', '--token', 'x=api:everything'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(scope.stderr).toContain('unknown scope "api:everything"');
  });

  it('prints its options on --help', () => {
    const help = spawnSync(process.execPath, [bin, 'sim', '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--rate-limit N[/s]');
  });
});
