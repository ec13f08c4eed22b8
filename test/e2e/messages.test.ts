/**
 * Issue 18: every message a user reads, through the real process (dist/cli.js): exit code, the words, and JSON
 * on stdout under `--format json`.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { cleanup, root, runCli, simulator, writeTree } from './helpers.js';

const acme = join(root, 'examples', 'acme');

interface FailureJson {
  format_version: number;
  error: { kind: string; message: string };
  errors: Array<{ file: string; line: number; column: number; message: string }>;
}

describe('messages against the acme simulator', () => {
  let sim: SimulatorHandle;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    ({ sim, env } = await simulator(loadSeedFile(join(acme, 'sim-seed.yaml'))));
  });
  afterAll(async () => {
    await sim.stop();
  });

  it('--room matching nothing is a usage error with a did-you-mean, before any request', async () => {
    const before = sim.requestLog.length;
    const r = await runCli(['plan', '--dir', acme, '--room', 'FX desk', '--detailed-exitcode'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: --room "FX desk" (did you mean "FX Desk"?) matches no room file');
    expect(r.stdout).not.toContain('No changes');
    expect(sim.requestLog.length).toBe(before);
    const a = await runCli(['apply', '--dir', acme, '--room', 'rooms/emea/fxx.yaml', '--auto-approve'], { env });
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('(did you mean "rooms/emea/fx.yaml"?)');
    expect(a.stdout).not.toContain('Nothing to apply');
  });

  it('--room takes a file path relative to the working directory as well as to --dir', async () => {
    const rates = 'examples/acme/rooms/emea/rates.yaml';
    const args = ['plan', '--dir', 'examples/acme', '--room', rates, '--format', 'json'];
    const r = await runCli(args, { env });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { summary: { rooms_managed: number }; rooms: Array<{ name: string }> };
    expect(plan.summary.rooms_managed).toBe(1);
    expect(plan.rooms.map((x) => x.name)).toEqual(['Rates Desk']);
  });

  it('--format json prints a JSON failure on stdout: a usage error, an invalid tree, an API failure', async () => {
    const usage = await runCli(['plan', '--dir', acme, '--format', 'json', '--room', 'nope'], { env });
    expect(usage.code).toBe(1);
    const u = JSON.parse(usage.stdout) as FailureJson;
    expect(u.format_version).toBe(1);
    expect(u.error.kind).toBe('usage');
    expect(u.error.message).toContain('--room "nope"');

    const tree = writeTree({ 'rooms/eq.yaml': 'name: Equities Desk\nmembers:\n  - group: nope\n' });
    try {
      for (const cmd of [['plan'], ['apply', '--auto-approve'], ['expire', '--auto-approve']]) {
        const r = await runCli([...cmd, '--dir', tree, '--format', 'json'], { env });
        expect(r.code, cmd[0]).toBe(1);
        const body = JSON.parse(r.stdout) as FailureJson;
        expect(body.error.kind).toBe('invalid_tree');
        expect(body.errors).toEqual([{ file: 'rooms/eq.yaml', line: 3, column: 12, message: 'unknown group "nope"' }]);
      }
    } finally {
      cleanup(tree);
    }

    const wrongKey = { ...env, WHOOT_API_TOKEN: 'wrong-key' };
    const api = await runCli(['plan', '--dir', acme, '--format', 'json'], { env: wrongKey });
    expect(api.code).toBe(1);
    expect((JSON.parse(api.stdout) as FailureJson).error.kind).toBe('api');

    const flag = await runCli(['expire', '--format', 'json', '--auto-aprove'], { env });
    expect(flag.code).toBe(1);
    const f = JSON.parse(flag.stdout) as FailureJson;
    const typo = 'unknown option "--auto-aprove" (did you mean "--auto-approve"?)';
    expect(f.error).toEqual({ kind: 'usage', message: typo });
  });

  it('export --format json prints what it wrote as JSON, and a failure as JSON too', async () => {
    const out = mkdtempSync(join(tmpdir(), 'whoot-rooms-export-json-'));
    try {
      const r = await runCli(['export', '--out', out, '--room', 'Rates Desk', '--format', 'json'], { env });
      expect(r.code).toBe(0);
      const body = JSON.parse(r.stdout) as { format_version: number; files: Array<{ room: string; members: number }> };
      expect(body.format_version).toBe(1);
      expect(body.files).toEqual([expect.objectContaining({ room: 'Rates Desk' })]);
      const again = await runCli(['export', '--out', out, '--room', 'Rates Desk', '--format', 'json'], { env });
      expect(again.code).toBe(1);
      expect((JSON.parse(again.stdout) as FailureJson).error.kind).toBe('failed');
      const unknown = await runCli(['export', '--out', out, '--room', 'Rates desk', '--format', 'json'], { env });
      const u = JSON.parse(unknown.stdout) as FailureJson;
      const message = '--room: no whoot room is named "Rates desk" (did you mean "Rates Desk"?)';
      expect(u.error).toEqual({ kind: 'usage', message });
    } finally {
      cleanup(out);
    }
  });

  it('file arguments are checked before any request, in one line of words', async () => {
    const before = sim.requestLog.length;
    const plan = await runCli(['plan', '--dir', acme, '--out', '/nonexistent/dir/plan.json'], { env });
    const words = 'error: no such directory: /nonexistent/dir (the folder of /nonexistent/dir/plan.json)\n';
    expect(plan).toMatchObject({ code: 1, stdout: '', stderr: words });
    const apply = await runCli(['apply', '--dir', acme, '--plan-file', 'nope.json', '--auto-approve'], { env });
    expect(apply).toMatchObject({ code: 1, stderr: 'error: no such file: nope.json\n' });
    const jsonArgs = ['apply', '--dir', acme, '--plan-file', 'nope.json', '--auto-approve', '--format', 'json'];
    const json = await runCli(jsonArgs, { env });
    const body = JSON.parse(json.stdout) as FailureJson;
    expect(body.error).toEqual({ kind: 'usage', message: 'no such file: nope.json' });
    expect(sim.requestLog.length).toBe(before);
  });

  it('acknowledge: [scim_mapped, inactive_user] turns those warnings into a one-line count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whoot-rooms-ack-'));
    try {
      cpSync(acme, dir, { recursive: true });
      const fx = join(dir, 'rooms', 'emea', 'fx.yaml');
      writeFileSync(fx, `${readFileSync(fx, 'utf8')}acknowledge: [scim_mapped]\n`);
      const r = await runCli(['plan', '--dir', dir], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('warning[scim_mapped]');
      const count = '1 acknowledged warning not shown (scim_mapped 1; see `acknowledge:` in the room files)';
      expect(r.stdout).toContain(count);
      // The JSON plan still carries the warning: acknowledging changes what a person reads, not the contract.
      const j = await runCli(['plan', '--dir', dir, '--format', 'json'], { env });
      const plan = JSON.parse(j.stdout) as { warnings: Array<{ code: string }> };
      expect(plan.warnings.filter((w) => w.code === 'scim_mapped')).toHaveLength(1);
      // The pull request comment says the same one line instead of the warning.
      const md = await runCli(['plan', '--dir', dir, '--format', 'markdown'], { env });
      expect(md.stdout).not.toContain('**scim&#95;mapped**');
      expect(md.stdout).not.toMatch(/\*\*scim.mapped\*\*:/);
      expect(md.stdout).toContain('- 1 acknowledged warning not shown &#40;scim&#95;mapped 1; see');
    } finally {
      cleanup(dir);
    }
  });
});

describe('offline messages', () => {
  it('validate --dir /nonexistent says so, in words and as JSON', async () => {
    const r = await runCli(['validate', '--dir', '/nonexistent']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'error: no such directory: /nonexistent\n' });
    const j = await runCli(['validate', '--dir', '/nonexistent', '--format', 'json']);
    expect(j.code).toBe(1);
    const error = { kind: 'usage', message: 'no such directory: /nonexistent' };
    expect(JSON.parse(j.stdout)).toEqual({ format_version: 1, error, errors: [] });
  });

  it('reports a misspelt key, a bad email and an unknown group of one file in the first run', async () => {
    const tree = writeTree({
      'groups/traders.yaml': 'members: [a@acme.com]\n',
      'rooms/eq.yaml': 'name: Eq\nmdoe: additive\nmembers:\n  - alice@acme\n  - group: trader\n',
    });
    try {
      const r = await runCli(['validate', '--dir', tree]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('rooms/eq.yaml:2:1: error: unknown key "mdoe" (did you mean "mode"?)');
      expect(r.stdout).toContain('rooms/eq.yaml:4:5: error: members[0]: "alice@acme" is not a valid email');
      expect(r.stdout).toContain('rooms/eq.yaml:5:12: error: unknown group "trader" (did you mean "traders"?)');
      expect(r.stdout).toContain('✗ 3 errors in 1 file');
    } finally {
      cleanup(tree);
    }
  });

  it('says when group references wait for a group file that does not parse', async () => {
    const tree = writeTree({
      'groups/traders.yaml': 'members: [a@acme.com\n',
      'rooms/eq.yaml': 'name: Eq\nmembers:\n  - group: trader\n',
    });
    try {
      const r = await runCli(['validate', '--dir', tree]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('note: group references were not checked: groups/traders.yaml could not be read');
    } finally {
      cleanup(tree);
    }
  });

  it('help CMD and CMD --help print the help generated from the option table; typos get a did-you-mean', async () => {
    const help = await runCli(['help', 'validate']);
    expect(help.code).toBe(0);
    const flags = ['--dir DIR', '--format text|json', '--today YYYY-MM-DD', '--log-level LEVEL', '--log-format FORMAT'];
    for (const flag of [...flags, '-h, --help']) {
      expect(help.stdout).toContain(flag);
    }
    expect((await runCli(['validate', '--help'])).stdout).toBe(help.stdout);
    const sim = await runCli(['sim', '--help']);
    expect(sim.stdout).toContain('--spike-ms N');
    const cmd = await runCli(['plna']);
    expect(cmd.code).toBe(1);
    expect(cmd.stderr).toContain('error: unknown command "plna" (did you mean "plan"?)');
    const flag = await runCli(['validate', '--dri', acme]);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('error: unknown option "--dri" (did you mean "--dir"?)');
  });

  it('the sim banner suggests commands that work from where it was started', async () => {
    const lines: string[] = [];
    await runCli(['sim', '--port', '0', '--seed', 'examples/acme/sim-seed.yaml'], {
      onSpawn: (pid, out) => {
        const wait = setInterval(() => {
          if (out.stdout().includes('WHOOT_SIM_READY')) {
            clearInterval(wait);
            lines.push(...out.stdout().split('\n'));
            process.kill(pid, 'SIGTERM');
          }
        }, 50);
      },
    });
    const tryLine = lines.find((l) => l.trim().startsWith('try:')) ?? '';
    expect(tryLine).toMatch(/try: WHOOT_API_URL=http:\/\/127\.0\.0\.1:\d+ WHOOT_API_TOKEN=sim-token /);
    expect(tryLine.endsWith(' node dist/cli.js plan --dir examples/acme')).toBe(true);
  });
});
