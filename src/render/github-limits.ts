/**
 * GitHub's size limits for what the Action writes, in one place. Comments and issue bodies are measured in
 * characters (GitHub refuses a body over 65,536); a job summary in bytes (GitHub refuses a step summary over
 * 1 MiB; we stop short of it).
 */
export const GITHUB_COMMENT_MAX_CHARS = 65_536;
export const GITHUB_SUMMARY_MAX_BYTES = 1_000_000;

/** The plan renderer's default budget: a comment, with room for the marker and the footer the Action adds. */
export const PLAN_COMMENT_MAX_CHARS = GITHUB_COMMENT_MAX_CHARS - 536;

/** A comment body fits when it leaves `reserve` characters of GitHub's limit for what is added around it. */
export function fitsComment(body: string, reserve = 0): boolean {
  return body.length <= GITHUB_COMMENT_MAX_CHARS - reserve;
}

/** The character budget left for a comment part, after the text around it. */
export function commentBudget(...around: Array<string | number>): number {
  const used = around.reduce<number>((n, x) => n + (typeof x === 'number' ? x : x.length), 0);
  return GITHUB_COMMENT_MAX_CHARS - used;
}
