import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { PlanFileError, reviewedPlanFromJson } from '../review/plan-file.js';
import type { ApplyReport, ReviewedPlan } from '../apply/types.js';
import { executePlan, planTree } from '../engine.js';
import { renderApplyReport, renderText } from '../render/index.js';
import { InvalidTreeError, requireConsent, UsageError, type CliIo } from './common.js';
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
import { requireDirectory, requireReadableFile } from './files.js';
import { parseOrHelp, type CommandSpec } from './options.js';
import { scopeRooms } from './room-scope.js';
import { SIGNAL_EXIT, watchInterrupts } from '../interrupt.js';

const FORMATS = ['text', 'json'] as const;

const SPEC = {
  name: 'apply',
  description: [
    'Make whoot match the tree. Always re-reads live state and plans again first, then writes one full-replace',
    '`PUT /rooms/{id}/members` per room whose membership changes (and PATCH/DELETE /rooms/{id} for display_name',
    'and external_id changes). Unchanged rooms get no request. One room failing does not stop the others.',
  ],
  options: {
    dir: SHARED_OPTIONS.dir,
    'auto-approve': { type: 'boolean', help: 'do not ask for confirmation (required when stdin is not a terminal)' },
    force: { type: 'boolean', help: 'lift the mass-removal guard: also write rooms it blocks' },
    'plan-file': {
      type: 'string',
      arg: 'FILE',
      help:
        'a JSON plan from `plan --out FILE`: apply only rooms whose changes are exactly the\n' +
        'reviewed ones; rooms changed since review, or not in it, are skipped (exit 1)',
    },
    'max-removal-percent': SHARED_OPTIONS['max-removal-percent'],
    ...CONNECTION_OPTIONS,
    room: SHARED_OPTIONS.room,
    today: SHARED_OPTIONS.today,
    format: {
      type: 'string',
      arg: 'text|json',
      help: 'text (default) or json: {"applied","skipped","failed","summary"} on stdout',
    },
  },
  footer: [
    'Exit codes: 0 everything applied (or nothing to do); 1 a room failed, was skipped (blocked, changed since',
    '            review, errored) or the run failed; 130 / 143 interrupted by SIGINT / SIGTERM (writes already',
    '            sent were let finish; the rest were not started: re-run apply to converge).',
    '',
    ...ENVIRONMENT_HELP,
  ],
} as const satisfies CommandSpec;

const NOTHING_WRITTEN = 'nothing was written to whoot';

