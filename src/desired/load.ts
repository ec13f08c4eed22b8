import { readFileSync } from 'node:fs';
import { isCalendarDate, utcToday } from './dates.js';
import { sortErrors } from './format.js';
import { LIMITS } from './limits.js';
import { readGroupFile, readRoomFile, type GroupFile, type RoomFile } from './model.js';
import { buildDesiredState, semanticErrors } from './resolve.js';
import { validateAgainstSchema, type FileKind } from './schema.js';
import { listTree, wholeFile, type TreeFile } from './tree.js';
import { parseYamlSource } from './yaml-source.js';
import type { LoadResult, SourceError } from './types.js';

export interface LoadOptions {
  /** YYYY-MM-DD (UTC): entries with `expires` on or before it are dropped. Defaults to the current UTC date. */
  today?: string;
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Parse and schema-check one file's bytes. Pure apart from the caller's read. */
export function checkFile(kind: FileKind, file: string, bytes: Uint8Array): { ok: true; room?: RoomFile; group?: GroupFile } | { ok: false; errors: SourceError[] } {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return parsed;
  const errors = validateAgainstSchema(kind, parsed.source);
  if (errors.length > 0) return { ok: false, errors };
  return kind === 'room' ? { ok: true, room: readRoomFile(parsed.source) } : { ok: true, group: readGroupFile(parsed.source) };
}

function readChecked(kind: FileKind, f: TreeFile): ReturnType<typeof checkFile> {
  // Size is checked from stat before reading, so a 50 MB file is never loaded into memory.
  if (f.size > LIMITS.maxFileBytes) {
    return { ok: false, errors: [wholeFile(f.rel, `file is ${mib(f.size)}; the limit is ${mib(LIMITS.maxFileBytes)} per room or group file`)] };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(f.abs);
  } catch (err) {
    return { ok: false, errors: [wholeFile(f.rel, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)] };
  }
  return checkFile(kind, f.rel, bytes);
}

/**
 * Load the desired-state tree under `dir` (rooms/ and groups/), validate it (YAML, JSON Schemas, references,
 * clashes) and compute each room's effective members. Reports every error of every file, sorted by position.
 */
export function loadDesiredState(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const today = options.today ?? utcToday();
  if (!isCalendarDate(today)) return Promise.reject(new Error(`today must be a YYYY-MM-DD date, got "${today}"`));
  const listing = listTree(dir);
  const errors: SourceError[] = [...listing.errors];
  const rooms: RoomFile[] = [];
  const groups: GroupFile[] = [];
  for (const f of listing.rooms) {
    const r = readChecked('room', f);
    if (!r.ok) errors.push(...r.errors);
    else if (r.room) rooms.push(r.room);
  }
  for (const f of listing.groups) {
    const r = readChecked('group', f);
    if (!r.ok) errors.push(...r.errors);
    else if (r.group) groups.push(r.group);
  }
  // Cross-file checks run on the files that parsed, so one broken file does not hide other problems.
  // Unknown-group errors are only trustworthy when every group file parsed.
  const semantic = semanticErrors(rooms, groups);
  const groupFileFailed = errors.some((e) => e.file.startsWith('groups/'));
  errors.push(...(groupFileFailed ? semantic.filter((e) => !e.message.startsWith('unknown group')) : semantic));
  if (errors.length > 0) return Promise.resolve({ ok: false, errors: sortErrors(errors) });
  return Promise.resolve({ ok: true, desired: buildDesiredState(rooms, groups, today) });
}
