import { describe, expect, it } from 'vitest';
import { loadDesiredState } from '../../src/desired/index.js';
import { formatSourceErrors } from '../../src/desired/format.js';
import { tempTree } from './helpers.js';

describe('bidirectional controls in the tree (Trojan Source)', () => {
  it('is an error at file:line:col, wherever it is: a value, a comment', async () => {
    const t = tempTree({
      'rooms/eq.yaml': 'name: Equities\nmembers:\n  - alice@acme.com # ok\u202e\n  - user: "b\u2066ob@acme.com"\n',
    });
    try {
      const r = await loadDesiredState(t.dir, { today: '2026-11-27' });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => [e.file, e.line, e.column, e.message])).toEqual([
        ['rooms/eq.yaml', 3, 24, expect.stringContaining('bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE')],
        ['rooms/eq.yaml', 4, 13, expect.stringContaining('bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE')],
      ]);
    } finally {
      t.cleanup();
    }
  });

  it('counts a file name with a bidi control as an error, printed with the control as a token', async () => {
    const t = tempTree({ 'rooms/eq\u202egpj.yaml': 'name: Equities\nmembers: []\n' });
    try {
      const r = await loadDesiredState(t.dir, { today: '2026-11-27' });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(formatSourceErrors(r.errors)).toEqual([
        'rooms/eq<U+202E>gpj.yaml: error: file name contains bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE: ' +
          'it makes text display in a different order from what it is (Trojan Source); remove it',
      ]);
    } finally {
      t.cleanup();
    }
  });

  it('prints control characters of messages escaped', () => {
    expect(
      formatSourceErrors([
        { file: 'rooms/a.yaml', line: 2, column: 3, message: 'unknown group "x\u001b[2K\u001b[32m✓ valid"' },
      ]),
    ).toEqual(['rooms/a.yaml:2:3: error: unknown group "x\\x1b[2K\\x1b[32m✓ valid"']);
  });
});
