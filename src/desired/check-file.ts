import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { LIMITS } from './limits.js';
import {
  readGroupFile,
  readPartialEntries,
  readPartialGroupFile,
  readRoomFile,
  yamlPositions,
  type FilePositions,
  type GroupFile,
  type PartialFile,
  type RoomFile,
} from './model.js';
import { validateAgainstSchema, type FileKind } from './schema.js';
import { validators } from './schema-validators.js';
import { wholeFile, type TreeFile } from './tree.js';
import { readFastYaml, type FastYaml } from './yaml-fast.js';
import { decodeYamlText, parseYamlText, type YamlSource } from './yaml-source.js';
import type { SourceError, SourcePos } from './types.js';

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** A file parsed and schema-checked: the room or group, or its errors and, after schema errors, what is readable. */
export type CheckedFile =
  { ok: true; room?: RoomFile; group?: GroupFile } | { ok: false; errors: SourceError[]; partial?: PartialFile };

function partialOf(kind: FileKind, source: YamlSource): PartialFile {
  const group = kind === 'group' ? readPartialGroupFile(source) : undefined;
  return { entries: readPartialEntries(source), ...(group === undefined ? {} : { group }) };
}

/** Positions in a file the fast reader read. */
function fastPositions(file: string, fast: FastYaml): FilePositions {
  const pos = (line: number, column: number): SourcePos => ({ file, line, column });
  const m = fast.members;
  const top = pos(fast.top[0], fast.top[1]);
  const key = (name: string): SourcePos | undefined => {
    const at = fast.keys.get(name);
    return at === undefined ? undefined : pos(at[0], at[1]);
  };
  return {
    top,
    key,
    // The reader recorded four numbers for every item of `members`, the list the entries are read from.
    place: (i, _key, entry) => {
      entry.line = m[4 * i] as number;
      entry.column = m[4 * i + 1] as number;
      entry.valueLine = m[4 * i + 2] as number;
      entry.valueColumn = m[4 * i + 3] as number;
    },
  };
}

export interface CheckOptions {
  /** Try the fast reader first (default true); tests turn it off to compare both readers. */
  fast?: boolean;
}

/** Parse and schema-check one file's bytes. Pure apart from the caller's read. */
export function checkFile(kind: FileKind, file: string, bytes: Uint8Array, options: CheckOptions = {}): CheckedFile {
  const decoded = decodeYamlText(file, bytes);
  if (!decoded.ok) return decoded;
  // A file the fast reader reads and the schema accepts is done; anything else (every file with an error among
  // them) is parsed again by `yaml`, which says what is wrong and where.
  const fast = options.fast === false ? undefined : readFastYaml(decoded.text);
  if (fast !== undefined && validators[kind](fast.value)) {
    const at = fastPositions(file, fast);
    return kind === 'room'
      ? { ok: true, room: readRoomFile(file, fast.value, at) }
      : { ok: true, group: readGroupFile(file, fast.value, at) };
  }
  const parsed = parseYamlText(file, decoded.text);
  if (!parsed.ok) return parsed;
  const errors = validateAgainstSchema(kind, parsed.source);
  // What can still be read of a file with schema errors is checked against the tree too (all errors, one run).
  if (errors.length > 0) return { ok: false, errors, partial: partialOf(kind, parsed.source) };
  const at = yamlPositions(parsed.source);
  return kind === 'room'
    ? { ok: true, room: readRoomFile(file, parsed.source.value, at) }
    : { ok: true, group: readGroupFile(file, parsed.source.value, at) };
}

export function readChecked(kind: FileKind, f: TreeFile): CheckedFile {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(f.abs, 'r');
    // Size from the open file, before reading it: a 50 MB file is never loaded into memory. Checked here,
    // file by file, rather than when the tree is listed, so listing stays a few directory reads.
    const { size } = fstatSync(fd);
    if (size > LIMITS.maxFileBytes) {
      return {
        ok: false,
        errors: [
          wholeFile(f.rel, `file is ${mib(size)}; the limit is ${mib(LIMITS.maxFileBytes)} per room or group file`),
        ],
      };
    }
    bytes = readFileSync(fd);
  } catch (err) {
    return {
      ok: false,
      errors: [wholeFile(f.rel, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)],
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return checkFile(kind, f.rel, bytes);
}
