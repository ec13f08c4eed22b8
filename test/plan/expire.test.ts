import { afterEach, describe, expect, it } from 'vitest';
import { loadDesiredState } from '../../src/desired/index.js';
import type { DesiredState, ExpiredGrant } from '../../src/desired/types.js';
import type { LiveMember, LiveState } from '../../src/live/types.js';
import { dueToExpiry, expiredChangesOf, expiryTarget } from '../../src/plan/expire.js';
import { indexLiveUsers, plan } from '../../src/plan/index.js';
import type { RoomPlan } from '../../src/plan/types.js';
import { renderJson, renderMarkdown, renderText } from '../../src/render/index.js';
import { tempTree } from '../desired/helpers.js';
import { liveRoom, user } from './builders.js';

const TODAY = '2026-12-03';

const ZOE = '0f8fad5b-d9cb-469f-a165-70867728950e';

// Line numbers matter: the causes cite them.
const TREE = {
  'groups/rates-traders.yaml': 'members:\n  - dave@acme.com\n  - erin@acme.com\n  - frank@acme.com\n',
  'groups/traders.yaml': 'members:\n  - group: rates-traders\n  - grace@acme.com\n',
  'groups/sales.yaml': 'members:\n  - heidi@acme.com\n  - ivan@acme.com\n',
  'groups/floor.yaml': 'members:\n  - group: sales\n',
  'rooms/rates.yaml': `${[
    'name: Rates Desk', //                      1
    'members:', //                              2
    '  - peggy@acme.com', //                    3  listen, counts
    '  - user: uma@acme.com', //                4  transmit, expired: uma goes
    '    tx: true',
    '    expires: 2026-11-30',
    '  - group: traders', //                    7  listen, counts
    '  - group: rates-traders', //              8  transmit, expired: dave keeps listen through traders
    '    tx: true',
    '    expires: 2026-12-01',
    '  - zoe@acme.com', //                      11 listen, counts
    `  - user: ${ZOE}`, // 12 transmit through an id entry, expired: zoe keeps listen
    '    tx: true',
    '    expires: 2026-12-02',
    '  - user: ivan@acme.com', //               15 expired early…
    '    expires: 2026-11-20',
    '  - group: floor', //                      17 …and through a nested group later: the later date is cited
    '    expires: 2026-11-29',
    '  - user: kim@acme.com', //                19 not yet expired: stays, whatever else
    '    expires: 2026-12-31',
  ].join('\n')}\n`,
  'rooms/fx.yaml': 'name: FX Desk\nmembers:\n  - grace@acme.com\n',
  'rooms/lounge.yaml': [
    'name: Lounge',
    'mode: additive',
    'members:',
    '  - user: uma@acme.com',
    '    expires: 2026-12-03',
    '',
  ].join('\n'),
};

const USERS = ['peggy', 'uma', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'kim', 'victor']
  .map((n) => user(n))
  .concat(user('zoe', { id: ZOE }));
const RATES_ROOM = liveRoom('Rates Desk');
const FX_ROOM = liveRoom('FX Desk');
const LOUNGE_ROOM = liveRoom('Lounge');

const m = (local: string, tx = false): LiveMember => ({
  user_id: local === 'zoe' ? ZOE : `u-${local}`,
  tx_permission: tx,
});

function live(members: Record<string, LiveMember[]>): LiveState {
  return { users: USERS, rooms: [RATES_ROOM, FX_ROOM, LOUNGE_ROOM], members };
}

/** Rates Desk as whoot has it: drift (peggy transmits, victor added in the console) alongside the expired access. */
const RATES_LIVE = [
  m('peggy', true),
  m('uma', true),
  m('dave', true),
  m('erin'),
  m('grace'),
  m('zoe', true),
  m('heidi'),
  m('ivan'),
  m('kim', true),
  m('victor', true),
];

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

async function load(files: Record<string, string> = TREE, today = TODAY): Promise<DesiredState> {
  const { dir, cleanup } = tempTree(files);
  cleanups.push(cleanup);
  const loaded = await loadDesiredState(dir, { today });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return loaded.desired;
}

function roomOf(desired: DesiredState, file: string) {
  const room = desired.rooms.find((r) => r.file === file);
  if (room === undefined) throw new Error(`no ${file}`);
  return room;
}

const byName = (rooms: RoomPlan[], name: string): RoomPlan | undefined => rooms.find((r) => r.name === name);

const expired = (local: string, user_id: string, date: string, line: number, change: 'remove' | 'downgrade') => ({
  email: `${local}@acme.com`,
  user_id,
  expired: date,
  file: 'rooms/rates.yaml',
  line,
  change,
});

