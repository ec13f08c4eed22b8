import type { Plan, RoomPlan } from '../plan/types.js';
import { textEscape as t } from './escape.js';
import { emailText as who, expiredText as why, nameText as name, roomDiff, type DiffRow } from './room-diff.js';
import { renderSummaryLine } from './summary.js';

export interface TextOptions {
  /** ANSI colour; the CLI passes true only on a TTY without NO_COLOR */
  color: boolean;
}

type Paint = (code: string, s: string) => string;

const SGR = { bold: '1', red: '31', green: '32', yellow: '33', cyan: '36', dim: '2' } as const;

function painter(color: boolean): Paint {
  return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}

/** One diff row for a terminal: `+ bob@acme.com (Bob Marley) transmit`, `~ carol@acme.com listen → transmit`. */
function diffLine(row: DiffRow, p: Paint): string {
  switch (row.kind) {
    case 'add':
      return `    ${p(SGR.green, `+ ${who(row.who, t)}`)}${name(row.who, t)} ${row.perm}`;
    case 'remove':
      return `    ${p(SGR.red, `- ${who(row.who, t)}`)}${why(row.expired, t)}`;
    case 'update':
      return (
        `    ${p(SGR.yellow, `~ ${who(row.who, t)}`)}${name(row.who, t)} ${row.from} → ${row.to}` + why(row.expired, t)
      );
    case 'metadata':
      return `    ${p(SGR.yellow, `~ ${row.key}`)}: ${t(row.from)} → ${t(row.to)}`;
    case 'expiring':
      return `    ${p(SGR.cyan, `⏲ ${who(row.who, t)}`)} expires ${t(row.expires)} (${t(row.file)}:${row.line})`;
  }
}

function roomLines(r: RoomPlan, p: Paint, people: Plan['people']): string[] {
  const lines: string[] = [];
  const where = `${t(r.file)}${r.id ? `, ${t(r.id)}` : ''}`;
  if (r.errors.length > 0) {
    lines.push(
      p(
        `${SGR.bold};${SGR.red}`,
        `x room "${t(r.name)}" (${where}): not planned, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`,
      ),
    );
    for (const e of r.errors)
      lines.push(`    ${p(SGR.red, 'error:')} ${t(e.file)}:${e.line}:${e.column}: ${t(e.message)}`);
    return lines;
  }
  if (r.blocked !== null) {
    lines.push(
      p(`${SGR.bold};${SGR.red}`, `! room "${t(r.name)}" (${where}): BLOCKED by the mass-removal guard`) +
        p(SGR.dim, `  ${r.members_before} → ${r.members_after} members`),
    );
    lines.push(`    ${p(SGR.red, `${t(r.blocked)}; not applied unless --force`)}`);
  } else {
    lines.push(
      p(SGR.bold, `~ room "${t(r.name)}" (${where})`) +
        p(SGR.dim, `  ${r.members_before} → ${r.members_after} members${r.mode === 'additive' ? ', additive' : ''}`),
    );
  }
  for (const row of roomDiff(r, people)) lines.push(diffLine(row, p));
  return lines;
}

/**
 * Terraform-like plan for a terminal: blocked rooms first and loud, errored rooms with `file:line:col`,
 * then a diff per changed room (`+ alice@acme.com (Alice) transmit`, `- bob@acme.com`,
 * `~ carol@acme.com listen → transmit`), warnings, and the summary line. Every user string is
 * control-character-escaped; colour only when `color` is true.
 */
export function renderText(plan: Plan, options: TextOptions): string {
  const p = painter(options.color);
  const out: string[] = [];
  for (const r of plan.rooms) {
    out.push(...roomLines(r, p, plan.people), '');
  }
  const shown = plan.warnings.filter((w) => w.acknowledged !== true);
  if (shown.length > 0) {
    for (const w of shown) {
      const where = w.file !== undefined ? `${t(w.file)}${w.line !== undefined ? `:${w.line}` : ''}: ` : '';
      out.push(`${where}${p(SGR.yellow, `warning[${w.code}]:`)} ${t(w.message)}`);
    }
    out.push('');
  }
  const ack = acknowledgedLine(plan.warnings);
  if (ack !== null) out.push(ack);
  out.push(p(SGR.bold, renderSummaryLine(plan)));
  return `${out.join('\n')}\n`;
}

/** `3 acknowledged warnings not shown (scim_mapped 1, inactive_user 2)`, or null when there are none. */
export function acknowledgedLine(warnings: Plan['warnings']): string | null {
  const counts = new Map<string, number>();
  for (const w of warnings) if (w.acknowledged === true) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  if (counts.size === 0) return null;
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([c, k]) => `${c} ${k}`);
  const what = `${n} acknowledged warning${n === 1 ? '' : 's'}`;
  return `${what} not shown (${parts.join(', ')}; see \`acknowledge:\` in the room files)`;
}
