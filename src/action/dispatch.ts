import type { ActionCommand } from './settings.js';
import type { RunnerEnvironment } from './environment.js';

/** The pull request a plan run belongs to. */
export interface PullRequestTarget {
  number: number;
  /** the head commit this run planned: an older head never overwrites a newer plan */
  headSha: string;
  /** true when the head lives in another repository (a fork) */
  fromFork: boolean;
  /** the labels on the pull request when the event fired: what this plan run saw */
  labels: string[];
}

/** What this run does, resolved from the `command` input and the event. */
export type Dispatch =
  | { command: 'plan'; pullRequest: PullRequestTarget | null; why: string }
  | { command: 'validate'; pullRequest: PullRequestTarget | null; why: string }
  | { command: 'apply'; sha: string; why: string }
  | { command: 'drift'; why: string }
  /** make whoot match the checked-out default branch (the fresh plan as it is; the guard holds) */
  | { command: 'restore'; why: string }
  /** write only what expiry makes due (removals and downgrades of expired entries) */
  | { command: 'expire'; why: string };

/** An event or command combination the Action refuses, with the reason. */
export class DispatchError extends Error {
  override name = 'DispatchError';
}

const PR_EVENTS = ['pull_request', 'pull_request_target'];
const NEVER_APPLY = [...PR_EVENTS, 'merge_group'];

function obj(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
}

function pullRequestFrom(env: RunnerEnvironment): PullRequestTarget | null {
  const pr = obj(env.payload.pull_request);
  if (!pr || typeof pr.number !== 'number') return null;
  const head = obj(pr.head);
  const base = obj(pr.base);
  const headSha = typeof head?.sha === 'string' ? head.sha : env.sha;
  const headRepo = obj(head?.repo)?.full_name;
  const baseRepo = obj(base?.repo)?.full_name;
  // A deleted fork leaves `head.repo: null`: its tree is as untrusted as any fork's.
  const fromFork = head?.repo === null || (typeof headRepo === 'string' && headRepo !== baseRepo);
  const labels = Array.isArray(pr.labels)
    ? pr.labels.flatMap((l) => {
        const name = obj(l)?.name;
        return typeof name === 'string' && name !== '' ? [name] : [];
      })
    : [];
  return { number: pr.number, headSha, fromFork, labels };
}

function defaultBranch(env: RunnerEnvironment): string | undefined {
  const b = obj(env.payload.repository)?.default_branch;
  return typeof b === 'string' && b !== '' ? b : undefined;
}

/**
 * `auto`: pull_request(_target) and workflow_dispatch → plan; merge_group → plan (never apply);
 * push to the default branch → apply; schedule → drift; anything else is an error naming the event.
 * An explicit command runs as asked, except that apply never runs on a pull request or merge queue event.
 */
export function resolveDispatch(command: ActionCommand, env: RunnerEnvironment): Dispatch {
  const event = env.eventName;
  if (command === 'apply' && NEVER_APPLY.includes(event)) {
    throw new DispatchError(
      `command "apply" refuses to run on a ${event} event: apply runs on push to the default branch, after review`,
    );
  }
  switch (command) {
    case 'plan':
      return { command: 'plan', pullRequest: pullRequestFrom(env), why: 'command: plan' };
    case 'validate':
      return { command: 'validate', pullRequest: pullRequestFrom(env), why: 'command: validate' };
    case 'apply':
      // Forced or not, apply writes only what a merge to the default branch brought; `restore` is the way to make
      // whoot match main on purpose.
      if (event !== 'push') {
        throw new DispatchError(
          `command "apply" refuses to run on a ${event} event: apply runs only on a push to the default branch`,
        );
      }
      return applyForPush(env, 'command: apply');
    case 'drift':
      return { command: 'drift', why: 'command: drift' };
    case 'restore':
    case 'expire':
      return onDefaultBranch(command, env);
    case 'auto':
      break;
  }
  if (PR_EVENTS.includes(event)) return { command: 'plan', pullRequest: pullRequestFrom(env), why: `${event} event` };
  if (event === 'merge_group') {
    return { command: 'plan', pullRequest: null, why: 'merge_group event (plan only, never apply)' };
  }
  if (event === 'workflow_dispatch') return { command: 'plan', pullRequest: null, why: 'workflow_dispatch event' };
  if (event === 'schedule') return { command: 'drift', why: 'schedule event' };
  if (event === 'push') return applyForPush(env, 'push');
  throw new DispatchError(
    `command "auto" does not know what to do on a ${event} event: run it on pull_request, merge_group, ` +
      'push (default branch), schedule or workflow_dispatch, or set the command input',
  );
}

/** A push: apply when it is to the default branch, else refuse before any request. */
function applyForPush(env: RunnerEnvironment, why: string): Dispatch {
  const main = defaultBranch(env);
  const ref = typeof env.payload.ref === 'string' ? env.payload.ref : env.ref;
  if (!main) {
    throw new DispatchError(
      'push event without repository.default_branch in its payload: cannot tell whether to apply',
    );
  }
  if (ref !== `refs/heads/${main}`) {
    throw new DispatchError(
      `push to ${ref || 'an unknown ref'} is not a push to the default branch (${main}): apply runs only on ` +
        `${main}; set command: plan or validate to check other branches`,
    );
  }
  const pushed = env.payload.after;
  const after = typeof pushed === 'string' && /^[0-9a-f]{40}$/.test(pushed) ? pushed : env.sha;
  return { command: 'apply', sha: after, why: why === 'push' ? `push to ${main}` : `${why} (push to ${main})` };
}

/** Events on which `restore` and `expire` may write: a person asking for it, or the daily schedule. */
const DEFAULT_BRANCH_EVENTS = ['workflow_dispatch', 'schedule'];

/**
 * `restore` and `expire` write the checked-out tree's state to whoot without a merge: that is safe only for the
 * default branch, whose content was reviewed when it was merged. Anywhere else (another branch, a pull request, a
 * push) they are refused before any request, so an unreviewed branch can never remove anyone.
 */
function onDefaultBranch(command: 'restore' | 'expire', env: RunnerEnvironment): Dispatch {
  const event = env.eventName;
  if (!DEFAULT_BRANCH_EVENTS.includes(event)) {
    throw new DispatchError(
      `command "${command}" refuses to run on a ${event} event: ` +
        'it runs only on workflow_dispatch or schedule, on the default branch',
    );
  }
  const main = defaultBranch(env);
  if (!main) {
    throw new DispatchError(
      `${event} event without repository.default_branch in its payload: ` +
        `cannot tell whether the ref is the default branch, so "${command}" does not run`,
    );
  }
  const ref = typeof env.payload.ref === 'string' && env.payload.ref !== '' ? env.payload.ref : env.ref;
  if (ref !== `refs/heads/${main}`) {
    throw new DispatchError(
      `command "${command}" runs only on the default branch (${main}), not on ${ref || 'an unknown ref'}: ` +
        `what is on ${main} was reviewed when it was merged; another branch was not`,
    );
  }
  return { command, why: `command: ${command} (${event} on ${main})` };
}