describe('the desired state keeps what expired entries would bring', () => {
  it('one grant per user an expired entry brings, nested groups expanded, with the entry and its date', async () => {
    const rates = roomOf(await load(), 'rooms/rates.yaml');
    const grant = (g: ExpiredGrant) =>
      `${g.ref.value} ${g.tx ? 'tx' : 'listen'} ${g.expires} :${g.pos.line} ${g.via.join('>')}`;
    expect(rates.expired?.map(grant)).toEqual([
      'uma@acme.com tx 2026-11-30 :4 ',
      'dave@acme.com tx 2026-12-01 :8 rates-traders',
      'erin@acme.com tx 2026-12-01 :8 rates-traders',
      'frank@acme.com tx 2026-12-01 :8 rates-traders',
      `${ZOE} tx 2026-12-02 :12 `,
      'ivan@acme.com listen 2026-11-20 :15 ',
      'heidi@acme.com listen 2026-11-29 :17 floor>sales',
      'ivan@acme.com listen 2026-11-29 :17 floor>sales',
    ]);
    // The effective members are unchanged by this: expired entries still do not count.
    expect(rates.members.map((x) => x.ref.value)).not.toContain('uma@acme.com');
  });

  it('has no grants before any date has passed', async () => {
    const rates = roomOf(await load(TREE, '2026-11-01'), 'rooms/rates.yaml');
    expect(rates.expired).toBeUndefined();
  });
});

describe('dueToExpiry', () => {
  it('removes who only expired entries brought, downgrades who keeps listen, and touches nobody else', async () => {
    const rates = roomOf(await load(), 'rooms/rates.yaml');
    const due = dueToExpiry(rates, RATES_LIVE, indexLiveUsers(USERS));
    expect(Object.fromEntries(due)).toEqual({
      'u-uma': 'remove',
      'u-dave': 'downgrade', // transmit came through the expired rates-traders entry; listen through traders
      [ZOE]: 'downgrade', // by id, through the expired entry; listen through the email entry
      'u-heidi': 'remove',
      'u-ivan': 'remove',
    });
  });

  it('leaves a listener alone when only transmit expired, and one not in the room is never added', async () => {
    const rates = roomOf(await load(), 'rooms/rates.yaml');
    const due = dueToExpiry(rates, [m('erin'), m('dave')], indexLiveUsers(USERS));
    expect(due.size).toBe(0); // erin and dave listen already; frank (desired, not live) is not expire's business
  });
});

describe('expiryTarget, planned', () => {
  it('writes the live list minus exactly the expired access: drift and console additions stay', async () => {
    const desired = await load();
    const state = live({ [RATES_ROOM.id]: RATES_LIVE, [FX_ROOM.id]: [m('grace'), m('victor')], [LOUNGE_ROOM.id]: [] });
    const p = plan(expiryTarget(desired, state), state, { maxRemovalPercent: 50 });
    expect(p.rooms.map((r) => r.name)).toEqual(['Rates Desk']); // FX Desk's drift (victor) is left alone
    const rates = byName(p.rooms, 'Rates Desk') as RoomPlan;
    expect(rates.add).toEqual([]);
    expect(rates.put).toEqual([
      { user_id: ZOE, tx_permission: false }, // downgraded, kept
      { user_id: 'u-dave', tx_permission: false },
      { user_id: 'u-erin', tx_permission: false },
      { user_id: 'u-grace', tx_permission: false },
      { user_id: 'u-kim', tx_permission: true },
      { user_id: 'u-peggy', tx_permission: true }, // drift: the tree says listen, expire does not care
      { user_id: 'u-victor', tx_permission: true }, // added in the console
    ]);
    expect(expiredChangesOf(rates)).toEqual([
      expired('heidi', 'u-heidi', '2026-11-29', 17, 'remove'),
      expired('ivan', 'u-ivan', '2026-11-29', 17, 'remove'),
      expired('uma', 'u-uma', '2026-11-30', 4, 'remove'),
      expired('dave', 'u-dave', '2026-12-01', 8, 'downgrade'),
      expired('zoe', ZOE, '2026-12-02', 12, 'downgrade'),
    ]);
  });

  it('removes expired access from an additive room too, as an authoritative room (skipped if changed)', async () => {
    const desired = await load();
    const state = live({ [RATES_ROOM.id]: [], [FX_ROOM.id]: [m('grace')], [LOUNGE_ROOM.id]: [m('uma'), m('victor')] });
    const p = plan(expiryTarget(desired, state), state, { maxRemovalPercent: 50 });
    const lounge = byName(p.rooms, 'Lounge') as RoomPlan;
    expect(lounge.mode).toBe('authoritative');
    expect(expiredChangesOf(lounge).map((c) => `${c.change} ${c.email} ${c.expired}`)).toEqual([
      'remove uma@acme.com 2026-12-03',
    ]);
    expect(lounge.put).toEqual([{ user_id: 'u-victor', tx_permission: false }]);
  });

  it('plans nothing when nothing due is in whoot, and manages no metadata', async () => {
    const fx = 'name: FX Desk\ndisplay_name: FX (EMEA)\nmembers:\n  - grace@acme.com\n';
    const files = { ...TREE, 'rooms/fx.yaml': fx };
    const desired = await load(files);
    const state = live({ [RATES_ROOM.id]: [m('peggy'), m('dave')], [FX_ROOM.id]: [], [LOUNGE_ROOM.id]: [m('victor')] });
    const p = plan(expiryTarget(desired, state), state, { maxRemovalPercent: 25 });
    expect(p.rooms).toEqual([]);
    expect(p.summary.rooms_unchanged).toBe(3);
  });

  it('reports a room it cannot match only when something may be due there', async () => {
    const desired = await load();
    // Lounge and FX are not in whoot: Lounge has an expired entry (errored, exit 1), FX none (left out).
    const state: LiveState = { users: USERS, rooms: [RATES_ROOM], members: { [RATES_ROOM.id]: [m('peggy')] } };
    const p = plan(expiryTarget(desired, state), state, { maxRemovalPercent: 25 });
    expect(p.rooms.map((r) => `${r.file} ${r.errors.map((e) => e.message).join()}`)).toEqual([
      'rooms/lounge.yaml no whoot room is named "Lounge"; rooms cannot be created through the API ' +
        '(create it in the whoot console)',
    ]);
  });

  it('keeps the mass-removal guard: a room losing most of its members to expiry is blocked', async () => {
    const desired = await load();
    const rates = [m('uma'), m('heidi'), m('ivan'), m('kim')];
    const state = live({ [RATES_ROOM.id]: rates, [FX_ROOM.id]: [], [LOUNGE_ROOM.id]: [] });
    const p = plan(expiryTarget(desired, state), state, { maxRemovalPercent: 25 });
    expect(byName(p.rooms, 'Rates Desk')?.blocked).toBe('would remove 3 of 4 members (75% > 25%)');
  });
});

