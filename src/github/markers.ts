/**
 * Hidden markers that let us find our own comment or issue again. They name the tree (`path`) so two trees in
 * one repository keep two comments. The path is percent-encoded: an HTML comment must not contain `--` or `>`.
 */

/** `.`, `./`, `` and `rooms/..`-free spellings of the same tree give the same key. */
export function normaliseTreePath(path: string): string {
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  return parts.length === 0 ? '.' : parts.join('/');
}

function encode(path: string): string {
  const hex = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
  return encodeURIComponent(normaliseTreePath(path)).replace(/[!'()*~-]/g, hex);
}

/**
 * The marker of the sticky plan comment for one tree on one pull request. Deliberately not
 * `<!-- whoot-rooms:plan …`: that prefix belongs to the machine block inside the same comment.
 */
export function planCommentMarker(path: string): string {
  return `<!-- whoot-rooms:sticky path=${encode(path)} -->`;
}

/** The marker of the drift issue for one tree. */
export function driftIssueMarker(path: string): string {
  return `<!-- whoot-rooms:drift path=${encode(path)} -->`;
}

/** The marker of an apply-result comment (new one per apply; used only to recognise them). */
export function applyCommentMarker(path: string): string {
  return `<!-- whoot-rooms:apply-result path=${encode(path)} -->`;
}

/** True when `body` carries `marker` on a line of its own (not merely quoted inside other text). */
export function hasMarker(body: string | undefined | null, marker: string): boolean {
  if (!body) return false;
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
