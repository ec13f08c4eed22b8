import { writeFileSync } from 'node:fs';
import { planTree } from '../engine.js';
import { renderJson, renderMarkdown, renderText } from '../render/index.js';
import { InvalidTreeError, type CliIo } from './common.js';
import { commandLogger } from './logger.js';
import {
  CONNECTION_OPTIONS,
  connectionFrom,
  ENVIRONMENT_HELP,
  formatOption,
  maxRemovalPercentFrom,
  progressLine,
  requireToken,
  SHARED_OPTIONS,
  todayOption,
  useColor,
} from './connection.js';
import { requireDirectory, requireWritableFile } from './files.js';
import { parseOrHelp, type CommandSpec } from './options.js';
import { scopeRooms } from './room-scope.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

const SPEC = {
  name: 'plan',
  description: [
    'Show what `apply` would change in whoot: reads the tree, then the live users, rooms and the members of the',
    'managed rooms (never any other room), and prints the changes per room. Writes nothing to whoot.',
  ],
  options: {
    dir: SHARED_OPTIONS.dir,
    format: {
      type: 'string',
      arg: 'text|markdown|json',
      help: 'text (default), markdown or json (the JSON plan contract)',
    },
    out: {
      type: 'string',
      arg: 'FILE',
      help: 'also write the JSON plan to FILE (review it, then `apply --plan-file FILE`)',
    },
    'detailed-exitcode': { type: 'boolean', help: 'exit 0 when there are no changes, 2 when there are changes' },
    room: SHARED_OPTIONS.room,
    today: SHARED_OPTIONS.today,
    ...CONNECTION_OPTIONS,
    'max-removal-percent': SHARED_OPTIONS['max-removal-percent'],
  },
  footer: [
    'Exit codes: 0 success (with --detailed-exitcode: no changes), 2 changes (only with --detailed-exitcode),',
    '            1 any error: invalid tree, a room with errors, an API failure, a usage error.',
    '',
    ...ENVIRONMENT_HELP,
  ],
} as const satisfies CommandSpec;

const NOTHING_PLANNED = 'no plan was made and nothing was written to whoot';

/** `whoot-rooms plan`: the dry run. Nothing but the plan goes to stdout, so `--format json | jq` always works. */
export default async function plan(argv: string[], io: CliIo): Promise<number> {
  const values = parseOrHelp(argv, SPEC, io.stdout);
  if (!values) return 0;
  const format = formatOption(values.format, FORMATS, 'text');
  const maxRemovalPercent = maxRemovalPercentFrom(values['max-removal-percent']);
  const conn = connectionFrom(values, io);
  requireToken(conn);
  const logger = commandLogger(values, io);
  const today = todayOption(values.today);
  const dir = requireDirectory(io, values.dir);
  // Checked before any request: a plan that cannot be saved is not worth reading whoot for.
  const out = values.out === undefined ? undefined : requireWritableFile(io, values.out);
  const scope = await scopeRooms(io.cwd, dir, values.room, { logger, ...today }, NOTHING_PLANNED);

  const line = progressLine(io);
  let outcome;
  try {
    outcome = await planTree({ dir, maxRemovalPercent, ...scope }, conn, {
      logger,
      ...today,
      ...(line.progress ? { progress: line.progress } : {}),
    });
  } finally {
    line.done();
  }
  if (outcome.kind === 'invalid') throw new InvalidTreeError(outcome.errors, NOTHING_PLANNED);

  const planned = outcome.plan;
  if (out !== undefined) writeFileSync(out, renderJson(planned));
  if (format === 'json') io.stdout.write(renderJson(planned));
  // On stdout there is no comment-size limit to respect: only the job summary's 1 MiB is a sensible ceiling.
  else if (format === 'markdown') io.stdout.write(renderMarkdown(planned, { maxChars: 1_000_000 }));
  else io.stdout.write(renderText(planned, { color: useColor(io) }));

  if (planned.summary.errored > 0) return 1;
  return values['detailed-exitcode'] && planned.summary.rooms_changed > 0 ? 2 : 0;
}
