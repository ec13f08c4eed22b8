/**
 * The access review as one self-contained HTML page: no external script, style, font or image (a Content-Security-
 * Policy forbids loading any), the per-room tables, the per-user summary and a user × room matrix; columns sort on
 * click, and the page prints readably.
 */
import { INVISIBLE } from './escape.js';
import { byUser, columns, cells, roomsOf, type Report } from './report-model.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML content or a quoted attribute: markup characters as entities, controls as spaces, invisible ones
 * shown as `<U+…>`.
 */
export function htmlEscape(value: string): string {
  return value
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Nothing may be loaded from anywhere: only the page's own style and script run. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

const STYLE = `
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #111; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin-bottom: .25rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " \\25B2"; } th[aria-sort="descending"]::after { content: " \\25BC"; }
td.mark { text-align: center; } code { font-family: ui-monospace, Menlo, Consolas, monospace; }
.file { color: #555; }
@media print {
  body { margin: 0; font-size: 10pt; } th { cursor: auto; background: #ddd !important; }
  thead { display: table-header-group; } tr, h3 { break-inside: avoid; } h2 { break-after: avoid; }
  th[aria-sort]::after { content: ""; }
}`;

const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('thead th').forEach(function (th, index) {
    th.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[index].textContent, y = b.cells[index].textContent;
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});`;

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, sortable = true): string {
  const th = head.map((h) => `<th scope="col">${htmlEscape(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  const open = `<table${sortable ? ' class="sortable"' : ''}>`;
  return `${open}\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The page. Every value from the tree, git or whoot is escaped. */
export function renderReportHtml(report: Report): string {
  const rooms = roomsOf(report.rows);
  const users = byUser(report.rows);
  const head = columns(report);
  const keep = head.map((c, i) => [c, i] as const).filter(([c]) => c !== 'room' && c !== 'room_file');
  const parts: string[] = [];
  const n = report.rows.length;
  const commit = report.commit === null ? 'a tree outside git' : `commit <code>${htmlEscape(report.commit)}</code>`;
  const counts = `${n} entitlement${n === 1 ? '' : 's'} in ${rooms.length} room${rooms.length === 1 ? '' : 's'}`;
  parts.push(`<p>Generated ${htmlEscape(report.generated_at)} from ${commit}: ${counts}.</p>`);
  parts.push('<h2>Rooms</h2>');
  for (const r of rooms) {
    const rows = r.rows.map((e) => {
      const c = cells(report, e);
      return keep.map(([, i]) => htmlEscape(c[i] ?? ''));
    });
    const title = `<h3>${htmlEscape(r.room)} <span class="file">${htmlEscape(r.file)}</span></h3>`;
    parts.push(
      `<section>\n${title}\n${table(
        keep.map(([c]) => c),
        rows,
      )}\n</section>`,
    );
  }
  parts.push('<h2>Users</h2>');
  const summary = users.map((u) => [
    htmlEscape(u.email),
    htmlEscape(u.rows.map((e) => `${e.room} (${e.permission})`).join(', ')),
  ]);
  parts.push(table(['user', 'rooms'], summary));
  parts.push('<h2>Matrix</h2>', '<p>T: may transmit (and listen); L: listen only.</p>');
  const matrix = users.map((u) => [
    htmlEscape(u.email),
    ...rooms.map((r) => {
      const e = u.rows.find((x) => x.room_file === r.file && x.room === r.room);
      if (e === undefined) return '';
      const mark = e.permission === 'transmit' ? 'T' : 'L';
      return `<span title="${htmlEscape(`${e.permission} in ${r.room}`)}">${mark}</span>`;
    }),
  ]);
  parts.push(table(['user', ...rooms.map((r) => r.room)], matrix));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Access review</title>',
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<h1>Access review</h1>',
    ...parts,
    `<script>${SCRIPT}\n</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
