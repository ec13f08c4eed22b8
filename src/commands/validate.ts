import { resolve } from 'node:path';
import { formatSourceErrors, loadDesiredState, sortErrors } from '../desired/index.js';
import type { DesiredRoom } from '../desired/types.js';
import { textEscape as t } from '../render/escape.js';
import { UsageError, type CliIo } from './common.js';
import { requireDirectory } from './files.js';
import { parseOrHelp, type CommandSpec } from './options.js';

const SPEC = {
  name: 'validate',
  description: [
    'Check the desired-state tree offline: YAML, the JSON Schemas, group references, clashes between files.',
    'No token and no network needed.',
  ],
  options: {
    dir: { type: 'string', arg: 'DIR', help: 'the folder holding rooms/ and groups/ (default: .)' },
    format: {
      type: 'string',
      arg: 'text|json',
      help:
        'text (default): one line per error, file:line:col: error: message\n' +
        'json: {"valid":bool,"errors":[{"file","line","column","message"[,"rule"]}]}',
    },
    today: { type: 'string', arg: 'YYYY-MM-DD', help: 'the date (UTC) to evaluate `expires` against (default: today)' },
  },
  footer: ['Exit status: 0 when the tree is valid, 1 when it is not.'],
} as const satisfies CommandSpec;

/** `whoot-rooms validate`: load the tree, print errors compiler style (or JSON), exit 0 valid / 1 invalid. */
export default async function validate(argv: string[], io: CliIo): Promise<number> {
  const values = parseOrHelp(argv, SPEC, io.stdout);
  if (!values) return 0;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got "${t(format)}"`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new UsageError(`--today must be YYYY-MM-DD, got "${t(values.today)}"`);
  }
  requireDirectory(io, values.dir);

  const dir = resolve(io.cwd, values.dir ?? '.');
  // The effective members are not reported: not kept (at bank scale they are most of the load's memory).
  const result = await loadDesiredState(dir, {
    effectiveMembers: false,
    ...(values.today !== undefined ? { today: values.today } : {}),
  });

  if (format === 'json') {
    const errors = result.ok
      ? []
      : sortErrors(result.errors).map((e) => ({
          file: e.file,
          line: e.line,
          column: e.column,
          message: e.message,
          ...(e.rule === undefined ? {} : { rule: e.rule }),
        }));
    const body = result.ok
      ? { valid: true, rooms: result.desired.rooms.length, groups: result.desired.groups.length, errors }
      : {
          format_version: 1,
          valid: false,
          errors,
          error: { kind: 'invalid_tree', message: invalidMessage(result.errors) },
        };
    io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    const lines = formatSourceErrors(result.errors);
    const files = new Set(result.errors.map((e) => e.file)).size;
    io.stdout.write(`${lines.join('\n')}\n`);
    io.stdout.write(
      `✗ ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${files} ` +
        `file${files === 1 ? '' : 's'}\n`,
    );
    for (const note of result.deferred ?? []) io.stdout.write(`note: ${t(note)}\n`);
    return 1;
  }
  const { rooms, groups } = result.desired;
  const expiring = rooms.reduce((n, r) => n + r.expiring.length, 0);
  io.stdout.write(
    `✓ ${rooms.length} room${rooms.length === 1 ? '' : 's'}, ${groups.length} ` +
      `group${groups.length === 1 ? '' : 's'} valid\n`,
  );
  for (const r of rooms) {
    for (const e of r.expiring) {
      const what = `${e.ref.kind === 'group' ? 'group ' : ''}${t(e.ref.value)}`;
      io.stdout.write(`${t(e.pos.file)}:${e.pos.line}:${e.pos.column}: notice: ${what} expires on ${t(e.expires)}\n`);
    }
  }
  for (const w of expiredEntryWarnings(rooms)) io.stdout.write(`${w}\n`);
  if (expiring > 0) io.stdout.write(`${expiring} entr${expiring === 1 ? 'y expires' : 'ies expire'} within 7 days\n`);
  return 0;
}

/**
 * One warning per entry whose date has passed: it no longer counts, and `expire` removes what it gave, but the
 * file should say so too. An entry is known by the access it would bring (a group entry by its outer group).
 */
function expiredEntryWarnings(rooms: readonly DesiredRoom[]): string[] {
  const lines: string[] = [];
  for (const r of rooms) {
    const seen = new Set<string>();
    for (const g of r.expired ?? []) {
      const at = `${t(g.pos.file)}:${g.pos.line}:${g.pos.column}`;
      if (seen.has(at)) continue;
      seen.add(at);
      const what = g.via[0] === undefined ? t(g.ref.value) : `group ${t(g.via[0])}`;
      lines.push(`${at}: warning: entry for ${what} expired on ${t(g.expires)}; remove it from the file`);
    }
  }
  return lines;
}

function invalidMessage(errors: readonly unknown[]): string {
  return `${errors.length} error${errors.length === 1 ? '' : 's'} in the tree`;
}
