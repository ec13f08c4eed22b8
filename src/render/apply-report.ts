import type { ApplyReport } from '../apply/types.js';
import { mdCode, mdEscape as e, textEscape as t } from './escape.js';

export type ApplyReportFormat = 'text' | 'markdown' | 'json';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `Applied 3 rooms, skipped 1, failed 0, 12 unchanged.` (plus `(interrupted)`). */
export function renderApplySummaryLine(report: ApplyReport): string {
  const s = report.summary;
  return (
    `Applied ${plural(s.applied, 'room')}, skipped ${s.skipped}, failed ${s.failed}, ${s.unchanged} unchanged` +
    `${s.interrupted ? ' (interrupted: rooms not started were skipped)' : ''}.`
  );
}

function changeCounts(r: ApplyReport['applied'][number]): string {
  const parts = [`+${r.members_added} -${r.members_removed} ~${r.members_updated}`];
  if (r.metadata.length > 0) parts.push(r.metadata.join(', '));
  return parts.join(', ');
}

/** `Name (id)`, or just the name for a room that matched no live room (errored, no id). */
function label(r: { name: string; id: string }): string {
  return r.id === '' ? t(r.name) : `${t(r.name)} (${t(r.id)})`;
}

/**
 * Why a room was skipped, said once: the message, led by the reason in words unless it already starts with them
 * (`changed since review: …`, `blocked by the mass-removal guard: …`), so no line reads
 * `changed_since_review: changed since review: …`. JSON keeps `reason` and `message` apart.
 */
export function skipReason(r: { reason: string; message: string }): string {
  const words = r.reason.replace(/_/g, ' ');
  return r.message.toLowerCase().startsWith(words.split(' ')[0] ?? words) ? r.message : `${words}: ${r.message}`;
}

function renderText(report: ApplyReport): string {
  const out: string[] = [];
  for (const r of report.applied) {
    out.push(`✓ applied ${label(r)}: ${t(changeCounts(r))}`);
    if (r.warning) out.push(`    warning: ${t(r.warning)}`);
  }
  for (const r of report.skipped) out.push(`- skipped ${label(r)}: ${t(skipReason(r))}`);
  for (const r of report.failed) out.push(`✗ failed ${label(r)}: ${t(r.error)}`);
  if (out.length > 0) out.push('');
  out.push(renderApplySummaryLine(report));
  return `${out.join('\n')}\n`;
}

function renderMd(report: ApplyReport): string {
  const out: string[] = ['### whoot-rooms apply', '', `**${renderApplySummaryLine(report)}**`, ''];
  if (report.failed.length > 0) {
    out.push(
      '#### Failed',
      '',
      ...report.failed.map((r) => `- **${e(r.name)}** ${mdCode(r.id)}: ${e(r.error, 500)}`),
      '',
    );
  }
  if (report.skipped.length > 0) {
    out.push(
      '#### Skipped',
      '',
      ...report.skipped.map((r) => `- **${e(r.name)}** ${mdCode(r.id)}: ${e(skipReason(r), 500)}`),
      '',
    );
  }
  if (report.applied.length > 0) {
    out.push(
      '#### Applied',
      '',
      ...report.applied.map(
        (r) =>
          `- **${e(r.name)}** ${mdCode(r.id)}: ${e(changeCounts(r))}${r.warning ? `. ⚠️ ${e(r.warning, 500)}` : ''}`,
      ),
      '',
    );
  }
  return out.join('\n');
}

function renderJson(report: ApplyReport): string {
  const data = {
    applied: report.applied.map((r) => ({
      id: r.id,
      name: r.name,
      members_added: r.members_added,
      members_updated: r.members_updated,
      members_removed: r.members_removed,
      metadata: [...r.metadata],
      ...(r.warning !== undefined ? { warning: r.warning } : {}),
    })),
    skipped: report.skipped.map((r) => ({
      id: r.id,
      name: r.name,
      reason: r.reason,
      message: r.message,
      ...(r.changed === undefined ? {} : { changed: r.changed }),
    })),
    failed: report.failed.map((r) => ({ id: r.id, name: r.name, error: r.error })),
    summary: {
      applied: report.summary.applied,
      skipped: report.summary.skipped,
      failed: report.summary.failed,
      unchanged: report.summary.unchanged,
      interrupted: report.summary.interrupted,
    },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The apply result: applied, skipped and failed rooms with reasons, as text, Markdown (escaped) or JSON. */
export function renderApplyReport(report: ApplyReport, format: ApplyReportFormat): string {
  switch (format) {
    case 'text':
      return renderText(report);
    case 'markdown':
      return renderMd(report);
    case 'json':
      return renderJson(report);
  }
}
