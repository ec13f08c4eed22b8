#!/usr/bin/env node
// Generates a synthetic organisation for the benchmark, deterministically from a seed:
//   bench/out/<scale>/tree/rooms/<region>/<room>.yaml   the desired-state tree (what the firm commits)
//   bench/out/<scale>/tree/groups/<group>.yaml
//   bench/out/<scale>/sim-seed.json                     the live state (SimSeed shape) for `whoot-rooms sim`
//   bench/out/<scale>/meta.json                         counts and the changes a correct plan must find
//   bench/out/<scale>/desired.json                      each room's effective members as JSON: the reference
//                                                       client's input (bench/reference/), no YAML
// Output is cached: a second call with the same parameters reuses the files.
//
// Usage: node bench/generate.mjs [--scale S|M|L] [--drift 0.1] [--seed 42] [--force]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Bump when the shape of the generated org changes, so cached output is regenerated. */
const GENERATOR_VERSION = 6;

export const SCALES = {
  S: { users: 1_000, rooms: 100, members: 20 },
  M: { users: 5_000, rooms: 1_000, members: 50 },
  L: { users: 20_000, rooms: 5_000, members: 50 },
};

/** The token the generated seed grants every scope to; the runner passes it as WHOOT_API_TOKEN. */
export const BENCH_TOKEN = 'bench-token-all-scopes';

const OUT_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'out');

const REGIONS = ['amer', 'emea', 'apac', 'global'];
const DESKS = [
  'Rates',
  'Credit',
  'FX',
  'Equities',
  'Commodities',
  'EM',
  'Munis',
  'Repo',
  'Sales',
  'Structuring',
  'Delta One',
  'Options',
];
const FIRST = [
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'frank',
  'grace',
  'heidi',
  'ivan',
  'judy',
  'mallory',
  'niaj',
  'olivia',
  'peggy',
  'rupert',
  'sybil',
  'trent',
  'victor',
  'walter',
  'yuki',
  'zoe',
  'amir',
  'bea',
  'chen',
  'dario',
  'emeka',
  'fatima',
  'goran',
  'hana',
  'ines',
];
const LAST = [
  'smith',
  'jones',
  'garcia',
  'muller',
  'rossi',
  'dubois',
  'tanaka',
  'kim',
  'nguyen',
  'patel',
  'okafor',
  'silva',
  'novak',
  'berg',
  'costa',
  'walsh',
  'ivanova',
  'haddad',
  'larsen',
  'moreau',
];

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The parameters that fully determine the output (the cache key).
 * @param {{ scale?: string, drift?: number, seed?: number, unmanagedShare?: number }} opts
 */
export function generatorParams(opts = {}) {
  const scale = opts.scale ?? 'S';
  const size = SCALES[scale];
  if (!size) throw new Error(`unknown scale "${scale}" (expected ${Object.keys(SCALES).join(', ')})`);
  const drift = opts.drift ?? 0.1;
  if (!(drift >= 0 && drift <= 1)) throw new Error(`--drift must be between 0 and 1, got ${drift}`);
  return {
    version: GENERATOR_VERSION,
    scale,
    ...size,
    drift,
    seed: opts.seed ?? 42,
    unmanagedShare: opts.unmanagedShare ?? 0.02,
  };
}

/**
 * Builds the org in memory: users, groups, rooms with their effective members, and the live state.
 * Pure: the same params always give the same result.
 */
