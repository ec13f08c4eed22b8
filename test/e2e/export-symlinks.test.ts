import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seed } from './fixture.js';
import { cleanup, runCli, simulator, writeTree } from './helpers.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** A tree to export into, and a folder outside it that an attacker would like export to write into. */
async function setup() {
  const { sim, env } = await simulator(seed);
  const out = writeTree({});
  const outside = mkdtempSync(join(tmpdir(), 'whoot-outside-'));
  stops.push(
    () => sim.stop(),
    () => cleanup(out),
    () => cleanup(outside),
  );
  return { env, out, outside };
}

describe('export writes nothing outside --out and follows no symbolic link', () => {
  it.each([[[]], [['--force']]])('refuses a dangling link at a target path (args %j)', async (extra) => {
    const { env, out, outside } = await setup();
    mkdirSync(join(out, 'rooms'), { recursive: true });
    symlinkSync(join(outside, 'planted.yaml'), join(out, 'rooms/fx.yaml'));
    const r = await runCli(['export', '--out', out, ...extra], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rooms/fx.yaml is a symbolic link: export follows no links');
    expect(r.stderr).toContain('nothing was written');
    expect(existsSync(join(outside, 'planted.yaml'))).toBe(false);
    expect(readdirSync(join(out, 'rooms'))).toEqual(['fx.yaml']); // no other room written either
  });

  it('refuses a link to an existing file outside, even with --force, and leaves that file as it was', async () => {
    const { env, out, outside } = await setup();
    mkdirSync(join(out, 'rooms'), { recursive: true });
    writeFileSync(join(outside, 'authorized_keys'), 'ssh-ed25519 AAAA original\n');
    symlinkSync(join(outside, 'authorized_keys'), join(out, 'rooms/equities.yaml'));
    const r = await runCli(['export', '--out', out, '--force'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rooms/equities.yaml is a symbolic link');
    expect(r.stderr).toContain('refused even with --force');
    expect(readFileSync(join(outside, 'authorized_keys'), 'utf8')).toBe('ssh-ed25519 AAAA original\n');
  });

  it.each([[[]], [['--force']]])(
    'refuses a linked rooms/ folder (args %j) and writes nothing into its target',
    async (extra) => {
      const { env, out, outside } = await setup();
      symlinkSync(outside, join(out, 'rooms'));
      const r = await runCli(['export', '--out', out, ...extra], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('rooms is a symbolic link: export follows no links');
      expect(r.stderr.match(/is a symbolic link/g)).toHaveLength(1); // named once, not once per room
      expect(readdirSync(outside)).toEqual([]);
      expect(lstatSync(join(out, 'rooms')).isSymbolicLink()).toBe(true);
    },
  );

  it('still writes into an --out that is itself a link (the user chose it)', async () => {
    const { env, out, outside } = await setup();
    const linkedOut = join(out, 'via-link');
    symlinkSync(outside, linkedOut);
    const r = await runCli(['export', '--out', linkedOut], { env });
    expect(r.code).toBe(0);
    expect(readdirSync(join(outside, 'rooms')).sort()).toEqual([
      'credit.yaml',
      'equities.yaml',
      'fx.yaml',
      'lobby.yaml',
      'rates.yaml',
    ]);
  });
});
