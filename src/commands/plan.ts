import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatSourceErrors } from '../desired/index.js';
import { planTree } from '../engine.js';
import { renderJson, renderMarkdown, renderText } from '../render/index.js';
import { commandLogger, parseCommandArgs, type CliIo } from './common.js';
import {
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  connectionFrom,
  ENVIRONMENT_HELP,
  formatOption,
  maxRemovalPercentFrom,
  progressLine,
  requireToken,
  todayOption,
  useColor,
} from './connection.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

const HELP = [
  'Usage: whoot-rooms plan [options]',
  '',
  'Show what `apply` would change in whoot: reads the tree, then the live users, rooms and the members of the',
  'managed rooms (never any other room), and prints the changes per room. Writes nothing to whoot.',
  '',
  'Options:',
  '  --dir DIR              the desired-state tree (holds rooms/ and groups/; default .)',
  '  --format FORMAT        text (default), markdown or json (the JSON plan contract)',
  '  --out FILE             also write the JSON plan to FILE (review it, then `apply --plan-file FILE`)',
  '  --detailed-exitcode    exit 0 when there are no changes, 2 when there are changes',
  '  --today DATE           YYYY-MM-DD (UTC) to evaluate `expires` against (default: today)',
  '  --room NAME            plan only this room (its name, file or id); repeat for several',
  '  --max-removal-percent P  mass-removal guard: block a room losing ≥3 members and more than P% (default 25)',
  ...CONNECTION_HELP,
  '  --log-level LEVEL      fatal, error, warn, info (default), debug, trace, silent',
  '  --log-format FORMAT    text (default) or json; logs always go to stderr',
  '  -h, --help             show this help',
  '',
  'Exit codes: 0 success (with --detailed-exitcode: no changes), 2 changes (only with --detailed-exitcode),',
  '            1 any error: invalid tree, a room with errors, an API failure.',
  '',
  ...ENVIRONMENT_HELP,
  '',
].join('\n');

/** `whoot-rooms plan`: the dry run. Nothing but the plan goes to stdout, so `--format json | jq` always works. */
export default async function plan(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    dir: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'detailed-exitcode': { type: 'boolean' },
    room: { type: 'string', multiple: true },
    today: { type: 'string' },
    'max-removal-percent': { type: 'string' },
    ...CONNECTION_OPTIONS,
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = formatOption(values.format, FORMATS, 'text');
  const maxRemovalPercent = maxRemovalPercentFrom(values['max-removal-percent']);
  const conn = connectionFrom(values, io);
  requireToken(conn);
  const logger = commandLogger(values, io);
  const today = todayOption(values.today);
  const dir = resolve(io.cwd, values.dir ?? '.');

  const line = progressLine(io);
  let outcome;
  try {
    outcome = await planTree(
      { dir, maxRemovalPercent, ...(values.room ? { only: values.room } : {}) },
      conn,
      { logger, ...today, ...(line.progress ? { progress: line.progress } : {}) },
    );
  } finally {
    line.done();
  }
  if (outcome.kind === 'invalid') {
    for (const l of formatSourceErrors(outcome.errors)) io.stderr.write(`${l}\n`);
    io.stderr.write(`${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'} in the tree; no plan was made and nothing was written to whoot.\n`);
    return 1;
  }

  const planned = outcome.plan;
  if (values.out !== undefined) writeFileSync(resolve(io.cwd, values.out), renderJson(planned));
  if (format === 'json') io.stdout.write(renderJson(planned));
  // On stdout there is no comment-size limit to respect: only the job summary's 1 MiB is a sensible ceiling.
  else if (format === 'markdown') io.stdout.write(renderMarkdown(planned, { maxChars: 1_000_000 }));
  else io.stdout.write(renderText(planned, { color: useColor(io) }));

  if (planned.summary.errored > 0) return 1;
  return values['detailed-exitcode'] && planned.summary.rooms_changed > 0 ? 2 : 0;
}
