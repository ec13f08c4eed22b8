import { readFileSync } from 'node:fs';
import { parseRepository, type RepoRef } from '../github/repo.js';

/** What the runner tells every step through its environment. */
export interface RunnerEnvironment {
  eventName: string;
  /** the parsed event payload (`{}` when the runner wrote none) */
  payload: Record<string, unknown>;
  repo: RepoRef;
  /** GITHUB_SHA: for pull_request events the test merge commit, not the PR head */
  sha: string;
  ref: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runAttempt: string;
  /** per-job temp dir where the plan JSON goes */
  runnerTemp: string;
  /** the checkout (GITHUB_WORKSPACE, else the current directory) */
  workspace: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (v === undefined || v === '') throw new Error(`${name} is not set: whoot-rooms must run as a GitHub Actions step`);
  return v;
}

/** Read the runner's environment (and the event payload file) once. */
export function readRunnerEnvironment(env: NodeJS.ProcessEnv, cwd: string): RunnerEnvironment {
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (eventPath) {
    let text: string;
    try {
      text = readFileSync(eventPath, 'utf8');
    } catch (err) {
      const why = (err as Error).message;
      throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${why}`, { cause: err });
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        payload = parsed as Record<string, unknown>;
      }
    } catch (err) {
      throw new Error(`the event payload ${eventPath} is not JSON: ${(err as Error).message}`, { cause: err });
    }
  }
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    eventName,
    payload,
    repo: parseRepository(env.GITHUB_REPOSITORY),
    sha: required(env, 'GITHUB_SHA'),
    ref: env.GITHUB_REF ?? '',
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
    workspace: env.GITHUB_WORKSPACE ?? cwd,
  };
}

/** The link to this workflow run (for comment footers), or undefined outside a run. */
export function runUrl(e: RunnerEnvironment): string | undefined {
  if (!e.runId) return undefined;
  return `${e.serverUrl}/${e.repo.owner}/${e.repo.repo}/actions/runs/${e.runId}`;
}
