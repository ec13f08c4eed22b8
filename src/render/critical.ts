import type { RoomPlan } from '../plan/types.js';
import { mdCode, mdEscape as e, mdSpan } from './escape.js';
import { emailText, expiredText, nameText, type DiffRow } from './room-diff.js';

/**
 * The changes a shortened plan comment may never reduce to counts: who gains transmit (a new member with
 * transmit, or listen → transmit) and who is removed. A reviewer must see each by user and room.
 */
export function isCritical(row: DiffRow): boolean {
  return (
    (row.kind === 'add' && row.perm === 'transmit') ||
    (row.kind === 'update' && row.to === 'transmit') ||
    row.kind === 'remove'
  );
}

/** One room's critical rows, in the diff's order. */
export interface CriticalRoom {
  room: RoomPlan;
  rows: DiffRow[];
}

/** Critical rows of every changed room that is not errored, in plan order. */
export function criticalRows(rooms: readonly RoomPlan[], diff: (r: RoomPlan) => DiffRow[]): CriticalRoom[] {
  const out: CriticalRoom[] = [];
  for (const room of rooms) {
    const rows = diff(room).filter(isCritical);
    if (rows.length > 0) out.push({ room, rows });
  }
  return out;
}

/** One critical change as an inline list item: names and emails as code spans (inert), the rest escaped. */
function criticalItem(room: RoomPlan, row: DiffRow): string {
  const c = (s: string): string => mdCode(s);
  const where = `${mdSpan(room.name)}${room.blocked !== null ? ' ⛔' : ''}`;
  switch (row.kind) {
    case 'add':
      return `- ${where}: **+ transmit** ${emailText(row.who, c)}${nameText(row.who, e)}`;
    case 'update':
      return `- ${where}: **listen → transmit** ${emailText(row.who, c)}${nameText(row.who, e)}`;
    case 'remove':
      return `- ${where}: **removed** ${emailText(row.who, c)}${expiredText(row.expired, e)}`;
    default:
      return '';
  }
}

/**
 * The "always listed" section of a shortened comment: every transmit grant and removal, or the first `limit`
 * of them and a prominent warning that the rest are only in the job summary.
 */
export function renderCriticalSection(critical: readonly CriticalRoom[], limit: number, where: string): string[] {
  const items = critical.flatMap(({ room, rows }) => rows.map((row) => criticalItem(room, row)));
  if (items.length === 0) return [];
  const grants = critical.reduce((n, c) => n + c.rows.filter((r) => r.kind !== 'remove').length, 0);
  const removals = items.length - grants;
  const out = [
    `#### Transmit grants and removals (${plural(grants, 'grant')}, ${plural(removals, 'removal')}: always listed)`,
    '',
  ];
  const shown = Math.min(limit, items.length);
  if (shown < items.length) {
    out.push(
      '> [!WARNING]',
      `> **${items.length - shown} of ${items.length} transmit grants and removals are not shown here**: ` +
        `the comment is at GitHub's size limit. ${e(where)} has them all; read it before approving.`,
      '',
    );
  }
  out.push(...items.slice(0, shown), '');
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
