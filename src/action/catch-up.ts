/**
 * Catch-up, the pure part: an apply run considers every pull request merged since the last applied commit (GitHub
 * keeps only one pending run per concurrency group, so a merge's own run may never happen), and writes a room when
 * its fresh changes equal the reviewed changes recorded by ANY of them. Nothing here talks to GitHub or whoot.
 */
import type { ApplyReport, ReviewedPlan, SkippedRoom } from '../apply/types.js';
import { matchesReview } from '../review/match.js';
import type { PullRequestInfo } from '../github/pulls.js';
import type { Plan } from '../plan/types.js';
import { mdCode } from '../render/escape.js';
import { reviewedPlanFromBlock, type MachineBlock } from '../review/comment-block.js';

/** One merged pull request an apply considers: its reviewed plan (if any) and the override label, now. */
export interface ReviewSource {
  pull: PullRequestInfo;
  block: MachineBlock | null;
  /** the override label, when it is on the pull request now (it lifts only what that review recorded) */
  labelNow: string | null;
}

/** Which merges this apply covers: the pushed commit's own pull request first, then older ones, newest first. */
export interface CatchUpScope {
  sources: ReviewSource[];
  /** the last commit with a `success` apply status (the walk stopped there), or null when none was found */
  since: string | null;
  /** how many commits of first-parent history were read */
  walked: number;
}

/** What the executor gets in a catch-up, and what the result says about each room. */
export interface CombinedReview {
  reviewed: ReviewedPlan;
  /** rooms whose guard lifting the matching review recorded, with its pull request's label still on */
  forceRooms: Set<string>;
  /** room id → the pull request whose reviewed changes the fresh ones equal */
  matchedBy: Map<string, number>;
  /** room id → the pull requests whose reviewed plan names the room (per-room records only) */
  touchedBy: Map<string, number[]>;
}

/** Does `source`'s record approve `room`'s fresh changes? The trust rules of a single apply, per source. */
function approves(source: ReviewSource, room: Plan['rooms'][number], fresh: Plan): boolean {
  if (!source.block) return false;
  const record = reviewedPlanFromBlock(source.block, fresh);
  // A record too large to list rooms approves the whole fresh plan or nothing of it.
  if (record.rooms === null) return record.fingerprint === fresh.fingerprint;
  const seen = record.rooms[room.id];
  return seen !== undefined && matchesReview(room.id, room.fingerprint, seen);
}

/**
 * One review record for the executor out of several: a room is listed (with its own fresh fingerprint) when any
 * source approves it, so the executor writes exactly those and skips the rest as not reviewed.
 */
export function combineReviews(sources: readonly ReviewSource[], fresh: Plan): CombinedReview {
  const rooms: Record<string, string> = {};
  const forceRooms = new Set<string>();
  const matchedBy = new Map<string, number>();
  const touchedBy = new Map<string, number[]>();
  for (const room of fresh.rooms) {
    if (room.id === '' || room.errors.length > 0) continue;
    const touching = sources.filter((s) => s.block?.rooms != null && room.id in s.block.rooms);
    if (touching.length > 0)
      touchedBy.set(
        room.id,
        touching.map((s) => s.pull.number),
      );
    const approving = sources.filter((s) => approves(s, room, fresh));
    const first = approving[0];
    if (first === undefined) continue;
    rooms[room.id] = room.fingerprint;
    matchedBy.set(room.id, first.pull.number);
    const lifts = approving.some((s) => s.labelNow !== null && s.block?.lifted.includes(room.id) === true);
    if (lifts) forceRooms.add(room.id);
  }
  return { reviewed: { fingerprint: fresh.fingerprint, rooms }, forceRooms, matchedBy, touchedBy };
}

const refs = (numbers: readonly number[]): string => {
  const r = numbers.map((n) => `#${n}`);
  return r.length <= 1 ? (r[0] ?? '') : `${r.slice(0, -1).join(', ')} and ${r.at(-1) ?? ''}`;
};

/**
 * The message of a room no considered review approves: the pull requests that touched it, and what to do. Two
 * unapplied pull requests that changed the same room were each reviewed against an older state, so neither
 * record describes the combined change: only a fresh plan on a new pull request can.
 */
export function explainUnmatched(
  report: ApplyReport,
  combined: CombinedReview,
  sources: readonly ReviewSource[],
): ApplyReport {
  const considered = sources.map((s) => s.pull.number);
  const skipped = report.skipped.map((room): SkippedRoom => {
    if (room.reason !== 'not_reviewed' && room.reason !== 'changed_since_review') return room;
    const touched = combined.touchedBy.get(room.id) ?? [];
    const message =
      touched.length > 1
        ? `changed by ${refs(touched)}, each reviewed against an older state, and its fresh changes equal none of ` +
          'their reviewed plans: re-plan it on a new pull request and merge that'
        : touched.length === 1
          ? `changed since review: its changes differ from the plan reviewed on ${refs(touched)} ` +
            '(re-plan on a new pull request and review again)'
          : `not in the reviewed plan of any pull request this apply considered (${refs(considered)}): ` +
            're-plan on a new pull request';
    return { ...room, reason: touched.length > 0 ? 'changed_since_review' : 'not_reviewed', message };
  });
  return { ...report, skipped };
}

/** The paragraph of an apply result that covers several merges: which, since when, and whose review each room used. */
export function renderCatchUpPreamble(scope: CatchUpScope, combined: CombinedReview, report: ApplyReport): string {
  const [own, ...older] = scope.sources;
  if (own === undefined) return '';
  const since =
    scope.since === null
      ? `no commit with a successful apply status in the last ${scope.walked} commits`
      : `the last applied commit ${mdCode(scope.since.slice(0, 12))}`;
  const lines = [
    `This apply covers every pull request merged since ${since}: #${own.pull.number} (this push) and ` +
      `${refs(older.map((s) => s.pull.number))}, whose own apply did not run or did not complete. A room was ` +
      'written when its fresh changes equal the plan reviewed on any of them; anything else was skipped.',
  ];
  const missing = scope.sources.filter((s) => s.block === null).map((s) => s.pull.number);
  if (missing.length > 0) {
    lines.push('', `No reviewed plan was found on ${refs(missing)}: nothing was written on its behalf.`);
  }
  const applied = report.applied.filter((r) => combined.matchedBy.has(r.id));
  if (applied.length > 0) {
    lines.push('', '| Room | Reviewed on |', '|---|---|');
    for (const r of applied) lines.push(`| ${mdCode(r.name)} | #${combined.matchedBy.get(r.id) ?? '?'} |`);
  }
  return lines.join('\n');
}

/** The commit status description: the apply summary and the pull requests it covered. */
export function statusDescription(summaryLine: string, pulls: readonly number[]): string {
  return pulls.length === 0 ? summaryLine : `${summaryLine} (${pulls.map((n) => `#${n}`).join(', ')})`;
}
