import { describe, expect, it } from 'vitest';
import { plan } from '../../src/plan/plan.js';
import { mdSpan, mdText, terminalText, textEscape } from '../../src/render/escape.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { roomDiff } from '../../src/render/room-diff.js';
import { renderText } from '../../src/render/text.js';
import { DEFAULTS, desired, live, liveRoom, user } from '../plan/builders.js';
import { inspectMarkdown, isBalanced } from './markdown-check.js';

const evil = '\u0430lice@acme.com';

function lookAlikePlan() {
  const mallory = { id: 'u-mallory', email: evil, display_name: 'Alice L.', active: true };
  const trading = liveRoom('Trading \u202eksed');
  return plan(
    desired({ name: 'Trading \u202eksed', members: [evil, { email: 'bob@acme.com', tx: true }, 'carol'] }),
    live(
      [
        user('alice'),
        mallory,
        user('bob', { display_name: 'Bob Marley' }),
        user('carol', { display_name: 'C\u200bC' }),
      ],
      [[trading, ['bob', 'carol', 'dave']]],
    ),
    DEFAULTS,
  );
}

describe('one computed diff per room, rendered twice', () => {
  it('computes rows with names for adds and updates and marks for look-alikes', () => {
    const p = lookAlikePlan();
    const room = p.rooms[0];
    if (room === undefined) throw new Error('no room');
    expect(roomDiff(room, p.people)).toEqual([
      { kind: 'add', who: { email: evil, name: 'Alice L.', note: 'contains U+0430' }, perm: 'listen' },
      { kind: 'remove', who: { email: 'dave@acme.com' } },
      { kind: 'update', who: { email: 'bob@acme.com', name: 'Bob Marley' }, from: 'listen', to: 'transmit' },
    ]);
  });
});

describe('text output', () => {
  const out = renderText(lookAlikePlan(), { color: false });

  it('shows display names next to added and updated members, and marks the look-alike', () => {
    expect(out).toContain(`    + ⚠ ${evil} (contains U+0430) (Alice L.) listen\n`);
    expect(out).toContain('    ~ bob@acme.com (Bob Marley) listen → transmit\n');
    expect(out).toContain('    - dave@acme.com\n');
  });

  it('shows invisible and direction-changing characters as visible tokens', () => {
    expect(out).toContain('~ room "Trading <U+202E>ksed"');
    expect(out).not.toMatch(/[\u202a-\u202e\u200b]/);
    expect(out).toMatch(
      /warning\[confusable_email\]: email аlice@acme\.com contains U\+0430 CYRILLIC SMALL LETTER A at position 1: it looks like alice@acme\.com/,
    );
  });

  it('escapes C0/C1 controls as \\xNN, keeping newlines and tabs only in multi-line text', () => {
    expect(textEscape('a\u001b[2Kb\u009b\u2066c')).toBe('a\\x1b[2Kb\\x9b<U+2066>c');
    expect(terminalText('line1\n\tline2\u001b[2K\u0007')).toBe('line1\n\tline2\\x1b[2K\\x07');
  });
});

describe('Markdown output', () => {
  const md = renderMarkdown(lookAlikePlan());

  it('marks the look-alike in the diff, with display names for adds and updates', () => {
    expect(md).toContain(`+ ⚠ ${evil} (contains U+0430) (Alice L.) listen\n`);
    expect(md).toContain('! bob@acme.com (Bob Marley) listen → transmit\n');
    expect(md).toContain('<b>Trading &lt;U+202E&gt;ksed</b>');
    expect(md).not.toMatch(/[\u202a-\u202e\u200b]/);
  });

  it('puts each email of a message in a code span exactly as written: no entity, no joiner', () => {
    expect(md).toContain(
      `**confusable&#95;email**: email \`${evil}\` contains U+0430 CYRILLIC SMALL LETTER A at position 1: ` +
        'it looks like `alice@acme.com`, a different whoot user',
    );
    expect(isBalanced(md)).toBe(true);
    const live = inspectMarkdown(md).live.replace(/<\/?(details|summary|code|b|sub)>/g, '');
    expect(live).not.toContain('<');
    expect(live.replace(/&#?[a-z0-9]+;/g, '')).not.toMatch(/[@#][A-Za-z0-9]/);
  });

  it('code spans hold any value inertly', () => {
    expect(mdSpan('a_b@x.com')).toBe('`a_b@x.com`');
    expect(mdSpan('x`y')).toBe('``x`y``');
    expect(mdSpan('`start')).toBe('`` `start ``');
    expect(mdSpan('a\u202eb\nc')).toBe('`a<U+202E>b c`');
    expect(mdSpan('')).toBe('<code></code>');
    expect(mdText('user a_b@evil.com <b> and @team')).toBe('user `a_b@evil.com` &lt;b&gt; and @\u200Dteam');
    expect(mdText('[x](y)@evil.com')).toBe('&#91;x&#93;&#40;y&#41;@\u200Devil.com');
  });
});
