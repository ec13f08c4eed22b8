import type { MemberChange, Plan, RoomPlan } from '../plan/types.js';
import { textEscape as t } from './escape.js';
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

const perm = (tx: boolean): string => (tx ? 'transmit' : 'listen');

function metaValue(v: string | null): string {
  return v === null ? '(none)' : JSON.stringify(v);
}

function roomLines(r: RoomPlan, p: Paint): string[] {
  const lines: string[] = [];
  const where = `${t(r.file)}${r.id ? `, ${t(r.id)}` : ''}`;
  if (r.errors.length > 0) {
    lines.push(p(`${SGR.bold};${SGR.red}`, `x room "${t(r.name)}" (${where}): not planned, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`));
    for (const e of r.errors) lines.push(`    ${p(SGR.red, 'error:')} ${t(e.file)}:${e.line}:${e.column}: ${t(e.message)}`);
    return lines;
  }
  if (r.blocked !== null) {
    lines.push(
      p(`${SGR.bold};${SGR.red}`, `! room "${t(r.name)}" (${where}): BLOCKED by the mass-removal guard`) +
        p(SGR.dim, `  ${r.members_before} → ${r.members_after} members`),
    );
    lines.push(`    ${p(SGR.red, `${t(r.blocked)}; not applied unless --force`)}`);
  } else {
    lines.push(p(SGR.bold, `~ room "${t(r.name)}" (${where})`) + p(SGR.dim, `  ${r.members_before} → ${r.members_after} members${r.mode === 'additive' ? ', additive' : ''}`));
  }
  const row = (sign: string, code: string, m: MemberChange, detail: string): string =>
    `    ${p(code, `${sign} ${t(m.email)}`)}${detail}`;
  for (const m of r.add) lines.push(row('+', SGR.green, m, ` (${perm(m.tx_permission)})`));
  for (const m of r.remove) lines.push(row('-', SGR.red, m, ''));
  for (const m of r.update) lines.push(row('~', SGR.yellow, m, ` ${perm(!m.tx_permission)} → ${perm(m.tx_permission)}`));
  for (const [key, change] of Object.entries(r.metadata)) {
    lines.push(`    ${p(SGR.yellow, `~ ${key}`)}: ${t(metaValue(change.from))} → ${t(metaValue(change.to))}`);
  }
  for (const e of r.expiring) lines.push(`    ${p(SGR.cyan, `⏲ ${t(e.email)}`)} expires ${t(e.expires)} (${t(e.file)}:${e.line})`);
  return lines;
}

/**
 * Terraform-like plan for a terminal: blocked rooms first and loud, errored rooms with `file:line:col`,
 * then a diff per changed room (`+ alice@acme.com (transmit)`, `- bob@acme.com`,
 * `~ carol@acme.com listen → transmit`), warnings, and the summary line. Every user string is
 * control-character-escaped; colour only when `color` is true.
 */
export function renderText(plan: Plan, options: TextOptions): string {
  const p = painter(options.color);
  const out: string[] = [];
  for (const r of plan.rooms) {
    out.push(...roomLines(r, p), '');
  }
  if (plan.warnings.length > 0) {
    for (const w of plan.warnings) {
      const where = w.file !== undefined ? `${t(w.file)}${w.line !== undefined ? `:${w.line}` : ''}: ` : '';
      out.push(`${where}${p(SGR.yellow, `warning[${w.code}]:`)} ${t(w.message)}`);
    }
    out.push('');
  }
  out.push(p(SGR.bold, renderSummaryLine(plan)));
  return `${out.join('\n')}\n`;
}
