#!/usr/bin/env node
// The whoot-rooms benchmark (issue 6). Runs the cases below against the simulator in its own process, with
// whoot-rooms as the real CLI process, and compares each with its physical limit in the same run.
//
//   node bench/run.mjs                 all cases at their scales; writes bench/results.json and docs/performance.md
//   node bench/run.mjs --case 3,4      some cases (results go to bench/out/results.json only)
//   node bench/run.mjs --scale S       every case at one scale (quick check of the harness)
//   node bench/run.mjs --repeat 5      runs per measurement (median reported; the L plan case runs at most 2)
//   node bench/run.mjs --smoke         CI: the S plan once, asserting the request-count floor (and the S apply's
//                                      one PUT per changed room); no timing asserted, nothing written
//   node bench/run.mjs --build         rebuild dist/ first
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_TOKEN, generate } from './generate.mjs';
import { OUT, ROOT } from './lib/paths.mjs';
import { buildPlannerBundle } from './lib/planner-bundle.mjs';
import { CLI_BUNDLE, runMeasured, simulatorPriority, startSim } from './lib/processes.mjs';
import { machineInfo, measurementTable, targetTable, updatePerformanceDoc } from './lib/report.mjs';
import { floorDiff, latencyLimitMs, readFloor, summariseLog } from './lib/requests.mjs';

const LATENCY_MS = 25;
const CONCURRENCY = 8;
const RATE_LIMIT = 200;
/** the scale each case is specified at */
const CASE_SCALES = { 1: 'L', 2: 'L', 3: 'M', 4: 'M', 5: 'M', 6: 'L' };
const CASE_TITLES = { 1: 'Load + validate', 2: 'Plan, no latency', 3: 'Plan, 25 ms latency', 4: 'Apply, 25 ms latency', 5: 'Rate-limited (200/s)', 6: 'Pure planning' };

const USAGE = 'usage: node bench/run.mjs [--scale S|M|L] [--case N[,N]] [--repeat N] [--smoke] [--build]\n';
function usageError(message) {
  process.stderr.write(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      scale: { type: 'string' },
      case: { type: 'string' },
      repeat: { type: 'string', default: '3' },
      smoke: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  usageError(err.message);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) usageError(`--repeat must be a positive integer, got "${values.repeat}"`);
if (values.scale !== undefined && !['S', 'M', 'L'].includes(values.scale)) usageError(`--scale must be S, M or L, got "${values.scale}"`);
const selected = values.case ? values.case.split(',').map((s) => Number(s.trim())) : [1, 2, 3, 4, 5, 6];
for (const n of selected) if (!CASE_SCALES[n]) usageError(`--case takes case numbers 1-6, got "${values.case}"`);

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const target = (name, pass, actual) => ({ name, pass: Boolean(pass), actual });

function ensureBuilt() {
  if (values.build || !existsSync(CLI_BUNDLE)) {
    log('building dist/ (npm run build)');
    const script = [join(ROOT, '.ci', 'build.mjs'), join(ROOT, 'scripts', 'build.mjs')].find((f) => existsSync(f));
    if (!script) throw new Error('no build script found (.ci/build.mjs): run `npm run build` first');
    execFileSync(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' });
    return;
  }
  const built = statSync(CLI_BUNDLE).mtimeMs;
  const stale = readdirSync(join(ROOT, 'src'), { recursive: true }).some((f) => String(f).endsWith('.ts') && statSync(join(ROOT, 'src', String(f))).mtimeMs > built);
  if (stale) log('warning: src/ is newer than dist/cli.js; pass --build to measure the current code');
}

/** Generated org for a scale (cached under bench/out/<scale>/). */
const orgs = new Map();
function org(scale) {
  if (!orgs.has(scale)) {
    const t = performance.now();
    const o = generate({ scale });
    log(`${o.cached ? 'using cached' : 'generated'} ${scale} org (${o.meta.users} users, ${o.meta.managedRooms} rooms, ${o.meta.memberships} memberships) in ${ms(performance.now() - t)}`);
    orgs.set(scale, o);
  }
  return orgs.get(scale);
}

/** Runs the CLI as its own measured process; throws with its stderr when it fails. */
async function cli(args, env, okCodes = [0]) {
  const r = await runMeasured(CLI_BUNDLE, args, { env });
  if (!okCodes.includes(r.code)) {
    throw new Error(`whoot-rooms ${args.join(' ')} exited with ${r.code}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-15).join('\n')}`);
  }
  return r;
}

function parseJsonOutput(r, what) {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`${what} did not print JSON on stdout:\n${r.stdout.slice(0, 500)}`);
  }
}

