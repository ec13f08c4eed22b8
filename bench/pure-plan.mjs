#!/usr/bin/env node
// Case 6: the pure planner on its own, no I/O. Loads the tree and builds the live state from the simulator
// seed (outside the timed part), then times `plan(desired, live)`: the first call (cold, as the CLI runs it
// once per process) and the best of a few more (warm). Prints one JSON line.
//
// Usage: node bench/pure-plan.mjs <planner bundle> <tree dir> <sim-seed.json> [runs]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, treeDir, seedPath, runsArg] = process.argv.slice(2);
if (!bundle || !treeDir || !seedPath) {
  process.stderr.write('usage: node bench/pure-plan.mjs <planner bundle> <tree dir> <sim-seed.json> [runs]\n');
  process.exit(1);
}
const runs = Math.max(1, Number(runsArg ?? 3));
const { loadDesiredState, plan } = await import(pathToFileURL(bundle).href);

// ids only need to be consistent between users and members; UUID-shaped so no validator trips on them
const uuid = (kind, i) => `${kind === 'user' ? '00000000' : '11111111'}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

const t0 = performance.now();
const loaded = await loadDesiredState(treeDir, { today: '2026-11-27' });
const loadMs = performance.now() - t0;
if (!loaded.ok) {
  process.stderr.write(`the generated tree is invalid:\n${loaded.errors.slice(0, 10).map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')}\n`);
  process.exit(1);
}

/** @type {import('../src/sim/seed-types.js').SimSeed} */
const seed = JSON.parse(readFileSync(seedPath, 'utf8'));
const users = seed.users.map((u, i) => ({ id: uuid('user', i), email: u.email.toLowerCase(), display_name: u.display_name ?? u.email, active: u.active ?? true }));
const idByEmail = new Map(users.map((u) => [u.email, u.id]));
const rooms = seed.rooms.map((r, i) => ({ id: uuid('room', i), name: r.name, display_name: r.display_name ?? r.name, external_id: r.external_id ?? null, member_count: r.members?.length ?? 0 }));
const managed = new Set(loaded.desired.rooms.map((r) => r.name));
const members = {};
seed.rooms.forEach((r, i) => {
  // as the client reads them: members of managed rooms only
  if (!managed.has(r.name)) return;
  members[rooms[i].id] = (r.members ?? []).map((m) => ({ user_id: idByEmail.get(m.email.toLowerCase()), tx_permission: m.tx ?? false, email: m.email.toLowerCase() }));
});
const live = { users, rooms, members };

const times = [];
let result;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  result = plan(loaded.desired, live, { maxRemovalPercent: 25 });
  times.push(performance.now() - t);
}
const u = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    loadMs,
    coldMs: times[0],
    warmMs: Math.min(...times.slice(1).concat(times[0])),
    times,
    summary: result.summary,
    maxRssMb: u.maxRSS / 1024,
  })}\n`,
);
