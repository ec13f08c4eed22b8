/**
 * The one engine behind both entry points (CLI and Action). Entries parse their settings and call these;
 * nothing here reads process.env, argv or @actions/*.
 *
 * The signatures are the contract the CLI commands and the Action code against.
 */
import { executePlanWithApi } from './apply/execute.js';
import type { ApplyReport, ReviewedPlan } from './apply/types.js';
import { loadDesiredStateLazily } from './desired/load-lazily.js';
import { treeFolderProblem } from './desired/tree.js';
import type { DesiredState, LoadResult, SourceError } from './desired/types.js';
import { readLiveState, type ReadLiveOptions, type Schedule } from './live/readLiveState.js';
import type { LiveRoom, LiveState } from './live/types.js';
import type { Logger } from './log.js';
import { startOverlappedPlan } from './pipeline/overlapped-plan.js';
import type { Plan, PlanOptions } from './plan/types.js';
import { createWhootClient, type WhootClientOptions } from './whoot/index.js';
import type { Scope, WhootApi } from './whoot/types.js';

export interface ConnectionSettings {
  apiUrl: string;
  /** from WHOOT_API_TOKEN / the api-token input only; never a flag */
  token: string | undefined;
  /** bounded concurrency for reads and writes (default 4) */
  concurrency: number;
  /** client timeouts and retry budget (e.g. from WHOOT_API_TIMEOUT_MS …); the client's defaults otherwise */
  tuning?: Pick<WhootClientOptions, 'timeoutMs' | 'maxAttempts' | 'maxRetryWaitMs'>;
}

export interface EngineContext {
  logger: Logger;
  /** progress lines (`reading members 340/1000 rooms`); the CLI shows them only on a TTY */
  progress?: (message: string) => void;
  /** aborts: stop starting new work, let in-flight requests finish (bounded) */
  signal?: AbortSignal;
  /** YYYY-MM-DD (UTC); defaults to the current date */
  today?: string;
  /** an API client to use instead of one built from the connection settings (tests, embedding) */
  api?: WhootApi;
}

export interface TreeOptions extends PlanOptions {
  dir: string;
  /** the tree already loaded and validated by the caller (from validateTree of `dir`): not loaded again */
  desired?: DesiredState;
}

export type PlanOutcome = { kind: 'invalid'; errors: SourceError[] } | { kind: 'planned'; plan: Plan; live: LiveState };

export interface ExecuteOptions {
  force?: boolean;
  /** lift the mass-removal guard for these room ids only */
  forceRooms?: ReadonlySet<string>;
  reviewed?: ReviewedPlan;
  /** how long in-flight writes may take to finish after an abort (default 20 s) */
  drainTimeoutMs?: number;
  /** the live users the plan was made with: name who appeared or disappeared when a room changed since the plan */
  users?: LiveState['users'];
}

export type { LoadResult };

/** Offline: load the tree and validate it (YAML, schemas, semantics). */
export async function validateTree(
  dir: string,
  ctx: EngineContext,
  opts: { policyRules?: boolean } = {},
): Promise<LoadResult> {
  const started = Date.now();
  const result = await loadDesiredStateLazily(dir, {
    ...opts,
    ...(ctx.today === undefined ? {} : { today: ctx.today }),
  });
  ctx.logger.debug(
    {
      dir,
      ms: Date.now() - started,
      ok: result.ok,
      ...(result.ok ? { rooms: result.desired.rooms.length } : { errors: result.errors.length }),
    },
    'tree loaded',
  );
  return result;
}

/** The scopes a command needs: plan and export read; apply also writes memberships and mappings. */
export function requiredScopes(needWrite: boolean): Scope[] {
  return needWrite ? ['api:users:read', 'api:rooms:read', 'api:rooms:write'] : ['api:users:read', 'api:rooms:read'];
}

/**
 * Load + validate the tree and read live state at the same time (pre-flight scopes first), then plan.
 *
 * The network does not wait for the tree: member reads of a room start as soon as the room list is in and the
 * room's file has parsed. An invalid tree never reaches a write: reads are cancelled as soon as the loader
 * finds the first error (nothing new starts after it), in-flight ones are let settle, and the outcome is
 * `invalid` with every error. `apply` writes only on a `planned` outcome.
 */
export async function planTree(
  opts: TreeOptions,
  conn: ConnectionSettings,
  ctx: EngineContext & { needWrite?: boolean },
): Promise<PlanOutcome> {
  const only = opts.only !== undefined && opts.only.length > 0 ? opts.only : undefined;
  // A --dir that cannot hold a tree costs no request: refused (with every error the loader finds) up front.
  if (opts.desired === undefined && treeFolderProblem(opts.dir) !== null) {
    const loaded = await loadDesiredStateLazily(opts.dir, ctx.today === undefined ? {} : { today: ctx.today });
    if (!loaded.ok) return { kind: 'invalid', errors: loaded.errors };
  }
  const planOptions: PlanOptions = {
    maxRemovalPercent: opts.maxRemovalPercent,
    ...(opts.force === undefined ? {} : { force: opts.force }),
    ...(only === undefined ? {} : { only }),
  };
  const scopes = requiredScopes(ctx.needWrite === true);
  const run = startOverlappedPlan(
    {
      dir: opts.dir,
      planOptions,
      logger: ctx.logger,
      ...(opts.desired === undefined ? {} : { desired: opts.desired }),
      ...(ctx.today === undefined ? {} : { today: ctx.today }),
      ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
    },
    (signal, select, observe) => readLive(conn, { ...ctx, signal }, scopes, select, observe),
  );

  const startedLoad = Date.now();
  let loaded: LoadResult;
  try {
    loaded = await run.tree;
  } catch (err) {
    await run.cancel(err);
    throw err;
  }
  ctx.logger.debug(
    {
      dir: opts.dir,
      ms: Date.now() - startedLoad,
      ok: loaded.ok,
      ...(loaded.ok ? { rooms: loaded.desired.rooms.length } : { errors: loaded.errors.length }),
    },
    'tree loaded',
  );
  if (!loaded.ok) {
    await run.cancel(new Error('the tree is invalid: live reads cancelled'));
    return { kind: 'invalid', errors: loaded.errors };
  }
  const { plan, live } = await run.plan(loaded.desired);
  return { kind: 'planned', plan, live };
}

