import * as core from '@actions/core';
import { boundHeapGrowth } from '../heap.js';
import { watchInterrupts } from '../interrupt.js';
import { githubSession, type RunContext } from './context.js';
import { readRunnerEnvironment } from './environment.js';
import { actionLogger } from './log-sink.js';
import { coreReporter } from './reporter.js';
import { runAction } from './runner.js';
import { readSettings } from './settings.js';
import { githubPacingFromEnv } from '../settings.js';

/**
 * The Action's process: secrets first, settings once, one run, one error boundary, outputs flushed once.
 * `src/action.ts` only calls this.
 */
export async function main(): Promise<void> {
  // Registered before anything else can print: the runner masks these values in every later log line.
  for (const name of ['api-token', 'github-token']) {
    const value = core.getInput(name);
    if (value !== '') core.setSecret(value);
  }
  await boundHeapGrowth();
  const reporter = coreReporter();
  const interrupts = watchInterrupts({
    onFirst: (sig) => reporter.info(`${sig} received: no new writes will start; waiting for the ones in flight.`),
  });
  try {
    const settings = readSettings((name) => core.getInput(name), process.env);
    const env = readRunnerEnvironment(process.env, process.cwd());
    const pacing = githubPacingFromEnv(process.env);
    const ctx: RunContext = {
      settings,
      env,
      reporter,
      logger: actionLogger(reporter, core.isDebug()),
      signal: interrupts.signal,
      github: settings.githubToken
        ? githubSession(settings.githubToken, env, reporter, settings.commentAuthor, {
            writeMs: pacing.writeSpacingMs,
            notifyMs: pacing.notifySpacingMs,
          })
        : undefined,
      prLookup: { attempts: pacing.prLookupAttempts, delayMs: pacing.prLookupDelayMs },
    };
    const result = await runAction(ctx);
    if (result.failure) core.setFailed(result.failure);
  } catch (err) {
    // The one error boundary: expected failures are one clear line, never a stack (unless step debug is on).
    core.setFailed(err instanceof Error ? err.message : String(err));
    if (core.isDebug() && err instanceof Error && err.stack) core.debug(err.stack);
  } finally {
    interrupts.dispose();
    await reporter
      .flush()
      .catch((err: unknown) => core.warning(`could not write outputs or the job summary: ${String(err)}`));
  }
}
