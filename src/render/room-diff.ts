import type { ExpiredCause, MemberChange, Plan, RoomPlan } from '../plan/types.js';
import { nonAsciiNote } from '../plan/unicode.js';

/** Who a row names: the email, the whoot display name beside it, and why the email needs a second look. */
export interface DiffWho {
  email: string;
  /** the user's whoot display name, shown for adds and permission changes */
  name?: string;
  /** `contains U+0430` / `looks like alice@acme.com`: the renderers mark the email with ⚠ and this */
  note?: string;
}

/** One line of a room's diff, before any output format: the text and Markdown renderers each draw these. */
export type DiffRow =
  | { kind: 'add'; who: DiffWho; perm: Perm }
  | { kind: 'remove'; who: DiffWho; expired?: ExpiredCause }
  | { kind: 'update'; who: DiffWho; from: Perm; to: Perm; expired?: ExpiredCause }
  | { kind: 'metadata'; key: string; from: string; to: string }
  | { kind: 'expiring'; who: DiffWho; expires: string; file: string; line: number };

export type Perm = 'transmit' | 'listen';

const perm = (tx: boolean): Perm => (tx ? 'transmit' : 'listen');
const metaValue = (v: string | null): string => (v === null ? '(none)' : JSON.stringify(v));

function who(m: Pick<MemberChange, 'user_id' | 'email'>, people: Plan['people'], withName: boolean): DiffWho {
  const person = people?.[m.user_id];
  const out: DiffWho = { email: m.email };
  if (withName && person !== undefined && person.display_name !== '') out.name = person.display_name;
  const note =
    nonAsciiNote(m.email) ?? (person?.looks_like?.length ? `looks like ${person.looks_like.join(', ')}` : null);
  if (note !== null) out.note = note;
  return out;
}

/**
 * The diff of one room, computed once (pure) and rendered by each format: adds, removes, permission changes,
 * metadata changes, then expiring entries, in the plan's order.
 */
export function roomDiff(r: RoomPlan, people: Plan['people']): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const m of r.add) rows.push({ kind: 'add', who: who(m, people, true), perm: perm(m.tx_permission) });
  const expired = (m: MemberChange) => (m.expired === undefined ? {} : { expired: m.expired });
  for (const m of r.remove) rows.push({ kind: 'remove', who: who(m, people, false), ...expired(m) });
  for (const m of r.update) {
    rows.push({
      kind: 'update',
      who: who(m, people, true),
      from: perm(!m.tx_permission),
      to: perm(m.tx_permission),
      ...expired(m),
    });
  }
  for (const [key, c] of Object.entries(r.metadata)) {
    rows.push({ kind: 'metadata', key, from: metaValue(c.from), to: metaValue(c.to) });
  }
  for (const x of r.expiring) {
    rows.push({
      kind: 'expiring',
      who: who({ user_id: '', email: x.email }, undefined, false),
      expires: x.expires,
      file: x.file,
      line: x.line,
    });
  }
  return rows;
}

/** A row's email before escaping, marked when it needs a second look: `⚠ аlice@acme.com (contains U+0430)`. */
export function emailText(w: DiffWho, esc: (s: string) => string): string {
  return w.note === undefined ? esc(w.email) : `⚠ ${esc(w.email)} (${esc(w.note)})`;
}

/** ` (expired 2026-11-30, rooms/rates.yaml:9)` after a change an expired entry explains, or nothing. */
export function expiredText(c: ExpiredCause | undefined, esc: (s: string) => string): string {
  return c === undefined ? '' : ` (expired ${esc(c.date)}, ${esc(c.file)}:${c.line})`;
}

/** ` (Bob Marley)` after the email, or nothing when the row shows no name. */
export function nameText(w: DiffWho, esc: (s: string) => string): string {
  return w.name === undefined ? '' : ` (${esc(w.name)})`;
}
