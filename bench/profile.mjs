#!/usr/bin/env node
// Profiles one CLI command on a generated org with `node --cpu-prof` and prints where the time goes:
// the top functions by self time and by inclusive time (each function counted once per sample stack).
//
//   node bench/profile.mjs validate L
//   node bench/profile.mjs plan M [--latency-ms 25] [--concurrency 8]
//   node bench/profile.mjs apply M [--latency-ms 25] [--rate-limit 200]
//   node bench/profile.mjs plan M --profile-sim        (profile the simulator process instead of the CLI)
//   node bench/profile.mjs summarise FILE.cpuprofile     (an existing profile)
// Profiles are kept in bench/out/prof/ (open them in Chrome DevTools or speedscope for the flame graph).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_TOKEN, generate } from './generate.mjs';
import { OUT, ROOT } from './lib/paths.mjs';
import { CLI_BUNDLE, startSim } from './lib/processes.mjs';

/** Self and inclusive time per function (name + location) from a .cpuprofile. */
export function summariseProfile(profile, top = 25) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const f = n.callFrame;
    const url = f.url ? relative(ROOT, f.url.replace(/^file:\/\//, '')) : '';
    return `${f.functionName || '(anonymous)'} ${url ? `${url}:${f.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    total += dt;
    const leaf = nodes.get(id);
    const k = key(leaf);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let n = leaf; n; n = nodes.get(parent.get(n.id))) {
      const kk = key(n);
      if (seen.has(kk)) continue;
      seen.add(kk);
      inclusive.set(kk, (inclusive.get(kk) ?? 0) + dt);
    }
  });
  const rank = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => ({ ms: Math.round(v), pct: Math.round((v / total) * 1000) / 10, fn: k }));
  return { totalMs: Math.round(total), self: rank(self), inclusive: rank(inclusive) };
}

function printSummary(s) {
  const fmt = (rows) =>
    rows.map((r) => `  ${String(r.ms).padStart(6)} ms ${String(r.pct).padStart(5)}%  ${r.fn}`).join('\n');
  process.stdout.write(
    `sampled ${s.totalMs} ms\n\nTop by self time:\n${fmt(s.self)}\n\nTop by inclusive time:\n${fmt(s.inclusive)}\n`,
  );
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'latency-ms': { type: 'string', default: '0' },
      'rate-limit': { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      top: { type: 'string', default: '25' },
      'profile-sim': { type: 'boolean', default: false },
    },
  });
  const [command, arg] = positionals;
  const top = Number(values.top);
  if (command === 'summarise') {
    printSummary(summariseProfile(JSON.parse(readFileSync(arg, 'utf8')), top));
    return;
  }
  if (!['validate', 'plan', 'apply'].includes(command) || !['S', 'M', 'L'].includes(arg)) {
    process.stderr.write(
      'usage: node bench/profile.mjs validate|plan|apply S|M|L [--latency-ms N] [--concurrency N]\n       node ' +
        'bench/profile.mjs summarise FILE.cpuprofile\n',
    );
    process.exitCode = 1;
    return;
  }
  const { treeDir, seedPath } = generate({ scale: arg });
  const profileSim = values['profile-sim'] && command !== 'validate';
  const dir = join(OUT, 'prof', `${command}-${arg}${profileSim ? '-sim' : ''}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const prof = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250'];
  const sim =
    command === 'validate'
      ? null
      : await startSim({
          seedPath,
          latencyMs: Number(values['latency-ms']),
          rateLimit: values['rate-limit'] ? Number(values['rate-limit']) : undefined,
          token: BENCH_TOKEN,
          nodeArgs: profileSim ? prof : [],
        });
  try {
    const args = [command, '--dir', treeDir];
    if (command !== 'validate') args.push('--concurrency', values.concurrency, '--format', 'json');
    if (command === 'apply') args.push('--auto-approve');
    const env = { ...process.env, ...(sim ? sim.env() : {}), LOG_LEVEL: 'warn' };
    const t0 = performance.now();
    const code = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [...(profileSim ? [] : prof), CLI_BUNDLE, ...args], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    process.stdout.write(
      `whoot-rooms ${command} (${arg}) exited ${code} after ${Math.round(performance.now() - t0)} ms wall\n`,
    );
  } finally {
    await sim?.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  process.stdout.write(`profile: ${relative(ROOT, join(dir, file))}\n`);
  printSummary(summariseProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), top));
}

await main();
