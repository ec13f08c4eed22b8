import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seed } from './fixture.js';
import { cleanup, roomId, runCli, simulator, writes, writeTree } from './helpers.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

describe('export', () => {
  it('writes live state as a tree that plans with no changes (how a team adopts whoot-rooms)', async () => {
    // A SCIM-mapped room with its own display name, a deactivated member, a room name that needs a safe file name.
    const { sim, env } = await simulator({
      ...seed,
      users: [...(seed.users ?? []), { email: 'Ivan@Acme.com', display_name: 'Ivan', active: false }],
      rooms: [
        ...(seed.rooms ?? []),
        {
          name: 'Rates & Repo / EMEA',
          display_name: 'Rates (EMEA)',
          external_id: 'okta-grp-rates',
          members: [{ email: 'ivan@acme.com', tx: true }],
        },
      ],
    });
    const dir = writeTree({});
    stops.push(
      () => sim.stop(),
      () => cleanup(dir),
    );

    const r = await runCli(['export', '--out', dir], { env });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'rooms')).sort()).toEqual([
      'credit.yaml',
      'equities.yaml',
      'fx.yaml',
      'lobby.yaml',
      'rates-repo-emea.yaml',
      'rates.yaml',
    ]);
    expect(readFileSync(join(dir, 'rooms/equities.yaml'), 'utf8')).toBe(
      '# yaml-language-server: ' +
        '$schema=https://raw.githubusercontent.com/whoot-rooms/whoot-rooms/main/schemas/room.schema.json\n' +
        `name: Equities\nid: ${roomId(sim, 'Equities')}\nmembers:\n  - user: alice@acme.com\n    tx: true\n  - ` +
        `bob@acme.com\n  - carol@acme.com\n`,
    );
    const mapped = readFileSync(join(dir, 'rooms/rates-repo-emea.yaml'), 'utf8');
    expect(mapped).toContain('display_name: Rates (EMEA)\nexternal_id: okta-grp-rates\n');
    expect(mapped).toContain('  - user: ivan@acme.com\n    tx: true\n');

    expect((await runCli(['validate', '--dir', dir], { env })).code).toBe(0);
    sim.requestLog.length = 0;
    const plan = await runCli(['plan', '--dir', dir, '--detailed-exitcode'], { env });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('No changes. whoot matches the tree (6 rooms, 0 unmanaged).');
    expect(writes(sim.requestLog)).toEqual([]);
  });

  it('refuses to overwrite existing files without --force, and writes nothing', async () => {
    const { sim, env } = await simulator(seed);
    const dir = writeTree({ 'rooms/fx.yaml': 'mine\n' });
    stops.push(
      () => sim.stop(),
      () => cleanup(dir),
    );
    const r = await runCli(['export', '--out', dir], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rooms/fx.yaml already exists');
    expect(r.stderr).toContain('nothing was written');
    expect(readdirSync(join(dir, 'rooms'))).toEqual(['fx.yaml']);
    expect(readFileSync(join(dir, 'rooms/fx.yaml'), 'utf8')).toBe('mine\n');

    expect((await runCli(['export', '--out', dir, '--force'], { env })).code).toBe(0);
    expect(readFileSync(join(dir, 'rooms/fx.yaml'), 'utf8')).toContain('name: FX');
  });

  it('exports only the rooms named with --room, reading only their members', async () => {
    const { sim, env } = await simulator(seed);
    const dir = writeTree({});
    stops.push(
      () => sim.stop(),
      () => cleanup(dir),
    );
    const r = await runCli(['export', '--out', dir, '--room', 'FX', '--room', 'Credit'], { env });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'rooms')).sort()).toEqual(['credit.yaml', 'fx.yaml']);
    expect(
      sim.requestLog
        .filter((e) => e.path.endsWith('/members'))
        .map((e) => e.path)
        .sort(),
    ).toEqual([`/rooms/${roomId(sim, 'Credit')}/members`, `/rooms/${roomId(sim, 'FX')}/members`].sort());
    const unknown = await runCli(['export', '--out', dir, '--room', 'Nope'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no whoot room is named "Nope"');
  });
});
