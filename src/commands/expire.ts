import type { ApplyReport } from '../apply/types.js';
import { executePlan, readLive, requiredScopes, validateTree } from '../engine.js';
import { expiredChangesOf, expiryTarget, type ExpiredEntryChange } from '../plan/expire.js';
import { matchRooms, plan } from '../plan/index.js';
import type { Plan } from '../plan/types.js';
import { renderApplyReport, renderText } from '../render/index.js';
import { ask } from './apply.js';
import { InvalidTreeError, requireConsent, type CliIo } from './common.js';
import { commandLogger } from './logger.js';
import {
  CONNECTION_OPTIONS,
  connectionFrom,
  ENVIRONMENT_HELP,
  formatOption,
  progressLine,
  requireToken,
  SHARED_OPTIONS,
  todayOption,
  useColor,
} from './connection.js';
import { requireDirectory } from './files.js';
import { parseOrHelp, type CommandSpec } from './options.js';

const FORMATS = ['text', 'json'] as const;

/** The guard's usual threshold: `expire` has no flag for it, since it writes only what was already reviewed. */
const MAX_REMOVAL_PERCENT = 25;

const SPEC = {
  name: 'expire',
  description: [
    'Enforce `expires` on its date: remove the access, and downgrade the transmit, that entries whose date has',
    'passed gave, and nothing else. A user still brought by another entry stays (with listen, if only transmit',
    'expired). Drift, console additions and unmerged changes are left alone: each room gets one full-replace',
    '`PUT /rooms/{id}/members` of its live list minus the expired access, checked against a fresh read first.',
  ],
  options: {
    dir: SHARED_OPTIONS.dir,
    'auto-approve': { type: 'boolean', help: 'do not ask for confirmation (required when stdin is not a terminal)' },
    today: SHARED_OPTIONS.today,
    format: {
      type: 'string',
      arg: 'text|json',
      help:
        'text (default) or json: apply\'s {"applied","skipped","failed","summary"}, each\n' +
        'room with its "expired" changes',
    },
    ...CONNECTION_OPTIONS,
  },
  footer: [
    'Exit codes: 0 everything due was applied (or nothing was due); 1 a room was skipped (blocked by the',
    '            mass-removal guard, changed since it was read, errored) or failed, or the run failed.',
    '',
    ...ENVIRONMENT_HELP,
  ],
} as const satisfies CommandSpec;

/** `whoot-rooms expire`: plan only what expiry takes away, confirm, write it through the apply executor. */
export default async function expire(argv: string[], io: CliIo): Promise<number> {
  const values = parseOrHelp(argv, SPEC, io.stdout);
  if (!values) return 0;
  const format = formatOption(values.format, FORMATS, 'text');
  const conn = connectionFrom(values, io);
  const autoApprove = values['auto-approve'] === true;
  requireConsent(
    autoApprove,
    format,
    io,
    'refusing to expire without confirmation: stdin is not a terminal. Re-run with --auto-approve',
  );
  requireToken(conn);
  const logger = commandLogger(values, io);
  const ctx = { logger, ...todayOption(values.today) };
  const dir = requireDirectory(io, values.dir);

  // Expiry is enforced even when the tree breaks a policy rule: it only removes access that was reviewed to end.
  const loaded = await validateTree(dir, ctx, { policyRules: false });
  if (!loaded.ok) throw new InvalidTreeError(loaded.errors, 'nothing was written to whoot');
  const { desired } = loaded;
  const line = progressLine(io);
  let live;
  try {
    live = await readLive(
      conn,
      { ...ctx, ...(line.progress ? { progress: line.progress } : {}) },
      requiredScopes(true),
      (rooms) => matchRooms(desired, rooms).managedRoomIds,
    );
  } finally {
    line.done();
  }
  const planned = plan(expiryTarget(desired, live), live, { maxRemovalPercent: MAX_REMOVAL_PERCENT });

  const planOut = format === 'json' ? io.stderr : io.stdout;
  if (planned.rooms.length === 0) {
    planOut.write(`Nothing has expired that is still in whoot: nothing to write (today is ${desired.today}).\n`);
    if (format === 'json') io.stdout.write(expireJson(emptyReport(planned.summary.rooms_unchanged), planned));
    return 0;
  }
  const color = format === 'text' ? useColor(io) : io.stderr.isTTY === true && !io.env.NO_COLOR;
  planOut.write(renderText(planned, { color }));
  if (!autoApprove) {
    // Nothing aborts the question: expire installs no signal handlers, so Ctrl-C ends it before any write.
    const answer = await ask(
      io,
      '\nDo you want to write these expiries to whoot? Only "yes" will be accepted: ',
      new AbortController().signal,
    );
    if (answer !== 'yes') {
      io.stdout.write('Expire cancelled: nothing was written.\n');
      return 1;
    }
  }
  // The same executor as apply, given a plan whose rooms each carry the live list they were planned from: it
  // re-reads every room before its PUT and skips one that changed meanwhile.
  const report = await executePlan(planned, conn, { users: live.users }, ctx);
  if (format === 'json') io.stdout.write(expireJson(report, planned));
  else io.stdout.write(`\n${renderApplyReport(report, 'text')}`);
  return report.summary.failed > 0 || report.summary.skipped > 0 ? 1 : 0;
}

function emptyReport(unchanged: number): ApplyReport {
  const summary = { applied: 0, skipped: 0, failed: 0, unchanged, interrupted: false };
  return { applied: [], skipped: [], failed: [], summary };
}

/** Apply's JSON report, byte for byte its shape, with each room's `expired` changes added to its entry. */
function expireJson(report: ApplyReport, planned: Plan): string {
  const expired = new Map<string, ExpiredEntryChange[]>(planned.rooms.map((r) => [r.id, expiredChangesOf(r)]));
  type Entries = Record<'applied' | 'skipped' | 'failed', Array<{ id: string }>>;
  const body = JSON.parse(renderApplyReport(report, 'json')) as Entries;
  for (const list of [body.applied, body.skipped, body.failed]) {
    for (const room of list) Object.assign(room, { expired: expired.get(room.id) ?? [] });
  }
  return `${JSON.stringify(body, null, 2)}\n`;
}
