import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMachineBlock } from '../../src/review/comment-block.js';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom, type RoomSpec } from './fixtures.js';
import { runActionProcess as runAction, type ActionRun } from './harness.js';
import { pullRequestPayload, pushPayload, schedulePayload } from './payloads.js';

/** Used for every whoot key in this file; must never surface anywhere a person or another job can read. */
const CANARY = 'whoot_canary_SECRET_c4n4ry_7e57';
const GH_CANARY = 'ghp_canary_GITHUB_c4n4ry_7e57';
const BOT = 'github-actions[bot]';

const HOSTILE_ROOM = 'Ops </details><script>alert(1)</script> @acme/traders';
const HOSTILE_DISPLAY = '</details><script>steal()</script> cc @org/team #1 ::warning::pwned';

/** The body without the contents of fenced code blocks (where GitHub renders everything literally). */
function outsideCodeFences(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (fence === null && m?.[1]) fence = m[1];
    else if (fence !== null && line.trim() === fence) fence = null;
    else if (fence === null) out.push(line);
  }
  expect(fence).toBeNull();
  return out.join('\n');
}

let sim: SimulatorHandle;
let gh: FakeGitHub;
const runs: ActionRun[] = [];
const planFiles: string[] = [];

async function tracked(p: Promise<ActionRun>): Promise<ActionRun> {
  const run = await p;
  runs.push(run);
  if (run.outputs['plan-file']) planFiles.push(run.outputs['plan-file']);
  return run;
}

beforeAll(async () => {
  const rooms: RoomSpec[] = [
    { name: HOSTILE_ROOM, members: [{ email: 'eq1@acme.com' }] },
    { name: '::error file=x::forged', members: [{ email: 'eq1@acme.com' }] },
  ];
  sim = await startSimulator({ seed: seedOf(emails('eq', 4), rooms, [{ token: CANARY, scopes: ALL_SCOPES }]) });
  gh = await startFakeGitHub();
  gh.addToken(GH_CANARY, { login: BOT, app: true });
});
afterAll(async () => {
  await gh.stop();
  await sim.stop();
});

function hostileWorkspace(): string {
  const ws = makeWorkspace();
  writeRoom(ws, 'ops.yaml', {
    name: HOSTILE_ROOM,
    display_name: HOSTILE_DISPLAY,
    members: [{ email: 'eq1@acme.com' }, { email: 'eq2@acme.com', tx: true }],
  });
  writeRoom(ws, 'forged.yaml', { name: '::error file=x::forged', members: [{ email: 'eq3@acme.com' }] });
  return ws;
}

describe('untrusted names', () => {
  it('render inert in the comment and never become workflow commands in the log', async () => {
    gh.addPull({ number: 21, headSha: sha(21) });
    const run = await tracked(
      runAction({
        workspace: hostileWorkspace(),
        eventName: 'pull_request',
        payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 21, headSha: sha(21) }),
        sha: sha(0x21),
        githubApiUrl: gh.url,
        githubToken: GH_CANARY,
        inputs: { 'api-url': sim.url, 'api-token': CANARY },
        env: { RUNNER_DEBUG: '1' },
      }),
    );
    expect(run.code).toBe(0);
    const body = gh.commentsOn(21)[0]?.body ?? '';
    // Inside fenced code blocks text is literal (no HTML, no mentions); everywhere else it must be escaped.
    const markup = outsideCodeFences(body);
    expect(markup).toContain('&lt;script&gt;');
    expect(markup).not.toContain('<script>');
    expect(markup).not.toMatch(/@acme\/traders|@org\/team/);
    expect(markup.match(/<details>/g)?.length).toBe(2);
    expect(markup.match(/<\/details>/g)?.length).toBe(2);
    expect(body).toContain('@org/team'); // shown, as literal text in the diff block
    expect(parseMachineBlock(body)).not.toBeNull();
    // Only our own commands start a line with `::`; the room names never do.
    const commandLines = run.stdout.split('\n').filter((l) => l.trimStart().startsWith('::'));
    for (const line of commandLines)
      expect(line).toMatch(/^::(add-mask|group|endgroup|debug|notice|warning|error)(::| )/);
    expect(run.annotations.filter((a) => /forged|pwned/.test(a.properties.file ?? ''))).toHaveLength(0);
    expect(commandLines.some((l) => l.startsWith('::error file=x'))).toBe(false);
    expect(commandLines.some((l) => l.startsWith('::warning::pwned'))).toBe(false);
  });
});

