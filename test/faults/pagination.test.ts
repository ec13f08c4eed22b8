import { createServer, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimUser, SimulatorHandle } from '../../src/sim/types.js';
import { canarySimulator, cleanup, runCli, writeTree } from '../support/cli.js';
import { makeFloor } from '../support/floor.js';

/**
 * Pagination misbehaviour through the real CLI: a front server answers `GET /users` itself from a list it
 * changes while the CLI reads it (and forwards everything else to the simulator). Whatever it does, `plan`
 * gives exactly the plan it gives against a well-behaved server, or fails with a clear error: never a hang,
 * never a plan built from a list silently missing someone. (The client's own tests cover each shape in
 * isolation, with a property over random changes: test/whoot/client-tolerance.test.ts,
 * test/whoot/pagination-property.test.ts.)
 */

const TODAY = ['--today', '2026-11-27'];

/** Decides a `/users` page: gets the request's index (0-based, over /users requests) and offset. */
type Behaviour = (
  index: number,
  offset: number,
  list: SimUser[],
) => { list?: SimUser[]; page?: SimUser[]; total?: number };

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

let sim: SimulatorHandle;
let env: NodeJS.ProcessEnv;
let dir: string;
let cleanPlan: string;
const floor = makeFloor();

beforeEach(async () => {
  ({ sim, env } = await canarySimulator(floor.seed));
  dir = writeTree(floor.tree);
  stops.push(
    () => sim.stop(),
    () => cleanup(dir),
  );
  const clean = await runCli('faults/pagination clean plan', ['plan', '--dir', dir, '--format', 'json', ...TODAY], {
    env,
  });
  expect(clean.code).toBe(0);
  cleanPlan = clean.stdout;
});

async function front(behaviour: Behaviour): Promise<{ url: string; usersRequests: () => number }> {
  let list = [...sim.snapshot().users];
  let index = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front');
    if (req.method === 'GET' && url.pathname === '/users') {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 20));
      const out = behaviour(index++, offset, list);
      if (out.list) list = out.list;
      const page = out.page ?? list.slice(offset, offset + limit);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ users: page, total: out.total ?? list.length, limit, offset }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers.set(k, v);
      fetch(sim.url + (req.url ?? '/'), {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      })
        .then(async (answer) =>
          res
            .writeHead(answer.status, { 'content-type': 'application/json' })
            .end(Buffer.from(await answer.arrayBuffer())),
        )
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, usersRequests: () => index };
}

const newcomer = (n: number): SimUser => ({
  id: `99999999-0000-4000-8000-${String(n).padStart(12, '0')}`,
  email: `newcomer${n}@acme.com`,
  display_name: `Newcomer ${n}`,
  active: true,
  created_at: '2026-11-27T00:00:00Z',
});
/** Five traders in no room, listed before offset 100: removing them shifts referenced users across page 1's end. */
const inNoRoom = (u: SimUser) => /^trader01[0-4]@/.test(u.email);

const recovers: Array<[string, Behaviour]> = [
  [
    'total grows mid-scan (users inserted at the front after the first page)',
    (i, _o, list) => (i === 1 ? { list: [newcomer(1), newcomer(2), newcomer(3), ...list] } : {}),
  ],
  [
    'total shrinks mid-scan (users before the page boundary removed after the first page)',
    (i, _o, list) => (i === 1 ? { list: list.filter((u) => !inNoRoom(u)) } : {}),
  ],
  [
    'a short page (60 of 100) once, mid-list',
    (i, o, list) => (i === 1 && o === 100 ? { page: list.slice(100, 160) } : {}),
  ],
  [
    'a page served twice (offset 200 answered with offset 100)',
    (_i, o, list) => (o === 200 && !repeated.done ? ((repeated.done = true), { page: list.slice(100, 200) }) : {}),
  ],
];
const repeated = { done: false };

/** [name, behaviour, most /users requests allowed: the first read's pages, then 4 sequential re-reads] */
const fails: Array<[string, Behaviour, number]> = [
  ['the same page for every offset', (_i, _o, list) => ({ page: list.slice(0, 100) }), 3 + 4 * 4],
  ['a list that grows on every request', (i, _o, list) => ({ list: [newcomer(100 + i), ...list] }), 3 + 4 * 4],
  // The first read asks for every page the claimed total implies (100), each re-read stops at the empty page.
  ['a total that claims more users than the list ever holds', () => ({ total: 10_000 }), 100 + 4 * 4],
];

describe('pagination misbehaviour, through `plan`', () => {
  it.each(recovers)('%s: the same plan as against a well-behaved server', async (_name, behaviour) => {
    repeated.done = false;
    const f = await front(behaviour);
    const r = await runCli(
      'faults/pagination recovering plan',
      ['plan', '--dir', dir, '--format', 'json', '--log-level', 'debug', ...TODAY],
      { env: { ...env, WHOOT_API_URL: f.url } },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(cleanPlan);
    expect(r.stderr).toContain('inconsistent pagination: re-reading the list sequentially');
  });

  it.each(fails)('%s: a clear error, exit 1, after a bounded number of requests', async (_name, behaviour, bound) => {
    const f = await front(behaviour);
    const r = await runCli('faults/pagination failing plan', ['plan', '--dir', dir, '--format', 'json', ...TODAY], {
      env: { ...env, WHOOT_API_URL: f.url },
    });
    expect(r.code).toBe(1);
    // Issue 18: `--format json` prints the failure as JSON on stdout; the words stay on stderr.
    expect((JSON.parse(r.stdout) as { error: { kind: string } }).error.kind).toBe('api');
    expect(r.stderr).toMatch(
      /GET \/users → 200 inconsistent_pagination: the list of users kept changing while it was read \(5 reads, last: .+\), so it cannot be trusted to be complete: re-run/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(f.usersRequests()).toBeLessThanOrEqual(bound);
  });
});
