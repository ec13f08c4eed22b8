import type { SimSeed } from './seed-types.js';

export interface SimFaults {
  /** probability per request (0..1) of each injected answer */
  p429?: number;
  p500?: number;
  p503?: number;
  /** probability of destroying the socket without an answer */
  pDrop?: number;
  /** probability of a latency spike, and its length in ms (use past the client's timeout) */
  pSpike?: number;
  spikeMs?: number;
  /** Retry-After seconds sent with injected 429s (default 1) */
  retryAfterSeconds?: number;
  /** targeted faults: the first matching rule applies (checked before the random faults) */
  rules?: SimFaultRule[];
}

/**
 * A targeted fault: requests matching `method` (any when absent) and `path` (the API path without base path
 * and query; a trailing `*` matches a prefix) are delayed by `delayMs` and/or answered with `status` and the
 * documented error body instead of being processed. `times` limits how often the rule fires (default always);
 * a rule fires on every request it matches, whatever that request's answer turns out to be.
 * Example: `{ method: 'PUT', path: '/rooms/<id>/members', status: 403 }` fails one room's writes.
 *
 * Without `status`, `truncate` and `bareArray` let the request be processed and then reshape a successful list
 * answer (`GET /users`, `GET /rooms`, `GET /rooms/{id}/members`) the way a proxy between client and service
 * might; other answers pass unchanged. Example: `{ method: 'GET', path: '/users', truncate: 5, times: 1 }`.
 */
export interface SimFaultRule {
  method?: string;
  path: string;
  status?: number;
  code?: string;
  message?: string;
  /** Retry-After seconds sent with the answer (429/503) */
  retryAfterSeconds?: number;
  delayMs?: number;
  times?: number;
  /**
   * keep only the first N items of the list (`users`, `rooms` or `members`); everything else in the answer,
   * `total` included, stays as it was, so the answer claims more than it holds (a truncating proxy)
   */
  truncate?: number;
  /** answer with the bare JSON array of items: no envelope, so no `total` and no pagination fields */
  bareArray?: boolean;
}

export interface SimulatorOptions {
  seed?: SimSeed | undefined;
  host?: string | undefined;
  /** 0 = any free port (default for tests) */
  port?: number | undefined;
  /** added latency per request, fixed + uniform random jitter */
  latencyMs?: number | undefined;
  jitterMs?: number | undefined;
  /** token bucket: requests per second per key; undefined = unlimited */
  rateLimit?: number | undefined;
  faults?: SimFaults | undefined;
  /** persist state as JSON after every write, and load it at start when it exists */
  statePath?: string | undefined;
  /** deterministic randomness for faults/jitter */
  randomSeed?: number | undefined;
  /** serve the API under a path prefix, e.g. `/v1/acme` (the older generation of the docs); default none */
  basePath?: string | undefined;
  /** serve the unauthenticated simulator-only admin endpoints under `/_sim/` (default true) */
  adminEndpoints?: boolean | undefined;
  /** keep at most this many request-log entries, dropping the oldest (default unbounded; the CLI keeps 200,000) */
  maxLogEntries?: number | undefined;
  /** called after each API request is answered (the CLI logs them at debug) */
  onRequest?: (entry: RequestLogEntry) => void | undefined;
}

/** Counters since start / the last resetStats(): what `GET /_sim/stats` returns. */
export interface SimStats {
  requests: number;
  byMethod: Record<string, number>;
  byStatus: Record<string, number>;
  /** every 429 answered (rate limit and injected) */
  status429: number;
  /** answers that were injected faults (including dropped connections) */
  injected: number;
  maxInFlight: number;
  inFlight: number;
}

export interface RequestLogEntry {
  method: string;
  /** path without the query string */
  path: string;
  query: string;
  status: number;
  /** ms since the simulator started */
  time: number;
  durationMs: number;
  /** the parsed JSON body of writes (PUT/POST/PATCH), for assertions */
  body?: unknown;
  /** true when the answer was an injected fault */
  injected?: boolean;
}

export interface SimUser {
  id: string;
  email: string;
  display_name: string;
  active: boolean;
  created_at: string;
}
export interface SimRoom {
  id: string;
  name: string;
  display_name: string;
  external_id: string | null;
  created_at: string;
}

/** A running simulator (from startSimulator). */
export interface SimulatorHandle {
  /** base URL, e.g. http://127.0.0.1:43117 */
  url: string;
  /** a token with every scope */
  token: string;
  requestLog: RequestLogEntry[];
  /** the highest number of requests being handled at once since start / last resetStats() */
  readonly maxInFlight: number;
  resetStats(): void;
  /** request counters (by method, by status, 429s, injected, maxInFlight) */
  stats(): SimStats;
  /** change fault injection at run time */
  setFaults(faults: SimFaults): void;
  /** a read-only snapshot of state, for assertions: members as { user_id, tx_permission } per room id */
  snapshot(): {
    users: SimUser[];
    rooms: SimRoom[];
    members: Record<string, Array<{ user_id: string; tx_permission: boolean }>>;
  };
  /** direct state edits for tests (a "console edit"): replace a room's members by email */
  consoleEdit(roomName: string, members: Array<{ email: string; tx?: boolean }>): void;
  /**
   * Arm a one-shot console edit for a person editing between a client's read and its write: right after the
   * simulator has served the `afterReads`-th (default 1, counted from now) complete answer of
   * `GET /rooms/{id}/members` for that room, it replaces the room's members exactly as `consoleEdit` does.
   * An answer is complete when it holds `total` items or has no `total` (a bare array); a truncated one is not.
   * Throws at once for an unknown room or email, or an `afterReads` that is not an integer >= 1.
   */
  consoleEditAfterRead(
    roomName: string,
    members: Array<{ email: string; tx?: boolean }>,
    opts?: { afterReads?: number },
  ): void;
  stop(): Promise<void>;
}
