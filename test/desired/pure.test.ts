import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate } from '../../src/desired/dates.js';
import { closest, editDistance } from '../../src/desired/did-you-mean.js';
import { formatSourceErrors } from '../../src/desired/index.js';
import { entryStatus } from '../../src/desired/resolve.js';
import { badUserRefMessage } from '../../src/desired/schema.js';
import { pointerSegments, unescapePointerSegment } from '../../src/desired/yaml-source.js';

describe('did you mean', () => {
  it('suggests the closest key for a typo, nothing for an unrelated word', () => {
    expect(editDistance('memebers', 'members')).toBe(1);
    expect(closest('memebers', ['name', 'id', 'members'])).toBe('members');
    expect(closest('Trader', ['traders', 'sales'])).toBe('traders');
    expect(closest('foo', ['name', 'members'])).toBeUndefined();
  });
});

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('counts an entry until the day before it expires, and flags the last 7 days as expiring', () => {
    expect(entryStatus(undefined, '2026-06-01')).toBe('active');
    expect(entryStatus('2026-06-01', '2026-06-01')).toBe('expired');
    expect(entryStatus('2026-05-31', '2026-06-01')).toBe('expired');
    expect(entryStatus('2026-06-02', '2026-06-01')).toBe('expiring');
    expect(entryStatus('2026-06-08', '2026-06-01')).toBe('expiring');
    expect(entryStatus('2026-06-09', '2026-06-01')).toBe('active');
  });
});

describe('JSON pointers from ajv', () => {
  it('unescapes every ~1 and ~0, in that order', () => {
    expect(unescapePointerSegment('a~1b~1c~0d~01')).toBe('a/b/c~d~1');
    expect(pointerSegments('/members/2/tx')).toEqual(['members', '2', 'tx']);
    expect(pointerSegments('')).toEqual([]);
  });
});

describe('user reference messages', () => {
  it('say whether the value looked like an email, an id or neither', () => {
    expect(badUserRefMessage('bob@acme')).toBe('"bob@acme" is not a valid email');
    expect(badUserRefMessage('1234-abcd')).toBe('"1234-abcd" is not a valid user id (UUID)');
    expect(badUserRefMessage('bob')).toBe('"bob" is neither an email nor a whoot user id (UUID)');
  });
});

describe('formatSourceErrors', () => {
  it('prints compiler-style lines sorted by file, line and column; whole-file errors without a position', () => {
    expect(
      formatSourceErrors([
        { file: 'rooms/b.yaml', line: 2, column: 1, message: 'two' },
        { file: 'rooms/a.yaml', line: 7, column: 5, message: 'unknown group "trader" (did you mean "traders"?)' },
        { file: 'rooms/a.yaml', line: 3, column: 9, message: 'one' },
        { file: 'rooms/', line: 0, column: 0, message: 'folder' },
      ]),
    ).toEqual([
      'rooms/: error: folder',
      'rooms/a.yaml:3:9: error: one',
      'rooms/a.yaml:7:5: error: unknown group "trader" (did you mean "traders"?)',
      'rooms/b.yaml:2:1: error: two',
    ]);
  });
});
