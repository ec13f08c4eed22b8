import { existsSync, readFileSync } from 'node:fs';
import { ALL_SCOPES, loadSeedFile, startSimulator, type SimFaults, type SimSeed } from '../sim/index.js';
import { dirname, join, resolve } from 'node:path';
import { UsageError, type CliIo } from './common.js';
import { commandLogger } from './logger.js';
import { cliCommand, shownPath } from './invocation.js';
import { parseOrHelp, type CommandSpec } from './options.js';
import { watchInterrupts } from '../interrupt.js';

const SPEC = {
  name: 'sim',
  description: ['Run the whoot Management API simulator (in memory, over HTTP) for demos, tests and benchmarks.'],
  options: {
    host: { type: 'string', arg: 'HOST', help: 'bind address (default 127.0.0.1)' },
    port: { type: 'string', arg: 'N', help: 'port, 0 = any free port (default 4010)' },
    seed: { type: 'string', arg: 'FILE', help: 'seed file, YAML or JSON: users, rooms (members by email), tokens' },
    token: {
      type: 'string',
      multiple: true,
      arg: 'TOKEN=SCOPES',
      help:
        'accept TOKEN with comma-separated scopes (repeatable; TOKEN alone = all scopes);\n' +
        'without tokens in the seed or here, the token is "sim-token" with all scopes',
    },
    state: {
      type: 'string',
      arg: 'FILE',
      help: 'persist the state as JSON after every write; loaded at start when it exists',
    },
    'latency-ms': { type: 'string', arg: 'N', help: 'added latency per request (default 0)' },
    'jitter-ms': { type: 'string', arg: 'N', help: 'plus a uniform random 0..N ms (default 0)' },
    'rate-limit': {
      type: 'string',
      arg: 'N[/s]',
      help: 'token bucket per key: N requests per second (429 + Retry-After beyond it)',
    },
    'base-path': { type: 'string', arg: 'PATH', help: 'serve the API under a path prefix, e.g. /v1/acme' },
    'fault-429': { type: 'string', arg: 'P', help: 'probability (0..1) of an injected 429 per request' },
    'fault-500': { type: 'string', arg: 'P', help: 'probability of an injected 500' },
    'fault-503': { type: 'string', arg: 'P', help: 'probability of an injected 503' },
    'fault-drop': { type: 'string', arg: 'P', help: 'probability of dropping the connection without an answer' },
    'fault-spike': { type: 'string', arg: 'P', help: 'probability of a latency spike of --spike-ms' },
    'spike-ms': { type: 'string', arg: 'N', help: 'the length of an injected latency spike (default 5000)' },
    'retry-after': { type: 'string', arg: 'N', help: 'Retry-After seconds on injected 429s (default 1)' },
    faults: {
      type: 'string',
      arg: 'FILE',
      help:
        'fault settings as JSON (SimFaults, including targeted rules by method and path;\n' +
        "a rule's truncate/bareArray reshape list answers)",
    },
    'random-seed': { type: 'string', arg: 'N', help: 'make jitter and faults reproducible' },
    'stats-on-exit': { type: 'boolean', help: 'print a WHOOT_SIM_STATS {json} line on stdout when stopped' },
  },
  footer: [
    'On start it prints the URL, the token, commands to try, and one machine-readable line:',
    '  WHOOT_SIM_READY {"url":"http://127.0.0.1:4010","token":"sim-token"}',
    'Simulator-only endpoints (no auth): GET /_sim/stats, POST /_sim/reset-stats, GET /_sim/log,',
    'GET /_sim/state, PUT /_sim/faults, POST /_sim/console-edit (with "after_reads": N, armed for',
    "after the Nth full read of the room's members). Stops on SIGINT/SIGTERM. --log-level debug logs every",
    'request to stderr.',
  ],
} as const satisfies CommandSpec;

function probability(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new UsageError(`--${name} must be a probability between 0 and 1, got "${value}"`);
  return n;
}

function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

/** `--token TOKEN=SCOPE,SCOPE` → a seed token (TOKEN alone = every scope). */
export function parseTokenFlag(value: string): { token: string; scopes: string[] } {
  const eq = value.indexOf('=');
  const token = eq === -1 ? value : value.slice(0, eq);
  if (!token) throw new UsageError(`--token must be TOKEN or TOKEN=SCOPE,SCOPE, got "${value}"`);
  if (eq === -1) return { token, scopes: [...ALL_SCOPES] };
  const scopes = value
    .slice(eq + 1)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of scopes) {
    if (!(ALL_SCOPES as readonly string[]).includes(s))
      throw new UsageError(`--token: unknown scope "${s}" (known: ${ALL_SCOPES.join(', ')})`);
  }
  return { token, scopes };
}

/** `--rate-limit 200/s` or `200` → 200. */
export function parseRateLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(?:\/s)?$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new UsageError(`--rate-limit must be N or N/s with N > 0, got "${value}"`);
  return Number(m[1]);
}

