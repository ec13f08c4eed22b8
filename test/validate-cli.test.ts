import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDesiredState } from '../src/desired/index.js';
import { tempTree } from './desired/helpers.js';
import { runCli } from './e2e/helpers.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const invalid = (name: string) => fileURLToPath(new URL(`./fixtures/invalid/${name}`, import.meta.url));
const acme = fileURLToPath(new URL('../examples/acme', import.meta.url));
const TODAY = '2026-11-27';

/** `whoot-rooms validate …` as the bin runs it (in process; the last two stories spawn the built bin). */
function validate(...args: string[]) {
  return runCli(['validate', '--today', TODAY, ...args]);
}

/** Each error kind of issue 2, the fixture that shows it, and the line the user must see. */
const ERROR_KINDS: Array<{ kind: string; fixture: string; line: string }> = [
  {
    kind: 'a user listed twice directly (emails differ only in case)',
    fixture: 'email-case-duplicate',
    line: 'rooms/eq.yaml:5:5: error: user "alice@acme.com" is listed twice in this room (first at line 3)',
  },
  {
    kind: 'a group that does not exist',
    fixture: 'unknown-group',
    line: 'rooms/eq.yaml:4:12: error: unknown group "trader" (did you mean "traders"?)',
  },
  { kind: 'a group cycle', fixture: 'group-cycle', line: 'groups/b.yaml:3:12: error: group cycle: a → b → a' },
  {
    kind: 'two files managing the same room id',
    fixture: 'same-room-id-two-files',
    line:
      'rooms/b.yaml:2:5: error: room id B2C3D4E5-F6A7-8901-BCDE-F01234567891 is also managed by ' +
      'rooms/a.yaml (rooms/a.yaml:1:5)',
  },
  {
    kind: 'two files managing the same room name',
    fixture: 'same-room-name-two-files',
    line:
      'rooms/emea/eq.yaml:1:7: error: room "Equities Desk" is also managed by rooms/amer/eq.yaml ' +
      '(rooms/amer/eq.yaml:1:7)',
  },
  {
    kind: 'two groups with the same name',
    fixture: 'two-groups-same-name',
    line: 'groups/traders.yaml:1:1: error: group "traders" is also defined by groups/desk.yaml (groups/desk.yaml:1:7)',
  },
  {
    kind: 'an email that is not an email',
    fixture: 'bad-email',
    line: 'rooms/eq.yaml:3:5: error: members[0]: "alice@acme" is not a valid email',
  },
  {
    kind: 'a user id that is not a UUID',
    fixture: 'bad-user-id',
    line: 'rooms/eq.yaml:3:11: error: members[0].user: "1234-abcd" is not a valid user id (UUID)',
  },
  {
    kind: 'an expires that is not a real date',
    fixture: 'expires-impossible-date',
    line: 'rooms/eq.yaml:4:14: error: members[0].expires "2026-02-30" is not a valid date: write YYYY-MM-DD',
  },
  {
    kind: 'a file that is not valid YAML',
    fixture: 'yaml-unterminated-quote',
    line: 'rooms/eq.yaml:4:1: error: YAML syntax error: Missing closing "quote',
  },
  { kind: 'an empty file', fixture: 'empty-file', line: 'rooms/eq.yaml:1:1: error: file is empty' },
  {
    kind: 'several documents in one file',
    fixture: 'several-documents',
    line: 'rooms/eq.yaml:3:1: error: several YAML documents in one file',
  },
  {
    kind: 'a custom tag',
    fixture: 'tag-include',
    line: 'rooms/eq.yaml:2:10: error: YAML tags are not allowed (found "!include")',
  },
  { kind: 'duplicate keys', fixture: 'duplicate-keys', line: 'rooms/eq.yaml:3:1: error: duplicate key "name"' },
  {
    kind: 'a misspelt key',
    fixture: 'unknown-key-misspelt',
    line:
      'rooms/eq.yaml:2:1: error: unknown key "memebers" (did you mean "members"?); allowed keys: name, id, ' +
      'display_name, external_id, mode, members',
  },
  {
    kind: 'members: with nothing after it',
    fixture: 'members-null',
    line: 'rooms/eq.yaml:2:1: error: `members` is empty (null): write `members: []` to empty a room',
  },
  {
    kind: 'a room with neither name nor id',
    fixture: 'no-name-no-id',
    line: 'rooms/eq.yaml:1:1: error: a room needs a `name`',
  },
  {
    kind: 'a wrong type',
    fixture: 'tx-string-yes',
    line: 'rooms/eq.yaml:4:9: error: members[0].tx must be true or false, got string "yes"',
  },
  {
    kind: 'a tab used for indentation',
    fixture: 'tab-indentation',
    line: 'rooms/eq.yaml:3:1: error: tab used for indentation',
  },
  { kind: 'invalid UTF-8', fixture: 'invalid-utf8', line: 'rooms/eq.yaml:3:7: error: file is not valid UTF-8 text' },
  { kind: 'no rooms/ folder', fixture: 'rooms-missing', line: 'rooms/: error: no rooms/ folder' },
  { kind: 'an empty tree', fixture: 'empty-tree', line: 'rooms/: error: no room files' },
];

