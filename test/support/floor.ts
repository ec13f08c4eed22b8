/**
 * A generated trading floor for the fault suites: enough users that the user list spans three pages (limit
 * 100), and enough managed rooms that an apply has many writes to lose. Live state (the seed) and the tree
 * differ in every managed room; two unmanaged rooms must never be touched.
 */
import type { SimSeed } from '../../src/sim/seed-types.js';
import type { SimulatorHandle } from '../../src/sim/types.js';

export interface Floor {
  seed: SimSeed;
  /** the desired-state tree, `{ 'rooms/desk-01.yaml': '…' }` */
  tree: Record<string, string>;
  /** what each managed room must hold after a converged apply: `email` / `email (tx)`, sorted */
  desired: Record<string, string[]>;
  /** the unmanaged rooms and their (unchanging) members, same notation */
  unmanaged: Record<string, string[]>;
}

const email = (i: number) => `trader${String(i).padStart(3, '0')}@acme.com`;
const show = (m: { email: string; tx?: boolean }) => `${m.email}${m.tx ? ' (tx)' : ''}`;

/** `rooms` managed rooms (default 10) over `users` users (default 240). Deterministic. */
export function makeFloor(rooms = 10, users = 240): Floor {
  const seed: SimSeed = {
    users: Array.from({ length: users }, (_, i) => ({ email: email(i), display_name: `Trader ${i}` })),
    rooms: [],
  };
  const tree: Record<string, string> = {};
  const desired: Record<string, string[]> = {};
  for (let r = 0; r < rooms; r++) {
    const name = `Desk ${String(r + 1).padStart(2, '0')}`;
    // Live: 8 traders from a window; desired: the same window shifted by 2 (2 leavers, 2 joiners),
    // with transmit flipped on the first one (a tx change).
    const base = (r * 17) % (users - 12);
    const live = Array.from({ length: 8 }, (_, k) => ({ email: email(base + k), tx: k < 2 }));
    const want = Array.from({ length: 8 }, (_, k) => ({ email: email(base + 2 + k), tx: k === 0 ? false : k < 3 }));
    seed.rooms!.push({ name, members: live });
    const lines = want.map((m) => (m.tx ? `  - user: ${m.email}\n    tx: true` : `  - ${m.email}`));
    tree[`rooms/desk-${String(r + 1).padStart(2, '0')}.yaml`] = `name: ${name}\nmembers:\n${lines.join('\n')}\n`;
    desired[name] = want.map(show).sort();
  }
  const unmanaged = {
    Lobby: [{ email: email(0) }, { email: email(1), tx: true }],
    'Compliance Bridge': [{ email: email(5), tx: true }],
  };
  for (const [name, members] of Object.entries(unmanaged)) seed.rooms!.push({ name, members });
  return {
    seed,
    tree,
    desired,
    unmanaged: Object.fromEntries(Object.entries(unmanaged).map(([n, ms]) => [n, ms.map(show).sort()])),
  };
}

/** Every room of the simulator by name, members as `email` / `email (tx)`, sorted. */
export function liveRooms(sim: SimulatorHandle): Record<string, string[]> {
  const snap = sim.snapshot();
  const emails = new Map(snap.users.map((u) => [u.id, u.email]));
  return Object.fromEntries(
    snap.rooms.map((room) => [
      room.name,
      (snap.members[room.id] ?? []).map((m) => `${emails.get(m.user_id)}${m.tx_permission ? ' (tx)' : ''}`).sort(),
    ]),
  );
}

/** A PUT body as `email` / `email (tx)` strings, sorted, using the simulator's users. */
export function putBodyMembers(sim: SimulatorHandle, body: unknown): string[] {
  const emails = new Map(sim.snapshot().users.map((u) => [u.id, u.email]));
  const members = (body as { members: Array<{ user_id: string; tx_permission: boolean }> }).members;
  return members
    .map((m) => `${emails.get(m.user_id) ?? `unknown:${m.user_id}`}${m.tx_permission ? ' (tx)' : ''}`)
    .sort();
}

/** The room name a `/rooms/{id}/members` path points at. */
export function roomNameOfPath(sim: SimulatorHandle, path: string): string {
  const id = /^\/rooms\/([^/]+)\/members$/.exec(path)?.[1];
  const room = sim.snapshot().rooms.find((r) => r.id === id);
  if (!room) throw new Error(`no room for ${path}`);
  return room.name;
}
