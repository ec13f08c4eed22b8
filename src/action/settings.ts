/**
 * The Action's inputs, read once into a typed, validated object. Pure: takes an input getter so tests need no
 * environment. Input names are a contract (action.yml).
 */

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
  const parts = value.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new SettingsError(`input "path" must stay inside the repository, got "${value}"`);
  return parts.length === 0 ? '.' : parts.join('/');
}

function apiUrl(raw: string): string {
  const value = raw.trim() === '' ? 'https://api.whoot.me' : raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(`input "api-url" must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingsError(`input "api-url" must be an http(s) URL, got "${value}"`);
  }
  // The key would travel in clear text: plain http is for a local simulator only.
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.hostname.startsWith('127.');
  if (url.protocol === 'http:' && !loopback) {
    throw new SettingsError(
      `input "api-url" must use https (plain http is allowed for localhost only), got "${value}"`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** Read and validate every input. Throws SettingsError naming the input. */
export function readSettings(get: InputGetter): ActionSettings {
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
    concurrency: integerInput(get, 'concurrency', 4, 1, 64),
    maxRemovalPercent: integerInput(get, 'max-removal-percent', 25, 0, 100),
    comment: booleanInput(get, 'comment', true),
    requireReviewedPlan: booleanInput(get, 'require-reviewed-plan', true),
    allowRemovalsLabel: label === '' ? 'whoot-rooms/allow-mass-removal' : label,
    commentAuthor: commentAuthor(get('comment-author')),
  };
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
    `comment-author: ${s.commentAuthor === '' ? '(the token\'s identity)' : s.commentAuthor}`,
  ];
}
