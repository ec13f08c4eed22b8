/**
 * `--room NAME`: a value that selects no room file is a usage error (with a did-you-mean), found offline before
 * any request; a file path is taken relative to the working directory as well as to --dir.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { closest } from '../desired/did-you-mean.js';
import type { DesiredState } from '../desired/types.js';
import { validateTree, type EngineContext } from '../engine.js';
import { InvalidTreeError, UsageError } from './errors.js';

/** A `--room` value as the tree names files: `rooms/fx.yaml` for `examples/acme/rooms/fx.yaml` typed from the repo. */
export function normalizeRoomArg(cwd: string, dir: string, value: string): string {
  const fromCwd = resolve(cwd, value);
  if (!/\.ya?ml$/i.test(value) || !existsSync(fromCwd)) return value;
  const rel = relative(dir, fromCwd);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return value;
  return rel.split(sep).join('/');
}

/** The `--room` values no room file answers to (by name, file or id), each with its did-you-mean. */
export function unknownRoomArgs(desired: DesiredState, only: readonly string[]): string[] {
  const names = desired.rooms.flatMap((r) => [r.name, r.file, r.id].filter((x): x is string => x !== undefined));
  return [...new Set(only)]
    .filter((o) => !desired.rooms.some((r) => o === r.name || o === r.file || o.toLowerCase() === r.id?.toLowerCase()))
    .map((o) => {
      const caseOnly = names.find((n) => n.toLowerCase() === o.toLowerCase());
      const guess = caseOnly ?? closest(o, names);
      return `"${o}"${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`;
    });
}

/**
 * With `--room`: load the tree first (offline), refuse a value that selects nothing, and hand back the loaded
 * tree (so it is not loaded twice) and the values as the planner matches them. Without: nothing to do.
 */
export async function scopeRooms(
  cwd: string,
  dir: string,
  room: readonly string[] | undefined,
  ctx: EngineContext,
  consequence: string,
): Promise<{ only?: string[]; desired?: DesiredState }> {
  if (room === undefined || room.length === 0) return {};
  const only = room.map((r) => normalizeRoomArg(cwd, dir, r));
  const loaded = await validateTree(dir, ctx);
  if (!loaded.ok) throw new InvalidTreeError(loaded.errors, consequence);
  const unknown = unknownRoomArgs(loaded.desired, only);
  if (unknown.length > 0) {
    const n = loaded.desired.rooms.length;
    const list = unknown.join(', ');
    throw new UsageError(`--room ${list} matches no room file (by name, file or id) among the ${n} in the tree`);
  }
  // The planner matches ids exactly as written in the file.
  const ids = new Map(
    loaded.desired.rooms.flatMap((r) => (r.id === undefined ? [] : [[r.id.toLowerCase(), r.id] as const])),
  );
  return { only: only.map((o) => ids.get(o.toLowerCase()) ?? o), desired: loaded.desired };
}
