import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesiredState } from '../../src/desired/index.js';
import { exportTree, safeFileStem } from '../../src/export/tree.js';
import type { LiveState } from '../../src/live/types.js';
import { plan } from '../../src/plan/index.js';

const SCHEMA = 'https://example.test/room.schema.json';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const live: LiveState = {
  users: [
    { id: id(1), email: 'Alice@Acme.com', display_name: 'Alice', active: true },
    { id: id(2), email: 'bob@acme.com', display_name: 'Bob', active: false },
  ],
  rooms: [
    { id: id(10), name: 'FX', display_name: 'FX', external_id: null },
    { id: id(11), name: 'FX', display_name: null, external_id: null },
    { id: id(12), name: 'Zürich Desk', display_name: 'Zurich', external_id: 'okta-1' },
    { id: id(13), name: '!!!', display_name: '!!!', external_id: null },
  ],
  members: {
    [id(10)]: [
      { user_id: id(2), tx_permission: false },
      { user_id: id(1), tx_permission: true },
    ],
    [id(11)]: [],
    [id(12)]: [{ user_id: id(1), tx_permission: false }],
    [id(13)]: [{ user_id: id(99), tx_permission: false, email: 'ghost@acme.com' }],
  },
};

describe('exporting live state as a tree', () => {
  it('makes safe, stable file names', () => {
    expect(safeFileStem('Rates & Repo / EMEA')).toBe('rates-repo-emea');
    expect(safeFileStem('Zürich Desk')).toBe('zurich-desk');
    expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileStem('!!!')).toBe('room');
  });

  it('pins ids, sorts members by email, and keeps only metadata that carries information', () => {
    const files = exportTree(live, live.rooms, SCHEMA);
    expect(files.map((f) => f.path)).toEqual([
      'rooms/room.yaml',
      'rooms/fx-00000000000040008000000000000010.yaml',
      'rooms/fx-00000000000040008000000000000011.yaml',
      'rooms/zurich-desk.yaml',
    ]);
    const fx = files.find((f) => f.roomId === id(10));
    expect(fx?.text).toBe(
      `# yaml-language-server: $schema=${SCHEMA}\n# name: "FX" (several whoot rooms share this name; this one ` +
        `is pinned by id)\n` +
        `id: ${id(10)}\nmembers:\n  - user: alice@acme.com\n    tx: true\n  - bob@acme.com\n`,
    );
    expect(files.find((f) => f.roomId === id(11))?.text).toContain('members: []\n');
    expect(files.find((f) => f.roomId === id(12))?.text).toBe(
      `# yaml-language-server: $schema=${SCHEMA}\nname: Zürich Desk\nid: ${id(12)}\ndisplay_name: ` +
        `Zurich\nexternal_id: okta-1\nmembers:\n  - alice@acme.com\n`,
    );
  });

  it('gives two rooms whose names clash once made safe their own files', () => {
    const paths = exportTree(live, live.rooms, SCHEMA).map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('round-trips: the exported tree loads cleanly and plans with no changes against the same live state', async () => {
    const known = { ...live, rooms: live.rooms.filter((r) => r.id !== id(13)) };
    const dir = mkdtempSync(join(tmpdir(), 'whoot-export-'));
    try {
      for (const f of exportTree(known, known.rooms, SCHEMA)) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.text);
      }
      const loaded = await loadDesiredState(dir, { today: '2026-11-27' });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      const p = plan(loaded.desired, known, { maxRemovalPercent: 25 });
      expect(p.summary).toMatchObject({ rooms_managed: 3, rooms_changed: 0, errored: 0, rooms_unmanaged: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