/**
 * Read live state: the pre-flight `GET /me` (a missing scope fails the run) with the users, rooms and the members
 * of the rooms `select` picks, all under one bound of `conn.concurrency` requests in flight.
 */
export async function readLive(
  conn: ConnectionSettings,
  ctx: EngineContext,
  scopes: Scope[],
  select: (rooms: LiveRoom[]) => Iterable<string> | AsyncIterable<string>,
  observe: Pick<ReadLiveOptions, 'onUsers' | 'onMembers'> = {},
): Promise<LiveState> {
  // The pre-flight and the first page reads leave together, a round trip sooner than one after the other. A
  // missing scope still fails the run with the pre-flight's own error, and once it is known nothing more starts:
  // the reads are aborted (reads only: nothing is lost by dropping a GET).
  const preflightFailed = new AbortController();
  const signal =
    ctx.signal === undefined ? preflightFailed.signal : AbortSignal.any([ctx.signal, preflightFailed.signal]);
  const { api, schedule } = connect(conn, ctx, signal);
  signal.throwIfAborted();
  const preflight = api.preflight(scopes).catch((err: unknown) => {
    preflightFailed.abort(err);
    throw err;
  });
  const started = Date.now();
  let lastShown = 0;
  const reading = readLiveState(api, {
    ...observe,
    selectRooms: select,
    concurrency: conn.concurrency,
    schedule,
    signal,
    onProgress: (done, total, totalKnown) => {
      // Progress is for people: a line every few percent is plenty, and the last one always shows. The total is
      // printed only once the tree has named every room to read (before that it would only grow: 5/7, 9/10).
      if (!totalKnown) {
        if (done - lastShown >= 50) {
          lastShown = done;
          ctx.progress?.(`reading members: ${done} rooms read, more being named`);
        }
      } else if (done === total || done - lastShown >= Math.max(1, Math.floor(total / 50))) {
        lastShown = done;
        ctx.progress?.(`reading members ${done}/${total} rooms`);
      }
    },
  });
  const [checked, read] = await Promise.allSettled([preflight, reading]);
  if (checked.status === 'rejected') throw checked.reason;
  if (read.status === 'rejected') throw read.reason;
  const live = read.value;
  ctx.logger.debug(
    {
      ms: Date.now() - started,
      users: live.users.length,
      rooms: live.rooms.length,
      rooms_read: Object.keys(live.members).length,
    },
    'live state read',
  );
  return live;
}

/** Execute a plan computed by planTree: one PUT per membership change, PATCH/DELETE for metadata, bounded. */
export async function executePlan(
  planned: Plan,
  conn: ConnectionSettings,
  opts: ExecuteOptions,
  ctx: EngineContext,
): Promise<ApplyReport> {
  // A write already sent is let finish, not cut mid-flight: the client is cancelled only after the executor's
  // bounded wait following an interruption, so no request outlives the report that calls it "outcome unknown".
  const drainTimeoutMs = opts.drainTimeoutMs ?? 20_000;
  const hardStop = new AbortController();
  let report: ApplyReport;
  try {
    const { api } = connect(conn, ctx, hardStop.signal);
    const emails = new Map((opts.users ?? []).map((u) => [u.id, u.email]));
    report = await executePlanWithApi(api, planned, {
      emailOf: (id) => emails.get(id),
      concurrency: conn.concurrency,
      logger: ctx.logger,
      drainTimeoutMs,
      ...(opts.force === undefined ? {} : { force: opts.force }),
      ...(opts.forceRooms === undefined ? {} : { forceRooms: opts.forceRooms }),
      ...(opts.reviewed === undefined ? {} : { reviewed: opts.reviewed }),
      ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
      onProgress: (done, total) => ctx.progress?.(`applied ${done}/${total} rooms`),
    });
  } finally {
    if (ctx.signal?.aborted) hardStop.abort();
  }
  ctx.logger.debug({ ...report.summary }, 'apply finished');
  return report;
}

/**
 * The API client for a run. The client bounds every HTTP request it makes (list pages and retries included) to
 * `concurrency` slots itself, and checks its rate-limit gate and starts the request timeout only once a slot is
 * taken: so queued requests neither slip past a pause nor time out while they wait. Callers above it (the
 * live reader, the executor) therefore schedule without a limiter of their own.
 */
function connect(
  conn: ConnectionSettings,
  ctx: EngineContext,
  signal: AbortSignal | undefined,
): { api: WhootApi; schedule?: Schedule } {
  if (ctx.api) return { api: ctx.api };
  if (conn.token === undefined || conn.token === '') {
    throw new Error(
      'WHOOT_API_TOKEN is not set: plan, apply and export read the whoot API key from that environment variable only',
    );
  }
  const api = createWhootClient({
    ...conn.tuning,
    baseUrl: conn.apiUrl,
    token: conn.token,
    logger: ctx.logger,
    maxConcurrency: conn.concurrency,
    pageConcurrency: conn.concurrency,
    ...(signal === undefined ? {} : { signal }),
  });
  return { api, schedule: (task) => task() };
}
