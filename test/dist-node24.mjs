// Runs the committed bundles under the Node that runs this script (CI: `npx -y node@24 test/dist-node24.mjs`),
// exactly as the runner would: the simulator from the CLI bundle, the Action from dist/index.js with INPUT_*
// env, an event payload file and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against a tiny fake GitHub.
// Plain Node, no test framework; exits non-zero on the first failed check.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const TOKEN = 'node24-canary-key';
const HEAD = 'c0ffee'.padEnd(40, '0');

// A small world of its own (the checkout's examples may change): one desk, one new member to add.
const workspace = mkdtempSync(join(tmpdir(), 'whoot-node24-ws-'));
mkdirSync(join(workspace, 'rooms', 'emea'), { recursive: true });
writeFileSync(
  join(workspace, 'rooms', 'emea', 'equities.yaml'),
  'name: Equities Desk\nmembers:\n  - user: alice@acme.com\n    tx: true\n  - bob@acme.com\n',
);
const seedFile = join(workspace, 'seed.json');
writeFileSync(
  seedFile,
  JSON.stringify({
    users: [{ email: 'alice@acme.com' }, { email: 'bob@acme.com' }],
    rooms: [{ name: 'Equities Desk', members: [{ email: 'alice@acme.com', tx: true }] }],
  }),
);

function startSimulator() {
  const child = spawn(process.execPath, ['dist/cli.js', 'sim', '--port', '0', '--seed', seedFile, '--token', TOKEN], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`simulator did not start:\n${out}`)), 10_000);
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      const m = /WHOOT_SIM_READY (\{.*\})/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: JSON.parse(m[1]).url });
      }
    });
    child.on('exit', (code) => reject(new Error(`simulator exited with ${code}:\n${out}`)));
  });
}

/** Just enough of GitHub for a plan run: the Actions bot identity, pull request #1, its comments. */
function startFakeGitHub() {
  const comments = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const send = (status, data) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/user') return send(403, { message: 'Resource not accessible by integration' });
      if (path === '/repos/acme/rooms/pulls/1')
        return send(200, {
          number: 1,
          html_url: 'https://github.example/acme/rooms/pull/1',
          state: 'open',
          merged_at: null,
          head: { sha: HEAD },
          labels: [],
        });
      if (path === '/repos/acme/rooms/issues/1/comments' && req.method === 'GET') return send(200, comments);
      if (path === '/repos/acme/rooms/issues/1/comments' && req.method === 'POST') {
        const c = {
          id: comments.length + 1,
          body: JSON.parse(body).body,
          user: { login: 'github-actions[bot]' },
          html_url: `https://github.example/c/${comments.length + 1}`,
        };
        comments.push(c);
        return send(201, c);
      }
      return send(404, { message: `not faked: ${req.method} ${path}` });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, comments, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

function runAction({ eventName, payload, inputs, githubApiUrl }) {
  const dir = mkdtempSync(join(tmpdir(), 'whoot-node24-'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/rooms',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_API_URL: githubApiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '1',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_node24_fake',
    INPUT_CONCURRENCY: '4',
    'INPUT_MAX-REMOVAL-PERCENT': '25',
    INPUT_COMMENT: 'true',
    'INPUT_REQUIRE-REVIEWED-PLAN': 'true',
    'INPUT_ALLOW-REMOVALS-LABEL': 'whoot-rooms/allow-mass-removal',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const outputs = {};
      const lines = readFileSync(files.output, 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
        if (!m) continue;
        const value = [];
        for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
        outputs[m[1]] = value.join('\n');
      }
      resolve({ code, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8') });
    });
  });
}

const pullRequest = {
  action: 'synchronize',
  number: 1,
  pull_request: {
    number: 1,
    head: { sha: HEAD, repo: { full_name: 'acme/rooms' } },
    base: { repo: { full_name: 'acme/rooms' } },
  },
  repository: { full_name: 'acme/rooms', name: 'rooms', owner: { login: 'acme' }, default_branch: 'main' },
};

const sim = await startSimulator();
const github = await startFakeGitHub();
try {
  const plan = await runAction({
    eventName: 'pull_request',
    payload: pullRequest,
    githubApiUrl: github.url,
    inputs: { command: 'auto', path: '.', 'api-url': sim.url, 'api-token': TOKEN },
  });
  const explain = `exit ${plan.code}\n--- stdout\n${plan.stdout}\n--- stderr\n${plan.stderr}`;
  assert.equal(plan.code, 0, explain);
  assert.equal(plan.outputs['has-changes'], 'true', explain);
  assert.match(plan.outputs.summary, /^Plan: \d+ rooms? to change/, explain);
  assert.match(plan.outputs.fingerprint, /^sha256:[0-9a-f]{64}$/);
  assert.equal(github.comments.length, 1, 'one sticky comment');
  assert.match(github.comments[0].body, /^<!-- whoot-rooms:sticky path=\. -->\n/);
  assert.match(plan.outputs.summary, /^Plan: 1 room to change: \+1 -0 ~0/);
  assert.ok(
    !`${plan.stdout}${plan.stderr}${plan.summary}${github.comments[0].body}`
      .split('\n')
      .some((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::')),
    'the key leaked',
  );
  console.log(`ok: plan on pull_request (${plan.outputs.summary})`);

  const validate = await runAction({
    eventName: 'pull_request',
    payload: pullRequest,
    githubApiUrl: github.url,
    inputs: { command: 'validate', path: '.', 'api-url': sim.url, 'api-token': '' },
  });
  assert.equal(validate.code, 0, `exit ${validate.code}\n${validate.stdout}\n${validate.stderr}`);
  assert.match(validate.outputs.summary, /is valid/);
  console.log(`ok: validate (${validate.outputs.summary})`);
  console.log(`dist OK under Node ${process.version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  sim.child.kill('SIGTERM');
  github.server.close();
}
