import type { DesiredMember } from '../desired/types.js';
import type { LiveUser } from '../live/types.js';
import { cmp } from './match.js';
import { describeCodePoint, isAscii, nonAsciiChars, skeleton } from './unicode.js';

/** Looks users up by lower-cased email and by id in O(1); built once per plan. */
export interface UserIndex {
  byEmail: Map<string, LiveUser>;
  byId: Map<string, LiveUser>;
  /** user id → lower-cased email, computed once */
  emailOf: Map<string, string>;
  /** UTS #39 skeleton → the distinct live emails (lower-cased) that have it */
  bySkeleton: Map<string, string[]>;
  /** live emails a reviewer could mistake: non-ASCII, or sharing a skeleton with another live email */
  flagged: Set<string>;
}

/** Index live users by lower-cased email and by id (ids also lower-cased: UUIDs compare case-insensitively). */
export function indexUsers(users: readonly LiveUser[]): UserIndex {
  const byEmail = new Map<string, LiveUser>();
  const byId = new Map<string, LiveUser>();
  const emailOf = new Map<string, string>();
  const bySkeleton = new Map<string, string[]>();
  for (const u of users) {
    const email = u.email.toLowerCase();
    emailOf.set(u.id, email);
    if (!byEmail.has(email)) {
      const key = skeleton(email);
      const same = bySkeleton.get(key);
      if (same === undefined) bySkeleton.set(key, [email]);
      else same.push(email);
    }
    byEmail.set(email, u);
    byId.set(u.id, u);
    byId.set(u.id.toLowerCase(), u);
  }
  const flagged = new Set<string>();
  for (const same of bySkeleton.values()) {
    for (const email of same) if (same.length > 1 || !isAscii(email)) flagged.add(email);
  }
  return { byEmail, byId, emailOf, bySkeleton, flagged };
}

/** The user index `plan` uses: users in id order, so a duplicate email resolves the same whatever the read order. */
export function indexLiveUsers(users: readonly LiveUser[]): UserIndex {
  return indexUsers([...users].sort((a, b) => cmp(a.id, b.id)));
}

export function resolveMember(index: UserIndex, m: Pick<DesiredMember, 'ref'>): LiveUser | undefined {
  return m.ref.kind === 'email'
    ? index.byEmail.get(m.ref.value.toLowerCase())
    : (index.byId.get(m.ref.value) ?? index.byId.get(m.ref.value.toLowerCase()));
}

/** The email the plan shows for a member: the live one (lower-case), else the live member list's, else the id. */
export function emailOf(index: UserIndex, userId: string, fallback?: string): string {
  return index.emailOf.get(userId) ?? (fallback ?? userId).toLowerCase();
}

/**
 * Why an email could deceive a reviewer, as one sentence, or null: the non-ASCII characters it contains (code
 * point, name, 1-based position) and the other live users whose emails look the same (equal UTS #39 skeleton).
 */
export function confusableReason(index: UserIndex, email: string): string | null {
  const lower = email.toLowerCase();
  // Nearly every email is a live one that looks like no other: one Set lookup decides.
  if (index.byEmail.has(lower) && !index.flagged.has(lower)) return null;
  const ascii = isAscii(lower);
  const others = (index.bySkeleton.get(skeleton(lower)) ?? []).filter((e) => e !== lower).sort(cmp);
  if (ascii && others.length === 0) return null;
  const what = ascii ? `email ${lower}` : `email ${lower} contains ${nonAsciiList(lower)}`;
  if (others.length === 0) return `${what}: no other whoot user looks like it; check it is the intended person`;
  const list = others.map((e) => (isAscii(e) ? e : `${e} (${nonAsciiList(e)})`)).join(', ');
  const who = others.length === 1 ? 'a different whoot user' : 'different whoot users';
  return `${what}: it looks like ${list}, ${who}; check it is the intended person`;
}

function nonAsciiList(email: string): string {
  return nonAsciiChars(email)
    .map((c) => `${describeCodePoint(c.codePoint)} at position ${c.position}`)
    .join(', ');
}
