import type { ErrorObject } from 'ajv/dist/2020.js';
import roomSchema from '../../schemas/room.schema.json' with { type: 'json' };
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { closest, didYouMean } from './did-you-mean.js';
import { validators, type FileKind } from './schema-validators.js';
import { nodeAt, pointerSegments, positionOf, type YamlSource } from './yaml-source.js';
import type { SourceError } from './types.js';

export type { FileKind };

/** The keys a room or group file may have, for "unknown key" messages. */
const TOP_KEYS: Record<FileKind, string[]> = {
  room: Object.keys(roomSchema.properties),
  group: Object.keys(groupSchema.properties),
};

/** Validate a parsed file against its JSON Schema; errors point at the offending YAML node. */
export function validateAgainstSchema(kind: FileKind, source: YamlSource): SourceError[] {
  const validate = validators[kind];
  if (validate(source.value)) return [];
  return describeSchemaErrors(kind, source, validate.errors ?? []);
}

function typeOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `string ${JSON.stringify(v)}`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return `${typeof v} ${String(v)}`;
  return typeof v;
}

/** `members[2].tx` for messages. */
function displayPath(segments: readonly string[]): string {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
  return out === '' ? 'the file' : out;
}

/** Describe a user reference that failed the pattern: an email, a user id, or neither. */
export function badUserRefMessage(value: string): string {
  if (value.includes('@')) return `"${value}" is not a valid email`;
  if (/^[0-9a-fA-F-]+$/.test(value) && value.includes('-')) return `"${value}" is not a valid user id (UUID)`;
  return `"${value}" is neither an email nor a whoot user id (UUID)`;
}

const ENTRY_HINT = 'an email, a user id (UUID), {user: …} or {group: …}';

function isMemberEntryPath(segments: readonly string[]): boolean {
  return segments.length === 2 && segments[0] === 'members' && /^\d+$/.test(segments[1] ?? '');
}

/** Turn one ajv error into a message a person can act on, or undefined to drop it (a summary of others). */
function describe(
  kind: FileKind,
  err: ErrorObject,
  segments: readonly string[],
  misspelt: ReadonlySet<string>,
): { message: string; keyNode?: string } | undefined {
  const where = displayPath(segments);
  const last = segments[segments.length - 1];
  const data: unknown = err.data;
  switch (err.keyword) {
    case 'if':
      return undefined;
    case 'anyOf':
      // The only anyOf is the room's "name or id".
      return { message: "a room needs a `name` (the live room's exact name) or an `id` (its UUID)" };
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(
        (err.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
      );
      let hint = '';
      if (kind === 'group' && isMemberEntryPath(segments) && (key === 'tx' || key === 'expires')) {
        hint = `; \`${key}\` is set where the group is used in a room, not inside the group`;
      }
      const inWhat = segments.length === 0 ? '' : ` in ${where}`;
      return {
        message: `unknown key "${key}"${inWhat}${didYouMean(key, allowed)}; allowed keys: ${allowed.join(', ')}${hint}`,
        keyNode: key,
      };
    }
    case 'required': {
      const missing = String((err.params as { missingProperty: string }).missingProperty);
      if (err.schemaPath.startsWith('#/anyOf')) return undefined;
      // `memebers:` already says "did you mean members"; a second "members is missing" would be noise.
      if (misspelt.has(`${err.instancePath}/${missing}`)) return undefined;
      if (missing === 'members') {
        return { message: `missing required key \`members\` (write \`members: []\` for an empty ${kind})` };
      }
      if (missing === 'user' && isMemberEntryPath(segments)) {
        return { message: `${where}: a member entry needs \`user\` or \`group\`; write ${ENTRY_HINT}` };
      }
      return { message: `${where}: missing required key \`${missing}\`` };
    }
    case 'type': {
      if (last === 'members' && segments.length === 1 && data === null) {
        return {
          message: `\`members\` is empty (null): write \`members: []\` to empty a ${kind}, or list its members`,
        };
      }
      if (isMemberEntryPath(segments))
        return { message: `${where}: a member entry must be ${ENTRY_HINT}, got ${typeOfValue(data)}` };
      if (last === 'tx') return { message: `${where} must be true or false, got ${typeOfValue(data)}` };
      if (last === 'expires')
        return { message: `${where} must be a date written YYYY-MM-DD, got ${typeOfValue(data)}` };
      if (segments.length === 0)
        return { message: `a ${kind} file must be a mapping of keys (name, members, …), got ${typeOfValue(data)}` };
      const expected = (err.params as { type: string | string[] }).type;
      const wanted = (Array.isArray(expected) ? expected : [expected])
        .map((t) => (t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : t === 'null' ? 'null' : `a ${t}`))
        .join(' or ');
      const quoteHint = typeof data === 'number' || typeof data === 'boolean' ? ' (quote it to make it text)' : '';
      return { message: `${where} must be ${wanted}, got ${typeOfValue(data)}${quoteHint}` };
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return {
        message:
          `${where} must be one of ${allowed.join(', ')}, got ` +
          `${typeOfValue(data)}${typeof data === 'string' ? didYouMean(data, allowed) : ''}`,
      };
    }
    case 'pattern':
      if (last === 'id' && segments.length === 1)
        return { message: `id "${String(data)}" is not a valid room id (UUID)` };
      return { message: `${where}: ${badUserRefMessage(String(data))}` };
    case 'format':
      return { message: `${where} "${String(data)}" is not a valid date: write YYYY-MM-DD (e.g. 2026-12-31)` };
    case 'minLength':
      return { message: `${where} must not be empty` };
    case 'maxItems':
      return {
        message:
          `${where} has ${Array.isArray(data) ? data.length : '?'} entries; the limit is ` +
          `${String((err.params as { limit: number }).limit)} per list`,
      };
    default:
      return { message: `${where} ${err.message ?? 'is invalid'}` };
  }
}

function describeSchemaErrors(kind: FileKind, source: YamlSource, errors: ErrorObject[]): SourceError[] {
  const out: SourceError[] = [];
  const seen = new Set<string>();
  const misspelt = new Set<string>();
  for (const err of errors) {
    if (err.keyword !== 'additionalProperties') continue;
    const key = String((err.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys(
      (err.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
    );
    const guess = closest(key, allowed);
    if (guess !== undefined) misspelt.add(`${err.instancePath}/${guess}`);
  }
  for (const err of errors) {
    const segments = pointerSegments(err.instancePath);
    const described = describe(kind, err, segments, misspelt);
    if (!described) continue;
    const node =
      described.keyNode !== undefined
        ? nodeAt(source, [...segments, described.keyNode], true)
        : nodeAt(source, segments);
    const e = { ...positionOf(source, node), message: described.message };
    const k = `${e.line}:${e.column}:${e.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out;
}

/** The keys allowed at the top of a room or group file. */
export function allowedTopKeys(kind: FileKind): readonly string[] {
  return TOP_KEYS[kind];
}
