import type { Plan } from '../plan/types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The one-line summary used by every format, the Action's `summary` output and the PR comment:
 * `Plan: 2 rooms to change: +4 -1 ~2, 4 unchanged, 3 unmanaged` or
 * `No changes. whoot matches the tree (6 rooms, 3 unmanaged).`; blocked and errored rooms are always named
 * (`guardLifted`: the override label was on the pull request as the plan was made).
 */
export function renderSummaryLine(plan: Plan, guardLifted = false): string {
  const s = plan.summary;
  const tail: string[] = [];
  if (s.blocked > 0) {
    tail.push(
      `${plural(s.blocked, 'room')} ` +
        `${guardLifted ? 'over the mass-removal guard (lifted)' : 'blocked by the mass-removal guard'}`,
    );
  }
  if (s.errored > 0) tail.push(`${plural(s.errored, 'room')} with errors (not planned)`);
  const suffix = tail.length > 0 ? `; ${tail.join(', ')}` : '';
  if (s.rooms_changed === 0 && s.errored === 0) {
    return `No changes. whoot matches the tree (${plural(s.rooms_managed, 'room')}, ${s.rooms_unmanaged} unmanaged).`;
  }
  if (s.rooms_changed === 0) {
    return `Plan: no rooms to change, ${s.rooms_unchanged} unchanged, ${s.rooms_unmanaged} unmanaged${suffix}.`;
  }
  const metadata = s.metadata > 0 ? `, ${plural(s.metadata, 'metadata change')}` : '';
  return (
    `Plan: ${plural(s.rooms_changed, 'room')} to change: +${s.add} -${s.remove} ~${s.update}${metadata}, ` +
    `${s.rooms_unchanged} unchanged, ${s.rooms_unmanaged} unmanaged${suffix}`
  );
}
