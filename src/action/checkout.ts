import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The git folder of a checkout: `.git`, or where a `.git` file (`gitdir: …`, a worktree) points. */
function gitDir(workspace: string): string | null {
  const dotGit = join(workspace, '.git');
  const asFile = readText(dotGit);
  if (asFile === null) return readText(join(dotGit, 'HEAD')) === null ? null : dotGit;
  const m = /^gitdir: (.+)$/m.exec(asFile);
  if (!m?.[1]) return null;
  return isAbsolute(m[1]) ? m[1] : resolve(workspace, m[1]);
}

function resolveRef(dir: string, ref: string): string | null {
  const loose = readText(join(dir, ref))?.trim();
  if (loose && SHA.test(loose)) return loose;
  // A fresh clone keeps most refs in packed-refs; a worktree shares them with its common folder.
  const common = readText(join(dir, 'commondir'))?.trim();
  for (const base of common ? [dir, resolve(dir, common)] : [dir]) {
    for (const line of (readText(join(base, 'packed-refs')) ?? '').split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
    const shared = readText(join(base, ref))?.trim();
    if (shared && SHA.test(shared)) return shared;
  }
  return null;
}

/**
 * The commit the workspace has checked out (its HEAD), read from the git folder without running git, or null
 * when it is not a git checkout. The plan records this, not the pull request head by assumption: on
 * `pull_request_target` the checkout is the base, and on `pull_request` the test merge commit.
 */
export function checkedOutCommit(workspace: string): string | null {
  const dir = gitDir(workspace);
  if (dir === null) return null;
  const head = readText(join(dir, 'HEAD'))?.trim() ?? '';
  if (SHA.test(head)) return head;
  const m = /^ref: (refs\/\S+)$/.exec(head);
  return m?.[1] ? resolveRef(dir, m[1]) : null;
}
