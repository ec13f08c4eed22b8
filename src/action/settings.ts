/**
 * The Action's inputs, read once into a typed, validated object. Pure: takes an input getter so tests need no
 * environment. Input names are a contract (action.yml).
 */

import { BOUNDS, checkApiUrl, DEFAULTS, tuningFromEnv, type ClientTuning } from '../settings.js';

/**
 * `restore` and `expire` write to whoot outside a merge, so `auto` never picks them: a workflow names them, on the
 * default branch only (see dispatch.ts).
 */
export const ACTION_COMMANDS = ['auto', 'plan', 'apply', 'drift', 'validate', 'restore', 'expire'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

export interface ActionSettings {
  /** what to do; `auto` picks from the event */
  command: ActionCommand;
  /** the desired-state tree, relative to the workspace (normalised, never escaping it) */
  path: string;
  /** whoot Management API base URL (may carry a path prefix) */
  apiUrl: string;
  /** the whoot key; undefined on a fork pull request (no secrets): the Action then validates only */
  apiToken: string | undefined;
  /** token for comments and issues; undefined disables every GitHub write */
  githubToken: string | undefined;
  /** parallel reads and writes against whoot (1..64) */
  concurrency: number;
  /** the mass-removal guard's threshold (0..100) */
  maxRemovalPercent: number;
  /** write the sticky plan comment / apply result comment */
  comment: boolean;
  /** apply only rooms whose changes equal the plan reviewed on the merged pull request */
  requireReviewedPlan: boolean;
  /** a label on the merged pull request that lifts the mass-removal guard */
  allowRemovalsLabel: string;
  /**
   * the login whose comments are ours (the sticky plan comment, the reviewed plan, the drift issue); empty: the
   * token's identity from GET /user, else github-actions[bot]. `<app-slug>[bot]` with a GitHub App token.
   */
  commentAuthor: string;
  /** the client's timeouts and retry budget from WHOOT_API_TIMEOUT_MS and friends, as the CLI reads them */
  tuning: ClientTuning;
}

/** A bad input: the message names the input and what is allowed. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

export type InputGetter = (name: string) => string;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function booleanInput(get: InputGetter, name: string, fallback: boolean): boolean {
  const raw = get(name).trim();
  if (raw === '') return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new SettingsError(`input "${name}" must be true or false, got "${raw}"`);
}

function integerInput(get: InputGetter, name: string, fallback: number, min: number, max: number): number {
  const raw = get(name).trim();
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw)) {
    throw new SettingsError(`input "${name}" must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  const n = Number(raw);
  if (n < min || n > max) throw new SettingsError(`input "${name}" must be between ${min} and ${max}, got ${n}`);
  return n;
}

function treePath(raw: string): string {
  const value = raw.trim() === '' ? '.' : raw.trim();
  if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value)) {
    throw new SettingsError(`input "path" must be relative to the repository root, got "${value}"`);
  }
  const parts = value
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new SettingsError(`input "path" must stay inside the repository, got "${value}"`);
  return parts.length === 0 ? '.' : parts.join('/');
}

function apiUrl(raw: string): string {
  const value = raw.trim() === '' ? DEFAULTS.apiUrl : raw.trim();
  // The client's own rule (plain http only to loopback, no credentials): checked here so a bad input fails
  // before anything runs, naming the input.
  const checked = checkApiUrl(value);
  if (!checked.ok) throw new SettingsError(`input "api-url": ${checked.message}`);
  return checked.url;
}

/** Read and validate every input. Throws SettingsError naming the input. */
export function readSettings(get: InputGetter, env: NodeJS.ProcessEnv = {}): ActionSettings {
  const commandRaw = get('command').trim() || 'auto';
  if (!(ACTION_COMMANDS as readonly string[]).includes(commandRaw)) {
    throw new SettingsError(`input "command" must be one of ${ACTION_COMMANDS.join(', ')}, got "${commandRaw}"`);
  }
  const apiToken = get('api-token').trim();
  const githubToken = get('github-token').trim();
  const label = get('allow-removals-label').trim();
  return {
    command: commandRaw as ActionCommand,
    path: treePath(get('path')),
    apiUrl: apiUrl(get('api-url')),
    apiToken: apiToken === '' ? undefined : apiToken,
    githubToken: githubToken === '' ? undefined : githubToken,
    concurrency: integerInput(get, 'concurrency', DEFAULTS.concurrency, BOUNDS.concurrency.min, BOUNDS.concurrency.max),
    maxRemovalPercent: integerInput(
      get,
      'max-removal-percent',
      DEFAULTS.maxRemovalPercent,
      BOUNDS.maxRemovalPercent.min,
      BOUNDS.maxRemovalPercent.max,
    ),
    comment: booleanInput(get, 'comment', true),
    requireReviewedPlan: booleanInput(get, 'require-reviewed-plan', true),
    allowRemovalsLabel: label === '' ? DEFAULTS.allowRemovalsLabel : label,
    commentAuthor: commentAuthor(get('comment-author')),
    tuning: tuning(env),
  };
}

function tuning(env: NodeJS.ProcessEnv): ClientTuning {
  try {
    return tuningFromEnv(env);
  } catch (err) {
    throw new SettingsError(err instanceof Error ? err.message : String(err));
  }
}

/** A GitHub login (users: letters, digits, hyphens; apps end in `[bot]`), or empty. */
function commentAuthor(raw: string): string {
  const login = raw.trim();
  if (login !== '' && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
    throw new SettingsError(`input "comment-author" must be a GitHub login such as my-app[bot], got "${login}"`);
  }
  return login;
}

/** The settings as safe-to-log lines (tokens shown only as set / not set). */
export function describeSettings(s: ActionSettings): string[] {
  return [
    `command: ${s.command}`,
    `path: ${s.path}`,
    `api-url: ${s.apiUrl}`,
    `api-token: ${s.apiToken ? 'set' : 'not set'}`,
    `github-token: ${s.githubToken ? 'set' : 'not set'}`,
    `concurrency: ${s.concurrency}`,
    `max-removal-percent: ${s.maxRemovalPercent}`,
    `comment: ${s.comment}`,
    `require-reviewed-plan: ${s.requireReviewedPlan}`,
    `allow-removals-label: ${s.allowRemovalsLabel}`,
    `comment-author: ${s.commentAuthor === '' ? "(the token's identity)" : s.commentAuthor}`,
  ];
}
