import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canarySimulator, cleanup, runCli, writeTree, writes } from '../support/cli.js';
import { corpusCases, expectedLine, type ExpectedError } from '../support/corpus.js';

/**
 * Bad input through `apply --auto-approve`, the command that writes: the whole committed corpus, plus the
 * hostile inputs made at test time (a 50 MB file, a 100,000-entry list, 20,000 open brackets, a symbolic link
 * out of the tree). Every case: exit 1, the expected `file:line` and message, and not one write: live reads
 * start while the tree loads and are cancelled at its first error (at most the pre-flight, the two lists and
 * the one room's members, each once), and apply writes only after a complete, valid plan.
 */
const TODAY = ['--today', '2026-11-27'];
const seed = {
  users: [{ email: 'alice@acme.com' }],
  rooms: [{ name: 'Equities', members: [{ email: 'alice@acme.com' }] }],
};

async function applyRefuses(label: string, dir: string, expected: ExpectedError[]): Promise<void> {
  const { sim, env } = await canarySimulator(seed);
  const before = sim.snapshot().members;
  try {
    const r = await runCli(label, ['apply', '--dir', dir, '--auto-approve', ...TODAY], { env });
    expect(r.code).toBe(1);
    for (const e of expected) expect(r.stderr).toMatch(expectedLine(e));
    expect(r.stderr).toMatch(/\d+ errors? in the tree; nothing was written to whoot\.\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(writes(sim.requestLog)).toEqual([]);
    expect(sim.requestLog.length).toBeLessThanOrEqual(4);
    expect(sim.snapshot().members).toEqual(before);
  } finally {
    await sim.stop();
  }
}

describe('the bad-input corpus through `apply`', () => {
  it.concurrent.each(corpusCases())(
    '$name: exit 1, the expected file:line and message, no write',
    async ({ name, dir, expected }) => {
      await applyRefuses(`faults/bad-input apply ${name}`, dir, expected);
    },
  );
});

describe('hostile input made at test time, through `apply`', () => {
  /** [name, make it in the tree (returns a cleanup), expected] */
  const generated: Array<[string, (dir: string) => (() => void) | void, ExpectedError[]]> = [
    [
      'a 50 MB file',
      (dir) =>
        writeFileSync(join(dir, 'rooms/huge.yaml'), `name: Huge\nmembers: []\n${'#'.repeat(50 * 1024 * 1024)}\n`),
      [{ file: 'rooms/huge.yaml', line: 0, message: 'file is 50.0 MiB; the limit is 1.0 MiB per room or group file' }],
    ],
    [
      'a 100,000-entry members list',
      (dir) =>
        writeFileSync(
          join(dir, 'rooms/crowd.yaml'),
          `name: Crowd\nmembers: [${Array.from({ length: 100_000 }, () => 'a@b.c').join(',')}]\n`,
        ),
      [{ file: 'rooms/crowd.yaml', line: 2, column: 10, message: 'members has 100000 entries; the limit is' }],
    ],
    [
      '20,000 open brackets',
      (dir) =>
        writeFileSync(
          join(dir, 'rooms/deep.yaml'),
          `name: Deep\nmembers: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
        ),
      [{ file: 'rooms/deep.yaml', line: 2, message: 'nested' }],
    ],
    [
      'a symbolic link pointing outside the tree',
      (dir) => {
        const outside = writeTree({ 'secret.yaml': 'name: Equities\nmembers: []\n' });
        symlinkSync(join(outside, 'secret.yaml'), join(dir, 'rooms/secret.yaml'));
        return () => cleanup(outside);
      },
      [{ file: 'rooms/secret.yaml', line: 0, message: 'symbolic link points outside the tree' }],
    ],
  ];

  it.each(generated)('%s: exit 1, a clear message, no write', async (name, make, expected) => {
    const dir = writeTree({ 'rooms/equities.yaml': 'name: Equities\nmembers: []\n' });
    let undo: (() => void) | void = undefined;
    try {
      undo = make(dir);
      await applyRefuses(`faults/bad-input apply ${name}`, dir, expected);
    } finally {
      undo?.();
      cleanup(dir);
    }
  });
});
