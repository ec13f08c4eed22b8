import pLimit from 'p-limit';
import type { Logger } from '../log.js';
import { cmp } from '../plan/match.js';
import type { Plan, RoomPlan } from '../plan/types.js';
import type { WhootApi } from '../whoot/types.js';
import type { LiveMember } from '../live/types.js';
import { matchesReview } from '../review/match.js';
import type { AppliedRoom, ApplyReport, FailedRoom, ReviewedPlan, SkippedRoom } from './types.js';
import { decideWrite, describeDrift, type WriteDecision } from './verify.js';
import { proveComplete } from '../live/complete.js';

export interface ExecutorOptions {
  /** lift the mass-removal guard: blocked rooms are written too */
  force?: boolean;
  /** lift the guard for these rooms only (the ones whose lifting a reviewer saw) */
  forceRooms?: ReadonlySet<string>;
  /** apply only what a reviewer saw */
  reviewed?: ReviewedPlan;
  /** maximum rooms being written at once */
  concurrency: number;
  /** once aborted, no new room is started; in-flight writes get `drainTimeoutMs` to finish */
  signal?: AbortSignal;
  /** default 20 s */
  drainTimeoutMs?: number;
  onProgress?: (roomsDone: number, roomsTotal: number) => void;
  logger?: Logger;
  /** names users in "changed since plan" messages (the live user list); user ids are shown otherwise */
  emailOf?: (userId: string) => string | undefined;
}

type Outcome =
  | { kind: 'applied'; room: AppliedRoom }
  | { kind: 'failed'; room: FailedRoom }
  | { kind: 'skipped'; room: SkippedRoom };

/**
 * Write a plan to whoot: per changed room, `DELETE`/`PATCH /rooms/{id}` for its mapping metadata, then one
 * full-replace `PUT /rooms/{id}/members` with the plan's complete list. Rooms run in parallel (bounded); one
 * room failing never stops the others. Errored rooms are never written, blocked ones only with `force`, and
 * with a review record only the rooms whose fresh fingerprint is the reviewed one.
 */
export async function executePlanWithApi(api: WhootApi, plan: Plan, opts: ExecutorOptions): Promise<ApplyReport> {
  const outcomes: Outcome[] = [];
  const toWrite: RoomPlan[] = [];
  for (const room of plan.rooms) {
    const skip = reasonToSkip(room, plan, opts);
    if (skip) outcomes.push({ kind: 'skipped', room: skip });
    else if (room.put !== null || hasMetadata(room)) toWrite.push(room);
  }

  const limit = pLimit(opts.concurrency);
  const inFlight = new Set<RoomPlan>();
  let done = 0;
  const tasks = toWrite.map((room) =>
    limit(async (): Promise<Outcome> => {
      if (opts.signal?.aborted) {
        return {
          kind: 'skipped',
          room: { id: room.id, name: room.name, reason: 'interrupted', message: 'not started: apply was interrupted' },
        };
      }
      inFlight.add(room);
      try {
        return await writeRoom(api, room, opts);
      } finally {
        inFlight.delete(room);
        done += 1;
        opts.onProgress?.(done, toWrite.length);
      }
    }),
  );

  const settled = await settleOrDrain(tasks, opts.signal, opts.drainTimeoutMs ?? 20_000);
  settled.forEach((result, i) => {
    const room = toWrite[i] as RoomPlan;
    if (result === undefined && inFlight.has(room)) {
      const error = 'interrupted while its write was in flight: the outcome is unknown; re-run apply to converge';
      outcomes.push({ kind: 'failed', room: { id: room.id, name: room.name, error } });
    } else if (result === undefined) {
      outcomes.push({
        kind: 'skipped',
        room: { id: room.id, name: room.name, reason: 'interrupted', message: 'not started: apply was interrupted' },
      });
    } else if (result.status === 'fulfilled') {
      outcomes.push(result.value);
    } else {
      outcomes.push({ kind: 'failed', room: { id: room.id, name: room.name, error: errorMessage(result.reason) } });
    }
  });
  if (opts.signal?.aborted) limit.clearQueue();

  // Code-unit order, like the plan's: the report's bytes must not depend on the machine's locale.
  const byName = <T extends { name: string; id: string }>(a: T, b: T) => cmp(a.name, b.name) || cmp(a.id, b.id);
  const applied = outcomes.flatMap((o) => (o.kind === 'applied' ? [o.room] : [])).sort(byName);
  const skipped = outcomes.flatMap((o) => (o.kind === 'skipped' ? [o.room] : [])).sort(byName);
  const failed = outcomes.flatMap((o) => (o.kind === 'failed' ? [o.room] : [])).sort(byName);
  return {
    applied,
    skipped,
    failed,
    summary: {
      applied: applied.length,
      skipped: skipped.length,
      failed: failed.length,
      unchanged: plan.summary.rooms_unchanged,
      interrupted: opts.signal?.aborted === true,
    },
  };
}

