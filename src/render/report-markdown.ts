/** The access review as Markdown: one table per room, then who has access where. */
import { mdCode, mdEscape, mdSpan } from './escape.js';
import { byUser, columns, roomsOf, type Entitlement, type Report } from './report-model.js';

/** An email exactly as written (a code span), unless it holds a `|`, which would split the table cell. */
const email = (value: string): string => (value.includes('|') ? mdCode(value) : mdSpan(value));

function row(report: Report, e: Entitlement): string {
  const c = [
    email(e.email),
    e.permission,
    mdEscape(e.via.join('; ')),
    e.expires ?? '',
    e.last_change ? mdCode(e.last_change.commit.slice(0, 12), 12) : '',
    e.last_change?.date ?? '',
    e.last_change ? mdEscape(e.last_change.author) : '',
  ];
  if (report.live) c.push(e.live ?? '');
  return `| ${c.join(' | ')} |`;
}

/** The whole report; every value from the tree, git or whoot is escaped for Markdown. */
export function renderReportMarkdown(report: Report): string {
  const rooms = roomsOf(report.rows);
  const head = columns(report).filter((c) => c !== 'room' && c !== 'room_file');
  const out = ['# Access review', ''];
  const commit = report.commit === null ? 'a tree outside git' : `commit ${mdCode(report.commit, 64)}`;
  const n = report.rows.length;
  const counts = `${n} entitlement${n === 1 ? '' : 's'} in ${rooms.length} room${rooms.length === 1 ? '' : 's'}`;
  out.push(`Generated ${mdEscape(report.generated_at)} from ${commit}: ${counts}.`, '');
  for (const r of rooms) {
    out.push(`## ${mdEscape(r.room)}`, '', `File ${mdCode(r.file)}`, '');
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const e of r.rows) out.push(row(report, e));
    out.push('');
  }
  out.push('## Users', '', '| user | rooms |', '|---|---|');
  for (const u of byUser(report.rows)) {
    const where = u.rows.map((e) => `${mdEscape(e.room)} (${e.permission}${e.live ? `, ${e.live}` : ''})`);
    out.push(`| ${email(u.email)} | ${where.join(', ')} |`);
  }
  out.push('');
  return out.join('\n');
}
