#!/usr/bin/env node
// The whoot-rooms benchmark (issues 6 and 17). Each case runs whoot-rooms (the real CLI process) and a
// baseline side by side, alternately (A B A B …) on the same simulator process, and compares the medians:
// the reference client (bench/reference/) for plan and apply, the token-bucket floor for the rate-limited
// apply, a parse-only `yaml` script for validate, `node -e 0` for the cold start.
//
//   npm run bench                      all cases at their scales; prints one line per target, writes
//                                      bench/results.json and the results section of docs/performance.md
//   npm run bench -- --quick           CI: every case at S scale, one pair; asserts request counts and
//                                      correctness, nothing about time (`--smoke` is the same)
//   node bench/run.mjs --case 3,5      some cases (results in bench/out/results.json only)
//   node bench/run.mjs --scale S       every case at one scale
//   node bench/run.mjs --pairs 5       pairs per case (default 3; the cold start runs 15)
//   node bench/run.mjs --build         rebuild dist/ first
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_TOKEN, generate } from './generate.mjs';
import { coldStart } from './lib/cold-start.mjs';
import { OUT, ROOT } from './lib/paths.mjs';
import { CLI_BUNDLE, cli, runMeasured, simulatorPriority, snapshotDist, startSim } from './lib/processes.mjs';
import { machineInfo, measurementTable, targetLines, targetTable, updatePerformanceDoc } from './lib/report.mjs';
import { applyFloor, floorDiff, readFloor, summariseLog } from './lib/requests.mjs';
import { connect } from './reference/client.mjs';

const LATENCY_MS = 25;
const CONCURRENCY = 8;
const RATE_LIMIT = 200;
/** the simulator's bucket: capacity = one second of refill (src/sim/rate-limit.ts), full when a run starts */
const BURST = RATE_LIMIT;
const CASE_SCALES = { 1: 'S', 2: 'L', 3: 'M', 4: 'L', 5: 'M', 6: 'M' };
const CASE_TITLES = {
  1: 'Cold start',
  2: 'Validate',
  3: 'Plan, 25 ms latency',
  4: 'Plan, 25 ms latency, large',
  5: 'Apply, 25 ms latency',
  6: 'Rate-limited apply',
};
const REFERENCE = join(ROOT, 'bench', 'reference', 'run.mjs');

