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

/** Control characters (including newlines, tabs, ESC, DEL and C1) and bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

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
  const flat = shorten(value.replace(CONTROL, ' '), max);
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
  return shorten(value.replace(CONTROL, ' '), max);
}

/** A backtick fence longer than any backtick run in `content` (at least 3). */
export function fence(content: string): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * A user string for terminal output: control characters (ANSI escapes, newlines, bidi overrides) shown as
 * `\xNN`/`\u{…}` so a name cannot repaint or forge lines of the plan.
 */
export function textEscape(value: string): string {
  return value.replace(CONTROL, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** JSON for embedding in an HTML comment: `<`, `>` and `&` as \u escapes, so neither `-->` nor `<!--` can occur. */
export function jsonForHtmlComment(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
