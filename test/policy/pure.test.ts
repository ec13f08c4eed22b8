import { describe, expect, it } from 'vitest';
import { parseBlame } from '../../src/commands/report.js';
import { checkPolicyFile, globToRegExp } from '../../src/policy/index.js';
import { csvField, renderReportCsv, renderReportJson } from '../../src/render/report-data.js';
import { htmlEscape, renderReportHtml } from '../../src/render/report-html.js';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import { readPage } from './html.js';
import { filterRows, withLastChange, withLive, type Entitlement, type Report } from '../../src/render/report-model.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const problems = (text: string) =>
  checkPolicyFile('policy.yaml', bytes(text)).errors.map((e) => `${e.line}:${e.column} ${e.message}`);

describe('globs over room file paths', () => {
  it('** crosses folders, * and ? stay within one, everything else is literal', () => {
    const m = (glob: string, path: string) => globToRegExp(glob).test(path);
    expect(m('rooms/**', 'rooms/a.yaml')).toBe(true);
    expect(m('rooms/**', 'rooms/emea/fx/a.yaml')).toBe(true);
    expect(m('rooms/**/fx.yaml', 'rooms/fx.yaml')).toBe(true);
    expect(m('rooms/**/fx.yaml', 'rooms/emea/fx.yaml')).toBe(true);
    expect(m('rooms/*.yaml', 'rooms/emea/fx.yaml')).toBe(false);
    expect(m('rooms/?x.yaml', 'rooms/fx.yaml')).toBe(true);
    expect(m('rooms/(a)+.yaml', 'rooms/(a)+.yaml')).toBe(true);
    expect(m('rooms/research/**', 'rooms/research-old/a.yaml')).toBe(false);
  });
});

describe('policy.yaml is checked like every file of the tree', () => {
  it('a misspelt rule, a wrong type and a bad barrier, each at its node', () => {
    expect(
      problems('domain: [acme.com]\nguests:\n  max-days: "90"\nbarriers:\n  - name: a\n    between: [rooms/**]\n'),
    ).toEqual([
      '1:1 unknown key "domain" (did you mean "domains"?); allowed keys: domains, guests, transmit, barriers, ' +
        'required-members, limits',
      '3:13 guests.max-days must be an integer, got string "90"',
      '6:14 barriers[0].between must list exactly two sides (two globs or lists of globs), got 1',
    ]);
  });

  it('a domain written with @, a user that is no email, a barrier named twice', () => {
    expect(
      problems('domains: ["@acme.com"]\nrequired-members:\n  - rooms: rooms/**\n    members: [recorder]\n'),
    ).toEqual([
      '1:11 domains[0]: "@acme.com" is not a domain (write e.g. acme.com, without @)',
      '4:15 required-members[0].members[0]: "recorder" is neither an email nor a whoot user id (UUID)',
    ]);
    expect(problems('barriers:\n  - name: a\n    between: [x, y]\n  - name: a\n    between: [x, y]\n')).toEqual([
      '4:11 barrier "a" is defined twice (first at line 2); barrier names must be unique',
    ]);
  });

  it('YAML guards hold: tags are refused', () => {
    expect(problems('domains: !!js/function "x"\n')[0]).toContain('YAML tags are not allowed');
  });
});

describe('git blame, read from porcelain', () => {
  it('takes commit, author and author time per final line; uncommitted lines are unknown', () => {
    const sha = 'a'.repeat(40);
    const text = [
      `${sha} 1 1 1`,
      'author Ada Lovelace',
      'author-time 1767225600',
      'filename x',
      '\tname: X',
      `${'0'.repeat(40)} 2 2 1`,
      'author Not Committed Yet',
      'author-time 1767225700',
      '\tmembers: []',
      '',
    ].join('\n');
    expect([...parseBlame(text)]).toEqual([[1, { commit: sha, author: 'Ada Lovelace', time: 1767225600 }]]);
  });
});

const row = (over: Partial<Entitlement>): Entitlement => ({
  room: 'Desk',
  room_file: 'rooms/desk.yaml',
  email: 'a@acme.com',
  permission: 'listen',
  via: ['direct'],
  expires: null,
  last_change: null,
  lines: [3],
  ...over,
});
const report = (rows: Entitlement[], live = false): Report => ({
  generated_at: '2026-12-03T10:00:00.000Z',
  commit: null,
  live,
  rows,
});