/** One measured row from several runs: medians of wall and CPU, the highest RSS. */
function row(label, runs, extra = {}) {
  return {
    label,
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    simCpuMs: median(runs.map((r) => r.simCpuMs)),
    networkMs: median(runs.map((r) => r.networkMs)),
    beforeFirstMs: median(runs.map((r) => r.beforeFirstMs)),
    afterLastMs: median(runs.map((r) => r.afterLastMs)),
    serverMs: median(runs.map((r) => r.serverMs)),
    meanInFlight: median(runs.map((r) => r.meanInFlight)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb ?? 0)) || null,
    ...extra,
  };
}

function checkPlanSummary(summary, meta) {
  const e = meta.expected;
  const got = { changedRooms: summary.rooms_changed, add: summary.add, remove: summary.remove, update: summary.update };
  const ok = got.changedRooms === e.changedRooms && got.add === e.add && got.remove === e.remove && got.update === e.update && summary.errored === 0;
  return target(
    'the plan finds exactly the generated drift',
    ok,
    `${got.changedRooms} rooms +${got.add} -${got.remove} ~${got.update}, ${summary.errored} errored (generated: ${e.changedRooms} rooms +${e.add} -${e.remove} ~${e.update})`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// The cases

async function case1(scale) {
  const { treeDir } = org(scale);
  const baseline = [];
  const validate = [];
  for (let i = 0; i < repeat; i++) {
    // alternate, so drift in machine load hits both sides alike
    baseline.push(await runMeasured(join(ROOT, 'bench', 'parse-baseline.mjs'), [treeDir]));
    validate.push(await cli(['validate', '--dir', treeDir], { LOG_LEVEL: 'warn' }));
  }
  const base = row('`yaml` parse only (baseline)', baseline);
  const val = row('`validate` (load + validate)', validate);
  val.limitMs = base.wallMs;
  val.ratio = val.wallMs / base.wallMs;
  return {
    title: 'Load + validate',
    rows: [val, base],
    targets: [
      target(
        'wall ≤ 1.5 × parse-only baseline',
        val.ratio <= 1.5,
        `${ms(val.wallMs)} vs ${ms(base.wallMs)} = ${val.ratio.toFixed(2)}× (CPU ${ms(val.cpuMs)} vs ${ms(base.cpuMs)} = ${(val.cpuMs / base.cpuMs).toFixed(2)}×)`,
      ),
      target('peak RSS < 400 MB', val.maxRssMb < 400, `${Math.round(val.maxRssMb)} MB`),
    ],
  };
}

/** Plan runs against one simulator; returns the rows' raw runs and the last run's request summary. */
async function measurePlans(sim, treeDir, concurrency, runs) {
  const results = [];
  let requests;
  let maxInFlight = 0;
  let plan;
  for (let i = 0; i < runs; i++) {
    await sim.resetStats();
    const mark = await sim.mark();
    const simCpu0 = sim.cpuMs();
    const r = await cli(['plan', '--dir', treeDir, '--format', 'json', '--concurrency', String(concurrency)], sim.env());
    r.simCpuMs = simCpu0 === null ? null : sim.cpuMs() - simCpu0;
    plan = parseJsonOutput(r, 'plan --format json');
    const stats = await sim.stats();
    requests = summariseLog(await sim.log(), { markSentAt: mark.sentAt, startedAt: r.startedAt, endedAt: r.endedAt });
    Object.assign(r, { networkMs: requests.networkMs, beforeFirstMs: requests.beforeFirstMs, afterLastMs: requests.afterLastMs, serverMs: requests.serverMs, meanInFlight: requests.meanInFlight });
    maxInFlight = Math.max(maxInFlight, stats.maxInFlight);
    results.push(r);
  }
  return { results, requests, maxInFlight, plan };
}

async function case2(scale) {
  const { seedPath, treeDir, meta } = org(scale);
  const sim = await startSim({ seedPath, token: BENCH_TOKEN });
  try {
    const runs = scale === 'L' ? Math.min(repeat, 2) : repeat;
    const m = await measurePlans(sim, treeDir, CONCURRENCY, runs);
    const floor = readFloor(meta);
    const diff = floorDiff(m.requests.byRoute, floor);
    const r = row(`plan, no latency, concurrency ${CONCURRENCY}`, m.results, {
      requests: m.requests.total,
      byMethod: m.requests.byMethod,
      status429: m.requests.status429,
      maxInFlight: m.maxInFlight,
    });
    return {
      title: 'Plan, no latency',
      rows: [r],
      targets: [
        target(
          `requests = floor 1 + ⌈users/100⌉ + ⌈rooms/100⌉ + managed rooms = ${floor.total}, nothing else`,
          diff.length === 0,
          `${m.requests.total}${diff.length === 0 ? ` (${Object.entries(m.requests.byRoute).map(([k, v]) => `${k} ${v}`).join(', ')})` : `: ${diff.join('; ')}`}${m.requests.repeated ? `; ${m.requests.repeated} repeated calls` : ''}`,
        ),
        target('peak RSS < 400 MB', r.maxRssMb < 400, `${Math.round(r.maxRssMb)} MB`),
        checkPlanSummary(m.plan.summary, meta),
      ],
      info: { wallMs: r.wallMs },
    };
  } finally {
    await sim.stop();
  }
}

async function case3(scale) {
  const { seedPath, treeDir, meta } = org(scale);
  const sim = await startSim({ seedPath, latencyMs: LATENCY_MS, token: BENCH_TOKEN });
  try {
    const c8 = await measurePlans(sim, treeDir, CONCURRENCY, repeat);
    // concurrency 1 is ~8× slower by construction: one run is enough for the speed-up ratio
    const c1 = await measurePlans(sim, treeDir, 1, 1);
    const limit = latencyLimitMs(c8.requests.total, CONCURRENCY, LATENCY_MS);
    const r8 = row(`plan, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}`, c8.results, {
      requests: c8.requests.total,
      byMethod: c8.requests.byMethod,
      status429: c8.requests.status429,
      maxInFlight: c8.maxInFlight,
      limitMs: limit,
    });
    r8.ratio = r8.wallMs / limit;
    const r1 = row(`plan, ${LATENCY_MS} ms latency, concurrency 1`, c1.results, {
      requests: c1.requests.total,
      byMethod: c1.requests.byMethod,
      status429: c1.requests.status429,
      maxInFlight: c1.maxInFlight,
      limitMs: latencyLimitMs(c1.requests.total, 1, LATENCY_MS),
    });
    r1.ratio = r1.wallMs / r1.limitMs;
    const speedup = r1.wallMs / r8.wallMs;
    const floor = readFloor(meta);
    return {
      title: `Plan, ${LATENCY_MS} ms latency`,
      rows: [r8, r1],
      targets: [
        target(`wall ≤ 1.15 × ⌈requests/${CONCURRENCY}⌉ × ${LATENCY_MS} ms`, r8.ratio <= 1.15, `${ms(r8.wallMs)} vs limit ${ms(limit)} = ${r8.ratio.toFixed(2)}×`),
        target(`≥ 6.5× faster than concurrency 1`, speedup >= 6.5, `${ms(r1.wallMs)} / ${ms(r8.wallMs)} = ${speedup.toFixed(2)}×`),
        target(`max in flight ≤ ${CONCURRENCY}`, c8.maxInFlight <= CONCURRENCY && c1.maxInFlight <= 1, `${c8.maxInFlight} (concurrency 1: ${c1.maxInFlight})`),
        target(
          `requests = floor ${floor.total}`,
          c8.requests.total === floor.total && c1.requests.total === floor.total,
          `${c8.requests.total} (concurrency 1: ${c1.requests.total})${c8.requests.repeated + c1.requests.repeated ? `; ${c8.requests.repeated}/${c1.requests.repeated} repeated calls` : ''}`,
        ),
      ],
    };
  } finally {
    await sim.stop();
  }
}

/** One apply against a fresh simulator (a restarted process: the state is the seed's again). */
async function applyOnce(seedPath, treeDir, simOpts, concurrency) {
  const sim = await startSim({ seedPath, token: BENCH_TOKEN, ...simOpts });
  try {
    await sim.resetStats();
    const mark = await sim.mark();
    const simCpu0 = sim.cpuMs();
    const r = await cli(['apply', '--dir', treeDir, '--auto-approve', '--format', 'json', '--concurrency', String(concurrency)], sim.env(), [0, 1]);
    r.simCpuMs = simCpu0 === null ? null : sim.cpuMs() - simCpu0;
    let report = null;
    try {
      report = JSON.parse(r.stdout);
    } catch {
      // reported below as a failed target
    }
    const stats = await sim.stats();
    const requests = summariseLog(await sim.log(), { markSentAt: mark.sentAt, startedAt: r.startedAt, endedAt: r.endedAt });
    Object.assign(r, { networkMs: requests.networkMs, beforeFirstMs: requests.beforeFirstMs, afterLastMs: requests.afterLastMs, serverMs: requests.serverMs, meanInFlight: requests.meanInFlight });
    return { r, report, requests, maxInFlight: stats.maxInFlight };
  } finally {
    await sim.stop();
  }
}

function applyTargets(runs, meta) {
  const last = runs[runs.length - 1];
  const puts = last.requests.byRoute['PUT /rooms/{id}/members'] ?? 0;
  const distinct = last.requests.putRooms.size;
  const otherWrites = last.requests.writes - puts;
  const report = last.report;
  const failed = report?.summary?.failed ?? report?.failed?.length;
  return {
    puts,
    targets: [
      target(
        'exactly one PUT per changed room, no other write',
        puts === meta.expected.changedRooms && distinct === puts && otherWrites === 0,
        `${puts} PUTs to ${distinct} rooms (changed rooms: ${meta.expected.changedRooms}), ${otherWrites} other writes`,
      ),
      target(
        'exit 0, every changed room applied, none failed',
        runs.every((x) => x.r.code === 0) && report?.summary?.applied === meta.expected.changedRooms && failed === 0,
        report
          ? `exit ${runs.map((x) => x.r.code).join('/')}, applied ${report.summary?.applied}, failed ${failed}, skipped ${report.summary?.skipped}`
          : `exit ${last.r.code}, no JSON report: ${last.r.stderr.trim().split('\n').slice(-3).join(' ')}`,
      ),
    ],
  };
}

async function case4(scale) {
  const { seedPath, treeDir, meta } = org(scale);
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(await applyOnce(seedPath, treeDir, { latencyMs: LATENCY_MS }, CONCURRENCY));
  const last = runs[runs.length - 1];
  const { puts, targets } = applyTargets(runs, meta);
  const reads = last.requests.total - last.requests.writes;
  const limit = latencyLimitMs(reads, CONCURRENCY, LATENCY_MS) + latencyLimitMs(puts, CONCURRENCY, LATENCY_MS);
  const r = applyRow(`apply, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}, ${Math.round(meta.params.drift * 100)}% changed`, runs, limit);
  return {
    title: `Apply, ${LATENCY_MS} ms latency`,
    rows: [r],
    targets: [
      ...targets,
      target(`wall ≤ 1.15 × (⌈reads/${CONCURRENCY}⌉ + ⌈PUTs/${CONCURRENCY}⌉) × ${LATENCY_MS} ms`, r.ratio <= 1.15, `${ms(r.wallMs)} vs limit ${ms(limit)} = ${r.ratio.toFixed(2)}×`),
    ],
  };
}

/** The measurement row of repeated apply runs (the last run's request counts) against `limit`. */
function applyRow(label, runs, limit) {
  const last = runs[runs.length - 1];
  const r = row(label, runs.map((x) => x.r), {
    requests: last.requests.total,
    byMethod: last.requests.byMethod,
    status429: last.requests.status429,
    maxInFlight: Math.max(...runs.map((x) => x.maxInFlight)),
    limitMs: limit,
  });
  r.ratio = r.wallMs / limit;
  return r;
}

async function case5(scale) {
  const { seedPath, treeDir, meta } = org(scale);
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(await applyOnce(seedPath, treeDir, { rateLimit: RATE_LIMIT }, CONCURRENCY));
  const last = runs[runs.length - 1];
  const { targets } = applyTargets(runs, meta);
  // the work is the requests that were answered; 429s are the cost of not pacing, not part of the budget
  const answered = last.requests.total - last.requests.status429;
  const limit = (answered / RATE_LIMIT) * 1000;
  const r = applyRow(`apply, rate limit ${RATE_LIMIT}/s, no latency, concurrency ${CONCURRENCY}`, runs, limit);
  const share = last.requests.status429 / last.requests.total;
  return {
    title: `Rate-limited (${RATE_LIMIT}/s)`,
    rows: [r],
    targets: [
      ...targets,
      target(`wall ≤ 1.25 × answered requests / ${RATE_LIMIT} per s`, r.ratio <= 1.25, `${ms(r.wallMs)} vs limit ${ms(limit)} = ${r.ratio.toFixed(2)}×`),
      target('429s < 5% of requests', share < 0.05, `${last.requests.status429} of ${last.requests.total} = ${(share * 100).toFixed(1)}%`),
    ],
  };
}

async function case6(scale) {
  const { seedPath, treeDir, meta } = org(scale);
  const bundle = await buildPlannerBundle();
  const r = await runMeasured(join(ROOT, 'bench', 'pure-plan.mjs'), [bundle, treeDir, seedPath, String(Math.max(3, repeat))]);
  if (r.code !== 0) throw new Error(`pure-plan.mjs exited with ${r.code}:\n${r.stderr.trim()}`);
  const out = JSON.parse(r.stdout);
  const planRow = { label: 'pure `plan()` (first call, in-process)', runs: out.times.length, wallMs: out.coldMs, cpuMs: null, maxRssMb: r.maxRssMb, limitMs: 1000, ratio: out.coldMs / 1000 };
  return {
    title: 'Pure planning',
    rows: [planRow],
    targets: [
      target('first `plan()` call < 1 s', out.coldMs < 1000, `${ms(out.coldMs)} (warm best ${ms(out.warmMs)}; loading the tree in the same process took ${ms(out.loadMs)})`),
      checkPlanSummary(out.summary, meta),
    ],
  };
}

const CASES = { 1: case1, 2: case2, 3: case3, 4: case4, 5: case5, 6: case6 };

// ---------------------------------------------------------------------------------------------------------

async function smoke() {
  ensureBuilt();
  const { seedPath, treeDir, meta } = org('S');
  const failures = [];
  const sim = await startSim({ seedPath, token: BENCH_TOKEN });
  try {
    const m = await measurePlans(sim, treeDir, CONCURRENCY, 1);
    const diff = floorDiff(m.requests.byRoute, readFloor(meta));
    log(`S plan: ${m.requests.total} requests (${Object.entries(m.requests.byRoute).map(([k, v]) => `${k} ${v}`).join(', ')}), floor ${readFloor(meta).total}, ${ms(m.results[0].wallMs)}`);
    if (diff.length > 0) failures.push(`plan requests differ from the floor: ${diff.join('; ')}`);
    const summary = checkPlanSummary(m.plan.summary, meta);
    if (!summary.pass) failures.push(`plan summary: ${summary.actual}`);
  } finally {
    await sim.stop();
  }
  const applied = await applyOnce(seedPath, treeDir, {}, CONCURRENCY);
  const { targets } = applyTargets([applied], meta);
  log(`S apply: ${targets.map((t) => t.actual).join('; ')}`);
  for (const t of targets) if (!t.pass) failures.push(`apply: ${t.name}: ${t.actual}`);
  if (failures.length > 0) {
    process.stderr.write(`bench smoke FAILED:\n  ${failures.join('\n  ')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('bench smoke OK: request counts at the floor, one PUT per changed room\n');
  }
}

async function main() {
  if (values.smoke) return smoke();
  ensureBuilt();
  const startedAt = new Date();
  const t0 = performance.now();
  const cases = [];
  for (const id of selected) {
    const scale = values.scale ?? CASE_SCALES[id];
    log(`case ${id} at scale ${scale}…`);
    const tc = performance.now();
    try {
      cases.push({ id, scale, ...(await CASES[id](scale)) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log(`case ${id} failed: ${message}`);
      cases.push({ id, scale, title: CASE_TITLES[id], error: message, rows: [], targets: [] });
    }
    log(`case ${id} done in ${ms(performance.now() - tc)}`);
  }
  const full = !values.case && !values.scale;
  const results = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - t0),
    command: `npm run bench${repeat !== 3 ? ` -- --repeat ${repeat}` : ''}`,
    options: { scale: values.scale ?? null, cases: selected, repeat, latencyMs: LATENCY_MS, concurrency: CONCURRENCY, rateLimit: RATE_LIMIT, simulatorNiceness: simulatorPriority() },
    machine: machineInfo(),
    orgs: Object.fromEntries([...orgs].map(([s, o]) => [s, o.meta])),
    allPass: cases.every((c) => !c.error && c.targets.every((t) => t.pass)),
    cases,
  };
  if (!full) results.command = `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim();
  mkdirSync(OUT, { recursive: true });
  const resultsPath = full ? join(ROOT, 'bench', 'results.json') : join(OUT, 'results.json');
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  if (full) updatePerformanceDoc(join(ROOT, 'docs', 'performance.md'), results);
  process.stdout.write(`\n## Targets\n\n${targetTable(cases)}\n\n## Measurements\n\n${measurementTable(cases)}\n\n`);
  log(`wrote ${resultsPath}${full ? ' and docs/performance.md' : ''} (${Math.round(results.durationMs / 1000)} s)`);
  if (!results.allPass) process.exitCode = 1;
}

try {
  await main();
} catch (err) {
  // an expected failure (the simulator or the CLI did not run): its message, not a stack
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
