import type { Plan, RoomPlan } from '../plan/types.js';
import { codeLine, fence, mdCode, mdEscape as e, mdSpan, mdText } from './escape.js';
import { emailText, expiredText, nameText, roomDiff, type DiffRow, type DiffWho } from './room-diff.js';
import { renderMachineBlock, type MachineDetail, type MachineMeta } from '../review/comment-block.js';
import { renderSummaryLine } from './summary.js';
import { PLAN_COMMENT_MAX_CHARS } from './github-limits.js';
import { criticalRows, isCritical, renderCriticalSection } from './critical.js';
import { acknowledgedLine } from './text.js';

/** GitHub's comment limit is 65,536 characters; keep a margin for the sticky marker the Action adds. */
export const DEFAULT_MAX_CHARS = PLAN_COMMENT_MAX_CHARS;

export interface MarkdownOptions {
  /** size budget in characters (default 65,000, for a PR comment; the job summary can pass ~1,000,000) */
  maxChars?: number;
  /** heading text (plain; escaped); default `whoot-rooms plan` */
  title?: string;
  /** footer under the plan: commit, run link and tree path */
  footer?: { headSha?: string; runUrl?: string; path?: string } | undefined;
  /** embed the hidden machine-readable block for reviewed apply */
  machine?: MachineMeta;
  /**
   * The override label, when it is on the pull request as this plan is made: each blocked room is shown as
   * "guard lifted by label", and the machine block records that the reviewer saw it lifted.
   */
  guardLiftedBy?: string | null;
  /** where the complete plan can be read when this body had to be shortened */
  fullPlanHint?: string;
  /** a warning shown right under the summary line (plain text, escaped), e.g. that this plan is of the base */
  notice?: string;
}

/** How much detail a rendering keeps; each stage is smaller than the one before. */
type Stage =
  | { kind: 'full' }
  | { kind: 'trimmed'; diffLines: number; listItems: number }
  | { kind: 'counts'; listItems: number; critical: number }
  | { kind: 'partial'; rows: number; listItems: number; critical: number };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One diff row as a line of a ```diff block (escaped to stay one line; the block shows it as written). */
function diffLine(row: DiffRow): string {
  const c = (s: string): string => codeLine(s);
  const whoText = (w: DiffWho): string => emailText(w, c) + nameText(w, c);
  switch (row.kind) {
    case 'add':
      return `+ ${whoText(row.who)} ${row.perm}`;
    case 'remove':
      return `- ${whoText(row.who)}${expiredText(row.expired, c)}`;
    case 'update':
      return `! ${whoText(row.who)} ${row.from} → ${row.to}${expiredText(row.expired, c)}`;
    case 'metadata':
      return `! ${row.key}: ${c(row.from)} → ${c(row.to)}`;
    case 'expiring':
      return `# ${whoText(row.who)} expires ${c(row.expires)}`;
  }
}

/**
 * A room's diff, computed once per room however many size stages are rendered (the last stages are found by
 * binary search, each rendering every room). A plan's rooms are immutable values, so the room object is the key.
 */
const diffs = new WeakMap<RoomPlan, DiffRow[]>();
function diffOf(r: RoomPlan, people: Plan['people']): DiffRow[] {
  let rows = diffs.get(r);
  if (rows === undefined) {
    rows = roomDiff(r, people);
    diffs.set(r, rows);
  }
  return rows;
}

function diffLines(r: RoomPlan, people: Plan['people']): string[] {
  return diffOf(r, people).map(diffLine);
}

/** A room's diff cut to `maxLines`, except that transmit grants and removals are never cut. */
function trimmedDiff(r: RoomPlan, people: Plan['people'], maxLines: number): { lines: string[]; cut: number } {
  const rows = diffOf(r, people);
  if (rows.length <= maxLines) return { lines: rows.map(diffLine), cut: 0 };
  let others = 0;
  const kept = rows.filter((row) => isCritical(row) || (others += 1) <= maxLines);
  return { lines: kept.map(diffLine), cut: rows.length - kept.length };
}