describe('whoot-rooms validate on a broken tree', () => {
  it.each(ERROR_KINDS)('reports $kind at the offending node (library and CLI)', async ({ fixture, line }) => {
    const result = await loadDesiredState(invalid(fixture), { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const [where, message] = line.split(': error: ') as [string, string];
      const [file, l, c] = where.split(':');
      expect(result.errors).toContainEqual(
        expect.objectContaining({
          file,
          line: Number(l ?? 0),
          column: Number(c ?? 0),
          message: expect.stringContaining(message) as unknown,
        }),
      );
    }

    const cli = await validate('--dir', invalid(fixture));
    expect(cli.code).toBe(1);
    expect(cli.stdout.split('\n').some((l) => l.startsWith(line))).toBe(true);
    expect(cli.stdout).toMatch(/^✗ \d+ errors? in \d+ files?$/m);
  });

  it('reports every error of every file in one run, sorted by file and line', async () => {
    const cli = await validate('--dir', invalid('errors-in-several-files'));
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe(
      [
        'groups/g.yaml:2:12: error: unknown group "nope"',
        'rooms/a.yaml:3:5: error: members[0]: "alice@acme" is not a valid email',
        'rooms/b.yaml:2:1: error: unknown key "memebers" (did you mean "members"?); allowed keys: name, id, ' +
          'display_name, external_id, mode, members, acknowledge',
        '✗ 3 errors in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('refuses a file over the size limit without reading it', async () => {
    const t = tempTree({ 'rooms/ok.yaml': 'name: Desk\nmembers: []\n' });
    try {
      writeFileSync(join(t.dir, 'rooms/huge.yaml'), `name: Huge\nmembers: []\n#${'x'.repeat(2 * 1024 * 1024)}\n`);
      const cli = await validate('--dir', t.dir);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toContain(
        'rooms/huge.yaml: error: file is 2.0 MiB; the limit is 1.0 MiB per room or group file',
      );
    } finally {
      t.cleanup();
    }
  });

  it('prints the errors as JSON with --format json', async () => {
    const cli = await validate('--dir', invalid('unknown-group'), '--format', 'json');
    expect(cli.code).toBe(1);
    expect(JSON.parse(cli.stdout)).toEqual({
      format_version: 1,
      valid: false,
      error: { kind: 'invalid_tree', message: '1 error in the tree' },
      errors: [
        { file: 'rooms/eq.yaml', line: 4, column: 12, message: 'unknown group "trader" (did you mean "traders"?)' },
      ],
    });
  });
});

describe('whoot-rooms validate on the acme example', () => {
  it('passes with a one-line summary', async () => {
    const cli = await validate('--dir', acme);
    expect(cli).toMatchObject({ code: 0, stdout: '✓ 7 rooms, 5 groups valid\n', stderr: '' });
  });

  it('passes as JSON with the counts', async () => {
    const cli = await validate('--dir', acme, '--format', 'json');
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual({ valid: true, rooms: 7, groups: 5, errors: [] });
  });

  it('lists entries about to expire as notices', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', '--dir', acme, '--today', '2027-06-25'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('rooms/emea/rates.yaml:7:5: notice: rupert@acme.com expires on 2027-06-30');
  });

  it('defaults --dir to the current directory', () => {
    const r = spawnSync(process.execPath, [bin, 'validate'], { cwd: acme, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ 7 rooms, 5 groups valid');
  });
});

describe('whoot-rooms validate usage', () => {
  it('prints usage on --help and exits 0', async () => {
    const cli = await validate('--help');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('Usage: whoot-rooms validate [--dir DIR] [--format text|json]');
  });

  it('rejects an unknown format with exit 1 and no stack trace', async () => {
    const cli = await validate('--dir', acme, '--format', 'yaml');
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('error: --format must be text or json, got "yaml"');
    expect(cli.stderr).not.toMatch(/\n\s+at /);
  });
});