describe('a 3,000-room change', () => {
  it('keeps the comment under 65,536 characters with a machine block apply can read', async () => {
    const n = 3000;
    const rooms: RoomSpec[] = Array.from({ length: n }, (_, i) => ({
      name: `Desk ${String(i).padStart(4, '0')}`,
      members: [{ email: 'eq1@acme.com' }],
    }));
    const big = await startSimulator({ seed: seedOf(emails('eq', 3), rooms, [{ token: CANARY, scopes: ALL_SCOPES }]) });
    try {
      const ws = makeWorkspace();
      for (const r of rooms)
        writeRoom(ws, `${r.name.replace(' ', '-')}.yaml`, {
          name: r.name,
          members: [{ email: 'eq1@acme.com' }, { email: 'eq2@acme.com', tx: true }],
        });
      gh.addPull({ number: 30, headSha: sha(30) });
      const run = await tracked(
        runAction({
          workspace: ws,
          eventName: 'pull_request',
          payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 30, headSha: sha(30) }),
          sha: sha(0x30),
          githubApiUrl: gh.url,
          githubToken: GH_CANARY,
          inputs: { 'api-url': big.url, 'api-token': CANARY, concurrency: '16' },
        }),
      );
      expect(run.code).toBe(0);
      expect(run.outputs['rooms-changed']).toBe('3000');
      const body = gh.commentsOn(30)[0]?.body ?? '';
      expect(body.length).toBeGreaterThan(10_000);
      expect(body.length).toBeLessThan(65_536);
      const block = parseMachineBlock(body);
      expect(block).not.toBeNull();
      expect(block?.rooms !== null || (block?.digests ?? '').split(' ').length === n).toBe(true);
      expect(body).toContain('The full plan is in');
      // The full plan is in the plan file and the job summary.
      expect(
        (JSON.parse(readFileSync(run.outputs['plan-file'] ?? '', 'utf8')) as { rooms: unknown[] }).rooms,
      ).toHaveLength(n);
      expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
      expect(run.summary).toContain('Desk 2999');
    } finally {
      await big.stop();
    }
  });
});

describe('the whoot key and the GitHub token', () => {
  it('survive error paths without being echoed (whoot 401, GitHub 401)', async () => {
    const ws = hostileWorkspace();
    // A key the simulator does not know: 401 from whoot.
    const wrongKey = `${CANARY}-revoked`;
    await tracked(
      runAction({
        workspace: ws,
        eventName: 'schedule',
        payload: schedulePayload({ owner: gh.owner, repo: gh.repo }),
        sha: sha(0x40),
        githubApiUrl: gh.url,
        githubToken: GH_CANARY,
        inputs: { 'api-url': sim.url, 'api-token': wrongKey },
        env: { RUNNER_DEBUG: '1' },
      }),
    ).then((run) => {
      expect(run.code).toBe(1);
      expect(run.annotations.find((a) => a.kind === 'error')?.message).toMatch(/401/);
      expect(
        `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.includes(wrongKey) && !l.startsWith('::add-mask::')),
      ).toEqual([]);
    });
    // A GitHub token GitHub rejects: 401 on the first call.
    const run = await tracked(
      runAction({
        workspace: ws,
        eventName: 'push',
        payload: pushPayload({ owner: gh.owner, repo: gh.repo, after: sha(0x41) }),
        sha: sha(0x41),
        githubApiUrl: gh.url,
        githubToken: `${GH_CANARY}-bad`,
        inputs: { 'api-url': sim.url, 'api-token': CANARY },
        env: { RUNNER_DEBUG: '1' },
      }),
    );
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.kind === 'error')?.message).toMatch(
      /GitHub API GET .* answered 401: Bad credentials/,
    );
  });

  it(
    'never appear in logs (apart from the runner-consumed add-mask), comments, issues, summaries, outputs or ' +
      'plan files',
    () => {
      expect(runs.length).toBeGreaterThanOrEqual(4);
      for (const run of runs) {
        for (const secret of [CANARY, GH_CANARY]) {
          expect(run.visibleStdout).not.toContain(secret);
          expect(run.stderr).not.toContain(secret);
          expect(run.summary).not.toContain(secret);
          expect(JSON.stringify(run.outputs)).not.toContain(secret);
        }
        // setSecret is the first thing the Action does.
        expect(run.stdout.startsWith('::add-mask::')).toBe(true);
      }
      for (const file of planFiles) expect(readFileSync(file, 'utf8')).not.toContain('c4n4ry');
      for (const c of gh.comments) expect(c.body).not.toContain('c4n4ry');
      for (const i of gh.issues) expect(i.body).not.toContain('c4n4ry');
    },
  );
});
