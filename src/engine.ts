/**
 * The one engine behind both entry points (CLI and Action). Entries parse their settings and call these;
 * nothing here reads process.env, argv or @actions/*.
 *
 * OWNERSHIP: the bodies are filled in by the reconciler work (issue 4); the signatures are the contract the
 * CLI commands and the Action code against.
 */
import type { LoadResult, SourceError } from './desired/types.js';
import type { Plan, PlanOptions } from './plan/types.js';
import type { ApplyReport, ReviewedPlan } from './apply/types.js';
import type { LiveState } from './live/types.js';
import type { Logger } from './log.js';

export interface ConnectionSettings {
  apiUrl: string;
  /** from WHOOT_API_TOKEN / the api-token input only; never a flag */
  token: string | undefined;
  /** bounded concurrency for reads and writes (default 4) */
  concurrency: number;
}

export interface EngineContext {
  logger: Logger;
  /** progress lines (`reading members 340/1000 rooms`); the CLI shows them only on a TTY */
  progress?: (message: string) => void;
  /** aborts: stop starting new work, let in-flight requests finish (bounded) */
  signal?: AbortSignal;
  /** YYYY-MM-DD (UTC); defaults to the current date */
  today?: string;
}

export interface TreeOptions extends PlanOptions {
  dir: string;
}

export type PlanOutcome =
  | { kind: 'invalid'; errors: SourceError[] }
  | { kind: 'planned'; plan: Plan; live: LiveState };

export interface ExecuteOptions {
  force?: boolean;
  reviewed?: ReviewedPlan;
}

export type { LoadResult };

/** Offline: load the tree and validate it (YAML, schemas, semantics). */
export declare function validateTree(dir: string, ctx: EngineContext): Promise<LoadResult>;

/** Load + validate, read live state (pre-flight scopes first), plan. Zero requests when the tree is invalid. */
export declare function planTree(
  opts: TreeOptions,
  conn: ConnectionSettings,
  ctx: EngineContext & { needWrite?: boolean },
): Promise<PlanOutcome>;

/** Execute a plan computed by planTree: one PUT per membership change, PATCH/DELETE for metadata, bounded. */
export declare function executePlan(
  plan: Plan,
  conn: ConnectionSettings,
  opts: ExecuteOptions,
  ctx: EngineContext,
): Promise<ApplyReport>;