const USAGE = 'usage: node bench/run.mjs [--quick] [--scale S|M|L] [--case N[,N]] [--pairs N] [--build]\n';
function usageError(message) {
  process.stderr.write(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      scale: { type: 'string' },
      case: { type: 'string' },
      pairs: { type: 'string' },
      repeat: { type: 'string' },
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
const quick = values.quick || values.smoke;
const pairs = Number(values.pairs ?? values.repeat ?? (quick ? 1 : 3));
if (!Number.isInteger(pairs) || pairs < 1)
  usageError(`--pairs must be a positive integer, got "${values.pairs ?? values.repeat}"`);
if (values.scale !== undefined && !['S', 'M', 'L'].includes(values.scale))
  usageError(`--scale must be S, M or L, got "${values.scale}"`);
const selected = values.case ? values.case.split(',').map((s) => Number(s.trim())) : [1, 2, 3, 4, 5, 6];
for (const n of selected) if (!CASE_SCALES[n]) usageError(`--case takes case numbers 1-6, got "${values.case}"`);
const scaleOf = (id) => (quick ? 'S' : (values.scale ?? CASE_SCALES[id]));

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const x2 = (r) => `${r.toFixed(3)}×`;
/** A target: `timed` ones are reported but not asserted in quick mode. */
const target = (name, pass, actual, timed = true) => ({ name, pass: Boolean(pass), actual, timed });

function ensureBuilt() {
  if (values.build || !existsSync(CLI_BUNDLE)) {
    log('building dist/ (npm run build)');
    execFileSync(process.execPath, [join(ROOT, '.ci', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  } else {
    const built = statSync(CLI_BUNDLE).mtimeMs;
    const stale = readdirSync(join(ROOT, 'src'), { recursive: true }).some(
      (f) => String(f).endsWith('.ts') && statSync(join(ROOT, 'src', String(f))).mtimeMs > built,
    );
    if (stale) log('warning: src/ is newer than dist/cli.js; pass --build to measure the current code');
  }
  snapshotDist();
}

/** Generated org for a scale (cached under bench/out/<scale>/). */
const orgs = new Map();
function org(scale) {
  if (!orgs.has(scale)) {
    const t = performance.now();
    const o = generate({ scale });
    log(
      `${o.cached ? 'using cached' : 'generated'} ${scale} org (${o.meta.users} users, ${o.meta.managedRooms} ` +
        `rooms, ${o.meta.memberships} memberships) in ${ms(performance.now() - t)}`,
    );
    orgs.set(scale, o);
  }
  return orgs.get(scale);
}

function parseJson(r, what) {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(
      `${what} exited ${r.code} without JSON on ` +
        `stdout:\n${(r.stderr || r.stdout).trim().split('\n').slice(-10).join('\n')}`,
    );
  }
}

/** One side of a pair: the measured process, its requests from the simulator's log, its stats. */
async function measuredRun(sim, script, args, okCodes) {
  await sim.resetStats();
  const simCpu0 = sim.cpuMs();
  const r = await runMeasured(script, args, { env: sim.env() });
  r.simCpuMs = simCpu0 === null ? null : sim.cpuMs() - simCpu0;
  r.json = parseJson(r, `${script.endsWith('run.mjs') ? 'the reference' : 'whoot-rooms'} ${args[0]}`);
  if (!okCodes.includes(r.code))
    throw new Error(`${args.join(' ')} exited with ${r.code}:\n${r.stderr.trim().split('\n').slice(-10).join('\n')}`);
  r.requests = summariseLog(await sim.log(), {
    offsetMs: sim.clockOffsetMs,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
  });
  r.maxInFlight = (await sim.stats()).maxInFlight;
  return r;
}

/** One measurement row from several runs of one side: medians, each run's wall, the highest RSS. */
function row(label, who, runs) {
  const last = runs[runs.length - 1];
  return {
    label,
    who,
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    wallsMs: runs.map((r) => Math.round(r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb ?? 0)) || null,
    requests: last.requests?.total,
    byRoute: last.requests?.byRoute,
    status429: last.requests ? Math.max(...runs.map((r) => r.requests.status429)) : undefined,
    maxInFlight: last.requests ? Math.max(...runs.map((r) => r.maxInFlight)) : undefined,
    beforeFirstMs: median(runs.map((r) => r.requests?.beforeFirstMs)),
    afterLastMs: median(runs.map((r) => r.requests?.afterLastMs)),
    serverMs: median(runs.map((r) => r.requests?.serverMs)),
    simCpuMs: median(runs.map((r) => r.simCpuMs)),
  };
}

const routes = (byRoute) =>
  Object.entries(byRoute)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** Requests of every run equal the floor, route by route. */
function floorTarget(name, runs, floor, allowedRepeats = 0) {
  const diffs = runs.map((r) => floorDiff(r.requests.byRoute, floor)).filter((d) => d.length > 0);
  // a repeated call is a retry or a redundant read; an apply's verify reads repeat by design
  const repeated = Math.max(...runs.map((r) => r.requests.repeated)) - allowedRepeats;
  const last = runs[runs.length - 1];
  return target(
    `${name} = ${floor.total}, nothing else`,
    diffs.length === 0 && repeated <= 0,
    diffs.length === 0
      ? `${last.requests.total} in each of ${runs.length} runs ` +
          `(${routes(last.requests.byRoute)})${repeated > 0 ? `; ${repeated} repeated calls` : ''}`
      : diffs[0].join('; '),
    false,
  );
}

function driftTarget(name, summary, meta) {
  const e = meta.expected;
  const ok =
    summary.rooms_changed === e.changedRooms &&
    summary.add === e.add &&
    summary.remove === e.remove &&
    summary.update === e.update &&
    !summary.errored;
  return target(
    name,
    ok,
    `${summary.rooms_changed} rooms +${summary.add} -${summary.remove} ` +
      `~${summary.update}${summary.errored ? `, ${summary.errored} errored` : ''} (generated: ${e.changedRooms} ` +
      `rooms +${e.add} -${e.remove} ~${e.update})`,
    false,
  );
}

/** The ratio target of product vs reference medians. */
function ratioTarget(name, limit, product, reference) {
  const ratio = product.wallMs / reference.wallMs;
  return {
    ...target(
      `${name} ≤ ${limit}× the reference client`,
      ratio <= limit,
      `${ms(product.wallMs)} vs ${ms(reference.wallMs)} = ${x2(ratio)} (runs ${product.wallsMs.join('/')} vs ` +
        `${reference.wallsMs.join('/')} ms)`,
    ),
    ratio,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The cases

async function caseColdStart() {
  const r = await coldStart(cli(), { pairs: quick ? 5 : 15, cwd: ROOT });
  return {
    rows: [
      { label: '`whoot-rooms --help`', who: 'product', runs: r.pairs, wallMs: r.cliMs, wallsMs: r.cli.map(Math.round) },
      { label: '`node -e 0`', who: 'baseline', runs: r.pairs, wallMs: r.nodeMs, wallsMs: r.node.map(Math.round) },
    ],
    targets: [
      target(
        '`whoot-rooms --help` ≤ 1.3× `node -e 0` (paired medians)',
        r.ratio <= 1.3,
        `${r.cliMs.toFixed(1)} ms vs ${r.nodeMs.toFixed(1)} ms = ${x2(r.ratio)} (${r.pairs} pairs)`,
      ),
    ],
  };
}

async function caseValidate(scale) {
  const { treeDir } = org(scale);
  const baseline = [];
  const validate = [];
  for (let i = 0; i < pairs; i++) {
    // both started the same way (bench/measure.mjs), alternately
    const v = await runMeasured(cli(), ['validate', '--dir', treeDir], { env: { LOG_LEVEL: 'warn' } });
    if (v.code !== 0)
      throw new Error(`validate exited with ${v.code}:\n${v.stderr.trim().split('\n').slice(-10).join('\n')}`);
    validate.push(v);
    const b = await runMeasured(join(ROOT, 'bench', 'parse-baseline.mjs'), [treeDir]);
    if (b.code !== 0) throw new Error(`parse-baseline.mjs exited with ${b.code}:\n${b.stderr.trim()}`);
    baseline.push(b);
  }
  const val = row('`validate` (load + validate)', 'product', validate);
  const base = row('`yaml` parse only', 'baseline', baseline);
  const ratio = val.wallMs / base.wallMs;
  const rss = val.maxRssMb / base.maxRssMb;
  return {
    rows: [val, base],
    targets: [
      target(
        'validate ≤ 1.2× parse-only `yaml` (paired medians)',
        ratio <= 1.2,
        `${ms(val.wallMs)} vs ${ms(base.wallMs)} = ${x2(ratio)} (CPU ${ms(val.cpuMs)} vs ${ms(base.cpuMs)}; ` +
          `runs ${val.wallsMs.join('/')} vs ${base.wallsMs.join('/')} ms)`,
      ),
      target(
        'validate peak RSS ≤ 1.5× parse-only',
        rss <= 1.5,
        `${Math.round(val.maxRssMb)} MB vs ${Math.round(base.maxRssMb)} MB = ${x2(rss)}`,
        false,
      ),
    ],
  };
}

/** Plan pairs at 25 ms latency on one simulator: product, reference, product, reference, … */
async function planPairs(scale, limit) {
  const { seedPath, treeDir, desiredPath, meta } = org(scale);
  const sim = await startSim({ seedPath, latencyMs: LATENCY_MS, token: BENCH_TOKEN });
  const product = [];
  const reference = [];
  try {
    for (let i = 0; i < pairs; i++) {
      product.push(
        await measuredRun(
          sim,
          cli(),
          ['plan', '--dir', treeDir, '--format', 'json', '--concurrency', String(CONCURRENCY)],
          [0, 2],
        ),
      );
      reference.push(
        await measuredRun(sim, REFERENCE, ['plan', desiredPath, '--concurrency', String(CONCURRENCY)], [0]),
      );
    }
  } finally {
    await sim.stop();
  }
  const p = row(`plan, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}`, 'product', product);
  const r = row(`plan, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}`, 'reference', reference);
  const floor = readFloor(meta);
  const ratio = ratioTarget(`plan ${scale}`, limit, p, r);
  return {
    meta,
    product,
    rows: [p, r],
    ratio: ratio.ratio,
    targets: [
      ratio,
      floorTarget(`plan ${scale} requests: floor 1 + ⌈users/100⌉ + ⌈rooms/100⌉ + managed rooms`, product, floor),
      target(
        `plan ${scale} max in flight ≤ ${CONCURRENCY}`,
        p.maxInFlight <= CONCURRENCY,
        `${p.maxInFlight} (reference ${r.maxInFlight})`,
        false,
      ),
      driftTarget(`plan ${scale} finds exactly the generated drift`, product[product.length - 1].json.summary, meta),
      driftTarget(`reference client at ${scale} finds it too`, reference[reference.length - 1].json.summary, meta),
      floorTarget(`reference client at ${scale} requests`, reference, floor),
    ],
  };
}

async function casePlanM(scale) {
  const m = await planPairs(scale, 1.05);
  return { rows: m.rows, targets: m.targets };
}

async function casePlanL(scale) {
  const m = await planPairs(scale, 1.03);
  // Peak memory is highest without latency (answers arrive as fast as they are parsed): one more run there.
  const { seedPath, treeDir } = org(scale);
  const sim = await startSim({ seedPath, token: BENCH_TOKEN });
  let fast;
  try {
    fast = await measuredRun(
      sim,
      cli(),
      ['plan', '--dir', treeDir, '--format', 'json', '--concurrency', String(CONCURRENCY)],
      [0, 2],
    );
  } finally {
    await sim.stop();
  }
  const fastRow = row(`plan, no latency, concurrency ${CONCURRENCY}`, 'product', [fast]);
  const peak = Math.max(m.rows[0].maxRssMb, fastRow.maxRssMb);
  return {
    rows: [...m.rows, fastRow],
    targets: [
      m.targets[0],
      target(
        `plan ${scale} peak RSS ≤ 220 MB`,
        peak <= 220,
        `${Math.round(peak)} MB (25 ms latency: ${Math.round(m.rows[0].maxRssMb)} MB; no latency: ` +
          `${Math.round(fastRow.maxRssMb)} MB)`,
        false,
      ),
      ...m.targets.slice(1),
    ],
  };
}

/**
 * Puts the simulator back to its seed state after an apply: the rooms that differ from `before` get their
 * original member list again (through the API, paced like the reference when rate-limited), then the whole
 * state is compared with `before`. Outside any measured time; the counters are reset before the next run.
 */
async function restore(sim, before, rate) {
  // the run just drained the bucket: the restore's own pacing starts from a full one
  if (rate) await sim.refill();
  const after = await sim.state();
  const api = connect({
    url: sim.url,
    token: sim.token,
    concurrency: CONCURRENCY,
    rate,
    burst: rate ? BURST : undefined,
  });
  const key = (list) => JSON.stringify([...list].sort((a, b) => (a.user_id < b.user_id ? -1 : 1)));
  const changed = Object.keys(before.members).filter((id) => key(before.members[id]) !== key(after.members[id] ?? []));
  await Promise.all(changed.map((id) => api.call('PUT', `/rooms/${id}/members`, { members: before.members[id] })));
  api.close();
  const now = await sim.state();
  const still = Object.keys(before.members).filter((id) => key(before.members[id]) !== key(now.members[id] ?? []));
  if (still.length > 0) throw new Error(`could not restore the simulator's state: ${still.length} rooms differ`);
  if (rate) await sim.refill();
  return changed.length;
}

/** Apply pairs on one simulator, restored to the seed state after every run. */
async function applyPairs(scale, simOpts, referenceArgs) {
  const { seedPath, treeDir, desiredPath, meta } = org(scale);
  const sim = await startSim({ seedPath, token: BENCH_TOKEN, ...simOpts });
  const product = [];
  const reference = [];
  try {
    const before = await sim.state();
    for (let i = 0; i < pairs; i++) {
      product.push(
        await measuredRun(
          sim,
          cli(),
          ['apply', '--dir', treeDir, '--auto-approve', '--format', 'json', '--concurrency', String(CONCURRENCY)],
          [0, 1],
        ),
      );
      await restore(sim, before, simOpts.rateLimit);
      reference.push(
        await measuredRun(
          sim,
          REFERENCE,
          ['apply', desiredPath, '--concurrency', String(CONCURRENCY), ...referenceArgs],
          [0],
        ),
      );
      await restore(sim, before, simOpts.rateLimit);
    }
  } finally {
    await sim.stop();
  }
  const floor = applyFloor(meta);
  const last = product[product.length - 1];
  const summary = last.json.summary ?? {};
  const failed = summary.failed ?? last.json.failed?.length;
  const distinct = last.requests.putRooms.size;
  const checks = [
    floorTarget(
      `apply ${scale} requests: plan floor + 1 verify GET + 1 PUT per changed room (${meta.expected.changedRooms})`,
      product,
      floor,
      meta.expected.changedRooms,
    ),
    target(
      `apply ${scale}: exit 0, every changed room applied once, none failed`,
      product.every((r) => r.code === 0) &&
        summary.applied === meta.expected.changedRooms &&
        failed === 0 &&
        distinct === meta.expected.changedRooms,
      `exit ${product.map((r) => r.code).join('/')}, applied ${summary.applied}, failed ${failed}, skipped ` +
        `${summary.skipped}, PUTs to ${distinct} distinct rooms`,
      false,
    ),
    target(
      `reference client at ${scale}: every changed room applied, requests at the floor`,
      reference.every(
        (r) =>
          r.json.summary.applied === meta.expected.changedRooms && floorDiff(r.requests.byRoute, floor).length === 0,
      ),
      `applied ${reference.map((r) => r.json.summary.applied).join('/')}, requests ` +
        `${reference.map((r) => r.requests.total).join('/')}`,
      false,
    ),
  ];
  return { meta, floor, product, reference, checks };
}

async function caseApply(scale) {
  const m = await applyPairs(scale, { latencyMs: LATENCY_MS }, []);
  const p = row(
    `apply, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}, ${m.meta.expected.changedRooms} changed rooms`,
    'product',
    m.product,
  );
  const r = row(
    `apply, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}, ${m.meta.expected.changedRooms} changed rooms`,
    'reference',
    m.reference,
  );
  return {
    rows: [p, r],
    targets: [ratioTarget(`apply ${scale} (${m.meta.expected.changedRooms} changed rooms)`, 1.05, p, r), ...m.checks],
  };
}

async function caseRateLimited(scale) {
  const m = await applyPairs(scale, { rateLimit: RATE_LIMIT }, [
    '--rate',
    String(RATE_LIMIT),
    '--burst',
    String(BURST),
  ]);
  // No client can finish sooner: the first BURST requests go at once, every further one waits for a token.
  const floorMs = (Math.max(0, m.floor.total - BURST) / RATE_LIMIT) * 1000;
  const label = `apply, ${RATE_LIMIT} requests/s (burst ${BURST}), no latency, concurrency ${CONCURRENCY}`;
  const p = row(label, 'product', m.product);
  const r = row(label, 'reference', m.reference);
  p.limitMs = floorMs;
  r.limitMs = floorMs;
  // (at S every request fits in the burst: no floor to compare with)
  const ratio = floorMs > 0 ? p.wallMs / floorMs : Infinity;
  const total429 = m.product.reduce((n, x) => n + x.requests.status429, 0);
  return {
    rows: [p, r],
    targets: [
      target(
        `rate-limited apply ${scale} ≤ 1.05× the token-bucket floor (${m.floor.total} requests − ${BURST} ` +
          `burst) / ${RATE_LIMIT}/s`,
        ratio <= 1.05,
        `${ms(p.wallMs)} vs floor ${ms(floorMs)} = ${x2(ratio)} (reference ${ms(r.wallMs)} = ` +
          `${x2(r.wallMs / floorMs)}; runs ${p.wallsMs.join('/')} ms)`,
      ),
      target(
        `rate-limited apply ${scale}: zero 429 answers`,
        total429 === 0,
        `${total429} in ${m.product.length} runs (reference: ` +
          `${m.reference.reduce((n, x) => n + x.requests.status429, 0)})`,
        false,
      ),
      ...m.checks,
    ],
  };
}

const CASES = { 1: caseColdStart, 2: caseValidate, 3: casePlanM, 4: casePlanL, 5: caseApply, 6: caseRateLimited };

// ---------------------------------------------------------------------------------------------------------

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  ensureBuilt();
  const startedAt = new Date();
  const loadBefore = loadavg();
  const t0 = performance.now();
  const cases = [];
  for (const id of selected) {
    const scale = scaleOf(id);
    log(`case ${id} (${CASE_TITLES[id]}) at scale ${scale}…`);
    const tc = performance.now();
    try {
      cases.push({ id, scale, title: CASE_TITLES[id], ...(await CASES[id](scale)) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log(`case ${id} failed: ${message}`);
      cases.push({ id, scale, title: CASE_TITLES[id], error: message, rows: [], targets: [] });
    }
    log(`case ${id} done in ${ms(performance.now() - tc)}`);
    for (const line of targetLines([cases[cases.length - 1]], quick)) process.stdout.write(`${line}\n`);
  }
  const full = !quick && !values.case && !values.scale;
  const asserted = (t) => !quick || !t.timed;
  const results = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - t0),
    command: full
      ? `npm run bench${values.pairs ? ` -- --pairs ${pairs}` : ''}`
      : `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    quick,
    commit: gitHead(),
    options: {
      cases: selected,
      pairs,
      latencyMs: LATENCY_MS,
      concurrency: CONCURRENCY,
      rateLimit: RATE_LIMIT,
      burst: BURST,
      simulatorNiceness: simulatorPriority(),
    },
    machine: {
      ...machineInfo(),
      loadAverage: {
        before: loadBefore.map((x) => Math.round(x * 100) / 100),
        after: loadavg().map((x) => Math.round(x * 100) / 100),
      },
    },
    orgs: Object.fromEntries([...orgs].map(([s, o]) => [s, o.meta])),
    allPass: cases.every((c) => !c.error && c.targets.filter(asserted).every((t) => t.pass)),
    cases,
  };
  mkdirSync(OUT, { recursive: true });
  const resultsPath = full ? join(ROOT, 'bench', 'results.json') : join(OUT, 'results.json');
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  // every full run is kept under bench/out/runs/ (the committed results.json is the last one)
  if (full) {
    mkdirSync(join(OUT, 'runs'), { recursive: true });
    writeFileSync(join(OUT, 'runs', `${results.startedAt.replace(/[:.]/g, '-')}.json`), readFileSync(resultsPath));
    updatePerformanceDoc(join(ROOT, 'docs', 'performance.md'), results);
  }
  if (!quick)
    process.stdout.write(`\n## Targets\n\n${targetTable(cases)}\n\n## Measurements\n\n${measurementTable(cases)}\n\n`);
  const missed =
    cases.flatMap((c) => c.targets).filter((t) => !t.pass && asserted(t)).length + cases.filter((c) => c.error).length;
  process.stdout.write(
    `${quick ? 'bench quick (S scale, times not asserted)' : 'bench'}: ` +
      `${missed === 0 ? 'every target ok' : `${missed} MISS`} (load average ` +
      `${results.machine.loadAverage.before.join(' ')} → ${results.machine.loadAverage.after.join(' ')})\n`,
  );
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
