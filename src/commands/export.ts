import { isAbsolute, join, relative } from 'node:path';
import roomSchema from '../../schemas/room.schema.json' with { type: 'json' };
import { readLive, requiredScopes } from '../engine.js';
import { exportTree } from '../export/tree.js';
import { selects } from '../plan/match.js';
import { terminalText } from '../render/escape.js';
import { checkExportTargets, writeExportFile } from '../export/write.js';
import { closest } from '../desired/did-you-mean.js';
import { UsageError, type CliIo } from './common.js';
import { commandLogger } from './logger.js';
import {
  CONNECTION_OPTIONS,
  connectionFrom,
  ENVIRONMENT_HELP,
  formatOption,
  progressLine,
  requireToken,
} from './connection.js';
import { requireWritableDirectory } from './files.js';
import { parseOrHelp, type CommandSpec } from './options.js';

const SPEC = {
  name: 'export',
  description: [
    'Write the live rooms as a desired-state tree: one file per room under DIR/rooms/, with the room id pinned,',
    'members sorted by email and transmit shown. `plan --dir DIR` on the result shows no changes: this is how a',
    'team adopts whoot-rooms. Reads only (needs api:users:read and api:rooms:read).',
  ],
  options: {
    out: { type: 'string', arg: 'DIR', help: 'the tree to write (default .); files go to DIR/rooms/' },
    force: { type: 'boolean', help: 'overwrite files that already exist' },
    format: {
      type: 'string',
      arg: 'text|json',
      help: 'text (default): one line per file; json: {"format_version":1,"out","files":[{"path","room","members"}]}',
    },
    room: {
      type: 'string',
      multiple: true,
      arg: 'NAME',
      help: 'export only this room (its name or id); repeat for several',
    },
    ...CONNECTION_OPTIONS,
  },
  footer: [
    'Exit codes: 0 written; 1 an error (a file exists without --force, an unknown --room, an API failure).',
    '',
    ...ENVIRONMENT_HELP,
  ],
} as const satisfies CommandSpec;

/** `whoot-rooms export`: today's live state as a tree. */
export default async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const values = parseOrHelp(argv, SPEC, io.stdout);
  if (!values) return 0;
  const format = formatOption(values.format, ['text', 'json'] as const, 'text');
  const conn = connectionFrom(values, io);
  requireToken(conn);
  const logger = commandLogger(values, io);
  // Checked before any request: a tree that cannot be written is not worth reading whoot for.
  const outDir = requireWritableDirectory(io, values.out ?? '.');
  const only = values.room ?? [];
  // The planner's scope rule: a live room is selected by its name or its id (it has no file yet).
  const wanted = (room: { id: string; name: string }) => selects(only, room);

  const line = progressLine(io);
  let live;
  try {
    live = await readLive(
      conn,
      { logger, ...(line.progress ? { progress: line.progress } : {}) },
      requiredScopes(false),
      (rooms) => rooms.filter(wanted).map((r) => r.id),
    );
  } finally {
    line.done();
  }
  const unknown = only.filter((o) => !live.rooms.some((r) => r.name === o || r.id === o));
  if (unknown.length > 0) {
    const names = live.rooms.map((r) => r.name);
    const hint = (u: string) => names.find((n) => n.toLowerCase() === u.toLowerCase()) ?? closest(u, names);
    const list = unknown.map((u) => `"${u}"${hint(u) === undefined ? '' : ` (did you mean "${hint(u)}"?)`}`);
    throw new UsageError(`--room: no whoot room is named ${list.join(', ')}`);
  }

  const files = exportTree(live, live.rooms.filter(wanted), roomSchema.$id);
  const shown = displayPath(io.cwd, outDir);
  const force = values.force === true;
  // Every target is checked before the first write, so a refusal leaves the folder as it was.
  const refusals = checkExportTargets(outDir, files, force);
  if (refusals.length > 0) {
    for (const r of refusals) io.stderr.write(`error: ${terminalText(join(shown, r.path))} ${r.message}\n`);
    const links = refusals.some((r) => r.reason !== 'exists');
    io.stderr.write(
      `refusing to write ${refusals.length} path${refusals.length === 1 ? '' : 's'}: nothing was written` +
        `${links ? ' (links and non-files are refused even with --force)' : ' (use --force to overwrite)'}\n`,
    );
    return 1;
  }
  const written: Array<{ path: string; room: string; members: number }> = [];
  for (const f of files) {
    writeExportFile(outDir, f, force);
    written.push({ path: join(shown, f.path), room: f.roomName, members: f.members });
    const line = `wrote ${join(shown, f.path)} (${f.roomName}, ${f.members} member${f.members === 1 ? '' : 's'})\n`;
    (format === 'json' ? io.stderr : io.stdout).write(line);
  }
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ format_version: 1, out: shown, files: written }, null, 2)}\n`);
  }
  io.stderr.write(
    `exported ${files.length} room${files.length === 1 ? '' : 's'}; check it with: whoot-rooms plan --dir ${shown}\n`,
  );
  return 0;
}

/** A path as the user would type it: relative when under the working directory, absolute otherwise. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
