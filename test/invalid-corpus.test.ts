import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDesiredState, LIMITS, type SourceError } from '../src/desired/index.js';
import { tempTree } from './desired/helpers.js';
import { runCli } from './e2e/helpers.js';

/**
 * The bad-input corpus (issue 7): every folder under test/fixtures/invalid/ is a tree that must be refused,
 * with its expected.json naming the file, line (and column) and a fragment of the message.
 */
const corpus = fileURLToPath(new URL('./fixtures/invalid/', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const TODAY = '2026-11-27';

interface Expected {
  file: string;
  line: number;
  column?: number;
  message: string;
}

const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const raw = JSON.parse(readFileSync(join(corpus, d.name, 'expected.json'), 'utf8')) as Expected | Expected[];
    return { name: d.name, dir: join(corpus, d.name), expected: Array.isArray(raw) ? raw : [raw] };
  });

function expectReported(errors: readonly SourceError[], expected: readonly Expected[]): void {
  for (const want of expected) {
    const match = errors.find(
      (e) =>
        e.file === want.file &&
        e.line === want.line &&
        (want.column === undefined || e.column === want.column) &&
        e.message.includes(want.message),
    );
    expect(
      match,
      `expected ${want.file}:${want.line}:${want.column ?? '*'} "${want.message}" ` +
        `among:\n${JSON.stringify(errors, null, 2)}`,
    ).toBeDefined();
  }
}

describe('the bad-input corpus', () => {
  it('holds at least 40 committed cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name is refused with the expected file:line and message', async ({ dir, expected }) => {
    const result = await loadDesiredState(dir, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) expectReported(result.errors, expected);
  });

  // The same cases through the real process, batched into one JSON run per case would cost ~50 node starts;
  // a representative handful proves the CLI path (exit 1, JSON positions), the library run above covers the rest.
  it.each([
    'invalid-utf8',
    'tag-js-function',
    'alias-bomb',
    'members-null',
    'errors-in-several-files',
    'file-name-spaces-unicode',
  ])('%s fails through the CLI with exit 1 and the same errors', async (name) => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`no corpus case ${name}`);
    const r = await runCli(['validate', '--dir', c.dir, '--format', 'json', '--today', TODAY]);
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout) as { valid: boolean; errors: SourceError[] };
    expect(body.valid).toBe(false);
    expectReported(body.errors, c.expected);
    expect(r.stderr).toBe('');
  });
});

describe('generated bad input (made at test time, never committed)', () => {
  it('refuses a 50 MB file from its size, before reading it', async () => {
    const t = tempTree({ 'rooms/ok.yaml': 'name: Desk\nmembers: []\n' });
    try {
      // A sparse-ish write of 50 MB of YAML comment is cheap and would be costly to parse.
      writeFileSync(join(t.dir, 'rooms/huge.yaml'), `name: Huge\nmembers: []\n${'#'.repeat(50 * 1024 * 1024)}\n`);
      const result = await loadDesiredState(t.dir, { today: TODAY });
      expect(result).toEqual({
        ok: false,
        errors: [
          {
            file: 'rooms/huge.yaml',
            line: 0,
            column: 0,
            message: 'file is 50.0 MiB; the limit is 1.0 MiB per room or group file',
          },
        ],
      });
    } finally {
      t.cleanup();
    }
  });

  it('refuses a 100,000-entry members list with the limit in the message', async () => {
    // Flow style keeps 100,000 entries under the 1 MiB file limit, so the list limit itself is what trips.
    const entries = Array.from({ length: 100_000 }, () => 'a@b.c').join(',');
    const t = tempTree({ 'rooms/crowd.yaml': `name: Crowd\nmembers: [${entries}]\n` });
    try {
      const result = await loadDesiredState(t.dir, { today: TODAY });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors).toEqual([
          {
            file: 'rooms/crowd.yaml',
            line: 2,
            column: 10,
            message: `members has 100000 entries; the limit is ${LIMITS.maxMembers} per list`,
          },
        ]);
      }
    } finally {
      t.cleanup();
    }
  });

  it('refuses hostile nesting (20,000 open brackets) with a message, not a crash', async () => {
    const t = tempTree({ 'rooms/deep.yaml': `name: Deep\nmembers: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` });
    try {
      const result = await loadDesiredState(t.dir, { today: TODAY });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]).toMatchObject({ file: 'rooms/deep.yaml', line: 2 });
        expect(result.errors[0]?.message).toMatch(/nested (too deeply|deeper than)/);
      }
    } finally {
      t.cleanup();
    }
  });

  it('refuses a symbolic link that points outside the tree', async () => {
    const outside = tempTree({ 'secret.yaml': 'name: Secret\nmembers: []\n' });
    const t = tempTree({ 'rooms/desk.yaml': 'name: Desk\nmembers: []\n' });
    try {
      symlinkSync(join(outside.dir, 'secret.yaml'), join(t.dir, 'rooms/secret.yaml'));
      const result = await loadDesiredState(t.dir, { today: TODAY });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]).toMatchObject({ file: 'rooms/secret.yaml', line: 0 });
        expect(result.errors[0]?.message).toContain('symbolic link points outside the tree');
      }
      const r = spawnSync(process.execPath, [bin, 'validate', '--dir', t.dir], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('rooms/secret.yaml: error: symbolic link points outside the tree');
    } finally {
      t.cleanup();
      outside.cleanup();
    }
  });

  it('reports a missing --dir as such', async () => {
    const result = await loadDesiredState(join(corpus, 'no-such-tree'), { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain('directory not found');
  });
});
