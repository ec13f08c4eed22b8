import { describe, expect, it } from 'vitest';
import { plan } from '../../src/plan/plan.js';
import { describeCodePoint, nonAsciiNote, skeleton } from '../../src/plan/unicode.js';
import { DEFAULTS, desired, live, liveRoom, user } from './builders.js';

const CYR_A = '\u0430'; // CYRILLIC SMALL LETTER A, looks exactly like "a"
const evil = `${CYR_A}lice@acme.com`;

describe('UTS #39 skeleton (the look-alikes that matter in emails)', () => {
  it('maps Cyrillic, Greek and compatibility look-alikes onto the ASCII letters they imitate', () => {
    expect(skeleton(evil)).toBe(skeleton('alice@acme.com'));
    expect(skeleton('b\u03bfb@acme.com')).toBe(skeleton('bob@acme.com')); // Greek omicron
    expect(skeleton('\uff41lice@acme.com')).toBe(skeleton('alice@acme.com')); // fullwidth a
    expect(skeleton('al\u200bice@acme.com')).toBe(skeleton('alice@acme.com')); // zero-width space ignored
  });

  it('uses the ASCII mappings of confusables.txt (m → rn, 1 → l) and keeps different letters apart', () => {
    expect(skeleton('modern@acme.com')).toBe(skeleton('rnodern@acme.com'));
    expect(skeleton('bi1l@acme.com')).toBe(skeleton('bill@acme.com'));
    expect(skeleton('alice@acme.com')).not.toBe(skeleton('alicia@acme.com'));
    expect(skeleton('jos\u00e9@acme.com')).not.toBe(skeleton('jose@acme.com'));
  });

  it('names code points', () => {
    expect(describeCodePoint(0x430)).toBe('U+0430 CYRILLIC SMALL LETTER A');
    expect(describeCodePoint(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeCodePoint(0x4e2d)).toBe('U+4E2D');
    expect(nonAsciiNote(evil)).toBe('contains U+0430');
    expect(nonAsciiNote('alice@acme.com')).toBeNull();
  });
});

describe('confusable_email warnings', () => {
  const alice = user('alice', { display_name: 'Alice Liddell' });
  const mallory = { id: 'u-mallory', email: evil, display_name: 'Alice L.', active: true };
  const trading = liveRoom('Trading');

  it(
    'a tree entry naming a Cyrillic look-alike of a live user: the warning names both emails and the code ' + 'point',
    () => {
      const p = plan(
        desired({ name: 'Trading', file: 'rooms/trading.yaml', members: [{ email: evil, line: 7 }] }),
        live([alice, mallory], [[trading, []]]),
        DEFAULTS,
      );
      const warnings = p.warnings.filter((w) => w.code === 'confusable_email');
      expect(warnings).toEqual([
        {
          code: 'confusable_email',
          message:
            `email ${evil} contains U+0430 CYRILLIC SMALL LETTER A at position 1: it looks like alice@acme.com, ` +
            'a different whoot user; check it is the intended person',
          file: 'rooms/trading.yaml',
          line: 7,
          room_id: trading.id,
        },
      ]);
      // The add itself is unchanged (same user id, same fingerprint inputs); the plan says who it is.
      expect(p.rooms[0]?.add).toEqual([{ user_id: 'u-mallory', email: evil, tx_permission: false }]);
      expect(p.people?.['u-mallory']).toEqual({ display_name: 'Alice L.', looks_like: ['alice@acme.com'] });
    },
  );

  it('the genuine user listed while a look-alike exists is flagged too (every confusable pair)', () => {
    const p = plan(desired({ name: 'Trading', members: ['alice'] }), live([alice, mallory], [[trading, []]]), DEFAULTS);
    const [w] = p.warnings.filter((x) => x.code === 'confusable_email');
    expect(w?.message).toBe(
      `email alice@acme.com: it looks like ${evil} (U+0430 CYRILLIC SMALL LETTER A at position 1), ` +
        'a different whoot user; check it is the intended person',
    );
  });

  it('an all-ASCII pair with equal skeletons (rn / m), and a non-ASCII email with no twin', () => {
    const users = [user('modern'), user('rnodern'), user('jos\u00e9')];
    const p = plan(
      desired({ name: 'Trading', members: ['rnodern', 'jos\u00e9'] }),
      live(users, [[trading, []]]),
      DEFAULTS,
    );
    expect(p.warnings.filter((w) => w.code === 'confusable_email').map((w) => w.message)).toEqual([
      'email rnodern@acme.com: it looks like modern@acme.com, a different whoot user; check it is the intended person',
      'email jos\u00e9@acme.com contains U+00E9 at position 4: no other whoot user looks like it; check it is ' +
        'the intended person',
    ]);
  });

  it('an unknown non-ASCII email in the tree is flagged as well as reported unknown', () => {
    const p = plan(
      desired({ name: 'Trading', members: [{ email: `b${'\u043e'}b@acme.com`, line: 9 }] }),
      live([user('bob')], [[trading, []]]),
      DEFAULTS,
    );
    expect(p.rooms[0]?.errors[0]?.message).toContain('unknown user');
    expect(p.warnings).toContainEqual(
      expect.objectContaining({
        code: 'confusable_email',
        line: 9,
        message: expect.stringContaining(
          'U+043E CYRILLIC SMALL LETTER O at position 2: it looks like bob@acme.com',
        ) as unknown,
      }),
    );
  });

  it('ordinary ASCII emails raise nothing, and display names are carried for adds and updates', () => {
    const p = plan(
      desired({ name: 'Trading', members: ['alice', { email: 'bob@acme.com', tx: true }] }),
      live([alice, user('bob', { display_name: 'Bob Marley' })], [[trading, ['bob']]]),
      DEFAULTS,
    );
    expect(p.warnings).toEqual([]);
    expect(p.people).toEqual({ 'u-alice': { display_name: 'Alice Liddell' }, 'u-bob': { display_name: 'Bob Marley' } });
  });
});
