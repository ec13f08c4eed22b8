import { describe, expect, it } from 'vitest';
import { resolveDispatch, DispatchError } from '../../src/action/dispatch.js';
import type { RunnerEnvironment } from '../../src/action/environment.js';
import { capSummary, neutraliseCommands } from '../../src/action/reporter.js';
import { readSettings, SettingsError } from '../../src/action/settings.js';
import { hasMarker, normaliseTreePath, planCommentMarker } from '../../src/github/markers.js';
import { pullRequestPayload, pushPayload, schedulePayload } from './payloads.js';

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('settings', () => {
  it('reads defaults into a typed object', () => {
    expect(readSettings(inputs({}))).toEqual({
      command: 'auto',
      path: '.',
      apiUrl: 'https://api.whoot.me',
      apiToken: undefined,
      githubToken: undefined,
      concurrency: 4,
      maxRemovalPercent: 25,
      comment: true,
      requireReviewedPlan: true,
      allowRemovalsLabel: 'whoot-rooms/allow-mass-removal',
      commentAuthor: '',
      tuning: {},
    });
  });

  it('normalises the tree path and refuses one outside the repository', () => {
    expect(readSettings(inputs({ path: './infra/whoot/' })).path).toBe('infra/whoot');
    expect(() => readSettings(inputs({ path: '../elsewhere' }))).toThrow(
      'input "path" must stay inside the repository, got "../elsewhere"',
    );
    expect(() => readSettings(inputs({ path: '/etc' }))).toThrow(
      'input "path" must be relative to the repository root',
    );
  });

  it.each([
    ['concurrency', '0', 'input "concurrency" must be between 1 and 64, got 0'],
    ['concurrency', '2.5', 'input "concurrency" must be a whole number between 1 and 64, got "2.5"'],
    ['max-removal-percent', '101', 'input "max-removal-percent" must be between 0 and 100, got 101'],
    ['comment', 'yes', 'input "comment" must be true or false, got "yes"'],
    ['require-reviewed-plan', 'on', 'input "require-reviewed-plan" must be true or false, got "on"'],
    [
      'command',
      'sync',
      'input "command" must be one of auto, plan, apply, drift, validate, restore, expire, got "sync"',
    ],
    ['api-url', 'ftp://api.whoot.me', 'input "api-url": the API URL must start with https:// (got ftp://)'],
    [
      'api-url',
      'http://api.whoot.me',
      'input "api-url": refusing to send the API token over plain http to api.whoot.me: use https://',
    ],
  ])('rejects %s=%s with a clear message', (name, value, message) => {
    expect(() => readSettings(inputs({ [name]: value }))).toThrow(SettingsError);
    expect(() => readSettings(inputs({ [name]: value }))).toThrow(message);
  });

  it('accepts http for a local simulator', () => {
    expect(readSettings(inputs({ 'api-url': 'http://127.0.0.1:4010/' })).apiUrl).toBe('http://127.0.0.1:4010');
    // One loopback rule with the client: a host that merely starts with 127. is not this machine.
    expect(() => readSettings(inputs({ 'api-url': 'http://127.evil.example' }))).toThrow(
      /input "api-url": refusing to send the API token over plain http to 127\.evil\.example/,
    );
    expect(() => readSettings(inputs({ 'api-url': 'https://user:pw@api.whoot.me' }))).toThrow(
      /must not contain credentials/,
    );
  });
});

function env(eventName: string, payload: Record<string, unknown>, sha = 'f'.repeat(40)): RunnerEnvironment {
  return {
    eventName,
    payload,
    repo: { owner: 'acme', repo: 'rooms' },
    sha,
    ref: '',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    runId: '1',
    runAttempt: '1',
    runnerTemp: '/tmp',
    workspace: '/w',
  };
}

