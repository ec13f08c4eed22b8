import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { bidiErrors } from './bidi.js';
import { LIMITS } from './limits.js';
import type { SourceError, SourcePos } from './types.js';

/** A parsed single-document YAML file with what is needed to point errors at its nodes. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** the document as plain data (aliases expanded, bounded) */
  value: unknown;
}

export type ParseOutcome = { ok: true; source: YamlSource } | { ok: false; errors: SourceError[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based position of a character offset in the source. */
export function positionAt(source: Pick<YamlSource, 'file' | 'lineCounter'>, offset: number): SourcePos {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line, column: col };
}

/** Where a node starts; the top of the file when the node has no range. */
export function positionOf(source: Pick<YamlSource, 'file' | 'lineCounter'>, node: Node | null | undefined): SourcePos {
  return positionAt(source, node?.range?.[0] ?? 0);
}

/** Line/column of the first invalid UTF-8 sequence (the first U+FFFD a lenient decode produces). */
function invalidUtf8Position(file: string, bytes: Uint8Array): SourcePos {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const at = text.indexOf('\uFFFD');
  const before = at < 0 ? '' : text.slice(0, at);
  const lines = before.split('\n');
  return { file, line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * One iterative pass over the node tree (no recursion, so hostile depth cannot overflow the stack here):
 * every explicit tag, and the first node nested deeper than `maxDepth`.
 */
function scanNodes(root: unknown, maxDepth: number): { tagged: Node[]; tooDeep: Node | undefined } {
  const tagged: Node[] = [];
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop() as [unknown, number];
    if (isPair(n)) {
      stack.push([n.value, depth], [n.key, depth]);
      continue;
    }
    if (n === null || typeof n !== 'object') continue;
    const node = n as Node;
    if (node.tag !== undefined) tagged.push(node);
    if (isCollection(node)) {
      if (depth + 1 > maxDepth) return { tagged, tooDeep: node };
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], depth + 1]);
    }
  }
  return { tagged, tooDeep: undefined };
}

/**
 * Decode and parse one file of the tree. Rejects what a room file never needs and what could hurt:
 * invalid UTF-8, YAML errors and warnings (tabs, duplicate keys, several documents), explicit tags
 * (`!!js/function`, `!!binary`, `!include`), hostile nesting and alias bombs. A UTF-8 BOM is accepted and ignored
 * (editors on Windows add it; it carries no meaning).
 */
export function parseYamlSource(file: string, bytes: Uint8Array): ParseOutcome {
  const decoded = decodeYamlText(file, bytes);
  return decoded.ok ? parseYamlText(file, decoded.text) : decoded;
}

/**
 * The text of a file, checked before any YAML reader sees it: valid UTF-8 (a BOM is dropped) and no bidirectional
 * controls (a reordered line may not mean what it shows, so nothing else said about it can be trusted).
 */
export function decodeYamlText(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; errors: SourceError[] } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      errors: [{ ...invalidUtf8Position(file, bytes), message: 'file is not valid UTF-8 text; save it as UTF-8' }],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bidi = bidiErrors(file, text);
  return bidi.length > 0 ? { ok: false, errors: bidi } : { ok: true, text };
}

/** Parse a decoded file with `yaml` (see parseYamlSource). */
export function parseYamlText(file: string, text: string): ParseOutcome {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    return {
      ok: false,
      errors: [
        { file, line: 1, column: 1, message: `cannot parse YAML: ${err instanceof Error ? err.message : String(err)}` },
      ],
    };
  }
  const at = (offset: number) => positionAt({ file, lineCounter }, offset);

  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    return {
      ok: false,
      errors: [...doc.errors, ...doc.warnings].map((e) => ({
        ...at(e.pos[0]),
        message: yamlMessage(e.code, e.message, /^[^:\n]*/.exec(text.slice(e.pos[0], e.pos[0] + 200))?.[0] ?? ''),
      })),
    };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      ok: false,
      errors: [
        {
          ...at(0),
          message: 'file is empty: a room or group file needs at least `members` (and a room a `name` or `id`)',
        },
      ],
    };
  }

  const scan = scanNodes(doc.contents, LIMITS.maxDepth);
  if (scan.tagged.length > 0) {
    return {
      ok: false,
      errors: scan.tagged.map((node) => ({
        ...positionOf({ file, lineCounter }, node),
        message:
          `YAML tags are not allowed (found ` +
          `"${(node.tag ?? '').replace(/^tag:yaml\.org,2002:/, '!!')}"): write plain values`,
      })),
    };
  }
  if (scan.tooDeep) {
    return {
      ok: false,
      errors: [
        {
          ...positionOf({ file, lineCounter }, scan.tooDeep),
          message: `YAML nested deeper than ${LIMITS.maxDepth} levels; a room file needs 3`,
        },
      ],
    };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const aliasBomb = /alias/i.test(message);
    return {
      ok: false,
      errors: [
        {
          ...at(0),
          message: aliasBomb
            ? `too many YAML alias expansions (limit ${LIMITS.maxAliasCount}): ${message}`
            : `cannot read YAML: ${message}`,
        },
      ],
    };
  }
  return { ok: true, source: { file, doc, lineCounter, value } };
}

/** First line of a yaml error message, without the "at line N, column M" the position already carries. */
function yamlMessage(code: string, message: string, span: string): string {
  const first = (message.split('\n')[0] ?? message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .replaceAll('tag:yaml.org,2002:', '!!');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key${span.trim() === '' ? '' : ` "${span.trim()}"`}: a key may appear only once in a mapping`;
    case 'MULTIPLE_DOCS':
      return 'several YAML documents in one file (`---`): put one room or group per file';
    case 'TAB_AS_INDENT':
      return 'tab used for indentation: YAML indents with spaces only';
    case 'TAG_RESOLVE_FAILED':
      return (
        `YAML tags are not allowed (${first.replace(/^Unresolved tag: /, 'found "').replace(/$/, '"')}): ` +
        `write plain values`
      );
    default:
      // yaml turns a stack overflow on hostile nesting into an ordinary error; say what it means.
      if (/call stack/i.test(first))
        return `YAML nested too deeply to read (limit ${LIMITS.maxDepth} levels; a room file needs 3)`;
      return `YAML syntax error: ${first}`;
  }
}

/** A segment of a JSON-pointer path, unescaped (`~1` → `/`, then `~0` → `~`, every occurrence). */
export function unescapePointerSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Split an ajv instancePath (`/members/2/tx`) into unescaped segments. */
export function pointerSegments(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath.slice(1).split('/').map(unescapePointerSegment);
}

/**
 * The node at a path of keys and indexes, or the deepest ancestor that exists.
 * With `keyOf`, returns the key node of the last segment (for "unknown key" errors).
 */
export function nodeAt(source: YamlSource, segments: readonly string[], keyOf = false): Node | null {
  let node: unknown = source.doc.contents;
  for (let i = 0; i < segments.length; i++) {
    if (isAlias(node)) node = node.resolve(source.doc);
    const seg = segments[i] as string;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (!pair) return node;
      if (last && keyOf) return pair.key as Node;
      // An empty value (`members:`) has a zero-width range at the end of the line; the key is the useful place.
      if (isScalar(pair.value) && pair.value.source === '' && pair.value.value === null) return pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return node;
      node = item;
    } else {
      return (node as Node | null) ?? null;
    }
  }
  return (node as Node | null) ?? null;
}
