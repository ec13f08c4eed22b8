/**
 * The Markdown the Action adds around the engine's renderers: invalid-tree and validate-only comments, the apply
 * result comment and the drift issue. Every user string goes through the renderer's escaping.
 */
import type { SourceError } from '../desired/types.js';
import { mdCode, mdEscape as e } from '../render/escape.js';

/** Commit, run link and tree path under a comment. */
export interface FooterInfo {
  sha?: string;
  runUrl?: string;
  path: string;
}

/** `<sub>commit … · workflow run · tree …</sub>` */
export function footer(f: FooterInfo): string {
  const parts: string[] = [];
  if (f.sha) parts.push(`commit ${mdCode(f.sha, 64)}`);
  if (f.runUrl && /^https?:\/\/[^\s()<>"'`]+$/.test(f.runUrl)) parts.push(`[workflow run](${f.runUrl})`);
  parts.push(`tree ${mdCode(f.path)}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A source error as a Markdown list item, its location repo-relative. */
function errorItem(err: SourceError, repoFile: (file: string) => string): string {
  return `- ${mdCode(`${repoFile(err.file)}:${err.line}:${err.column}`)}: ${e(err.message, 500)}`;
}

/**
 * "The tree is invalid": every error as a list item, within `maxChars` (the rest counted, never cut mid-item).
 */
export function renderInvalidTree(
  errors: readonly SourceError[],
  opts: { title: string; repoFile: (file: string) => string; footer?: FooterInfo; maxChars: number; note?: string },
): string {
  const head = [
    `### ${e(opts.title)}`,
    '',
    `**The tree is invalid: ${plural(errors.length, 'error')}. Nothing was planned.**`,
    '',
  ];
  if (opts.note) head.push(opts.note, '');
  const tail: string[] = [''];
  if (opts.footer) tail.push('---', footer(opts.footer), '');
  const items = errors.map((err) => errorItem(err, opts.repoFile));
  let size = head.join('\n').length + tail.join('\n').length + 200;
  const shown: string[] = [];
  for (const item of items) {
    if (size + item.length + 1 > opts.maxChars) break;
    shown.push(item);
    size += item.length + 1;
  }
  if (shown.length < items.length) {
    const more = plural(items.length - shown.length, 'more error');
    shown.push(`- …and ${more}: the job summary of the workflow run lists them all.`);
  }
  return [...head, ...shown, ...tail].join('\n');
}

/** Validate-only (no whoot key, e.g. a pull request from a fork): the tree is valid, the live plan was skipped. */
export function renderValidateOnly(opts: {
  title: string;
  reason: string;
  rooms: number;
  groups: number;
  footer?: FooterInfo;
}): string {
  const out = [
    `### ${e(opts.title)}`,
    '',
    `**The tree is valid (${plural(opts.rooms, 'room')}, ${plural(opts.groups, 'group')}). ` +
      'The live plan was skipped.**',
    '',
    `> [!NOTE]`,
    `> ${opts.reason}`,
    '',
  ];
  if (opts.footer) out.push('---', footer(opts.footer), '');
  return out.join('\n');
}

/** The paragraph above an apply report: which pull request's review it followed and whether the guard was lifted. */
export function renderApplyPreamble(opts: {
  pullNumber: number | null;
  reviewMode: 'per-room' | 'whole-plan' | 'none';
  forcedByLabel: string | null;
  headMismatch: string | null;
}): string {
  const lines: string[] = [];
  if (opts.pullNumber === null) {
    lines.push(
      '> [!WARNING]',
      '> Direct push: no merged pull request was found for this commit, so there was no reviewed plan; ' +
        'every change was applied.',
    );
  } else if (opts.reviewMode === 'per-room') {
    lines.push(
      `Applied only the rooms whose changes equal the plan reviewed on #${opts.pullNumber}; anything else was skipped.`,
    );
  } else if (opts.reviewMode === 'whole-plan') {
    lines.push(
      `The plan reviewed on #${opts.pullNumber} was too large to record per room, ` +
        'so the whole plan was compared: all or nothing.',
    );
  } else {
    lines.push(
      '`require-reviewed-plan` is off: the fresh plan was applied without comparing it to the review ' +
        `on #${opts.pullNumber}.`,
    );
  }
  if (opts.forcedByLabel !== null) {
    const label = mdCode(opts.forcedByLabel);
    lines.push('', `> [!IMPORTANT]`, `> The mass-removal guard was lifted by the ${label} label on the pull request.`);
  }
  if (opts.headMismatch !== null) lines.push('', `> [!WARNING]`, `> ${e(opts.headMismatch, 500)}`);
  return lines.join('\n');
}

/** The drift issue's body intro (the plan follows it). */
export function renderDriftIntro(opts: { path: string; sha: string; runUrl?: string }): string {
  return [
    `Live whoot state no longer matches the tree ${mdCode(opts.path)} at commit ${mdCode(opts.sha, 64)}: ` +
      'someone changed rooms outside git (for example in the whoot console), or a merge was not applied.',
    '',
    'To resolve it, either run the workflow with `command: restore` to put whoot back to the default branch ' +
      '(it applies the plan below as it is; the mass-removal guard holds), or merge a pull request that adopts the ' +
      'console change (edit the room files, or regenerate them with `whoot-rooms export`). Re-running apply does ' +
      'not help: apply writes only what a merged pull request reviewed. This issue is updated by every scheduled ' +
      'check and closed when whoot matches git again.',
  ].join('\n');
}

/** The comment that closes the drift issue. */
export function renderDriftResolved(opts: { path: string; sha: string; runUrl?: string }): string {
  const foot = footer({ sha: opts.sha, path: opts.path, ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) });
  const line = `Back in sync: whoot matches ${mdCode(opts.path)} at commit ${mdCode(opts.sha, 64)} again. Closing.`;
  return [line, '', foot].join('\n');
}