function counts(r: RoomPlan): string {
  const parts = [`+${r.add.length} -${r.remove.length} ~${r.update.length}`];
  const md = Object.keys(r.metadata);
  if (md.length > 0) parts.push(md.join(', '));
  parts.push(`${r.members_before} → ${r.members_after} members`);
  return parts.join(', ');
}

function roomDetails(r: RoomPlan, people: Plan['people'], maxLines: number): string {
  const { lines: shown, cut } = trimmedDiff(r, people, maxLines);
  if (cut > 0) shown.push(`… ${cut} more lines not shown (listen adds, downgrades, metadata)`);
  const body = shown.join('\n');
  const f = fence(body);
  const mark = r.blocked !== null ? '⛔ ' : '';
  return [
    `<details><summary>${mark}<b>${e(r.name)}</b> ${mdCode(r.file)}: ${counts(r)}</summary>`,
    '',
    `${f}diff`,
    body,
    f,
    '',
    '</details>',
  ].join('\n');
}

/** Inline list items: room names and emails as code spans (as written, inert), the rest escaped. */
const blockedItem = (r: RoomPlan): string => `> - ${mdSpan(r.name)} (${mdCode(r.file)}): ${e(r.blocked ?? '')}`;

function errorItem(room: RoomPlan, err: RoomPlan['errors'][number]): string {
  return `- ${mdSpan(room.name)} ${mdCode(`${err.file}:${err.line}:${err.column}`)}: ${mdText(err.message, 500)}`;
}

function capped<T>(items: readonly T[], limit: number, render: (item: T) => string, what: string): string[] {
  const lines = items.slice(0, limit).map(render);
  if (items.length > limit) lines.push(`- …and ${plural(items.length - limit, what)} more (omitted here)`);
  return lines;
}

