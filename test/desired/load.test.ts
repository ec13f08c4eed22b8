import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesiredState, type DesiredState, type LoadResult } from '../../src/desired/index.js';
import { fixture, tempTree } from './helpers.js';

function desired(result: LoadResult): DesiredState {
  if (!result.ok)
    throw new Error(
      `expected a valid tree, ` +
        `got:\n${result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')}`,
    );
  return result.desired;
}

const summary = (state: DesiredState, file: string) =>
  state.rooms
    .find((r) => r.file === file)
    ?.members.map((m) => `${m.ref.value}${m.tx ? ' tx' : ''}${m.via.length ? ` via ${m.via.join('>')}` : ''}`);

describe('loading the acme example tree', () => {
  it('finds 7 rooms across sub-folders and 5 groups, sorted by file', async () => {
    const state = desired(await loadDesiredState(fixture('../../examples/acme'), { today: '2026-11-27' }));
    expect(state.rooms.map((r) => r.file)).toEqual([
      'rooms/amer/commodities.yaml',
      'rooms/amer/credit.yaml',
      'rooms/amer/sales-floor.yaml',
      'rooms/emea/equities.yaml',
      'rooms/emea/fx.yaml',
      'rooms/emea/rates.yaml',
      'rooms/risk-huddle.yaml',
    ]);
    expect(state.groups.map((g) => g.name)).toEqual(['equity-traders', 'rates-traders', 'risk', 'sales', 'traders']);
    const eq = state.rooms.find((r) => r.name === 'Equities Desk');
    expect(eq?.id).toBe('b2c3d4e5-f6a7-8901-bcde-f01234567891');
    expect(eq?.idPos).toEqual({ file: 'rooms/emea/equities.yaml', line: 4, column: 5 });
    expect(state.rooms.find((r) => r.name === 'Commodities Desk')?.mode).toBe('additive');
    expect(state.rooms.find((r) => r.name === 'FX Desk')?.externalId).toBe('okta-grp-fx-emea');
  });

  it('expands the nested traders group on the Sales Floor as listen-only', async () => {
    const state = desired(await loadDesiredState(fixture('../../examples/acme'), { today: '2026-11-27' }));
    expect(summary(state, 'rooms/amer/sales-floor.yaml')).toEqual([
      'alice@acme.com via traders>equity-traders',
      'bob@acme.com via traders>equity-traders',
      'carol@acme.com via traders>equity-traders',
      'dave@acme.com via traders>rates-traders',
      'erin@acme.com via traders>rates-traders',
      'frank@acme.com via traders>rates-traders',
      'grace@acme.com via traders',
      'heidi@acme.com tx via sales',
      'ivan@acme.com tx via sales',
      'judy@acme.com tx via sales',
    ]);
  });

  it('drops rupert from the Rates Desk once his holiday cover has expired', async () => {
    const before = desired(await loadDesiredState(fixture('../../examples/acme'), { today: '2027-06-29' }));
    const after = desired(await loadDesiredState(fixture('../../examples/acme'), { today: '2027-06-30' }));
    expect(summary(before, 'rooms/emea/rates.yaml')).toContain('rupert@acme.com tx');
    expect(before.rooms.find((r) => r.name === 'Rates Desk')?.expiring).toEqual([
      {
        ref: { kind: 'email', value: 'rupert@acme.com' },
        expires: '2027-06-30',
        pos: { file: 'rooms/emea/rates.yaml', line: 7, column: 5 },
      },
    ]);
    expect(summary(after, 'rooms/emea/rates.yaml')).not.toContain('rupert@acme.com tx');
  });
});