describe('auto dispatch', () => {
  const repo = { owner: 'acme', repo: 'rooms' };
  it('plans on pull requests, with the PR head (not the merge commit) and fork flag', () => {
    const d = resolveDispatch(
      'auto',
      env('pull_request', pullRequestPayload({ ...repo, number: 5, headSha: 'a'.repeat(40), fork: true })),
    );
    expect(d).toMatchObject({ command: 'plan', pullRequest: { number: 5, headSha: 'a'.repeat(40), fromFork: true } });
    expect(
      resolveDispatch(
        'auto',
        env('pull_request_target', pullRequestPayload({ ...repo, number: 5, headSha: 'a'.repeat(40) })),
      ).command,
    ).toBe('plan');
  });
  it('applies on push to the default branch only', () => {
    expect(resolveDispatch('auto', env('push', pushPayload({ ...repo, after: 'b'.repeat(40) })))).toMatchObject({
      command: 'apply',
      sha: 'b'.repeat(40),
    });
    expect(() =>
      resolveDispatch('auto', env('push', pushPayload({ ...repo, after: 'b'.repeat(40), ref: 'refs/tags/v1' }))),
    ).toThrow(DispatchError);
  });
  it('drifts on schedule, plans on merge_group and workflow_dispatch, and names anything else', () => {
    expect(resolveDispatch('auto', env('schedule', schedulePayload(repo))).command).toBe('drift');
    expect(resolveDispatch('auto', env('merge_group', {}))).toMatchObject({ command: 'plan', pullRequest: null });
    expect(resolveDispatch('auto', env('workflow_dispatch', {}))).toMatchObject({ command: 'plan', pullRequest: null });
    expect(() => resolveDispatch('auto', env('issues', {}))).toThrow(
      'command "auto" does not know what to do on a issues event',
    );
  });
  it('never applies on pull request or merge queue events, even when asked', () => {
    for (const e of ['pull_request', 'pull_request_target', 'merge_group']) {
      expect(() => resolveDispatch('apply', env(e, {}))).toThrow(`command "apply" refuses to run on a ${e} event`);
    }
  });
});

describe('log safety', () => {
  it('neutralises lines that would be workflow commands', () => {
    expect(neutraliseCommands('room ok\n::set-output name=x::y\n  ::add-mask::z\n##[error]boom')).toBe(
      'room ok\n| ::set-output name=x::y\n|   ::add-mask::z\n| ##[error]boom',
    );
    expect(neutraliseCommands('a :: b')).toBe('a :: b');
  });
  it('caps the job summary on a line boundary and says so', () => {
    const md = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'é'.repeat(300)}`).join('\n');
    const capped = capSummary(md, 100_000);
    expect(Buffer.byteLength(capped, 'utf8')).toBeLessThanOrEqual(100_000);
    expect(capped).toContain('1 MiB limit');
    expect(capped.split('\n').every((l) => l === '' || l.startsWith('line ') || l.startsWith('>'))).toBe(true);
  });
});

describe('markers', () => {
  it('name the tree, so equivalent spellings match and different trees do not', () => {
    expect(planCommentMarker('./')).toBe(planCommentMarker('.'));
    expect(planCommentMarker('infra/whoot/')).toBe(planCommentMarker('./infra/whoot'));
    expect(planCommentMarker('a')).not.toBe(planCommentMarker('b'));
    expect(normaliseTreePath('')).toBe('.');
  });
  it('cannot be broken out of by a path (no `--` or `>` inside the HTML comment)', () => {
    const m = planCommentMarker('x-->y/--z');
    expect(m.slice(4, -3)).not.toMatch(/--|>/);
  });
  it('must stand on a line of its own', () => {
    const m = planCommentMarker('.');
    expect(hasMarker(`${m}\nbody`, m)).toBe(true);
    expect(hasMarker(`> quoted ${m}`, m)).toBe(false);
  });
});

describe('the engine logger in Action mode', () => {
  it('routes lines through the reporter, redacts token fields, and neutralises command-looking messages', async () => {
    const { actionLogger } = await import('../../src/action/log-sink.js');
    const lines: string[] = [];
    const reporter = {
      info: (t: string) => lines.push(`info ${neutraliseCommands(t)}`),
      debug: (t: string) => lines.push(`debug ${t}`),
    } as unknown as Parameters<typeof actionLogger>[0];
    const logger = actionLogger(reporter, true);
    logger.debug({ token: 'sekret-canary', headers: { authorization: 'Bearer sekret-canary' } }, 'request');
    logger.warn('::error::forged by a room name');
    expect(lines.join('\n')).not.toContain('sekret-canary');
    expect(lines[0]).toContain('[REDACTED]');
    expect(lines[1]).toBe('info warning: ::error::forged by a room name');
    expect(lines.every((l) => !/^(info|debug) ::/.test(l))).toBe(true);
  });
});

describe('client tuning', () => {
  it('reads WHOOT_API_TIMEOUT_MS and friends from the environment, as the CLI does', () => {
    const env = { WHOOT_API_TIMEOUT_MS: '2000', WHOOT_API_MAX_ATTEMPTS: '2', WHOOT_API_MAX_RETRY_WAIT_MS: '500' };
    expect(readSettings(inputs({}), env).tuning).toEqual({ timeoutMs: 2000, maxAttempts: 2, maxRetryWaitMs: 500 });
    expect(() => readSettings(inputs({}), { WHOOT_API_TIMEOUT_MS: 'soon' })).toThrow(
      'WHOOT_API_TIMEOUT_MS must be a positive integer, got "soon"',
    );
  });
});
