import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';

/** One file export wants to write, relative to the output folder (forward slashes). */
export interface ExportFile {
  path: string;
  text: string;
}

/** Why a path cannot be written: the path under the output folder and what is wrong with it. */
export interface ExportRefusal {
  path: string;
  reason: 'symlink' | 'exists' | 'not_a_file';
  message: string;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Check every target before anything is written: export follows no symbolic link inside the output folder
 * (a linked `rooms/`, any linked folder on the way, or a link at the target path, dangling or not), whatever
 * `force` says, so nothing can be written outside it. The output folder itself is the user's choice and may be
 * a link. An existing regular file is refused unless `force`.
 */
export function checkExportTargets(outDir: string, files: readonly ExportFile[], force: boolean): ExportRefusal[] {
  const refusals: ExportRefusal[] = [];
  const seenDirs = new Map<string, ExportRefusal | null>();
  for (const file of files) {
    const parts = file.path.split('/');
    let refused: ExportRefusal | null = null;
    for (let i = 1; i < parts.length && refused === null; i += 1) {
      const rel = parts.slice(0, i).join('/');
      if (!seenDirs.has(rel)) {
        const st = lstatOrNull(join(outDir, ...parts.slice(0, i)));
        let verdict: ExportRefusal | null = null;
        if (st?.isSymbolicLink()) {
          verdict = { path: rel, reason: 'symlink', message: 'is a symbolic link: export follows no links' };
        } else if (st !== null && !st.isDirectory()) {
          verdict = { path: rel, reason: 'not_a_file', message: 'exists and is not a folder' };
        }
        seenDirs.set(rel, verdict);
        if (verdict) refusals.push(verdict);
      }
      if (seenDirs.get(rel)) refused = seenDirs.get(rel) ?? null;
    }
    if (refused !== null) continue;
    const st = lstatOrNull(join(outDir, ...parts));
    if (st === null) continue;
    if (st.isSymbolicLink()) {
      refusals.push({ path: file.path, reason: 'symlink', message: 'is a symbolic link: export follows no links' });
    } else if (!st.isFile()) {
      refusals.push({ path: file.path, reason: 'not_a_file', message: 'exists and is not a regular file' });
    } else if (!force) {
      refusals.push({ path: file.path, reason: 'exists', message: 'already exists' });
    }
  }
  return refusals;
}

/**
 * Write one checked file without following links: folders are created one level at a time and re-checked, and
 * the file is opened with O_NOFOLLOW (a link swapped in after the check fails with ELOOP instead of being
 * followed) and O_EXCL unless overwriting was asked for.
 */
export function writeExportFile(outDir: string, file: ExportFile, force: boolean): void {
  const parts = file.path.split('/');
  // The output folder is the user's choice (it may be a link, or not exist yet); below it, nothing is followed.
  mkdirSync(outDir, { recursive: true });
  let dir = outDir;
  for (const part of parts.slice(0, -1)) {
    dir = join(dir, part);
    const st = lstatOrNull(dir);
    if (st === null) mkdirSync(dir);
    else if (!st.isDirectory() || st.isSymbolicLink()) {
      throw new Error(`${parts.join(sep)}: ${dir} is not a plain folder (a link?): export follows no links`);
    }
  }
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (force ? constants.O_TRUNC : constants.O_EXCL);
  const fd = openSync(join(outDir, ...parts), flags, 0o644);
  try {
    writeSync(fd, file.text);
  } finally {
    closeSync(fd);
  }
}
