/** A small representative plan (built with the real planner) and a large one, for renderer tests. */
import { plan } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/types.js';
import type { LiveState } from '../../src/live/types.js';
import { DEFAULTS, desired, live, liveRoom, user } from '../plan/builders.js';

const people = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'].map((n) => user(n));

/**
 * Trading: +alice (transmit), -bob, carol listen → transmit, display name change.
 * Rates: blocked (would remove 4 of 5). Credit: unknown user. FX, Equities: unchanged; one unmanaged room;
 * frank deactivated; Equities is SCIM mapped.
 */
export function samplePlan(overrides: { names?: Record<string, string> } = {}): Plan {
  const n = (s: string) => overrides.names?.[s] ?? s;
  const users = people.map((u) => (u.id === 'u-frank' ? { ...u, active: false } : u));
  const d = desired(
    {
      name: n('Trading'),
      file: 'rooms/trading.yaml',
      displayName: 'Trading Desk',
      members: [{ email: 'alice@acme.com', tx: true }, { email: 'carol@acme.com', tx: true }, 'dave'],
    },
    { name: n('Rates'), file: 'rooms/rates.yaml', members: ['erin'] },
    { name: n('Credit'), file: 'rooms/credit.yaml', members: ['alice', 'zed'] },
    { name: n('FX'), file: 'rooms/fx.yaml', members: ['frank'] },
    { name: n('Equities'), file: 'rooms/equities.yaml', members: ['grace'] },
  );
  const l: LiveState = live(users, [
    [liveRoom(n('Trading'), { id: 'r-trading' }), ['bob', 'carol', 'dave']],
    [liveRoom(n('Rates'), { id: 'r-rates' }), ['alice', 'bob', 'carol', 'dave', 'erin']],
    [liveRoom(n('Credit'), { id: 'r-credit' }), []],
    [liveRoom(n('FX'), { id: 'r-fx' }), ['frank']],
    [liveRoom(n('Equities'), { id: 'r-equities', external_id: 'okta-eq' }), ['grace']],
    [liveRoom('Lobby', { id: 'r-lobby' }), []],
  ]);
  return plan(d, l, DEFAULTS);
}

/** `rooms` changed rooms with UUID-like ids, each adding `addsPerRoom` users and removing one. */
export function largePlan(rooms: number, addsPerRoom = 1): Plan {
  const users = Array.from({ length: addsPerRoom + 1 }, (_, i) => user(`user${String(i).padStart(3, '0')}`));
  const specs = [];
  const liveRooms: Array<[ReturnType<typeof liveRoom>, string[]]> = [];
  const leaving = users[addsPerRoom]?.email.split('@')[0] ?? '';
  for (let i = 0; i < rooms; i++) {
    const id = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const name = `Desk ${String(i).padStart(4, '0')}`;
    specs.push({ name, id, file: `rooms/desk-${i}.yaml`, members: users.slice(0, addsPerRoom).map((u) => u.email) });
    liveRooms.push([liveRoom(name, { id }), [leaving]]);
  }
  return plan(desired(...specs), live(users, liveRooms), DEFAULTS);
}

/**
 * `rooms` changed rooms that each add `addsPerRoom` listeners and remove nobody, except `Desk 0<grantAt>`,
 * where one of the adds (`user000`) gets transmit: the one line a shortened comment must not hide.
 */
export function grantPlan(rooms: number, addsPerRoom: number, grantAt: number): Plan {
  const users = Array.from({ length: addsPerRoom }, (_, i) => user(`user${String(i).padStart(3, '0')}`));
  const specs = [];
  const liveRooms: Array<[ReturnType<typeof liveRoom>, string[]]> = [];
  for (let i = 0; i < rooms; i++) {
    const id = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const name = `Desk ${String(i).padStart(4, '0')}`;
    const members = users.map((u, j) => (i === grantAt && j === 0 ? { email: u.email, tx: true } : u.email));
    specs.push({ name, id, file: `rooms/desk-${i}.yaml`, members });
    liveRooms.push([liveRoom(name, { id }), []]);
  }
  return plan(desired(...specs), live(users, liveRooms), DEFAULTS);
}