export function buildOrg(params) {
  const rand = prng(params.seed);
  const int = (n) => Math.floor(rand() * n);
  const pick = (arr) => arr[int(arr.length)];

  const users = [];
  for (let i = 0; i < params.users; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    users.push({
      email: `${first}.${last}.${String(i).padStart(5, '0')}@bank.example`,
      display_name: `${first[0].toUpperCase()}${first.slice(1)} ${last[0].toUpperCase()}${last.slice(1)}`,
      // a handful of leavers: deactivated but still listed (the planner warns about them)
      active: rand() >= 0.002,
    });
  }
  const sampleUsers = (count, exclude) => {
    const chosen = new Set();
    while (chosen.size < count) {
      const u = int(users.length);
      if (!exclude?.has(u)) chosen.add(u);
    }
    return [...chosen];
  };

  // Teams: leaf groups of 10 users. Desks: nested groups made of two teams plus two direct users.
  const leafCount = Math.max(10, Math.round(params.rooms / 10));
  const groups = [];
  for (let g = 0; g < leafCount; g++) {
    groups.push({ name: `team-${String(g).padStart(4, '0')}`, users: sampleUsers(10), groups: [] });
  }
  const nestedCount = Math.max(2, Math.round(leafCount / 5));
  for (let g = 0; g < nestedCount; g++) {
    const a = groups[int(leafCount)].name;
    let b = groups[int(leafCount)].name;
    if (b === a) b = groups[(leafCount + groups.findIndex((x) => x.name === a) + 1) % leafCount].name;
    groups.push({ name: `desk-${String(g).padStart(4, '0')}`, users: sampleUsers(2), groups: [a, b] });
  }
  const byName = new Map(groups.map((g) => [g.name, g]));
  const expand = (g, into = new Set()) => {
    for (const u of g.users) into.add(u);
    for (const sub of g.groups) expand(byName.get(sub), into);
    return into;
  };

  const rooms = [];
  for (let r = 0; r < params.rooms; r++) {
    const region = REGIONS[r % REGIONS.length];
    const desk = DESKS[Math.floor(r / REGIONS.length) % DESKS.length];
    const name = `${desk} ${region.toUpperCase()} ${String(r).padStart(4, '0')}`;
    const file = `rooms/${region}/${desk.toLowerCase().replace(/ /g, '-')}-${String(r).padStart(4, '0')}.yaml`;
    /** effective membership: user index → tx */
    const effective = new Map();
    const entries = [];
    const roll = rand();
    if (roll < 0.3) {
      // 20% of rooms take a team, 10% a desk (nested group); half of the group entries grant transmit
      let group = roll < 0.2 ? groups[int(leafCount)] : groups[leafCount + int(nestedCount)];
      if (expand(group).size > params.members) group = groups[int(leafCount)];
      const tx = rand() < 0.5;
      entries.push({ group: group.name, tx });
      for (const u of expand(group)) effective.set(u, tx);
    }
    const direct = sampleUsers(params.members - effective.size, new Set(effective.keys()));
    for (const u of direct) {
      const tx = rand() < 0.3;
      const mixedCase = rand() < 0.02; // emails are case-insensitive: some files write them capitalised
      const email = mixedCase ? users[u].email.replace(/^./, (c) => c.toUpperCase()) : users[u].email;
      const expires = rand() < 0.01 ? '2099-12-31' : undefined;
      entries.push({ user: email, tx, expires });
      effective.set(u, tx);
    }
    rooms.push({ name, file, region, mode: rand() < 0.02 ? 'additive' : 'authoritative', entries, effective });
  }

  // Live state: every managed room as desired, then drift in a deterministic share of rooms
  // (people who joined or left via the console, a transmit change): 1-3 small changes, never
  // enough removals (< 3) to trip the mass-removal guard.
  const driftCount = Math.round(params.rooms * params.drift);
  const order = rooms.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const drifted = new Set(order.slice(0, driftCount));
  const expected = { changedRooms: 0, add: 0, remove: 0, update: 0 };
  const liveRooms = [];
  for (let r = 0; r < rooms.length; r++) {
    const room = rooms[r];
    const live = new Map(room.effective);
    if (drifted.has(r)) {
      const ops = new Set();
      while (ops.size === 0) for (const op of ['add', 'remove', 'update']) if (rand() < 0.5) ops.add(op);
      // additive rooms never remove: drift them only by adds and transmit changes
      if (room.mode === 'additive') ops.delete('remove');
      if (ops.size === 0) ops.add('add');
      const members = [...live.keys()];
      if (ops.has('add')) {
        // desired but missing live (left via the console) → the plan adds them back
        const n = 1 + int(2);
        for (let k = 0; k < n; k++) live.delete(members[k]);
      }
      if (ops.has('update')) {
        const u = members[members.length - 1];
        live.set(u, !live.get(u));
      }
      if (ops.has('remove')) {
        // live but not desired (added via the console) → the plan removes them
        const n = 1 + int(2);
        for (const u of sampleUsers(n, new Set(room.effective.keys()))) live.set(u, rand() < 0.3);
      }
    }
    // what a correct plan must find, counted from the two states (not from the drift steps)
    let add = 0;
    let remove = 0;
    let update = 0;
    for (const [u, tx] of room.effective) {
      if (!live.has(u)) add++;
      else if (live.get(u) !== tx) update++;
    }
    if (room.mode !== 'additive') for (const u of live.keys()) if (!room.effective.has(u)) remove++;
    if (add + remove + update > 0) expected.changedRooms++;
    expected.add += add;
    expected.remove += remove;
    expected.update += update;
    liveRooms.push({ name: room.name, members: [...live].map(([u, tx]) => ({ email: users[u].email, tx })) });
  }
  // Rooms made in the console that no file manages: listed, never read, never touched.
  const unmanaged = Math.round(params.rooms * params.unmanagedShare);
  for (let r = 0; r < unmanaged; r++) {
    liveRooms.push({
      name: `Console Room ${String(r).padStart(4, '0')}`,
      members: sampleUsers(10).map((u) => ({ email: users[u].email, tx: rand() < 0.3 })),
    });
  }
  return { users, groups, rooms, liveRooms, expected, drifted: drifted.size, unmanaged };
}

