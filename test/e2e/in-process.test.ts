import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import apply from '../../src/commands/apply.js';
import type { CliIo } from '../../src/commands/common.js';
import plan from '../../src/commands/plan.js';
import { converged, seed, tree } from './fixture.js';
import { cleanup, membersOf, simulator, writes, writeTree } from './helpers.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** A terminal-like io: what a person at a shell would see, with `input` typed on stdin. */
function terminal(env: NodeJS.ProcessEnv, input: string, tty = true) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const stdin = Object.assign(Readable.from([input]), { isTTY: tty });
  const io: CliIo = {
    stdout: Object.assign(out, { isTTY: tty }),
    stderr: Object.assign(err, { isTTY: tty }),
    stdin,
    env: { ...env, LOG_LEVEL: 'silent' },
    cwd: process.cwd(),
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}

async function setup() {
  const { sim, env } = await simulator(seed);
  const dir = writeTree(tree);
  stops.push(
    () => sim.stop(),
    () => cleanup(dir),
  );
  return { sim, env, dir };
}

describe('apply at a terminal', () => {
  it('shows the plan and writes nothing unless the answer is exactly "yes"', async () => {
    const { sim, env, dir } = await setup();
    const t = terminal(env, 'y\n');
    expect(await apply(['--dir', dir], t.io)).toBe(1);
    expect(t.stdout()).toContain('Plan: 2 rooms to change');
    expect(t.stdout()).toContain('Only "yes" will be accepted');
    expect(t.stdout()).toContain('Apply cancelled: nothing was written.');
    expect(writes(sim.requestLog)).toEqual([]);
  });

  it('applies after "yes"', async () => {
    const { sim, env, dir } = await setup();
    const t = terminal(env, 'yes\n');
    expect(await apply(['--dir', dir], t.io)).toBe(0);
    expect(t.stdout()).toContain('Applied 2 rooms');
    for (const [room, members] of Object.entries(converged)) expect(membersOf(sim, room)).toEqual(members);
  });
});

describe('progress and colour', () => {
  it('shows progress on a terminal stderr and colours the plan unless NO_COLOR is set', async () => {
    const { env, dir } = await setup();
    const t = terminal({ ...env, NO_COLOR: '' }, '');
    expect(await plan(['--dir', dir], t.io)).toBe(0);
    expect(t.stderr()).toContain('reading members 4/4 rooms');
    expect(t.stdout()).toContain('\u001b[');

    const plain = terminal({ ...env, NO_COLOR: '1' }, '');
    expect(await plan(['--dir', dir], plain.io)).toBe(0);
    expect(plain.stdout()).not.toContain('\u001b[');
  });

  it('shows no progress when stderr is not a terminal', async () => {
    const { env, dir } = await setup();
    const t = terminal(env, '', false);
    expect(await plan(['--dir', dir], t.io)).toBe(0);
    expect(t.stderr()).toBe('');
  });
});