/** `whoot-rooms apply`: re-plan, confirm, write. */
export default async function apply(argv: string[], io: CliIo): Promise<number> {
  const values = parseOrHelp(argv, SPEC, io.stdout);
  if (!values) return 0;
  const format = formatOption(values.format, FORMATS, 'text');
  const maxRemovalPercent = maxRemovalPercentFrom(values['max-removal-percent']);
  const conn = connectionFrom(values, io);
  const autoApprove = values['auto-approve'] === true;
  requireConsent(
    autoApprove,
    format,
    io,
    'refusing to apply without confirmation: stdin is not a terminal. Review the changes with `whoot-rooms ' +
      'plan`, then re-run with --auto-approve (or --plan-file FILE --auto-approve to apply exactly what was reviewed)',
  );
  requireToken(conn);
  const logger = commandLogger(values, io);
  const today = todayOption(values.today);
  const dir = requireDirectory(io, values.dir);
  const reviewed = values['plan-file'] === undefined ? undefined : readReviewedPlan(io, values['plan-file']);
  const scope = await scopeRooms(io.cwd, dir, values.room, { logger, ...today }, NOTHING_WRITTEN);
  const force = values.force === true;

  // First signal: stop starting writes, let the ones in flight finish, report. Second: leave at once.
  const interrupts = watchInterrupts({
    onFirst: (sig) =>
      io.stderr.write(
        `\n${sig} received: no new rooms will be started; waiting for the writes in flight (press again to exit now)\n`,
      ),
    onAgain: (sig) => {
      io.stderr.write(
        `\n${sig} again: exiting now; writes in flight may or may not have landed. Re-run apply to converge.\n`,
      );
      process.exit(SIGNAL_EXIT[sig]);
    },
  });
  const received = (): ReturnType<typeof interrupts.received> => interrupts.received();
  const line = progressLine(io);
  const ctx = { logger, signal: interrupts.signal, ...today, ...(line.progress ? { progress: line.progress } : {}) };
  try {
    let outcome;
    try {
      outcome = await planTree({ dir, maxRemovalPercent, force, ...scope }, conn, { ...ctx, needWrite: true });
    } catch (err) {
      const sig = received();
      if (sig !== undefined) {
        io.stderr.write(`interrupted by ${sig} while reading live state: nothing was written.\n`);
        return SIGNAL_EXIT[sig];
      }
      throw err;
    } finally {
      line.done();
    }
    if (outcome.kind === 'invalid') throw new InvalidTreeError(outcome.errors, NOTHING_WRITTEN);
    const planned = outcome.plan;
    // The plan goes where a person reads it: stdout in text mode, stderr when stdout carries the JSON report.
    const planOut = format === 'json' ? io.stderr : io.stdout;
    planOut.write(
      renderText(planned, { color: format === 'text' ? useColor(io) : io.stderr.isTTY === true && !io.env.NO_COLOR }),
    );

    if (planned.rooms.length === 0) {
      if (format === 'json') io.stdout.write(renderApplyReport(emptyReport(planned.summary.rooms_unchanged), 'json'));
      else io.stdout.write('\nNothing to apply: whoot already matches the tree.\n');
      return 0;
    }
    const writable = planned.rooms.filter((r) => r.errors.length === 0 && (r.blocked === null || force));
    if (!autoApprove && writable.length > 0) {
      const answer = await ask(
        io,
        '\nDo you want to apply these changes to whoot? Only "yes" will be accepted: ',
        interrupts.signal,
      );
      if (answer !== 'yes' && received() === undefined) {
        io.stdout.write('Apply cancelled: nothing was written.\n');
        return 1;
      }
    }
    const before = received();
    if (before !== undefined) {
      io.stderr.write(`interrupted by ${before} before writing: nothing was written.\n`);
      return SIGNAL_EXIT[before];
    }

    const report = await executePlan(
      planned,
      conn,
      { force, users: outcome.live.users, ...(reviewed ? { reviewed } : {}) },
      ctx,
    );
    line.done();
    if (format === 'json') io.stdout.write(renderApplyReport(report, 'json'));
    else io.stdout.write(`\n${renderApplyReport(report, 'text')}`);
    if (report.summary.interrupted) {
      const notDone = report.skipped.filter((s) => s.reason === 'interrupted').length;
      io.stderr.write(
        `apply was interrupted by ${received() ?? 'a signal'}: ${report.summary.applied} room(s) applied, ` +
          `${notDone} not started. Re-run apply to converge.\n`,
      );
      const sig = received();
      return sig ? SIGNAL_EXIT[sig] : 1;
    }
    return report.summary.failed > 0 || report.summary.skipped > 0 ? 1 : 0;
  } finally {
    line.done();
    interrupts.dispose();
  }
}

function readReviewedPlan(io: CliIo, file: string): ReviewedPlan {
  const abs = requireReadableFile(io, file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return reviewedPlanFromJson(text, file);
  } catch (err) {
    if (err instanceof PlanFileError) throw new UsageError(`--plan-file ${err.message}`);
    throw err;
  }
}

function emptyReport(unchanged: number): ApplyReport {
  return {
    applied: [],
    skipped: [],
    failed: [],
    summary: { applied: 0, skipped: 0, failed: 0, unchanged, interrupted: false },
  };
}

/** One line from stdin (the confirmation), with the prompt on stdout like Terraform's; '' on end of input or abort. */
export async function ask(io: CliIo, prompt: string, signal: AbortSignal): Promise<string> {
  io.stdout.write(prompt);
  const rl = createInterface({ input: io.stdin, terminal: false });
  const onAbort = () => rl.close();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const answer of rl) return answer.trim();
    return '';
  } finally {
    signal.removeEventListener('abort', onAbort);
    rl.close();
  }
}
