/**
 * Escaping for user-supplied strings (room names, emails, display names, paths, messages).
 * Everything a renderer prints that came from a file or the API goes through one of these.
 */

const ZWJ = '\u200D';
/** Longest user string shown in Markdown; longer ones are shortened with an ellipsis (never mid-entity). */
export const MAX_MD_STRING = 200;

const MD_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '|': '&#124;',
  '~': '&#126;',
  '\\': '&#92;',
  '!': '&#33;',
  '{': '&#123;',
  '}': '&#125;',
  $: '&#36;',
};

/** C0 and C1 control characters (newlines, tabs, ESC, DEL included). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Invisible and direction-changing characters: bidirectional controls, zero-width characters, the soft hyphen and
 * the line/paragraph separators. None has a place in a name or an address; each is shown as a visible token.
 */
export const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** `<U+202E>`: how an invisible character is shown. */
function token(c: string): string {
  return `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Invisible characters as `<U+…>` tokens, control characters as spaces: one visible line. */
function visibleLine(value: string): string {
  return value.replace(CONTROL, ' ').replace(INVISIBLE, token);
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  // Do not split a surrogate pair.
  let cut = max - 1;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${s.slice(0, cut)}…`;
}

/**
 * Make a user string inert in GitHub Markdown, in text and inside HTML blocks alike: control characters
 * become spaces (no line can be started), HTML and Markdown punctuation become numeric entities,
 * `@mention` and `#123` are broken with a zero-width joiner, and very long strings are shortened.
 */
export function mdEscape(value: string, max = MAX_MD_STRING): string {
  const flat = shorten(visibleLine(value), max);
  let out = '';
  for (const ch of flat) {
    const e = MD_ENTITIES[ch];
    if (e !== undefined) out += e;
    else if (ch === '@' || ch === '#') out += ch + ZWJ;
    else out += ch;
  }
  return out;
}

/** `value` as inline code that nothing can break out of (HTML `<code>` around escaped text). */
export function mdCode(value: string, max = MAX_MD_STRING): string {
  return `<code>${mdEscape(value, max)}</code>`;
}

/**
 * A line for inside a fenced code block: control characters replaced so it stays one line.
 * Fences are chosen longer than any backtick run (see `fence`), so content cannot close them.
 */
export function codeLine(value: string, max = 1000): string {
  return shorten(visibleLine(value), max);
}

/**
 * `value` as a Markdown code span, its characters exactly as written (no entity, no joiner), so a reviewer copies
 * the real address: GitHub neither mentions, links nor reads HTML inside a code span. The delimiter is longer than
 * any backtick run inside. Only for inline Markdown, never inside an HTML block (use `mdCode` there).
 */
export function mdSpan(value: string, max = MAX_MD_STRING): string {
  const flat = shorten(visibleLine(value), max);
  if (flat.trim() === '') return '<code></code>';
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick or a space needs a space of padding (stripped when rendered).
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

const EMAILISH = /[^\s"'`()<>,;]+@[^\s"'`()<>,;]+[^\s"'`()<>,;:.]/g;

/**
 * Free text (a warning or error message) for inline Markdown: each email in it as a code span, exactly as written,
 * the rest escaped as `mdEscape` does.
 */
export function mdText(value: string, max = MAX_MD_STRING): string {
  const flat = shorten(value, max);
  let out = '';
  let last = 0;
  for (const m of flat.matchAll(EMAILISH)) {
    out += mdEscape(flat.slice(last, m.index), Infinity) + mdSpan(m[0], Infinity);
    last = m.index + m[0].length;
  }
  return out + mdEscape(flat.slice(last), Infinity);
}

/** A backtick fence longer than any backtick run in `content` (at least 3). */
export function fence(content: string): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

const hex = (c: string): string => `\\x${(c.codePointAt(0) ?? 0).toString(16).padStart(2, '0')}`;

/**
 * A user string for terminal output: control characters (ANSI escapes, newlines, tabs) shown as `\xNN`, invisible
 * and direction-changing characters as `<U+…>`, so a name cannot repaint, reorder or forge lines of the output.
 */
export function textEscape(value: string): string {
  return value.replace(CONTROL, hex).replace(INVISIBLE, token);
}

// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Multi-line text for a terminal (an error message that may quote a server or a file): like `textEscape`, but
 * newline and tab are kept.
 */
export function terminalText(value: string): string {
  return value.replace(CONTROL_BUT_NEWLINE_TAB, hex).replace(INVISIBLE, token);
}

/** JSON for embedding in an HTML comment: `<`, `>` and `&` as \u escapes, so neither `-->` nor `<!--` can occur. */
export function jsonForHtmlComment(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