describe('every value is escaped for its medium', () => {
  it('CSV: RFC 4180 quoting, formulas neutralised, no control character survives', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const f of ['+1', '-1', '@SUM(A1)', ' =1']) expect(csvField(f).startsWith(`"'`)).toBe(true);
    expect(csvField('a\nb\u001b[31m')).toBe('a\\x0ab\\x1b[31m');
    const csv = renderReportCsv(report([row({ room: '=cmd|calc', via: ['traders > equity-traders', 'direct'] })]));
    expect(csv).toBe(
      'room,room_file,email,permission,via,expires,last_commit,last_changed,last_author\r\n' +
        `"'=cmd|calc",rooms/desk.yaml,a@acme.com,listen,traders > equity-traders; direct,,,,\r\n`,
    );
  });

  it('HTML: markup characters are entities, the page loads nothing from outside', () => {
    expect(htmlEscape('<script>alert("x")</script>&\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;',
    );
    const page = renderReportHtml(report([row({ room: '<img src=x onerror=alert(1)>' })]));
    expect(page).not.toContain('<img');
    const read = readPage(page);
    expect(read.external).toEqual([]);
    expect(read.tables[0]?.[1]?.[0]).toBe('a@acme.com');
  });

  it('JSON: direction-changing characters are \\u escapes; Markdown: table cells cannot be split', () => {
    const json = renderReportJson(report([row({ room: 'Desk\u202Egnp.exe' })]));
    expect(json).toContain('Desk\\u202egnp.exe');
    expect((JSON.parse(json) as { entitlements: Array<{ room: string }> }).entitlements[0]?.room).toBe(
      'Desk\u202Egnp.exe',
    );
    const md = renderReportMarkdown(report([row({ email: 'a|b@acme.com', via: ['x|y'] })]));
    expect(md).toContain('| <code>a&#124;b@\u200Dacme.com</code> | listen | x&#124;y |');
    expect(md).not.toMatch(/x\|y/);
  });
});

describe('the live comparison', () => {
  it('one of each status: in sync, permission differs, not in whoot, only in whoot', () => {
    const rows = [
      row({ email: 'a@acme.com' }),
      row({ email: 'b@acme.com', permission: 'transmit' }),
      row({ email: 'c@acme.com' }),
    ];
    const live = withLive(
      rows,
      [
        {
          file: 'rooms/desk.yaml',
          name: 'Desk',
          members: [
            { user_id: 'u1', tx_permission: false, email: 'A@acme.com' },
            { user_id: 'u2', tx_permission: false },
            { user_id: 'u4', tx_permission: true },
          ],
        },
      ],
      [
        { id: 'u2', email: 'b@acme.com', display_name: 'B', active: true },
        { id: 'u4', email: 'd@acme.com', display_name: 'D', active: true },
      ],
    );
    expect(live.map((e) => `${e.email} ${e.permission} ${e.live}`)).toEqual([
      'a@acme.com listen in sync',
      'b@acme.com transmit permission differs',
      'c@acme.com listen not in whoot',
      'd@acme.com transmit only in whoot',
    ]);
  });

  it('filters by user (any case) and by room name, file or id', () => {
    const rows = [
      row({ email: 'a@acme.com' }),
      row({ room: 'FX', room_file: 'rooms/fx.yaml', room_id: 'ABC', email: 'b@acme.com' }),
    ];
    expect(filterRows(rows, ['A@ACME.com'], []).map((e) => e.email)).toEqual(['a@acme.com']);
    expect(filterRows(rows, [], ['rooms/fx.yaml']).map((e) => e.room)).toEqual(['FX']);
    expect(filterRows(rows, [], ['abc']).map((e) => e.room)).toEqual(['FX']);
    expect(filterRows(rows, [], ['Desk', 'FX'])).toHaveLength(2);
  });
});

describe('the last change of an entitlement', () => {
  it('is the most recent of its granting lines; unknown lines leave it null', () => {
    const blame = (_file: string, line: number) =>
      line === 3
        ? { commit: 'c1', author: 'Ada', time: 1767600000 }
        : line === 7
          ? { commit: 'c2', author: 'Grace', time: 1773153000 }
          : null;
    const [both, none] = withLastChange([row({ lines: [3, 7] }), row({ lines: [9] })], blame);
    expect(both?.last_change).toEqual({ commit: 'c2', date: '2026-03-10', author: 'Grace' });
    expect(none?.last_change).toBeNull();
  });
});
