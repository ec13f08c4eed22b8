import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatSourceErrors, loadDesiredState } from '../desired/index.js';
import type { GroupFile, RoomFile } from '../desired/model.js';
import { readLive, requiredScopes } from '../engine.js';
import type { LiveState } from '../live/types.js';
import { matchRooms } from '../plan/index.js';
import { roomName, treeGrants } from '../policy/index.js';
import { terminalText, textEscape as t } from '../render/escape.js';
import { renderReportCsv, renderReportJson } from '../render/report-data.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import {
  entitlements,
  filterRows,
  withLastChange,
  withLive,
  type LineChange,
  type Report,
} from '../render/report-model.js';
import { parseCommandArgs, type CliIo } from './common.js';
import { commandLogger } from './logger.js';
import {
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  connectionFrom,
  formatOption,
  progressLine,
  requireToken,
  todayOption,
} from './connection.js';

const FORMATS = ['markdown', 'csv', 'json', 'html'] as const;
const RENDERERS: Record<(typeof FORMATS)[number], (r: Report) => string> = {
  markdown: renderReportMarkdown,
  csv: renderReportCsv,
  json: renderReportJson,
  html: renderReportHtml,
};

const HELP = [
  'Usage: whoot-rooms report [options]',
  '',
  'The access review: every entitlement the tree grants today, one row per (room, user), with the entries that',
  'grant it (direct or the group chain), its end date, and the last commit, date and author of the granting line',
  '(git blame, when the tree is in a git work tree). Offline unless --live.',
  '',
  'Options:',
  '  --dir DIR              the desired-state tree (holds rooms/ and groups/; default .)',
  '  --format FORMAT        markdown (default), csv, json or html (one self-contained page)',
  '  --out FILE             write the report to FILE instead of stdout',
  '  --user EMAIL           only this user; repeat for several',
  '  --room NAME            only this room (its name, file or id); repeat for several',
  '  --live                 compare with whoot (read scopes only): adds a `live` column',
  '  --today DATE           YYYY-MM-DD (UTC) to evaluate `expires` against (default: today)',
  ...CONNECTION_HELP,
  '  --log-level LEVEL      fatal, error, warn, info (default), debug, trace, silent',
  '  --log-format FORMAT    text (default) or json; logs always go to stderr',
  '  -h, --help             show this help',
  '',
  'Exit codes: 0 the report was written; 1 an error (an invalid tree, an API failure with --live).',
  '',
  'Environment (with --live only; the report itself needs no key):',
  '  WHOOT_API_TOKEN        the whoot API key, read scopes only (never passed as a flag)',
  '  WHOOT_API_URL          the API base URL when --api-url is not given',
  '',
].join('\n');

const NOT_COMMITTED = /^0+$/;

/** `git blame --line-porcelain` output as the last change of each line (uncommitted lines left out). Pure. */
export function parseBlame(porcelain: string): Map<number, LineChange> {
  const out = new Map<number, LineChange>();
  let current: { commit: string; line: number; author: string; time: number } | undefined;
  for (const l of porcelain.split('\n')) {
    const head = /^([0-9a-f]{40}|[0-9a-f]{64}) \d+ (\d+)/.exec(l);
    if (head) {
      current = { commit: head[1] as string, line: Number(head[2]), author: '', time: 0 };
    } else if (current !== undefined && l.startsWith('author ')) current.author = l.slice(7);
    else if (current !== undefined && l.startsWith('author-time ')) current.time = Number(l.slice(12));
    else if (current !== undefined && l.startsWith('\t')) {
      const { commit, author, time } = current;
      if (!NOT_COMMITTED.test(commit)) out.set(current.line, { commit, author, time });
      current = undefined;
    }
  }
  return out;
}

