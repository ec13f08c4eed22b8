/**
 * A reader for the plain block YAML that room and group files are written in (`key: value` lines, `members`
 * lists of scalars or one-level `- user: …` mappings, comments), about ten times faster than composing a
 * `yaml` Document and allocating a fraction of it: at bank scale the tree load is most of a plan's CPU.
 *
 * It is a fast path, never the authority: anything outside that subset (flow collections other than `[]`,
 * quotes spanning lines, escapes, anchors, tags, block scalars, numbers, tabs, CR, control characters,
 * duplicate keys, indentation it does not expect) returns undefined and the file is parsed by `yaml`, which
 * also produces every error message. What it accepts it reads exactly as `yaml` does (the core schema), with the
 * same positions: test/desired/yaml-fast.test.ts checks both readers against each other.
 */

/** What the fast reader found: the document as plain data, and where its parts start (1-based). */
export interface FastYaml {
  value: Record<string, unknown>;
  /** line and column of the first key */
  top: [number, number];
  /** per top-level key: where its value starts, or the key itself when the value is empty */
  keys: Map<string, [number, number]>;
  /** the `members` list: per item its line and column, then those of its `user` or `group` value */
  members: number[];
}

// Anything YAML could read as something other than plain text, or that `yaml` warns about.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
// The core schema's int and float forms: a room file never needs a number, so these go to `yaml`.
const DECIMAL = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// c-indicators: a plain scalar may not start with one (quotes are read separately).
const INDICATORS = new Set('-?:,[]{}#&*!|>%@`'.split('').map((c) => c.charCodeAt(0)));
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const MAX_KEY = 1000;

/** Returned by the scalar reader when the text is outside the subset (a scalar may itself be null). */
const OUTSIDE = Symbol('outside');

type Scalar = string | boolean | null;

