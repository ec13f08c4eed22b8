// Process control for the benchmark: the simulator in its own process, the CLI as a real measured process.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/** the query parameter that marks the benchmark's own clock-alignment request in the simulator's log */
export const MARKER = 'bench_marker';

const MEASURE = join(ROOT, 'bench', 'measure.mjs');

/**
 * Runs `node bench/measure.mjs <script> ...args` and measures it: wall time from spawn to exit (start-up
 * included, as a user sees it), CPU time (user + sys) and peak RSS as the kernel reports them for that process.
 * @param {string} script path of the module to run (the CLI bundle or a bench script)
 * @param {string[]} args its argv
 * @param {{ env?: Record<string,string>, nodeArgs?: string[], timeoutMs?: number }} [opts]
 */
export async function runMeasured(script, args, opts = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'whoot-bench-'));
  const usageFile = join(tmp, 'usage.json');
  const env = { ...process.env, ...opts.env, BENCH_USAGE_FILE: usageFile };
  const started = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), MEASURE, script, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: ROOT,
  });
  const stdout = [];
  const stderr = [];
  child.stdout.on('data', (c) => stdout.push(c));
  child.stderr.on('data', (c) => stderr.push(c));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  let usage = null;
  try {
    usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  } catch {
    // killed before exit: no usage recorded
  }
  rmSync(tmp, { recursive: true, force: true });
  return {
    code,
    startedAt: started,
    endedAt: started + wallMs,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    wallMs,
    cpuMs: usage ? usage.userCpuMs + usage.systemCpuMs : null,
    maxRssMb: usage ? usage.maxRssKb / 1024 : null,
  };
}

/** The CLI bundle (the package bin). */
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli.js');

/**
 * The CLI the benchmark runs: dist/ as it was when the run started, copied to bench/out/dist/ (other people's
 * `npm test` rebuilds dist/ while a benchmark runs; a run must measure one build throughout).
 */
let cliPath = CLI_BUNDLE;
export const cli = () => cliPath;
export function snapshotDist() {
  const to = join(ROOT, 'bench', 'out', 'dist');
  rmSync(to, { recursive: true, force: true });
  // BENCH_DIST: measure another build (a copy of a known-good dist/) instead of dist/
  cpSync(process.env.BENCH_DIST ?? join(ROOT, 'dist'), to, { recursive: true });
  cliPath = join(to, 'cli.js');
  return cliPath;
}

/** the niceness the simulator runs at when the machine allows it (see raisePriority) */
export const SIM_NICENESS = -10;
let priorityWarned = false;
/** the niceness the last simulator got (null before any was started) */
let simPriority = null;
export const simulatorPriority = () => simPriority;

/**
 * A real whoot API runs on its own machines; here the simulator shares two cores with the CLI under test. It
 * runs at a higher priority so that its answers leave when its latency model says (it needs ~0.4 ms of CPU per
 * request) instead of whenever the client's GC or compiler threads leave it a core. Without the privilege
 * (not root, no CAP_SYS_NICE) it runs at normal priority and the results say so.
 */
function raisePriority(pid) {
  try {
    setPriority(pid, SIM_NICENESS);
    simPriority = SIM_NICENESS;
  } catch (err) {
    simPriority = 0;
    if (!priorityWarned)
      process.stderr.write(
        `[bench] simulator left at normal priority (${err.code ?? err.message}): its latency may run long under load\n`,
      );
    priorityWarned = true;
  }
}
/**
 * Starts `whoot-rooms sim` in its own process and waits for its ready line.
 * @param {{ seedPath: string, latencyMs?: number, rateLimit?: number, token: string, nodeArgs?: string[] }} opts
 * @returns {Promise<Sim>}
 */
export async function startSim(opts) {
  const args = [
    ...(opts.nodeArgs ?? []),
    cliPath,
    'sim',
    '--seed',
    opts.seedPath,
    '--port',
    '0',
    '--latency-ms',
    String(opts.latencyMs ?? 0),
  ];
  if (opts.rateLimit) args.push('--rate-limit', String(opts.rateLimit));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  raisePriority(child.pid);
  let out = '';
  let err = '';
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`the simulator did not report ready within 60 s\n${out}${err}`)),
      60_000,
    );
    const fail = (e) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    child.on('exit', (code) =>
      fail(new Error(`the simulator exited with code ${code} before it was ready:\n${out}${err}`)),
    );
    child.stderr.on('data', (c) => (err += c));
    child.stdout.on('data', (c) => {
      out += c;
      const found = readyLine(out);
      if (found) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(found);
      }
    });
  });
  // keep draining output so the simulator never blocks on a full pipe
  child.stdout.resume();
  const sim = new Sim(child, ready.url.replace(/\/+$/, ''), opts.token ?? ready.token);
  await sim.warmUp();
  await sim.alignClock();
  // The warm-up drew on the key's rate-limit bucket: let it fill again (one second of refill) before measuring.
  if (opts.rateLimit) await sim.refill();
  return sim;
}