/** git, read-only, never running the repository's own helpers (a tree under review may be hostile). */
function git(dir: string, args: string[], env: NodeJS.ProcessEnv): string | null {
  try {
    return execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', ...args], {
      cwd: dir,
      env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

/** The HEAD commit and a blame lookup for the tree's files, when the tree is inside a git work tree. */
interface GitHistory {
  commit: string | null;
  blame: (file: string, line: number) => LineChange | null;
}

function gitHistory(dir: string, env: NodeJS.ProcessEnv): GitHistory {
  const inside = git(dir, ['rev-parse', '--is-inside-work-tree'], env)?.trim() === 'true';
  if (!inside) return { commit: null, blame: () => null };
  const head = git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD'], env)?.trim();
  const files = new Map<string, Map<number, LineChange>>();
  return {
    commit: head !== undefined && /^[0-9a-f]{40,64}$/.test(head) ? head : null,
    blame: (file, line) => {
      let lines = files.get(file);
      if (lines === undefined) {
        const text = git(dir, ['blame', '--line-porcelain', '--', file], env);
        lines = text === null ? new Map() : parseBlame(text);
        files.set(file, lines);
      }
      return lines.get(line) ?? null;
    },
  };
}

/** `whoot-rooms report`: the access review, offline from the tree and its git history (and whoot with --live). */
export default async function report(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    dir: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    user: { type: 'string', multiple: true },
    room: { type: 'string', multiple: true },
    live: { type: 'boolean' },
    today: { type: 'string' },
    ...CONNECTION_OPTIONS,
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = formatOption(values.format, FORMATS, 'markdown');
  const today = todayOption(values.today);
  const conn = values.live === true ? connectionFrom(values, io) : undefined;
  if (conn !== undefined) requireToken(conn);
  const logger = commandLogger(values, io);
  const dir = resolve(io.cwd, values.dir ?? '.');

  let files: { rooms: readonly RoomFile[]; groups: readonly GroupFile[] } | undefined;
  const loaded = await loadDesiredState(dir, { ...today, onTreeFiles: (f) => (files = f) });
  if (!loaded.ok || files === undefined) {
    const errors = loaded.ok ? [] : loaded.errors;
    for (const l of formatSourceErrors(errors)) io.stderr.write(`${l}\n`);
    io.stderr.write(`${errors.length} error${errors.length === 1 ? '' : 's'} in the tree; no report was made.\n`);
    return 1;
  }
  for (const o of values.room ?? []) {
    const known = files.rooms.some(
      (r) => o === r.name || o === r.file || (r.id !== undefined && o.toLowerCase() === r.id.toLowerCase()),
    );
    if (!known) io.stderr.write(`warning: --room "${t(o)}" matches no room file (give its name, file or id)\n`);
  }
  const history = gitHistory(dir, io.env);
  const grants = treeGrants(files.rooms, files.groups);
  let rows = entitlements(grants, loaded.desired.today);

  if (conn !== undefined) {
    const desired = loaded.desired;
    const line = progressLine(io);
    let live: LiveState;
    try {
      const ctx = { logger, ...(line.progress ? { progress: line.progress } : {}) };
      live = await readLive(conn, ctx, requiredScopes(false), (rooms) => matchRooms(desired, rooms).managedRoomIds);
    } finally {
      line.done();
    }
    const unread = Object.keys(live.unread ?? {});
    if (unread.length > 0) {
      throw new Error(`the members of ${unread.length} room(s) could not be read completely: ${unread.join(', ')}`);
    }
    const matched = matchRooms(desired, live.rooms).matches;
    for (const m of matched) {
      for (const e of m.errors) io.stderr.write(`${t(e.file)}:${e.line}:${e.column}: warning: ${t(e.message)}\n`);
    }
    const byFile = new Map(files.rooms.map((r) => [r.file, r] as const));
    rows = withLive(
      rows,
      matched.map((m) => {
        const file = byFile.get(m.desired.file) as RoomFile;
        const id = m.live?.id ?? file.id;
        return {
          file: m.desired.file,
          name: roomName(file),
          ...(id === undefined ? {} : { id }),
          members: m.live === null || m.errors.length > 0 ? null : (live.members[m.live.id] ?? null),
        };
      }),
      live.users,
    );
  }
  rows = withLastChange(filterRows(rows, values.user ?? [], values.room ?? []), history.blame);

  const data: Report = {
    generated_at: new Date().toISOString(),
    commit: history.commit,
    live: conn !== undefined,
    rows,
  };
  const text = RENDERERS[format](data);
  if (values.out !== undefined) {
    const out = resolve(io.cwd, values.out);
    writeFileSync(out, text);
    const n = rows.length;
    io.stderr.write(`wrote ${terminalText(values.out)} (${n} entitlement${n === 1 ? '' : 's'}, ${format})\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}