function footerLine(footer: NonNullable<MarkdownOptions['footer']>): string | null {
  const parts: string[] = [];
  if (footer.headSha) parts.push(`commit ${mdCode(footer.headSha, 64)}`);
  if (footer.runUrl) {
    // Only a plain http(s) URL becomes a link; anything else is shown inert.
    parts.push(
      /^https?:\/\/[^\s()<>"'`]+$/.test(footer.runUrl) && footer.runUrl.length < 500
        ? `[workflow run](${footer.runUrl})`
        : `run ${mdCode(footer.runUrl)}`,
    );
  }
  if (footer.path) parts.push(`tree ${mdCode(footer.path)}`);
  return parts.length === 0 ? null : `<sub>${parts.join(' · ')}</sub>`;
}

function renderStage(plan: Plan, opts: MarkdownOptions, stage: Stage, machine: string | null): string {
  const out: string[] = [];
  const listLimit = stage.kind === 'full' ? Infinity : stage.listItems;
  out.push(
    `### ${e(opts.title ?? 'whoot-rooms plan')}`,
    '',
    `**${renderSummaryLine(plan, Boolean(opts.guardLiftedBy))}**`,
    '',
  );
  if (opts.notice) out.push('> [!WARNING]', `> **${e(opts.notice, 1000)}**`, '');

  const blocked = plan.rooms.filter((r) => r.blocked !== null);
  const lifted = opts.guardLiftedBy ?? null;
  if (blocked.length > 0 && lifted !== null) {
    const item = (r: RoomPlan): string => `${blockedItem(r)}: guard lifted by label ${mdCode(lifted)}`;
    out.push(
      '> [!CAUTION]',
      `> **${plural(blocked.length, 'room')} over the mass-removal guard: guard lifted by label ${mdCode(lifted)}**. ` +
        'Review these removals: on merge they are applied as shown, as long as the label is still on the pull request.',
      ...capped(blocked, listLimit, item, 'blocked room').map((l) => (l.startsWith('>') ? l : `> ${l}`)),
      '',
    );
  } else if (blocked.length > 0) {
    out.push(
      '> [!CAUTION]',
      `> **${plural(blocked.length, 'room')} blocked by the mass-removal guard**: not applied unless the guard is ` +
        'lifted (`--force`, or the override label on the pull request when it is planned).',
      ...capped(blocked, listLimit, blockedItem, 'blocked room').map((l) => (l.startsWith('>') ? l : `> ${l}`)),
      '',
    );
  }

  const errored = plan.rooms.filter((r) => r.errors.length > 0);
  if (errored.length > 0) {
    const errors = errored.flatMap((r) => r.errors.map((err) => ({ room: r, err })));
    out.push(
      `#### Errors: ${plural(errored.length, 'room')} not planned`,
      '',
      ...capped(errors, listLimit, ({ room, err }) => errorItem(room, err), 'error'),
      '',
    );
  }

  // Acknowledged warnings (`acknowledge:` in the room file) are a one-line count, not a list to re-read.
  const warnings = plan.warnings.filter((w) => w.acknowledged !== true);
  const acknowledged = acknowledgedLine(plan.warnings);
  if (warnings.length > 0 || acknowledged !== null) {
    out.push(
      '#### Warnings',
      '',
      ...capped(
        warnings,
        listLimit,
        (w) =>
          `- ${w.file !== undefined ? `${mdCode(w.line !== undefined ? `${w.file}:${w.line}` : w.file)} ` : ''}` +
          `**${e(w.code)}**: ${mdText(w.message, 500)}`,
        'warning',
      ),
      ...(acknowledged === null ? [] : [`- ${mdText(acknowledged, 500)}`]),
      '',
    );
  }

  const changed = plan.rooms.filter((r) => r.errors.length === 0);
  const omitted: string[] = [];
  if (changed.length > 0) {
    out.push('#### Changes', '');
    if (stage.kind === 'full' || stage.kind === 'trimmed') {
      const maxLines = stage.kind === 'full' ? Infinity : stage.diffLines;
      for (const r of changed) out.push(roomDetails(r, plan.people, maxLines), '');
      if (stage.kind === 'trimmed' && changed.some((r) => diffLines(r, plan.people).length > maxLines)) {
        omitted.push(`diffs longer than ${maxLines} lines are cut short (transmit grants and removals are all shown)`);
      }
    } else {
      const where = opts.fullPlanHint ?? 'The job summary';
      out.push(
        ...renderCriticalSection(
          criticalRows(changed, (r) => diffOf(r, plan.people)),
          stage.critical,
          where,
        ),
      );
      const rows = stage.kind === 'partial' ? Math.min(stage.rows, changed.length) : changed.length;
      out.push(
        '| Room | File | +listen | +transmit | - | ~ | Metadata | Members |',
        '|---|---|--:|--:|--:|--:|---|---|',
      );
      for (const r of changed.slice(0, rows)) {
        const md = Object.keys(r.metadata).join(', ');
        const tx = r.add.filter((m) => m.tx_permission).length;
        out.push(
          `| ${r.blocked !== null ? '⛔ ' : ''}${e(r.name)} | ${mdCode(r.file)} | ${r.add.length - tx} | ${tx} | ` +
            `${r.remove.length} | ${r.update.length} | ${md} | ${r.members_before} → ${r.members_after} |`,
        );
      }
      out.push('');
      omitted.push('per-member diffs are left out (counts only)');
      if (rows < changed.length) {
        out.push(`…and ${plural(changed.length - rows, 'more room')} to change, not shown here.`, '');
        omitted.push(`${plural(changed.length - rows, 'changed room')} not listed`);
      }
    }
  }
  if (listLimit !== Infinity) {
    const over = (n: number) => n > listLimit;
    if (over(blocked.length) || over(plan.warnings.length) || over(errored.flatMap((r) => r.errors).length)) {
      omitted.push(`lists longer than ${listLimit} items are cut short`);
    }
  }

  const s = plan.summary;
  out.push(
    `${plural(s.rooms_unchanged, 'room')} unchanged, ${s.rooms_unmanaged} unmanaged (not in any file, never touched).`,
    '',
  );
  if (omitted.length > 0) {
    out.push(
      `> [!NOTE]`,
      `> This plan is too large for one comment: ${omitted.join('; ')}. The full plan is in ` +
        `${e(opts.fullPlanHint ?? 'the job summary and the plan file')}.`,
      '',
    );
  }
  const footer = opts.footer ? footerLine(opts.footer) : null;
  if (footer !== null) out.push('---', footer, '');
  if (machine !== null) out.push(machine, '');
  return out.join('\n');
}

/**
 * The plan as GitHub Markdown (PR comment and job summary): summary line, blocked rooms and errors first,
 * warnings, one collapsible `<details>` with a diff per changed room, unchanged/unmanaged counts, an optional
 * footer and hidden machine-readable block. Every user string is escaped. The body stays within `maxChars`
 * by degrading in stages (full → diffs trimmed → per-room counts table → first N rooms of the table → first N
 * transmit grants and removals), never cutting an element in half, and always says what was left out and where
 * the full plan is. Transmit grants and removals are listed by user and room in every stage but the last, which
 * says prominently how many it could not show.
 */
export function renderMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  const max = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const blocks = new Map<MachineDetail, string | null>();
  const machine = (detail: MachineDetail): string | null => {
    if (!opts.machine) return null;
    let b = blocks.get(detail);
    if (b === undefined) {
      b = renderMachineBlock(plan, opts.machine, detail);
      blocks.set(detail, b);
    }
    return b;
  };
  const details: MachineDetail[] = opts.machine ? ['map', 'digests'] : ['none'];
  const stages: Stage[] = [
    { kind: 'full' },
    { kind: 'trimmed', diffLines: 20, listItems: 50 },
    { kind: 'trimmed', diffLines: 5, listItems: 20 },
    { kind: 'counts', listItems: 20, critical: Infinity },
  ];
  for (const stage of stages) {
    for (const d of details) {
      if ((machine(d)?.length ?? 0) > max) continue;
      const body = renderStage(plan, opts, stage, machine(d));
      if (body.length <= max) return body;
    }
  }
  const changedCount = plan.rooms.filter((r) => r.errors.length === 0).length;
  const lastResort: MachineDetail[] = opts.machine ? ['map', 'digests', 'none'] : ['none'];
  const largest = (hi0: number, fits: (n: number) => boolean): number => {
    // The body grows with every row or item, so binary search for the largest count that fits.
    let lo = 0;
    let hi = hi0;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const listItems of [10, 3, 0]) {
    for (const d of lastResort) {
      const at = (rows: number) =>
        renderStage(plan, opts, { kind: 'partial', rows, listItems, critical: Infinity }, machine(d));
      if (at(0).length > max) continue;
      return at(largest(changedCount, (n) => at(n).length <= max));
    }
  }
  // Even the transmit grants and removals do not fit: list as many as fit, and say prominently how many are not.
  const criticalCount = plan.rooms.reduce((n, r) => n + r.remove.length + r.update.length + r.add.length, 0);
  for (const d of lastResort) {
    const at = (critical: number) =>
      renderStage(plan, opts, { kind: 'partial', rows: 0, listItems: 0, critical }, machine(d));
    if (at(0).length > max) continue;
    return at(largest(criticalCount, (n) => at(n).length <= max));
  }
  // Absurd inputs (a huge tree path, a tiny budget): drop the footer, then the machine block. Without a block,
  // a reviewed apply finds no reviewed plan and writes nothing, which is the safe failure.
  const bare = { ...opts, footer: undefined };
  const tiny = { kind: 'partial', rows: 0, listItems: 0, critical: 0 } as const;
  const withoutFooter = renderStage(plan, bare, tiny, machine('none'));
  if (withoutFooter.length <= max) return withoutFooter;
  return renderStage(plan, bare, tiny, null);
}