function reasonToSkip(room: RoomPlan, plan: Plan, opts: ExecutorOptions): SkippedRoom | undefined {
  const base = { id: room.id, name: room.name };
  if (room.errors.length > 0) {
    const first = room.errors[0];
    const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : 'errors in the plan';
    return { ...base, reason: 'errored', message: `not written: ${where}` };
  }
  if (room.blocked !== null && !opts.force && opts.forceRooms?.has(room.id) !== true) {
    return {
      ...base,
      reason: 'blocked',
      message: `blocked by the mass-removal guard: ${room.blocked} (use --force to apply it)`,
    };
  }
  const { reviewed } = opts;
  if (reviewed) {
    if (reviewed.rooms === null) {
      if (reviewed.fingerprint !== plan.fingerprint) {
        return {
          ...base,
          reason: 'changed_since_review',
          message:
            'changed since review: the plan differs from the reviewed one, which recorded only the whole-plan ' +
            'fingerprint, so nothing is applied',
        };
      }
    } else {
      const seen = reviewed.rooms[room.id];
      if (seen === undefined)
        return { ...base, reason: 'not_reviewed', message: 'not reviewed: this room was not in the reviewed plan' };
      if (!matchesReview(room.id, room.fingerprint, seen)) {
        return {
          ...base,
          reason: 'changed_since_review',
          message: 'changed since review: its changes differ from the reviewed plan (re-run plan and review again)',
        };
      }
    }
  }
  return undefined;
}

function hasMetadata(room: RoomPlan): boolean {
  return room.metadata.display_name !== undefined || room.metadata.external_id !== undefined;
}

/**
 * One room's writes, in order: the members read again and checked against the plan's (verify before write),
 * then mapping metadata (so a removed SCIM mapping stops pushing), then members. A room that fails the check
 * gets no write at all.
 */
