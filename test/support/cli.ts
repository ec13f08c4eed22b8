/**
 * The real-process harness for the reliability suites: the simulator in this process (seeded with the canary
 * key), the built CLI as a child process, and every output recorded for the suite-wide canary scan.
 */
import { startSimulator } from '../../src/sim/index.js';
import type { SimSeed } from '../../src/sim/seed-types.js';
import type { RequestLogEntry, SimulatorHandle, SimulatorOptions } from '../../src/sim/types.js';
import { runCli as runProcess, type CliResult, type RunOptions } from '../e2e/helpers.js';
import { CANARY_TOKEN, recordCapture } from './captures.js';

export { cleanup, membersOf, roomId, writeTree } from '../e2e/helpers.js';
export type { CliResult };

export const ALL_SCOPES = ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'];

/**
 * A simulator on a free loopback port whose only full-scope key is the canary, plus the env the CLI needs.
 * A seed naming its own tokens keeps them (they should start with the canary too).
 */
export async function canarySimulator(
  seed: SimSeed,
  opts: SimulatorOptions = {},
): Promise<{ sim: SimulatorHandle; env: NodeJS.ProcessEnv }> {
  const tokens = seed.tokens ?? [{ token: CANARY_TOKEN, scopes: ALL_SCOPES, description: 'canary key' }];
  const sim = await startSimulator({ port: 0, host: '127.0.0.1', randomSeed: 1, ...opts, seed: { ...seed, tokens } });
  return { sim, env: { WHOOT_API_URL: sim.url, WHOOT_API_TOKEN: sim.token } };
}

/** Run `whoot-rooms …` as a process and record its stdout and stderr for the canary scan under `label`. */
export async function runCli(label: string, args: string[], opts: RunOptions = {}): Promise<CliResult> {
  const r = await runProcess(args, opts);
  recordCapture(`${label} (${args.slice(0, 1).join(' ')}) stdout`, r.stdout);
  recordCapture(`${label} (${args.slice(0, 1).join(' ')}) stderr`, r.stderr);
  return r;
}

/** The PUT /rooms/{id}/members requests in a request log, every attempt included (injected faults too). */
export const memberPuts = (log: RequestLogEntry[]): RequestLogEntry[] =>
  log.filter((e) => e.method === 'PUT' && /^\/rooms\/[^/]+\/members$/.test(e.path));

export const writes = (log: RequestLogEntry[]): RequestLogEntry[] => log.filter((e) => e.method !== 'GET');