function roomYaml(room) {
  const lines = [`# ${room.region.toUpperCase()} desk room, generated by bench/generate.mjs`, `name: ${room.name}`];
  if (room.mode === 'additive') lines.push('mode: additive');
  lines.push('members:');
  for (const e of room.entries) {
    if (e.group !== undefined) {
      lines.push(`  - group: ${e.group}`);
      if (e.tx) lines.push('    tx: true');
    } else if (!e.tx && e.expires === undefined) {
      lines.push(`  - ${e.user}`);
    } else {
      lines.push(`  - user: ${e.user}`);
      if (e.tx) lines.push('    tx: true');
      if (e.expires !== undefined) lines.push(`    expires: ${e.expires}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function groupYaml(group, users) {
  const lines = [`name: ${group.name}`, 'members:'];
  for (const g of group.groups) lines.push(`  - group: ${g}`);
  for (const u of group.users) lines.push(`  - ${users[u].email}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Writes the org for `opts` into bench/out/<scale>/ unless it is already there with the same parameters.
 * @returns {{ dir: string, treeDir: string, seedPath: string, desiredPath: string, meta: object, cached: boolean }}
 */
export function generate(opts = {}) {
  const params = generatorParams(opts);
  const dir = join(opts.outRoot ?? OUT_ROOT, params.scale);
  const metaPath = join(dir, 'meta.json');
  const treeDir = join(dir, 'tree');
  const seedPath = join(dir, 'sim-seed.json');
  const desiredPath = join(dir, 'desired.json');
  if (!opts.force && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (JSON.stringify(meta.params) === JSON.stringify(params) && existsSync(seedPath) && existsSync(desiredPath)) {
      return { dir, treeDir, seedPath, desiredPath, meta, cached: true };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const org = buildOrg(params);
  for (const region of REGIONS) mkdirSync(join(treeDir, 'rooms', region), { recursive: true });
  mkdirSync(join(treeDir, 'groups'), { recursive: true });
  for (const room of org.rooms) writeFileSync(join(treeDir, room.file), roomYaml(room));
  for (const group of org.groups)
    writeFileSync(join(treeDir, 'groups', `${group.name}.yaml`), groupYaml(group, org.users));

  /** @type {import('../src/sim/seed-types.js').SimSeed} */
  const seed = {
    users: org.users,
    rooms: org.liveRooms,
    tokens: [
      {
        token: BENCH_TOKEN,
        scopes: ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'],
        description: 'whoot-rooms benchmark',
      },
    ],
  };
  writeFileSync(seedPath, JSON.stringify(seed));
  const desired = {
    rooms: org.rooms.map((r) => ({
      name: r.name,
      mode: r.mode,
      members: [...r.effective].map(([u, tx]) => ({ email: org.users[u].email, tx })),
    })),
  };
  writeFileSync(desiredPath, JSON.stringify(desired));
  const meta = {
    params,
    users: org.users.length,
    managedRooms: org.rooms.length,
    liveRooms: org.liveRooms.length,
    unmanagedRooms: org.unmanaged,
    groups: org.groups.length,
    memberships: org.rooms.reduce((n, r) => n + r.effective.size, 0),
    driftedRooms: org.drifted,
    expected: org.expected,
  };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  return { dir, treeDir, seedPath, desiredPath, meta, cached: false };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'S' },
      drift: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const t0 = performance.now();
  const out = generate({
    scale: values.scale,
    drift: values.drift === undefined ? undefined : Number(values.drift),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    force: values.force,
  });
  const ms = Math.round(performance.now() - t0);
  process.stdout.write(
    `${out.cached ? 'cached' : 'generated'} ${out.dir} in ${ms} ms\n${JSON.stringify(out.meta, null, 2)}\n`,
  );
}
