import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { SourceError } from './types.js';

/** A file of the tree: its path relative to the root (`/`-separated) and on disk. */
export interface TreeFile {
  rel: string;
  abs: string;
}

export interface TreeListing {
  rooms: TreeFile[];
  groups: TreeFile[];
  errors: SourceError[];
}

const YAML_FILE = /\.ya?ml$/i;

/** A problem with a file or folder as a whole: line/column 0 (formatted without them). */
export const wholeFile = (file: string, message: string): SourceError => ({ file, line: 0, column: 0, message });

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Whether `dir` cannot hold a tree at all (missing, not a folder, no rooms/ folder): a few stat calls, so a
 * caller can refuse a wrong --dir before doing anything else. listTree reports the same problems.
 */
export function treeFolderProblem(dir: string): SourceError | null {
  try {
    if (!statSync(dir).isDirectory())
      return wholeFile(dir, 'not a directory: pass the folder that holds rooms/ with --dir');
  } catch {
    return wholeFile(dir, 'directory not found: pass the folder that holds rooms/ with --dir');
  }
  let rooms: string;
  try {
    if (!statSync(join(dir, 'rooms')).isDirectory()) throw new Error('not a folder');
    rooms = realpathSync(join(dir, 'rooms'));
  } catch {
    return wholeFile(
      'rooms/',
      'no rooms/ folder: the tree (--dir) needs rooms/ with the room files, and optionally groups/',
    );
  }
  return isInside(realpathSync(dir), rooms) ? null : linkOutside('rooms', rooms);
}

const linkOutside = (rel: string, real: string): SourceError =>
  wholeFile(
    `${rel}/`,
    `folder is a symbolic link outside the tree (to ${real}); refused: keep room and group files inside --dir`,
  );

/**
 * List `rooms/**\/*.y(a)ml` and `groups/*.y(a)ml` under `dir`. Symbolic links are followed only when they stay inside
 * the tree (a link to /etc/passwd or another checkout is refused); hidden entries (`.git`) are skipped.
 */
export function listTree(dir: string): TreeListing {
  const errors: SourceError[] = [];
  const problem = treeFolderProblem(dir);
  if (problem !== null && problem.file !== 'rooms/') return { rooms: [], groups: [], errors: [problem] };
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return {
      rooms: [],
      groups: [],
      errors: [wholeFile(dir, 'directory not found: pass the folder that holds rooms/ with --dir')],
    };
  }
  const visitedDirs = new Set<string>();

  const walk = (rel: string, recurse: boolean, out: TreeFile[]): void => {
    const abs = join(root, rel);
    const real = realpathSync(abs);
    if (!isInside(root, real)) {
      errors.push(linkOutside(rel, real));
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      errors.push(wholeFile(`${rel}/`, `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childRel = `${rel}/${entry.name}`;
      const childAbs = join(abs, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(childAbs);
        } catch {
          if (YAML_FILE.test(entry.name))
            errors.push(wholeFile(childRel, 'symbolic link points to nothing (broken link)'));
          continue;
        }
        if (!isInside(root, target)) {
          errors.push(
            wholeFile(
              childRel,
              `symbolic link points outside the tree (to ${target}); refused: keep room and group files inside --dir`,
            ),
          );
          continue;
        }
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (recurse) walk(childRel, true, out);
        else
          errors.push(
            wholeFile(`${childRel}/`, 'sub-folders of groups/ are not read: put group files directly in groups/'),
          );
      } else if (isFile && YAML_FILE.test(entry.name)) {
        out.push({ rel: childRel, abs: childAbs });
      }
    }
  };

  const rooms: TreeFile[] = [];
  const groups: TreeFile[] = [];
  const has = (name: string) => {
    try {
      return statSync(join(root, name)).isDirectory();
    } catch {
      return false;
    }
  };
  if (problem !== null) {
    errors.push(problem);
  } else {
    walk('rooms', true, rooms);
    if (rooms.length === 0 && errors.length === 0)
      errors.push(wholeFile('rooms/', 'no room files: add rooms/<name>.yaml (sub-folders allowed)'));
  }
  if (has('groups')) walk('groups', false, groups);
  return { rooms, groups, errors };
}
