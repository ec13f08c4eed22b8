import { spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/commands/common.js';
import { main } from '../../src/commands/main.js';
import { startSimulator } from '../../src/sim/index.js';
import type { SimSeed } from '../../src/sim/seed-types.js';
import type { RequestLogEntry, SimulatorHandle, SimulatorOptions } from '../../src/sim/types.js';
import { CANARY_TOKEN, recordCapture } from '../support/captures.js';
import type { IncomingHttpHeaders } from 'node:http';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'cli.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** called once the process has started, e.g. to signal it later */
  onSpawn?: (pid: number, output: { stdout: () => string; stderr: () => string }) => void;
}

/**
 * Run the built CLI as a separate process, asynchronously: the simulator lives in this test's event loop, so a
 * synchronous spawn would block the very server the CLI talks to. The smoke tests of the real entry, and the
 * stories that need a process: signals, the proxy and CA variables Node reads at start, exit without a flush.
 */
export function runCliProcess(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: opts.cwd ?? root,
      env: cliEnv(opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // Everything a user sees, for the suite-wide canary scan (test/global-setup.ts).
      recordCapture(`e2e ${args.slice(0, 1).join(' ')} stdout`, stdout);
      recordCapture(`e2e ${args.slice(0, 1).join(' ')} stderr`, stderr);
      resolve({ code, signal, stdout, stderr });
    });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid, { stdout: () => stdout, stderr: () => stderr });
  });
}

/** The environment the CLI gets: nothing of this process's but PATH and HOME. */
function cliEnv(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env };
}

/** A stream that keeps what is written to it, and is not a terminal (as a pipe to a child process is not). */
function captureStream(): { stream: Writable & { isTTY: false }; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      done();
    },
  });
  return { stream: Object.assign(stream, { isTTY: false as const }), text: () => text };
}

/**
 * Run `whoot-rooms …` as the bin does, in this process: the CLI's `main(argv, io)` with the same environment,
 * working directory, closed stdin and non-terminal stdout/stderr a child process gets. Stories run without a
 * process start each; `runCliProcess` keeps the built entry covered, and a story that needs a process
 * (`onSpawn`) gets one.
 */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  if (opts.onSpawn) return runCliProcess(args, opts);
  const out = captureStream();
  const err = captureStream();
  const stdin = Object.assign(Readable.from([]), { isTTY: false as const });
  const io: CliIo = { stdout: out.stream, stderr: err.stream, stdin, env: cliEnv(opts.env), cwd: opts.cwd ?? root };
  const code = await main(args, io);
  const stdout = out.text();
  const stderr = err.text();
  recordCapture(`e2e ${args.slice(0, 1).join(' ')} stdout`, stdout);
  recordCapture(`e2e ${args.slice(0, 1).join(' ')} stderr`, stderr);
  return { code, signal: null, stdout, stderr };
}

/** A temporary desired-state tree from `{ 'rooms/eq.yaml': '…' }`; removed by `cleanup`. */
export function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'whoot-rooms-e2e-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A simulator plus the env the CLI needs to reach it. */
export async function simulator(
  seed: SimSeed,
  opts: SimulatorOptions = {},
): Promise<{ sim: SimulatorHandle; env: NodeJS.ProcessEnv }> {
  // The canary is the key unless the seed names its own: any echo of it fails the run (test/global-setup.ts).
  const keyed: SimSeed = seed.tokens
    ? seed
    : {
        ...seed,
        tokens: [
          { token: CANARY_TOKEN, scopes: ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'] },
        ],
      };
  const sim = await startSimulator({ seed: keyed, port: 0, host: '127.0.0.1', randomSeed: 1, ...opts });
  return { sim, env: { WHOOT_API_URL: sim.url, WHOOT_API_TOKEN: sim.token } };
}

export const writes = (log: RequestLogEntry[]): RequestLogEntry[] => log.filter((e) => e.method !== 'GET');

/** The simulator's members of a room by name, as `email` / `email (tx)` strings, sorted. */
export function membersOf(sim: SimulatorHandle, roomName: string): string[] {
  const snap = sim.snapshot();
  const room = snap.rooms.find((r) => r.name === roomName);
  if (!room) throw new Error(`no room ${roomName}`);
  const email = new Map(snap.users.map((u) => [u.id, u.email]));
  return (snap.members[room.id] ?? []).map((m) => `${email.get(m.user_id)}${m.tx_permission ? ' (tx)' : ''}`).sort();
}

export function roomId(sim: SimulatorHandle, roomName: string): string {
  const room = sim.snapshot().rooms.find((r) => r.name === roomName);
  if (!room) throw new Error(`no room ${roomName}`);
  return room.id;
}

export interface OwnAnswer {
  status: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export interface ProxyRule {
  /**
   * answer this request itself instead of forwarding it: `body` is sent as JSON, `text` as it is (with
   * `headers`); `headers` of the request are given for answers that echo them
   */
  answer?: (method: string, path: string, headers: IncomingHttpHeaders) => OwnAnswer | undefined;
  /** called after a forwarded request has been answered (e.g. to edit the simulator "meanwhile") */
  after?: (method: string, path: string) => void;
}

/**
 * An HTTP proxy in front of the simulator that can answer chosen requests itself (a 403 for one room, a 422
 * for another): permanent failures the simulator has no switch for.
 */
export async function proxy(target: string, rule: ProxyRule): Promise<{ url: string; stop: () => Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const own = rule.answer?.(method, path, req.headers);
      if (own) {
        const type = own.text === undefined ? 'application/json' : 'text/plain';
        res.writeHead(own.status, { 'content-type': type, ...own.headers }).end(own.text ?? JSON.stringify(own.body));
        return;
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers.set(k, v);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      fetch(target + (req.url ?? '/'), { method, headers, ...(body ? { body } : {}) })
        .then(async (answer) => {
          const text = Buffer.from(await answer.arrayBuffer());
          const out: Record<string, string> = {};
          answer.headers.forEach((v, k) => {
            if (k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection' && k !== 'keep-alive')
              out[k] = v;
          });
          rule.after?.(method, path);
          res.writeHead(answer.status, out).end(text);
        })
        .catch((err: unknown) => res.writeHead(502).end(String(err)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy: no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