describe('every plan says when a change is due to expiry', () => {
  async function normalPlan() {
    const desired = await load();
    const state = live({ [RATES_ROOM.id]: RATES_LIVE, [FX_ROOM.id]: [m('grace')], [LOUNGE_ROOM.id]: [] });
    return plan(desired, state, { maxRemovalPercent: 100 });
  }

  it('marks expired removals and downgrades, and nothing else, in the plan itself and in JSON', async () => {
    const p = await normalPlan();
    const rates = byName(p.rooms, 'Rates Desk') as RoomPlan;
    expect(rates.remove.map((r) => `${r.email} ${r.expired?.date ?? '-'}`)).toEqual([
      'heidi@acme.com 2026-11-29',
      'ivan@acme.com 2026-11-29',
      'uma@acme.com 2026-11-30',
      'victor@acme.com -',
    ]);
    expect(rates.update.map((r) => `${r.email} ${String(r.tx_permission)} ${r.expired?.date ?? '-'}`)).toEqual([
      'dave@acme.com false 2026-12-01',
      'kim@acme.com false -',
      'peggy@acme.com false -',
      'zoe@acme.com false 2026-12-02',
    ]);
    const json = JSON.parse(renderJson(p)) as { rooms: Array<{ name: string; remove: object[]; update: object[] }> };
    const room = json.rooms.find((r) => r.name === 'Rates Desk');
    expect(room?.remove).toContainEqual({
      user_id: 'u-uma',
      email: 'uma@acme.com',
      tx_permission: true,
      expired: '2026-11-30',
    });
    expect(room?.remove).toContainEqual({ user_id: 'u-victor', email: 'victor@acme.com', tx_permission: true });
    expect(room?.update).toContainEqual({
      user_id: 'u-dave',
      email: 'dave@acme.com',
      tx_permission: false,
      expired: '2026-12-01',
    });
  });

  it('shows the date and the entry in text and Markdown', async () => {
    const p = await normalPlan();
    const text = renderText(p, { color: false });
    expect(text).toContain('    - uma@acme.com (expired 2026-11-30, rooms/rates.yaml:4)\n');
    expect(text).toContain('    - victor@acme.com\n');
    expect(text).toContain('    ~ dave@acme.com (dave) transmit → listen (expired 2026-12-01, rooms/rates.yaml:8)\n');
    const md = renderMarkdown(p);
    expect(md).toContain('\n- uma@acme.com (expired 2026-11-30, rooms/rates.yaml:4)\n');
    expect(md).toContain('\n! dave@acme.com (dave) transmit → listen (expired 2026-12-01, rooms/rates.yaml:8)\n');
  });
});
