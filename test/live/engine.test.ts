import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { executePlan, planTree } from '../../src/engine.js';
import { createLogger, silentLogger } from '../../src/log.js';
import { fakeApi } from '../apply/fake-api.js';

const FIRST_WAVE = ['GET /me', 'GET /users?limit=100&offset=0', 'GET /rooms?limit=100&offset=0'];
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'whoot-engine-'));
  dirs.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const conn = { apiUrl: 'http://127.0.0.1:1', token: 'unused', concurrency: 2 };
const users = [
  { id: 'u-alice', email: 'alice@acme.com', display_name: 'Alice', active: true },
  { id: 'u-bob', email: 'Bob@Acme.com', display_name: 'Bob', active: true },
];
const rooms = [
  { id: 'r-eq', name: 'Equities', display_name: 'Equities', external_id: null },
  { id: 'r-lobby', name: 'Lobby', display_name: 'Lobby', external_id: null },
];

describe('the engine', () => {
  it('makes no request when the tree folder itself is unusable (no rooms/)', async () => {
    const fake = fakeApi({ users, rooms });
    const dir = tree({ 'room/eq.yaml': 'name: Equities\nmembers: []\n' });
    const outcome = await planTree({ dir, maxRemovalPercent: 25 }, conn, { logger: silentLogger(), api: fake.api });
    expect(outcome.kind).toBe('invalid');
    expect(fake.calls).toEqual([]);
  });

  it('makes no request when rooms/ is a symbolic link out of the tree, and names the link', async () => {
    const fake = fakeApi({ users, rooms });
    const elsewhere = tree({ 'rooms/eq.yaml': 'name: Equities\nmembers: []\n' });
    const dir = tree({ 'groups/desk.yaml': 'members: []\n' });
    symlinkSync(join(elsewhere, 'rooms'), join(dir, 'rooms'));
    const outcome = await planTree({ dir, maxRemovalPercent: 25 }, conn, { logger: silentLogger(), api: fake.api });
    expect(outcome.kind).toBe('invalid');
    const errors = outcome.kind === 'invalid' ? outcome.errors : [];
    expect(errors.map((e) => e.file)).toEqual(['rooms/']);
    expect(errors[0]?.message).toContain('symbolic link outside the tree');
    expect(fake.calls).toEqual([]);
  });

  it('reports a broken tree at once, without waiting for a pre-flight the API never answers', async () => {
    const seen: string[] = [];
    const silent = createServer((req) => void seen.push(`${req.method} ${req.url}`)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const dir = tree({ 'rooms/eq.yaml': 'name: Equities\nmembrs: []\n' });
      const apiUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      // The client would wait 60 s for this answer: the test times out long before, unless loading goes on.
      const outcome = await planTree(
        { dir, maxRemovalPercent: 25 },
        { apiUrl, token: 'whoot_test_key', concurrency: 2, tuning: { timeoutMs: 60_000 } },
        { logger: silentLogger() },
      );
      expect(outcome.kind).toBe('invalid');
      // at most the pre-flight and the first page reads sent with it reached the server (the loader may find the
      // error before they are even sent); nothing started after the error was known
      expect(seen.filter((r) => !FIRST_WAVE.includes(r))).toEqual([]);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it(
    'reads while a big tree loads, but stops at its first error: no write, no read started after it, every ' +
      'error listed',
    async () => {
      const many = Array.from({ length: 400 }, (_, i) => ({
        id: `r-${i}`,
        name: `Room ${i}`,
        display_name: `Room ${i}`,
        external_id: null,
      }));
      const fake = fakeApi({ users, rooms: many, delayMs: 1 });
      const files: Record<string, string> = {};
      for (let i = 0; i < 400; i++)
        files[`rooms/r${String(i).padStart(3, '0')}.yaml`] =
          `name: Room ${i}\nmembers:\n  - alice@acme.com\n  - user: bob@acme.com\n    tx: true\n`;
      // Sorted last, so the loader finds the errors only after the reads have started.
      files['rooms/zz-broken.yaml'] = 'name: Room 0\nmembers: {}\n';
      files['rooms/zz-typo.yaml'] = 'name: Room 1\nmembrs: []\n';
      const dir = tree(files);
      // The engine logs the moment it learns the tree is invalid: note how many calls had started by then.
      let callsWhenCancelled: number | undefined;
      const logger = createLogger({
        level: 'debug',
        destination: {
          write: (line: string) => {
            if ((JSON.parse(line) as { msg: string }).msg === 'the tree is invalid: cancelling live reads')
              callsWhenCancelled ??= fake.calls.length;
          },
        },
      });
      const outcome = await planTree({ dir, maxRemovalPercent: 25 }, conn, { logger, api: fake.api, needWrite: true });

      if (outcome.kind !== 'invalid') throw new Error('expected the tree to be invalid');
      expect(outcome.errors.map((e) => e.file)).toEqual(['rooms/zz-broken.yaml', 'rooms/zz-typo.yaml']);
      expect(fake.writes()).toEqual([]);
      if (callsWhenCancelled === undefined) throw new Error('the engine did not log the cancellation');
      const readsBefore = fake.calls.slice(0, callsWhenCancelled).filter((c) => c.path.endsWith('/members'));
      expect(readsBefore.length).toBeGreaterThan(0);
      expect(fake.calls.slice(callsWhenCancelled)).toEqual([]);
      // Nothing was left running behind the outcome either.
      const callsAtOutcome = fake.calls.length;
      await new Promise((r) => setTimeout(r, 20));
      expect(fake.calls).toHaveLength(callsAtOutcome);
    },
  );

  it('checks scopes first, reads only managed rooms, plans, and applies one PUT', async () => {
    const fake = fakeApi({ users, rooms, members: { 'r-eq': [{ user_id: 'u-alice', tx_permission: false }] } });
    const dir = tree({
      'rooms/eq.yaml': 'name: Equities\nmembers:\n  - alice@acme.com\n  - user: bob@acme.com\n    tx: true\n',
    });
    const progress: string[] = [];
    const ctx = { logger: silentLogger(), api: fake.api, progress: (m: string) => progress.push(m) };
    const outcome = await planTree({ dir, maxRemovalPercent: 25 }, conn, { ...ctx, needWrite: true });
    if (outcome.kind !== 'planned') throw new Error('expected a plan');
    expect(fake.calls[0]?.path).toBe('/me');
    expect(fake.calls.map((c) => c.path).sort()).toEqual(['/me', '/rooms', '/rooms/r-eq/members', '/users']);
    expect(outcome.plan.rooms.map((r) => [r.name, r.add.map((a) => a.email)])).toEqual([
      ['Equities', ['bob@acme.com']],
    ]);
    expect(progress).toEqual(['reading members 1/1 rooms']);

    const report = await executePlan(outcome.plan, conn, {}, ctx);
    expect(fake.writes()).toEqual([
      {
        method: 'PUT',
        path: '/rooms/r-eq/members',
        body: {
          members: [
            { user_id: 'u-alice', tx_permission: false },
            { user_id: 'u-bob', tx_permission: true },
          ],
        },
      },
    ]);
    expect(report.summary).toMatchObject({ applied: 1, failed: 0 });
    expect(progress.at(-1)).toBe('applied 1/1 rooms');
  });
});