/** Read `text` (decoded, without a BOM) when it is in the subset; undefined otherwise. */
export function readFastYaml(text: string): FastYaml | undefined {
  if (UNSAFE.test(text)) return undefined;
  const n = text.length;
  // The current content line: its start, end (the newline or n), where its content starts and its number.
  let next = 0;
  let nextNo = 1;
  let ls = 0;
  let le = 0;
  let cs = 0;
  let no = 0;
  let atEnd = false;
  /** Move to the next line with content (blank lines and comment lines carry none). */
  const advance = (): void => {
    while (next < n) {
      const s = next;
      let e = text.indexOf('\n', s);
      if (e < 0) e = n;
      next = e + 1;
      const lineNo = nextNo++;
      let i = s;
      while (i < e && text.charCodeAt(i) === SPACE) i++;
      if (i === e || text.charCodeAt(i) === HASH) continue;
      ls = s;
      le = e;
      cs = i;
      no = lineNo;
      return;
    }
    atEnd = true;
  };

  /** A `key:` at i (followed by a space or the end of the line): the key and where its value may start. */
  const keyAt = (i: number): { key: string; after: number } | undefined => {
    KEY.lastIndex = i;
    if (!KEY.test(text)) return undefined;
    const m = KEY.lastIndex;
    if (m >= le || text.charCodeAt(m) !== COLON || m - i > MAX_KEY) return undefined;
    if (m + 1 < le && text.charCodeAt(m + 1) !== SPACE) return undefined;
    const key = text.slice(i, m);
    return key === '__proto__' ? undefined : { key, after: m + 1 };
  };
  const skipSpaces = (i: number): number => {
    while (i < le && text.charCodeAt(i) === SPACE) i++;
    return i;
  };
  /** Nothing but spaces and a comment from i to the end of the line. */
  const restIsEmpty = (i: number): boolean => {
    if (i === le) return true;
    if (text.charCodeAt(i) !== SPACE) return false;
    const j = skipSpaces(i);
    return j === le || text.charCodeAt(j) === HASH;
  };
  const isDashItem = (): boolean =>
    text.charCodeAt(cs) === DASH && (cs + 1 === le || text.charCodeAt(cs + 1) === SPACE);

  /** The scalar starting at i on the current line, which must end it. */
  const readScalar = (i: number): Scalar | typeof OUTSIDE => {
    const ch = text.charCodeAt(i);
    if (ch === 39) {
      // single-quoted on one line: '' is a quote
      let out = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf("'", from);
        if (q < 0 || q >= le) return OUTSIDE;
        if (q + 1 < le && text.charCodeAt(q + 1) === 39) {
          out += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        out += text.slice(from, q);
        return restIsEmpty(q + 1) ? out : OUTSIDE;
      }
    }
    if (ch === 34) {
      const q = text.indexOf('"', i + 1);
      if (q < 0 || q >= le) return OUTSIDE;
      const body = text.slice(i + 1, q);
      return body.includes('\\') || !restIsEmpty(q + 1) ? OUTSIDE : body;
    }
    if (INDICATORS.has(ch)) return OUTSIDE;
    let line = text.slice(i, le);
    const comment = line.indexOf(' #');
    if (comment >= 0) line = line.slice(0, comment);
    const s = line.trimEnd();
    if (s.includes(': ') || s.endsWith(':')) return OUTSIDE;
    switch (s) {
      case '~':
      case 'null':
      case 'Null':
      case 'NULL':
        return null;
      case 'true':
      case 'True':
      case 'TRUE':
        return true;
      case 'false':
      case 'False':
      case 'FALSE':
        return false;
    }
    return DECIMAL.test(s) || OTHER_NUMBER.test(s) ? OUTSIDE : s;
  };

  /** A block list whose dashes are at column d + 1, from the current line; leaves the cursor after it. */
  const readSeq = (d: number, positions: number[] | undefined): unknown[] | undefined => {
    const items: unknown[] = [];
    while (!atEnd && cs - ls === d && isDashItem()) {
      const i = skipSpaces(cs + 1);
      if (i === le || text.charCodeAt(i) === HASH) return undefined;
      const itemNo = no;
      const itemCol = i - ls + 1;
      let k = keyAt(i);
      if (k === undefined) {
        const s = readScalar(i);
        if (s === OUTSIDE) return undefined;
        items.push(s);
        positions?.push(itemNo, itemCol, itemNo, itemCol);
        advance();
        continue;
      }
      // A one-level mapping whose keys are at column c + 1.
      const c = i - ls;
      const entry: Record<string, Scalar> = {};
      let valueNo = itemNo;
      let valueCol = itemCol;
      let found = false;
      for (;;) {
        if (Object.hasOwn(entry, k.key)) return undefined;
        const v = skipSpaces(k.after);
        if (v === le || text.charCodeAt(v) === HASH) return undefined;
        const s = readScalar(v);
        if (s === OUTSIDE) return undefined;
        entry[k.key] = s;
        if (!found && (k.key === 'user' || k.key === 'group')) {
          found = true;
          valueNo = no;
          valueCol = v - ls + 1;
        }
        advance();
        if (atEnd || cs - ls !== c) break;
        k = keyAt(cs);
        if (k === undefined) return undefined;
      }
      items.push(entry);
      positions?.push(itemNo, itemCol, valueNo, valueCol);
    }
    // What follows the list is the next top-level key (or the end).
    return atEnd || (cs === ls && !isDashItem()) ? items : undefined;
  };

  advance();
  if (atEnd) return undefined;
  const value: Record<string, unknown> = {};
  const keys = new Map<string, [number, number]>();
  const top: [number, number] = [no, 1];
  let members: number[] = [];
  while (!atEnd) {
    if (cs !== ls) return undefined;
    const k = keyAt(cs);
    if (k === undefined || keys.has(k.key)) return undefined;
    const keyNo = no;
    const v = skipSpaces(k.after);
    if (v === le || text.charCodeAt(v) === HASH) {
      advance();
      if (!atEnd && isDashItem()) {
        const at: [number, number] = [no, cs - ls + 1];
        const positions: number[] | undefined = k.key === 'members' ? [] : undefined;
        const items = readSeq(cs - ls, positions);
        if (items === undefined) return undefined;
        value[k.key] = items;
        keys.set(k.key, at);
        if (positions !== undefined) members = positions;
      } else {
        value[k.key] = null;
        keys.set(k.key, [keyNo, 1]);
      }
      continue;
    }
    if (text.startsWith('[]', v) && restIsEmpty(v + 2)) {
      value[k.key] = [];
    } else {
      const s = readScalar(v);
      if (s === OUTSIDE) return undefined;
      value[k.key] = s;
    }
    keys.set(k.key, [no, v - ls + 1]);
    advance();
  }
  return { value, top, keys, members };
}
