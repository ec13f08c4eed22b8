import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { executePlan, planTree } from '../../src/engine.js';
import { silentLogger } from '../../src/log.js';
import { fakeApi } from '../apply/fake-api.js';

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
  it('makes no request at all when the tree is invalid', async () => {
    const fake = fakeApi({ users, rooms });
    const dir = tree({ 'rooms/eq.yaml': 'name: Equities\nmembers: {}\n' });
    const outcome = await planTree({ dir, maxRemovalPercent: 25 }, conn, { logger: silentLogger(), api: fake.api });
    expect(outcome.kind).toBe('invalid');
    expect(fake.calls).toEqual([]);
  });

  it('checks scopes first, reads only managed rooms, plans, and applies one PUT', async () => {
    const fake = fakeApi({ users, rooms, members: { 'r-eq': [{ user_id: 'u-alice', tx_permission: false }] } });
    const dir = tree({ 'rooms/eq.yaml': 'name: Equities\nmembers:\n  - alice@acme.com\n  - user: bob@acme.com\n    tx: true\n' });
    const progress: string[] = [];
    const ctx = { logger: silentLogger(), api: fake.api, progress: (m: string) => progress.push(m) };
    const outcome = await planTree({ dir, maxRemovalPercent: 25 }, conn, { ...ctx, needWrite: true });
    if (outcome.kind !== 'planned') throw new Error('expected a plan');
    expect(fake.calls[0]?.path).toBe('/me');
    expect(fake.calls.map((c) => c.path).sort()).toEqual(['/me', '/rooms', '/rooms/r-eq/members', '/users']);
    expect(outcome.plan.rooms.map((r) => [r.name, r.add.map((a) => a.email)])).toEqual([['Equities', ['bob@acme.com']]]);
    expect(progress).toEqual(['reading members 1/1 rooms']);

    const report = await executePlan(outcome.plan, conn, {}, ctx);
    expect(fake.writes()).toEqual([
      { method: 'PUT', path: '/rooms/r-eq/members', body: { members: [{ user_id: 'u-alice', tx_permission: false }, { user_id: 'u-bob', tx_permission: true }] } },
    ]);
    expect(report.summary).toMatchObject({ applied: 1, failed: 0 });
    expect(progress.at(-1)).toBe('applied 1/1 rooms');
  });
});
