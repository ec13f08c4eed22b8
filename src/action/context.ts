import { createHash } from 'node:crypto';
import { posix, resolve, join } from 'node:path';
import type { ConnectionSettings, EngineContext } from '../engine.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../github/client.js';
import { resolveIdentity, type GitHubIdentity } from '../github/identity.js';
import type { Logger } from '../log.js';
import type { RunnerEnvironment } from './environment.js';
import type { Reporter } from './reporter.js';
import type { ActionSettings } from './settings.js';

/** A GitHub connection made on first use: runs that never talk to GitHub never need the token to work. */
export interface GitHubSession {
  gh: GitHubClient;
  /** who the token is (memoised) */
  identity(): Promise<GitHubIdentity>;
}

/** Everything a run (plan, apply, drift, validate) needs; built once by the runner. */
export interface RunContext {
  settings: ActionSettings;
  env: RunnerEnvironment;
  reporter: Reporter;
  logger: Logger;
  signal: AbortSignal | undefined;
  /** undefined when there is no github-token */
  github: GitHubSession | undefined;
  /** how the merged pull request of a pushed commit is looked up (retried: the API lags behind the merge) */
  prLookup: { attempts: number; delayMs: number };
}

/** What a run ends with: a failure message fails the step (after outputs and summary are written). */
export interface RunResult {
  failure?: string | undefined;
}

/** The tree's directory on disk. */
export function treeDir(ctx: RunContext): string {
  return resolve(ctx.env.workspace, ctx.settings.path);
}

/** A tree-relative file as a repository-relative path (annotations link into the pull request diff with it). */
export function repoFile(ctx: RunContext, file: string): string {
  return ctx.settings.path === '.' ? file : posix.join(ctx.settings.path, file);
}

/** `$RUNNER_TEMP/whoot-rooms-plan-<hash of path>.json`: distinct per tree, stable across steps of a job. */
export function planFilePath(ctx: RunContext): string {
  const hash = createHash('sha256').update(ctx.settings.path).digest('hex').slice(0, 12);
  return join(ctx.env.runnerTemp, `whoot-rooms-plan-${hash}.json`);
}

/** The whoot connection for the engine (the key comes from the api-token input only). */
export function connection(ctx: RunContext): ConnectionSettings {
  const { apiUrl, apiToken: token, concurrency, tuning } = ctx.settings;
  return { apiUrl, token, concurrency, tuning };
}

/** The engine's context: our logger, progress lines into the step log, and the cancellation signal. */
export function engineContext(ctx: RunContext): EngineContext {
  return {
    logger: ctx.logger,
    progress: (message) => ctx.reporter.info(message),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  };
}

/** The GitHub session for a token (client with retry + throttling; Octokit's chatter into the log). */
export function githubSession(
  token: string,
  env: RunnerEnvironment,
  reporter: Reporter,
  commentAuthor = '',
  spacing?: GitHubClientOptions['spacing'],
): GitHubSession {
  const gh = createGitHubClient({
    token,
    baseUrl: env.apiUrl,
    ...(spacing === undefined ? {} : { spacing }),
    log: {
      // Octokit logs every failed request at error level, expected ones too (GET /user with the GITHUB_TOKEN);
      // our own errors carry the context, so its per-request lines are debug. Retry/throttle notes are warnings.
      debug: (m) => reporter.debug(m),
      info: (m) => reporter.debug(m),
      warn: (m) => reporter.info(`warning: ${m}`),
      error: (m) => reporter.debug(m),
    },
  });
  let identity: Promise<GitHubIdentity> | undefined;
  return {
    gh,
    identity: () => {
      identity ??= resolveIdentity(gh, commentAuthor);
      return identity;
    },
  };
}
