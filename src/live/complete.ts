import type { LiveMember } from './types.js';

/** A member list proved complete, or why it could not be. */
export type CompleteMembers = { ok: true; members: LiveMember[] } | { ok: false; message: string };

/**
 * The one completeness rule, for the live read and the verify-before-write read: a member list is complete when
 * it agrees with the room's `member_count` (or the room states none). One that does not is read again together
 * with the room; if they still disagree the list is incomplete, and nothing may be written from it.
 */
export async function proveComplete(
  first: LiveMember[],
  expected: number | undefined,
  readAgain: () => Promise<[LiveMember[], number | undefined]>,
): Promise<CompleteMembers> {
  if (expected === undefined || expected === first.length) return { ok: true, members: first };
  const [again, count] = await readAgain();
  if (count === undefined || count === again.length) return { ok: true, members: again };
  return {
    ok: false,
    message:
      `member list incomplete: read ${again.length} of ${count} members (twice, against the room's member_count); ` +
      'nothing was written to this room',
  };
}
