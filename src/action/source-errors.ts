import type { SourceError } from '../desired/types.js';
import { sortErrors } from '../desired/format.js';
import { repoFile, type RunContext } from './context.js';
import { renderInvalidTree } from './markdown.js';
import { runUrl } from './environment.js';

/**
 * GitHub shows at most 10 error annotations per step. Nine point at files; the tenth is the step's failure
 * message (core.setFailed is an error annotation too). Every error is in the summary (and the comment).
 */
export const MAX_ERROR_ANNOTATIONS = 9;

/**
 * Report validation errors: an annotation on the exact file, line and column for the first ten, every error in
 * the log and the job summary. Returns the step's failure message.
 */
export function reportSourceErrors(ctx: RunContext, errors: readonly SourceError[]): string {
  const sorted = sortErrors(errors);
  annotateSourceErrors(ctx, sorted);
  const url = runUrl(ctx.env);
  ctx.reporter.addSummary(
    renderInvalidTree(sorted, {
      title: `whoot-rooms: ${ctx.settings.path}`,
      repoFile: (f) => repoFile(ctx, f),
      footer: { sha: ctx.env.sha, path: ctx.settings.path, ...(url ? { runUrl: url } : {}) },
      maxChars: 900_000,
      ...(sorted.length > MAX_ERROR_ANNOTATIONS
        ? {
            note:
              `GitHub shows only the first ${MAX_ERROR_ANNOTATIONS} as annotations; ` +
              `all ${sorted.length} errors are listed here.`,
          }
        : {}),
    }),
  );
  const n = sorted.length;
  const count = `${n} error${n === 1 ? '' : 's'}`;
  return `the tree ${ctx.settings.path} is invalid: ${count} (see the annotations and the job summary)`;
}

/** The first errors as annotations on file, line and column; the rest as log lines. */
export function annotateSourceErrors(ctx: RunContext, errors: readonly SourceError[]): void {
  errors.forEach((err, i) => {
    const file = repoFile(ctx, err.file);
    if (i < MAX_ERROR_ANNOTATIONS) {
      ctx.reporter.error(err.message, { file, startLine: err.line, startColumn: err.column, title: 'whoot-rooms' });
    } else {
      ctx.reporter.info(`${file}:${err.line}:${err.column}: error: ${err.message}`);
    }
  });
}