async function writeRoom(api: WhootApi, room: RoomPlan, opts: ExecutorOptions): Promise<Outcome> {
  const { logger } = opts;
  const decision = room.put === null ? null : await verifyMembers(api, room, opts.emailOf ?? (() => undefined));
  if (decision?.kind === 'skip') {
    logger?.warn({ room: room.name, room_id: room.id, ...decision.drift }, 'room changed since plan: not written');
    const skipped: SkippedRoom = {
      id: room.id,
      name: room.name,
      reason: 'changed_since_plan',
      message: decision.message,
      changed: decision.drift,
    };
    return { kind: 'skipped', room: skipped };
  }

  const metadata: string[] = [];
  const { display_name: displayName, external_id: externalId } = room.metadata;
  if (externalId !== undefined && externalId.to === null) {
    await api.deleteRoomMapping(room.id);
    metadata.push('external_id');
  }
  const patch: { display_name?: string; external_id?: string } = {};
  if (displayName !== undefined && displayName.to !== null) patch.display_name = displayName.to;
  if (externalId !== undefined && externalId.to !== null) patch.external_id = externalId.to;
  if (Object.keys(patch).length > 0) {
    await api.patchRoom(room.id, patch);
    metadata.unshift(...Object.keys(patch));
  }

  const applied: AppliedRoom = {
    id: room.id,
    name: room.name,
    members_added: 0,
    members_updated: 0,
    members_removed: 0,
    metadata: metadata.sort(),
  };
  if (decision !== null) {
    const result = await api.replaceMembers(room.id, decision.put);
    applied.members_added = result.members_added;
    applied.members_updated = result.members_updated;
    applied.members_removed = result.members_removed;
    const expected = decision.expected;
    const got = { added: result.members_added, updated: result.members_updated, removed: result.members_removed };
    const replanned =
      decision.drift === undefined
        ? ''
        : `changed since plan (${describeDrift(decision.drift)}): additive room, so the reviewed additions were made ` +
          'on top of the fresh list and nobody was removed';
    if (expected.added !== got.added || expected.updated !== got.updated || expected.removed !== got.removed) {
      // All zeros is also what a retried PUT gets when whoot applied the first attempt but its answer was lost.
      const noChange = got.added === 0 && got.updated === 0 && got.removed === 0;
      const counts = noChange
        ? `whoot reported no change but the plan expected +${expected.added} ~${expected.updated} ` +
          `-${expected.removed}: ` +
          'the room already matched the tree (a retried write whose first answer was lost, or the same edit ' +
          'made meanwhile); it now matches the tree'
        : `whoot reported +${got.added} ~${got.updated} -${got.removed} but the plan expected ` +
          `+${expected.added} ~${expected.updated} -${expected.removed}: the room changed after it was read ` +
          `(someone edited it meanwhile); ` +
          'it now matches the tree';
      applied.warning = replanned === '' ? counts : `${replanned}; ${counts}`;
      logger?.warn({ room: room.name, room_id: room.id, expected, got }, 'member counts differ from the plan');
    } else if (replanned !== '') {
      applied.warning = replanned;
    }
  }
  logger?.debug({ room: room.name, room_id: room.id }, 'room applied');
  return { kind: 'applied', room: applied };
}

/**
 * Read the room's members again just before its PUT and decide what may be written. When an additive room is
 * re-planned from the fresh list, that list must be provably complete (it agrees with the room's member_count),
 * or the PUT would drop whoever a truncated answer left out.
 */
async function verifyMembers(
  api: WhootApi,
  room: RoomPlan,
  emailOf: (id: string) => string | undefined,
): Promise<WriteDecision> {
  const fresh = await api.listMembers(room.id);
  const decision = decideWrite(room, fresh, emailOf);
  if (decision.kind === 'skip' || decision.drift === undefined) return decision;
  return decideWrite(room, await readCompleteMembers(api, room.id, fresh), emailOf);
}

/** The fresh list, proved complete against the room's member_count (the live read's own rule), or an error. */
export async function readCompleteMembers(api: WhootApi, roomId: string, first: LiveMember[]): Promise<LiveMember[]> {
  const expected = (await api.getRoom(roomId)).member_count;
  const proved = await proveComplete(first, expected, () =>
    Promise.all([api.listMembers(roomId), api.getRoom(roomId).then((r) => r.member_count)]),
  );
  if (!proved.ok) throw new Error(proved.message);
  return proved.members;
}

/**
 * Wait for every task; once the signal fires, wait at most `drainMs` more for the writes in flight. A slot left
 * `undefined` is a task that had not settled when the wait ended.
 */
async function settleOrDrain<T>(
  tasks: Array<Promise<T>>,
  signal: AbortSignal | undefined,
  drainMs: number,
): Promise<Array<PromiseSettledResult<T> | undefined>> {
  const results: Array<PromiseSettledResult<T> | undefined> = tasks.map(() => undefined);
  const all = Promise.all(
    tasks.map((task, i) =>
      task.then(
        (value) => {
          results[i] = { status: 'fulfilled', value };
        },
        (reason: unknown) => {
          results[i] = { status: 'rejected', reason };
        },
      ),
    ),
  );
  if (!signal) {
    await all;
    return results;
  }
  let timer: NodeJS.Timeout | undefined;
  const drained = new Promise<void>((resolve) => {
    const onAbort = () => {
      timer = setTimeout(resolve, drainMs);
      timer.unref();
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    void all.then(() => signal.removeEventListener('abort', onAbort));
  });
  await Promise.race([all, drained]);
  if (timer) clearTimeout(timer);
  return [...results];
}

/**
 * The message to show for a failed room: WhootApiError's message already names method, path, status and the server's
 * words.
 */
function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
