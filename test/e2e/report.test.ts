import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimSeed } from '../../src/sim/seed-types.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { DESK, TODAY } from '../policy/desk.js';
import { readPage } from '../policy/html.js';
import { cleanup, runCli, simulator, writes, writeTree } from './helpers.js';

let sim: SimulatorHandle | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.stop();
  if (dir) cleanup(dir);
  sim = undefined;
  dir = undefined;
});

const ISOLATED_GIT = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: { ...ISOLATED_GIT, ...env }, encoding: 'utf8' }).trim();
}

/** Commit everything as `author` at `date` (author and committer alike); returns the commit's sha. */
function commitAs(cwd: string, author: string, email: string, date: string, message: string): string {
  git(cwd, ['add', '-A']);
  const who = {
    GIT_AUTHOR_NAME: author,
    GIT_AUTHOR_EMAIL: email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author,
    GIT_COMMITTER_EMAIL: email,
    GIT_COMMITTER_DATE: date,
  };
  git(cwd, ['-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', message], who);
  return git(cwd, ['rev-parse', 'HEAD']);
}

const RESEARCH = `name: Equity Research
members:
  - recorder@acme.com
  - carol@acme.com
  - user: guest@partner.com
    expires: 2027-01-15
  - user: olga@acme.com
    expires: 2026-11-30
`;
const SALES_V1 = 'name: Sales Desk\nmembers:\n  - recorder@acme.com\n  - group: traders\n    tx: true\n';
const SALES_V2 = `${SALES_V1}  - erin@acme.com\n  - alice@acme.com\n`;

/**
 * The desk's tree in a git repository: Ada Lovelace commits it in January; in March Grace Hopper adds erin, and
 * alice directly (she already transmits through traders).
 */
function committedDesk(): { dir: string; first: string; second: string } {
  const d = writeTree({ ...DESK, 'rooms/research/eq.yaml': RESEARCH, 'rooms/sales/desk.yaml': SALES_V1 });
  git(d, ['init', '--quiet', '-b', 'main']);
  const first = commitAs(d, 'Ada Lovelace', 'ada@acme.com', '2026-01-05T09:00:00Z', 'desk rooms');
  writeFileSync(join(d, 'rooms/sales/desk.yaml'), SALES_V2);
  const second = commitAs(d, 'Grace Hopper', 'grace@acme.com', '2026-03-10T14:30:00Z', 'erin joins sales');
  return { dir: d, first, second };
}

