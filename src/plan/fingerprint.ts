import { createHash } from 'node:crypto';
import type { MemberChange, RoomPlan } from './types.js';
import { cmp } from './match.js';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const byUserId = (a: MemberChange, b: MemberChange): number => cmp(a.user_id, b.user_id);

/**
 * The canonical serialisation of one room's changes: arrays only (no object key order to get wrong),
 * members sorted by user id, emails left out (an email change of the same user is not a change to apply).
 * Errored rooms serialise their errors so a plan with a different error has a different fingerprint.
 */
export function canonicalRoomChanges(
  room: Pick<RoomPlan, 'id' | 'add' | 'remove' | 'update' | 'metadata' | 'errors'>,
): string {
  const md = room.metadata;
  return JSON.stringify([
    'room',
    room.id,
    ['add', [...room.add].sort(byUserId).map((m) => [m.user_id, m.tx_permission])],
    ['remove', [...room.remove].sort(byUserId).map((m) => m.user_id)],
    ['update', [...room.update].sort(byUserId).map((m) => [m.user_id, m.tx_permission])],
    [
      'metadata',
      md.display_name ? ['display_name', md.display_name.from, md.display_name.to] : null,
      md.external_id ? ['external_id', md.external_id.from, md.external_id.to] : null,
    ],
    ['errors', room.errors.map((e) => [e.file, e.line, e.column, e.message])],
  ]);
}

/** `sha256:<hex>` of a room's canonical changes: equal across runs iff the changes are equal. */
export function roomFingerprint(
  room: Pick<RoomPlan, 'id' | 'add' | 'remove' | 'update' | 'metadata' | 'errors'>,
): string {
  return `sha256:${sha256Hex(canonicalRoomChanges(room))}`;
}

/**
 * `sha256:<hex>` over the sorted per-room fingerprints (each already binds its room id), so room order never
 * matters and renaming a room file without changing what it does keeps the fingerprint.
 */
export function planFingerprint(rooms: ReadonlyArray<Pick<RoomPlan, 'id' | 'fingerprint'>>): string {
  const parts = rooms.map((r) => `${r.id}\u0000${r.fingerprint}`).sort(cmp);
  return `sha256:${sha256Hex(JSON.stringify(['plan', 1, parts]))}`;
}

/**
 * Short digest binding a room id to its fingerprint, for the PR comment's machine block:
 * the first 12 hex characters of sha256(`roomId:fingerprint`).
 */
export function roomDigest(roomId: string, fingerprint: string): string {
  return sha256Hex(`${roomId}:${fingerprint}`).slice(0, 12);
}