/**
 * The simulator's ready line: `WHOOT_SIM_READY {"url","token"}` (a bare JSON line with `url` is accepted too).
 * @returns {{ url: string, token?: string } | null}
 */
function readyLine(text) {
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^WHOOT_SIM_READY\s+/, '');
    if (!t.startsWith('{')) continue;
    try {
      const j = JSON.parse(t);
      if (typeof j.url === 'string') return j;
    } catch {
      // not (yet) a whole JSON line
    }
  }
  return null;
}

export class Sim {
  constructor(child, url, token) {
    this.child = child;
    this.url = url;
    this.token = token;
    /** the harness clock (performance.now()) minus the simulator's log clock: set by alignClock */
    this.clockOffsetMs = null;
  }

  /**
   * Puts the simulator's request log on this process's clock, once: one marked request (`GET /me?bench_marker=1`)
   * whose send time is noted here and whose arrival time the log holds. The log is reset afterwards.
   */
  async alignClock() {
    const { sentAt } = await this.mark();
    const marker = (await this.log()).find((e) => e.query?.includes(MARKER));
    if (marker) this.clockOffsetMs = sentAt - marker.time;
    await this.resetStats();
  }

  /** Waits until a drained rate-limit bucket is full again (its capacity is one second of refill). */
  refill() {
    return new Promise((resolve) => setTimeout(resolve, 1200));
  }

  /** The whole live state (users, rooms, members by room id), read without latency or rate limit. */
  state() {
    return this.admin('GET', 'state');
  }

  async admin(method, path) {
    const res = await fetch(`${this.url}/_sim/${path}`, { method });
    if (!res.ok) throw new Error(`simulator ${method} /_sim/${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  }

  /**
   * Sends one marked request (`GET /me?bench_marker=…`) and notes when it left, so request times in the
   * simulator's log (ms since the simulator started) can be placed on this process's clock.
   * summariseLog leaves the marker out of every count.
   */
  async mark() {
    const sentAt = performance.now();
    const res = await fetch(`${this.url}/me?${MARKER}=1`, { headers: { Authorization: `Bearer ${this.token}` } });
    await res.arrayBuffer();
    return { sentAt };
  }

  /**
   * A real API has been serving for a while; a fresh simulator process has not, and its first answers of each
   * kind run as cold code (several ms late). Before anything is measured it answers a few rounds of every read
   * the benchmark makes (users, rooms and member pages; nothing that changes its state). Each case resets
   * the simulator's counters before it measures.
   */
  async warmUp(rounds = 6) {
    const headers = { Authorization: `Bearer ${this.token}` };
    const get = async (path) => {
      const res = await fetch(`${this.url}${path}`, { headers });
      if (!res.ok) throw new Error(`simulator warm-up GET ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const rooms = (await get('/rooms?limit=100')).rooms ?? [];
    for (let i = 0; i < rounds; i++) {
      await Promise.all([
        get(`/users?limit=100&offset=${i * 100}`),
        get(`/rooms?limit=100&offset=${i * 100}`),
        ...rooms.slice(i * 6, i * 6 + 6).map((r) => get(`/rooms/${r.id}/members`)),
      ]);
    }
    await this.resetStats();
  }

  /** counters since start / the last reset: requests, byMethod, byStatus, status429, maxInFlight */
  stats() {
    return this.admin('GET', 'stats');
  }

  /** the request log since start / the last reset (method, path, status) */
  log() {
    return this.admin('GET', 'log');
  }

  resetStats() {
    return this.admin('POST', 'reset-stats');
  }

  /** CPU time (user + sys) the simulator process has used so far, from /proc (null where there is no /proc). */
  cpuMs() {
    try {
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      // fields after the command name (which may contain spaces): utime and stime are the 12th and 13th
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
    } catch {
      return null;
    }
  }

  /** The environment the CLI needs to talk to this simulator. */
  env() {
    return { WHOOT_API_URL: this.url, WHOOT_API_TOKEN: this.token, LOG_LEVEL: 'warn' };
  }

  async stop() {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

let ticks;
function clockTicks() {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}