function readFaultsFile(path: string): SimFaults {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`--faults ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UsageError(`--faults ${path}: expected a JSON object`);
  return data;
}

/** `whoot-rooms sim`: run the simulator until SIGINT/SIGTERM. */
export default async function sim(argv: string[], io: CliIo): Promise<number> {
  const values = parseOrHelp(argv, SPEC, io.stdout);
  if (!values) return 0;
  const logger = commandLogger(values, io);
  const port = nonNegativeInt('port', values.port) ?? 4010;
  if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
  const seed: SimSeed = values.seed ? loadSeedFile(values.seed) : {};
  const flagTokens = (values.token ?? []).map(parseTokenFlag);
  if (flagTokens.length > 0) seed.tokens = [...(seed.tokens ?? []), ...flagTokens];
  const faults: SimFaults = {
    ...(values.faults ? readFaultsFile(values.faults) : {}),
  };
  const set = <K extends keyof SimFaults>(k: K, v: SimFaults[K] | undefined): void => {
    if (v !== undefined) faults[k] = v;
  };
  set('p429', probability('fault-429', values['fault-429']));
  set('p500', probability('fault-500', values['fault-500']));
  set('p503', probability('fault-503', values['fault-503']));
  set('pDrop', probability('fault-drop', values['fault-drop']));
  set('pSpike', probability('fault-spike', values['fault-spike']));
  faults.spikeMs = nonNegativeInt('spike-ms', values['spike-ms']) ?? faults.spikeMs ?? 5000;
  faults.retryAfterSeconds = nonNegativeInt('retry-after', values['retry-after']) ?? faults.retryAfterSeconds ?? 1;
  const stateExisted = values.state !== undefined && existsSync(values.state);
  const handle = await startSimulator({
    seed,
    host: values.host ?? '127.0.0.1',
    port,
    latencyMs: nonNegativeInt('latency-ms', values['latency-ms']),
    jitterMs: nonNegativeInt('jitter-ms', values['jitter-ms']),
    rateLimit: parseRateLimit(values['rate-limit']),
    statePath: values.state,
    basePath: values['base-path'],
    randomSeed: nonNegativeInt('random-seed', values['random-seed']),
    faults,
    maxLogEntries: 200_000,
    onRequest: (e) =>
      logger.debug(
        { method: e.method, path: e.path, query: e.query, status: e.status, ms: e.durationMs, injected: e.injected },
        'request',
      ),
  }).catch((err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new UsageError(
        `port ${port} on ${values.host ?? '127.0.0.1'} is already in use: choose another with --port (0 = any ` +
          `free port)`,
      );
    if (code === 'EADDRNOTAVAIL')
      throw new UsageError(`cannot bind to ${values.host ?? ''}: not an address of this machine`);
    throw err;
  });
  const snap = handle.snapshot();
  const stateNote = values.state
    ? stateExisted
      ? `, state loaded from ${values.state} (the seed's users and rooms are not used)`
      : `, state saved to ${values.state}`
    : '';
  const tokens =
    seed.tokens && seed.tokens.length > 0 ? seed.tokens : [{ token: handle.token, scopes: [...ALL_SCOPES] }];
  io.stdout.write(
    [
      `whoot simulator listening on ${handle.url}`,
      `  ${snap.users.length} users, ${snap.rooms.length} rooms${stateNote}`,
      ...tokens.map((t) => `  token ${t.token} (${t.scopes.join(', ') || 'no scopes'})`),
      ...tryLines(io, handle.url, handle.token, values.seed),
      `WHOOT_SIM_READY ${JSON.stringify({ url: handle.url, token: handle.token })}`,
      '',
    ].join('\n'),
  );

  // Runs until SIGINT or SIGTERM (the shared interrupt rule); a second signal then ends the process as usual.
  const interrupts = watchInterrupts({});
  const signal = await new Promise<string>((resolve) => {
    interrupts.signal.addEventListener('abort', () => resolve(interrupts.received() ?? 'SIGTERM'), { once: true });
  });
  interrupts.dispose();
  const stats = handle.stats();
  await handle.stop();
  if (values['stats-on-exit']) io.stdout.write(`WHOOT_SIM_STATS ${JSON.stringify(stats)}\n`);
  logger.info(`simulator stopped (${signal}) after ${stats.requests} requests`);
  return 0;
}

/**
 * Commands that work from where the simulator was started: the tree next to the seed (examples/acme for its
 * sim-seed.yaml) when there is one, else an export to start a tree from; the bin as it can be run from here.
 */
function tryLines(io: CliIo, url: string, token: string, seed: string | undefined): string[] {
  const env = `WHOOT_API_URL=${url} WHOOT_API_TOKEN=${token}`;
  const cli = cliCommand(io.cwd, io.env);
  const tree = seed === undefined ? undefined : dirname(resolve(io.cwd, seed));
  if (tree !== undefined && existsSync(join(tree, 'rooms'))) {
    return [`  try: ${env} ${cli} plan --dir ${shownPath(io.cwd, tree)}`];
  }
  return [`  try: ${env} ${cli} export --out sim-rooms`, `  then: ${env} ${cli} plan --dir sim-rooms`];
}
