import type { Plan } from '../plan/types.js';
import type { ReviewedPlan } from '../apply/types.js';
import { roomDigest } from '../plan/fingerprint.js';
import { cmp } from '../plan/match.js';
import { jsonForHtmlComment } from '../render/escape.js';

/** What a PR comment records about the plan a reviewer saw. Data only: compared, never trusted for anything else. */
export interface MachineBlock {
  /**
   * 2 since the guard lifting became part of the record. A version 1 block (written before) reads as a record
   * with no room lifted, so a comment from before an upgrade still works and lifts nothing; any other version
   * is read as no record at all.
   */
  v: 2;
  /** the tree path (two trees in one repo get two comments) */
  path: string;
  fingerprint: string;
  head_sha: string | null;
  /** room id → roomDigest(room id, room fingerprint); null when not recorded per room */
  rooms: Record<string, string> | null;
  /**
   * Compact alternative to `rooms` for very large plans: the sorted digests alone, space-separated.
   * A digest already binds the room id, so membership in this set is the same check as the map.
   */
  digests?: string | null;
  /**
   * Ids of the rooms over the mass-removal guard whose lifting the reviewer saw: the override label was on the
   * pull request when this plan was made. Apply lifts the guard for these rooms only (and only while the label
   * stays on); a label added later lifts nothing.
   */
  lifted: string[];
}

/** What the plan run knows about the review it records: the tree path, the head it planned, the label. */
export interface MachineMeta {
  path: string;
  headSha?: string | null;
  /** the override label, when it was on the pull request as this plan was made */
  guardLiftedBy?: string | null;
}

/** How much per-room detail the block carries; the comment renderer degrades map → digests → none to fit. */
export type MachineDetail = 'map' | 'digests' | 'none';

const START = '<!-- whoot-rooms:plan ';
const MAX_ROOM_ID = 200;
const END = ' -->';

/** Rooms a reviewed apply may write: changed, not errored. */
function reviewableRooms(plan: Plan) {
  return plan.rooms.filter((r) => r.errors.length === 0 && r.id !== '');
}

/** The machine block's data for a plan. */
export function machineBlockData(plan: Plan, meta: MachineMeta, detail: MachineDetail = 'map'): MachineBlock {
  const rooms = reviewableRooms(plan);
  const lifted = meta.guardLiftedBy
    ? rooms
        .filter((r) => r.blocked !== null)
        .map((r) => r.id)
        .sort(cmp)
    : [];
  const block: MachineBlock = {
    v: 2,
    path: meta.path,
    fingerprint: plan.fingerprint,
    head_sha: meta.headSha ?? null,
    rooms: null,
    lifted,
  };
  // Room ids are UUIDs; an absurd one would make the block unreadable, so fall back to the digest list.
  const effective = detail === 'map' && rooms.some((r) => r.id.length > MAX_ROOM_ID) ? 'digests' : detail;
  if (effective === 'map') {
    const map: Record<string, string> = {};
    for (const r of [...rooms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      map[r.id] = roomDigest(r.id, r.fingerprint);
    }
    block.rooms = map;
  } else if (effective === 'digests') {
    block.digests = rooms
      .map((r) => roomDigest(r.id, r.fingerprint))
      .sort()
      .join(' ');
  }
  return block;
}

/** The hidden HTML comment `<!-- whoot-rooms:plan {json} -->` (JSON escaped so it cannot end the comment early). */
export function renderMachineBlock(plan: Plan, meta: MachineMeta, detail: MachineDetail = 'map'): string {
  return `${START}${jsonForHtmlComment(machineBlockData(plan, meta, detail))}${END}`;
}

const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
const DIGEST = /^[0-9a-f]{8,64}$/;
const SHA = /^[0-9a-f]{7,64}$/;
const MAX_BODY = 2_000_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Read the machine block back from a comment body. Returns null unless there is exactly one block and it
 * has the exact expected shape (version, sha256 fingerprint, hex digests); never evaluates anything.
 */
export function parseMachineBlock(body: string): MachineBlock | null {
  if (typeof body !== 'string' || body.length > MAX_BODY) return null;
  const first = body.indexOf(START);
  if (first < 0 || body.indexOf(START, first + 1) >= 0) return null;
  const end = body.indexOf(END, first + START.length);
  if (end < 0) return null;
  let data: unknown;
  try {
    data = JSON.parse(body.slice(first + START.length, end));
  } catch {
    return null;
  }
  if (!isRecord(data) || (data.v !== 1 && data.v !== 2)) return null;
  const { path, fingerprint, head_sha: headSha, rooms, digests } = data;
  const lifted = data.v === 1 && data.lifted === undefined ? [] : data.lifted;
  if (!Array.isArray(lifted) || lifted.length > 100_000) return null;
  if (!lifted.every((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ROOM_ID))
    return null;
  if (typeof path !== 'string') return null;
  if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) return null;
  if (headSha !== null && (typeof headSha !== 'string' || !SHA.test(headSha))) return null;
  let roomMap: Record<string, string> | null = null;
  if (rooms !== null && rooms !== undefined) {
    if (!isRecord(rooms)) return null;
    roomMap = Object.create(null) as Record<string, string>;
    for (const [id, digest] of Object.entries(rooms)) {
      if (id.length === 0 || id.length > MAX_ROOM_ID || typeof digest !== 'string' || !DIGEST.test(digest)) return null;
      roomMap[id] = digest;
    }
  }
  let digestList: string | null = null;
  if (digests !== null && digests !== undefined) {
    if (typeof digests !== 'string') return null;
    if (digests !== '' && !digests.split(' ').every((d) => DIGEST.test(d))) return null;
    digestList = digests;
  }
  const block: MachineBlock = { v: 2, path, fingerprint, head_sha: headSha, rooms: roomMap, lifted: [...lifted] };
  if (digestList !== null) block.digests = digestList;
  return block;
}

/**
 * Turn a parsed block into what apply compares against, keyed by the fresh plan's room ids.
 * With the compact digest list, a fresh room is reviewed iff its own digest is in the set; rooms
 * missing from the result were not reviewed (or changed since). With neither, `rooms` is null:
 * apply compares the whole-plan fingerprint, all or nothing.
 */
export function reviewedPlanFromBlock(block: MachineBlock, fresh: Plan): ReviewedPlan {
  if (block.rooms !== null) return { fingerprint: block.fingerprint, rooms: { ...block.rooms } };
  if (typeof block.digests === 'string') {
    const set = new Set(block.digests === '' ? [] : block.digests.split(' '));
    const rooms: Record<string, string> = {};
    for (const r of reviewableRooms(fresh)) {
      const d = roomDigest(r.id, r.fingerprint);
      if (set.has(d)) rooms[r.id] = d;
    }
    return { fingerprint: block.fingerprint, rooms };
  }
  return { fingerprint: block.fingerprint, rooms: null };
}
