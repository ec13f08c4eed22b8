/** The access review as CSV (RFC 4180, safe to open in a spreadsheet) and as JSON (the report contract). */
import { INVISIBLE, textEscape } from './escape.js';
import { cells, columns, type Report } from './report-model.js';

/** A leading character a spreadsheet would run as a formula (`=`, `+`, `-`, `@`), after any blank. */
const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV field: control characters shown as `\xNN` (no line can be started or the terminal driven), a value a
 * spreadsheet would evaluate prefixed with `'` (shown, never run), and quoted per RFC 4180 where needed.
 */
export function csvField(value: string): string {
  let s = textEscape(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() || s.startsWith("'") ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The report as CSV: the header row, then one row per entitlement, CRLF line ends (RFC 4180). */
export function renderReportCsv(report: Report): string {
  const lines = [columns(report).join(','), ...report.rows.map((e) => cells(report, e).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The report's JSON contract (`format_version` 1), in key order. */
export function reportToJson(report: Report) {
  return {
    format_version: 1,
    generated_at: report.generated_at,
    commit: report.commit,
    entitlements: report.rows.map((e) => ({
      room: e.room,
      room_file: e.room_file,
      email: e.email,
      permission: e.permission,
      via: e.via,
      expires: e.expires,
      last_change: e.last_change,
      ...(report.live ? { live: e.live ?? null } : {}),
    })),
  };
}

/**
 * The report as JSON text. Invisible and direction-changing characters are written as `\uXXXX` escapes: the
 * same data for a parser, and nothing that reorders what a terminal shows (JSON.stringify escapes controls itself).
 */
export function renderReportJson(report: Report): string {
  const text = JSON.stringify(reportToJson(report), null, 2);
  return `${text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