describe('effective membership', () => {
  const today = '2026-06-01';

  it(
    'lower-cases emails, ORs transmit across entries, expands groups recursively and drops expired ' + 'entries',
    async () => {
      const state = desired(await loadDesiredState(fixture('valid/membership'), { today }));
      expect(summary(state, 'rooms/desk.yaml')).toEqual([
        '0f8fad5b-d9cb-469f-a165-70867728950e tx',
        'alice@acme.com',
        'bob@acme.com tx via traders',
        'carol@acme.com tx via traders>seniors',
        'dave@acme.com via traders',
        'frank@acme.com',
      ]);
      const desk = state.rooms.find((r) => r.file === 'rooms/desk.yaml');
      // bob is first brought by the traders group entry (line 4): that is where errors about him point.
      expect(desk?.members.find((m) => m.ref.value === 'bob@acme.com')).toMatchObject({
        line: 4,
        column: 5,
      });
      expect(desk?.members.find((m) => m.ref.value.startsWith('0f8f'))?.ref.kind).toBe('id');
      expect(desk?.expiring.map((e) => `${e.ref.value} ${e.expires}`)).toEqual(['frank@acme.com 2026-06-08']);
      expect(desk?.membersPos).toEqual({ file: 'rooms/desk.yaml', line: 3, column: 3 });
    },
  );

  it('defaults a group name to its file name (.yml too) and honours an explicit name', async () => {
    const state = desired(await loadDesiredState(fixture('valid/membership'), { today }));
    expect(state.groups).toEqual([
      {
        name: 'seniors',
        file: 'groups/senior-traders.yaml',
        pos: { file: 'groups/senior-traders.yaml', line: 1, column: 1 },
      },
      { name: 'traders', file: 'groups/traders.yml', pos: { file: 'groups/traders.yml', line: 1, column: 1 } },
    ]);
  });

  it('reads a room in a nested sub-folder with id, display_name, external_id: null and additive mode', async () => {
    const state = desired(await loadDesiredState(fixture('valid/membership'), { today }));
    const quiet = state.rooms.find((r) => r.file === 'rooms/sub/dir/quiet.yaml');
    expect(quiet).toMatchObject({
      id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      displayName: 'Quiet Room',
      externalId: null,
      mode: 'additive',
      members: [],
    });
    expect(quiet?.name).toBeUndefined();
    expect(quiet?.externalIdPos).toEqual({ file: 'rooms/sub/dir/quiet.yaml', line: 3, column: 14 });
  });

  it('keeps the whole group entry counting until its expires date, then drops everyone it brought', async () => {
    const later = desired(await loadDesiredState(fixture('valid/membership'), { today: '2026-06-30' }));
    expect(summary(later, 'rooms/desk.yaml')).toContain('carol@acme.com via traders>seniors');
  });
});

describe('tree edges', () => {
  it('accepts a UTF-8 byte order mark and keeps positions right', async () => {
    const state = desired(await loadDesiredState(fixture('valid/bom'), { today: '2026-01-01' }));
    expect(state.rooms[0]?.name).toBe('BOM Desk');
    expect(state.rooms[0]?.members[0]).toMatchObject({ line: 3, column: 5 });
  });

  it('reads file and folder names with spaces and unicode', async () => {
    const state = desired(await loadDesiredState(fixture('valid/names'), { today: '2026-01-01' }));
    expect(state.rooms.map((r) => [r.file, r.name])).toEqual([
      ['rooms/Zürich Ops/Trading Floor ünïcödé.yaml', 'Zürich Trading Floor'],
    ]);
  });

  it('follows a symbolic link that stays inside the tree', async () => {
    const t = tempTree({ 'shared/desk.yaml': 'name: Desk\nmembers: []\n', 'rooms/.keep': '' });
    try {
      symlinkSync(join(t.dir, 'shared/desk.yaml'), join(t.dir, 'rooms/desk.yaml'));
      const state = desired(await loadDesiredState(t.dir, { today: '2026-01-01' }));
      expect(state.rooms.map((r) => r.file)).toEqual(['rooms/desk.yaml']);
    } finally {
      t.cleanup();
    }
  });

  it('ignores files that are not YAML and hidden folders', async () => {
    const t = tempTree({
      'rooms/desk.yaml': 'name: Desk\nmembers: []\n',
      'rooms/README.md': '# rooms',
      'rooms/.old/x.yaml': 'bad: [',
    });
    try {
      expect(desired(await loadDesiredState(t.dir, { today: '2026-01-01' })).rooms).toHaveLength(1);
    } finally {
      t.cleanup();
    }
  });

  it('refuses a malformed today', async () => {
    await expect(loadDesiredState(fixture('valid/bom'), { today: '27/11/2026' })).rejects.toThrow(
      'today must be a YYYY-MM-DD date',
    );
  });
});

describe('loading for validate (effective members not kept)', () => {
  const today = '2026-06-04';

  it('reports the same rooms, notices and expired grants, with every members list empty', async () => {
    const full = desired(await loadDesiredState(fixture('valid/membership'), { today }));
    const lean = desired(await loadDesiredState(fixture('valid/membership'), { today, effectiveMembers: false }));
    expect(full.rooms.some((r) => r.members.length > 0)).toBe(true);
    expect(lean.rooms.every((r) => r.members.length === 0)).toBe(true);
    const strip = (s: DesiredState) => ({ ...s, rooms: s.rooms.map((r) => ({ ...r, members: [] })) });
    expect(lean).toEqual(strip(full));
  });
});
