/**
 * File and folder arguments, checked before any request, each refusal one line in words: `no such file:
 * nope.json`, not `ENOENT` after every read.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FileArgError } from './errors.js';
import type { CliIo } from './common.js';

function kindOf(path: string): 'file' | 'dir' | 'other' | undefined {
  try {
    const st = statSync(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** `--dir DIR` (as typed; default `.`) must be an existing folder. */
export function requireDirectory(io: CliIo, dir: string | undefined, flag = '--dir'): string {
  const shown = dir ?? '.';
  const abs = resolve(io.cwd, shown);
  const kind = kindOf(abs);
  if (kind === undefined) throw new FileArgError(`no such directory: ${shown}`);
  if (kind !== 'dir') throw new FileArgError(`not a directory: ${shown} (${flag} takes the folder that holds rooms/)`);
  return abs;
}

/** A file to read (`--plan-file FILE`): it exists, is a file, and can be read. */
export function requireReadableFile(io: CliIo, file: string): string {
  const abs = resolve(io.cwd, file);
  const kind = kindOf(abs);
  if (kind === undefined) throw new FileArgError(`no such file: ${file}`);
  if (kind !== 'file') throw new FileArgError(`not a file: ${file}`);
  try {
    accessSync(abs, constants.R_OK);
  } catch {
    throw new FileArgError(`cannot read ${file}: permission denied`);
  }
  return abs;
}

/** A file to write (`plan --out FILE`): its folder exists and is writable, and it is not a folder itself. */
export function requireWritableFile(io: CliIo, file: string): string {
  const abs = resolve(io.cwd, file);
  const kind = kindOf(abs);
  if (kind === 'dir') throw new FileArgError(`${file} is a directory: --out takes a file name`);
  const parent = dirname(abs);
  const parentKind = kindOf(parent);
  if (parentKind === undefined) throw new FileArgError(`no such directory: ${dirname(file)} (the folder of ${file})`);
  if (parentKind !== 'dir') throw new FileArgError(`not a directory: ${dirname(file)} (the folder of ${file})`);
  if (kind === 'file' ? !writable(abs) : !writable(parent)) {
    throw new FileArgError(`cannot write ${file}: permission denied`);
  }
  return abs;
}

/** A folder to write into (`export --out DIR`): created when missing, so its nearest existing parent must be
 * writable. */
export function requireWritableDirectory(io: CliIo, dir: string): string {
  const abs = resolve(io.cwd, dir);
  let existing = abs;
  while (kindOf(existing) === undefined && dirname(existing) !== existing) existing = dirname(existing);
  const kind = kindOf(existing);
  if (kind !== 'dir') {
    const what = existing === abs ? dir : `${existing} (on the way to ${dir})`;
    throw new FileArgError(`not a directory: ${what}`);
  }
  if (!writable(existing)) {
    throw new FileArgError(`cannot write to ${existing === abs ? dir : existing}: permission denied`);
  }
  return abs;
}
