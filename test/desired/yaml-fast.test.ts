import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkFile } from '../../src/desired/check-file.js';
import { readFastYaml } from '../../src/desired/yaml-fast.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The fast reader either declines, or reads exactly what `yaml` reads, and loading gives the same result. */
function expectSameAsYaml(text: string, kind: 'room' | 'group' = 'room'): boolean {
  const fast = readFastYaml(text);
  if (fast !== undefined) {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    expect({ errors: doc.errors.map((e) => e.message), warnings: doc.warnings.map((e) => e.message) }).toEqual({
      errors: [],
      warnings: [],
    });
    expect(fast.value).toEqual(doc.toJS());
  }
  const file = kind === 'room' ? 'rooms/r.yaml' : 'groups/g.yaml';
  expect(checkFile(kind, file, bytes(text))).toEqual(checkFile(kind, file, bytes(text), { fast: false }));
  return fast !== undefined;
}

describe('the fast YAML reader', () => {
  it('reads a room file as yaml does, with the position of every part', () => {
    const text = [
      '# Rates desk',
      'name: Rates EMEA   # the live name',
      'display_name: "Rates [EMEA], desk #1"',
      'external_id:',
      'members:',
      '  - alice@bank.example',
      '  - user: bob@bank.example',
      '    tx: true',
      '',
      '    expires: 2099-12-31',
      '  -   group: desk-0001',
      "  - 'carol''s@bank.example'",
      'mode: additive',
      '',
    ].join('\n');
    const fast = readFastYaml(text);
    expect(fast?.value).toEqual({
      name: 'Rates EMEA',
      display_name: 'Rates [EMEA], desk #1',
      external_id: null,
      members: [
        'alice@bank.example',
        { user: 'bob@bank.example', tx: true, expires: '2099-12-31' },
        { group: 'desk-0001' },
        "carol's@bank.example",
      ],
      mode: 'additive',
    });
    expect(fast?.top).toEqual([2, 1]);
    expect(Object.fromEntries(fast?.keys ?? [])).toEqual({
      name: [2, 7],
      display_name: [3, 15],
      external_id: [4, 1],
      members: [6, 3],
      mode: [13, 7],
    });
    expect(fast?.members).toEqual([6, 5, 6, 5, 7, 5, 7, 11, 11, 7, 11, 14, 12, 5, 12, 5]);
    expect(expectSameAsYaml(text)).toBe(true);
  });

  it.each([
    ['a tab', 'name: a\nmembers:\n\t- a@b.example\n'],
    ['CRLF line ends', 'name: a\r\nmembers:\r\n  - a@b.example\r\n'],
    ['an anchor and an alias', 'name: &n a\nmembers:\n  - *n\n'],
    ['a tag', 'name: !!str a\nmembers: []\n'],
    ['a number', 'name: 42\nmembers: []\n'],
    ['a float', 'name: .5e3\nmembers: []\n'],
    ['a plain scalar over two lines', 'name: Rates\n  EMEA\nmembers: []\n'],
    ['a block scalar', 'name: |\n  a\nmembers: []\n'],
    ['a flow mapping', 'name: a\nmembers:\n  - {user: a@b.example}\n'],
    ['a flow list with items', 'name: a\nmembers: [a@b.example]\n'],
    ['a duplicate key', 'name: a\nname: b\nmembers: []\n'],
    ['a duplicate key in an entry', 'name: a\nmembers:\n  - user: a@b.example\n    user: c@d.example\n'],
    ['an escape', 'name: "a\\u0041"\nmembers: []\n'],
    ['a quote over two lines', "name: 'a\n  b'\nmembers: []\n"],
    ['a document marker', '---\nname: a\nmembers: []\n'],
    ['an indented top level', '  name: a\n  members: []\n'],
    ['a list under an item', 'name: a\nmembers:\n  - user:\n      - x\n'],
    ['a misindented key', 'name: a\nmembers:\n  - user: a@b.example\n     tx: true\n'],
    ['a comment glued to a quote', "name: 'a'# c\nmembers: []\n"],
    ['a mapping in a value', 'name: a: b\nmembers: []\n'],
    ['an empty item', 'name: a\nmembers:\n  -\n  - a@b.example\n'],
    ['only comments', '# nothing\n'],
    ['a __proto__ key', '__proto__: a\nmembers: []\n'],
    ['a nested list', 'name: a\nmembers:\n  - - a@b.example\n'],
    ['a NEL', 'name: a\u0085b\nmembers: []\n'],
  ])('declines %s (yaml reads it, or reports it)', (_what, text) => {
    expect(readFastYaml(text)).toBeUndefined();
    expectSameAsYaml(text);
  });

  it('reads the null, boolean and string forms of the core schema as yaml does', () => {
    for (const v of ['~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'FALSE', 'yes', 'on', 'nulls']) {
      const text = `name: a\nexternal_id: ${v}\nmembers:\n  - user: a@b.example\n    tx: ${v}\n`;
      expect(expectSameAsYaml(text)).toBe(true);
    }
  });

  it('gives the same rooms and groups, errors and positions as yaml on thousands of generated files', () => {
    let seed = 17;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const scalars = [
      'a@bank.example',
      'Ines.Jones@Bank.Example',
      'x:y@bank.example',
      'a#b@bank.example',
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      'desk-0001',
      'Zoë Müller',
      'Rates [EMEA], desk',
      'a ,b',
      '2099-12-31',
      '2026-02-30',
      'true',
      '12',
      '-x',
      'café',
      'a  b',
      '',
    ];
    const quote = (s: string): string => {
      const q = rnd();
      if (q < 0.6 && s !== '') return s;
      if (q < 0.8) return `'${s.replaceAll("'", "''")}'`;
      return `"${s}"`;
    };
    const comment = (): string => (rnd() < 0.15 ? pick(['  # note', ' #', ' # a: b', '#x']) : '');
    const hostile = [' &a', ' *a', ' !x', '\t', '\r', ': x', ' |', ' [', ' {', '  ', ' #', "'", '"', '\\'];
    let accepted = 0;
    const total = 3000;
    for (let n = 0; n < total; n++) {
      const lines: string[] = [];
      if (rnd() < 0.3) lines.push('# generated');
      if (rnd() < 0.2) lines.push('');
      const keys = ['name', 'display_name', 'external_id', 'mode', 'acknowledge'].filter(() => rnd() < 0.5);
      for (const k of keys) {
        if (k === 'external_id' && rnd() < 0.3) lines.push(`external_id:${pick(['', ' ', ' ~', ' null'])}`);
        else if (k === 'mode') lines.push(`mode: ${pick(['additive', 'authoritative', 'Additive'])}${comment()}`);
        else if (k === 'acknowledge') lines.push('acknowledge:', `  - ${pick(['scim_mapped', 'inactive_user'])}`);
        else lines.push(`${k}: ${quote(pick(scalars))}${comment()}`);
      }
      const indent = ' '.repeat(pick([0, 2, 4]));
      const count = Math.floor(rnd() * 5);
      if (count === 0 && rnd() < 0.5) lines.push(`members: []${comment()}`);
      else lines.push(`members:${comment()}`);
      for (let i = 0; i < count; i++) {
        const dash = `${indent}-${' '.repeat(pick([1, 1, 1, 3]))}`;
        const pad = ' '.repeat(dash.length);
        if (rnd() < 0.5) lines.push(`${dash}${quote(pick(scalars))}${comment()}`);
        else {
          const key = rnd() < 0.8 ? 'user' : 'group';
          lines.push(`${dash}${key}: ${quote(pick(scalars))}${comment()}`);
          if (rnd() < 0.5) lines.push(`${pad}tx: ${pick(['true', 'false', 'True', 'yes'])}${comment()}`);
          if (rnd() < 0.1) lines.push(`${' '.repeat(pick([0, 2]))}# inside`);
          if (rnd() < 0.3) lines.push(`${pad}expires: ${quote(pick(['2099-12-31', '2020-01-01', 'soon']))}`);
        }
      }
      if (rnd() < 0.3 && keys.length === 0) lines.push('name: late');
      if (rnd() < 0.25) {
        const at = Math.floor(rnd() * lines.length);
        const line = lines[at] ?? '';
        const cut = Math.floor(rnd() * (line.length + 1));
        lines[at] = line.slice(0, cut) + pick(hostile) + line.slice(cut);
      }
      const text = lines.join('\n') + (rnd() < 0.8 ? '\n' : '');
      if (expectSameAsYaml(text, rnd() < 0.8 ? 'room' : 'group')) accepted++;
    }
    // Most generated files are in the subset, so the comparison exercises the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(total / 2);
  });
});