describe('whoot-rooms report: the access review from a committed tree', () => {
  it('CSV: one row per (room, user), sorted, with the last commit, date and author of the granting line', async () => {
    const repo = committedDesk();
    dir = repo.dir;
    const r = await runCli(['report', '--dir', dir, '--format', 'csv', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ada = `${repo.first},2026-01-05,Ada Lovelace`;
    const grace = `${repo.second},2026-03-10,Grace Hopper`;
    expect(r.stdout.split('\r\n')).toEqual([
      'room,room_file,email,permission,via,expires,last_commit,last_changed,last_author',
      `Equity Research,rooms/research/eq.yaml,carol@acme.com,listen,direct,,${ada}`,
      `Equity Research,rooms/research/eq.yaml,guest@partner.com,listen,direct,2027-01-15,${ada}`,
      `Equity Research,rooms/research/eq.yaml,recorder@acme.com,listen,direct,,${ada}`,
      `Sales Desk,rooms/sales/desk.yaml,alice@acme.com,transmit,traders > equity-traders; direct,,${grace}`,
      `Sales Desk,rooms/sales/desk.yaml,bob@acme.com,transmit,traders > equity-traders,,${ada}`,
      `Sales Desk,rooms/sales/desk.yaml,dave@acme.co.uk,transmit,traders,,${ada}`,
      `Sales Desk,rooms/sales/desk.yaml,erin@acme.com,listen,direct,,${grace}`,
      `Sales Desk,rooms/sales/desk.yaml,recorder@acme.com,listen,direct,,${ada}`,
      '',
    ]);
    // olga's entry expired on 2026-11-30: not granted, so not listed.
    expect(r.stdout).not.toContain('olga');
  });

  it('JSON: the contract, with HEAD as the commit and null where there is no end date', async () => {
    const repo = committedDesk();
    dir = repo.dir;
    const r = await runCli([
      'report',
      '--dir',
      dir,
      '--format',
      'json',
      '--today',
      TODAY,
      '--user',
      'ERIN@acme.com',
      '--user',
      'guest@partner.com',
    ]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['format_version', 'generated_at', 'commit', 'entitlements']);
    expect(body.format_version).toBe(1);
    expect(Date.parse(body.generated_at as string)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(body.commit).toBe(repo.second);
    expect(body.entitlements).toEqual([
      {
        room: 'Equity Research',
        room_file: 'rooms/research/eq.yaml',
        email: 'guest@partner.com',
        permission: 'listen',
        via: ['direct'],
        expires: '2027-01-15',
        last_change: { commit: repo.first, date: '2026-01-05', author: 'Ada Lovelace' },
      },
      {
        room: 'Sales Desk',
        room_file: 'rooms/sales/desk.yaml',
        email: 'erin@acme.com',
        permission: 'listen',
        via: ['direct'],
        expires: null,
        last_change: { commit: repo.second, date: '2026-03-10', author: 'Grace Hopper' },
      },
    ]);
  });

  it('--room filters by name or file; outside git the last_* columns are empty and commit is null', async () => {
    dir = writeTree(DESK);
    const r = await runCli([
      'report',
      '--dir',
      dir,
      '--format',
      'json',
      '--today',
      TODAY,
      '--room',
      'rooms/research/eq.yaml',
    ]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as { commit: unknown; entitlements: Array<Record<string, unknown>> };
    expect(body.commit).toBeNull();
    expect(
      body.entitlements.map((e) => `${String(e.room)} ${String(e.email)} ${JSON.stringify(e.last_change)}`),
    ).toEqual([
      'Equity Research carol@acme.com null',
      'Equity Research guest@partner.com null',
      'Equity Research recorder@acme.com null',
    ]);
    const csv = await runCli([
      'report',
      '--dir',
      dir,
      '--format',
      'csv',
      '--today',
      TODAY,
      '--room',
      'Sales Desk',
      '--user',
      'erin@acme.com',
    ]);
    expect(csv.stdout).toBe(
      'room,room_file,email,permission,via,expires,last_commit,last_changed,last_author\r\n' +
        'Sales Desk,rooms/sales/desk.yaml,erin@acme.com,listen,direct,,,,\r\n',
    );
    const none = await runCli(['report', '--dir', dir, '--format', 'csv', '--today', TODAY, '--room', 'Sales Dsk']);
    expect(none.code).toBe(0);
    expect(none.stderr).toBe('warning: --room "Sales Dsk" matches no room file (give its name, file or id)\n');
    expect(none.stdout).toBe('room,room_file,email,permission,via,expires,last_commit,last_changed,last_author\r\n');
  });

  it("Markdown (the default): a table per room, then each user's rooms", async () => {
    dir = writeTree(DESK);
    const r = await runCli(['report', '--dir', dir, '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '## Sales Desk\n\nFile <code>rooms/sales/desk.yaml</code>\n\n' +
        '| email | permission | via | expires | last_commit | last_changed | last_author ' +
        '|\n|---|---|---|---|---|---|---|\n' +
        '| `alice@acme.com` | transmit | traders &gt; equity-traders |  |  |  |  |\n',
    );
    expect(r.stdout).toContain('## Users\n\n| user | rooms |\n|---|---|\n');
    expect(r.stdout).toContain('| `recorder@acme.com` | Equity Research (listen), Sales Desk (listen) |\n');
  });

  it(
    'HTML: one self-contained page written with --out, parseable, referencing nothing outside, with the ' + 'matrix',
    async () => {
      const repo = committedDesk();
      dir = repo.dir;
      const out = join(dir, 'review.html');
      const r = await runCli(['report', '--dir', dir, '--format', 'html', '--out', out, '--today', TODAY]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`wrote ${out} (8 entitlements, html)\n`);
      const page = readPage(readFileSync(out, 'utf8'));
      expect(page.external).toEqual([]);
      expect(page.elements).toContain('script');
      // Two room tables, the users table and the matrix: alice transmits in Sales Desk and is not in Equity Research.
      expect(page.tables).toHaveLength(4);
      const matrix = page.tables[3] ?? [];
      expect(matrix.find((row) => row[0] === 'alice@acme.com')?.map((c) => c.replace(/<[^>]*>/g, ''))).toEqual([
        'alice@acme.com',
        '',
        'T',
      ]);
    },
  );

  it('an invalid tree makes no report', async () => {
    dir = writeTree({ ...DESK, 'rooms/sales/desk.yaml': 'name: Sales Desk\nmembers:\n  - hank@other.org\n' });
    const r = await runCli(['report', '--dir', dir, '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('rooms/sales/desk.yaml:3:5: error[policy.domains]: hank@other.org');
  });
});

describe('whoot-rooms report --live: the review against whoot', () => {
  const seed: SimSeed = {
    users: ['recorder', 'carol', 'alice', 'bob', 'erin', 'olga']
      .map((n) => ({ email: `${n}@acme.com`, display_name: n }))
      .concat([
        { email: 'dave@acme.co.uk', display_name: 'dave' },
        { email: 'guest@partner.com', display_name: 'guest' },
      ]),
    rooms: [
      // guest was never added; olga's holiday cover ended but she is still in the room.
      {
        name: 'Equity Research',
        members: [{ email: 'recorder@acme.com' }, { email: 'carol@acme.com' }, { email: 'olga@acme.com' }],
      },
      // alice only listens in whoot, though the tree lets her transmit.
      {
        name: 'Sales Desk',
        members: [
          { email: 'recorder@acme.com' },
          { email: 'alice@acme.com' },
          { email: 'bob@acme.com', tx: true },
          { email: 'dave@acme.co.uk', tx: true },
          { email: 'erin@acme.com' },
        ],
      },
      { name: 'Lobby', members: [{ email: 'bob@acme.com' }] },
    ],
  };

  it('adds a live column with one of each status, reads only, and never reads unmanaged rooms', async () => {
    const started = await simulator(seed);
    sim = started.sim;
    const repo = committedDesk();
    dir = repo.dir;
    const r = await runCli(['report', '--dir', dir, '--format', 'csv', '--live', '--today', TODAY], {
      env: started.env,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual([
      'room',
      'room_file',
      'email',
      'permission',
      'via',
      'expires',
      'last_commit',
      'last_changed',
      'last_author',
      'live',
    ]);
    expect(rows.slice(1, -1).map((c) => `${c[0]} ${c[2]} ${c[3]} ${c[9]}`)).toEqual([
      'Equity Research carol@acme.com listen in sync',
      'Equity Research guest@partner.com listen not in whoot',
      'Equity Research olga@acme.com listen only in whoot',
      'Equity Research recorder@acme.com listen in sync',
      'Sales Desk alice@acme.com transmit permission differs',
      'Sales Desk bob@acme.com transmit in sync',
      'Sales Desk dave@acme.co.uk transmit in sync',
      'Sales Desk erin@acme.com listen in sync',
      'Sales Desk recorder@acme.com listen in sync',
    ]);
    expect(writes(started.sim.requestLog)).toEqual([]);
    const lobby = started.sim.snapshot().rooms.find((x) => x.name === 'Lobby')?.id ?? '';
    expect(started.sim.requestLog.some((e) => e.path.includes(lobby))).toBe(false);
  });

  it('a room file with no whoot room lists its entitlements as not in whoot, and says why on stderr', async () => {
    const started = await simulator(seed);
    sim = started.sim;
    dir = writeTree({ ...DESK, 'rooms/new.yaml': 'name: New Desk\nmembers:\n  - recorder@acme.com\n' });
    const r = await runCli(
      ['report', '--dir', dir, '--format', 'csv', '--live', '--today', TODAY, '--room', 'New Desk'],
      { env: started.env },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('rooms/new.yaml:1:7: warning: no whoot room is named "New Desk"');
    expect(r.stdout.split('\r\n')[1]).toBe('New Desk,rooms/new.yaml,recorder@acme.com,listen,direct,,,,,not in whoot');
  });

  it('JSON carries the live status of each entitlement; --live without a key fails before any request', async () => {
    const started = await simulator(seed);
    sim = started.sim;
    dir = writeTree(DESK);
    const r = await runCli(
      ['report', '--dir', dir, '--format', 'json', '--live', '--today', TODAY, '--user', 'olga@acme.com'],
      { env: started.env },
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { entitlements: unknown[] }).entitlements).toEqual([
      {
        room: 'Equity Research',
        room_file: 'rooms/research/eq.yaml',
        email: 'olga@acme.com',
        permission: 'listen',
        via: [],
        expires: null,
        last_change: null,
        live: 'only in whoot',
      },
    ]);
    const before = started.sim.requestLog.length;
    const noKey = await runCli(['report', '--dir', dir, '--live'], {
      env: { WHOOT_API_URL: started.env.WHOOT_API_URL },
    });
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toContain('WHOOT_API_TOKEN is not set');
    expect(started.sim.requestLog.length).toBe(before);
  });
});
