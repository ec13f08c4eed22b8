import type { ErrorObject } from 'ajv/dist/2020.js';
import { closest, didYouMean } from '../desired/did-you-mean.js';
import { validators } from '../desired/schema-validators.js';
import type { SourceError } from '../desired/types.js';
import { nodeAt, pointerSegments, positionOf, type YamlSource } from '../desired/yaml-source.js';

// Precompiled with the room and group validators in the bundles: no ajv compiler is loaded at run time.
const validator = () => validators.policy;

function typeOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `string ${JSON.stringify(v)}`;
  return `${typeof v} ${JSON.stringify(v) ?? typeof v}`;
}

/** `barriers[0].between` for messages. */
function displayPath(segments: readonly string[]): string {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
  return out === '' ? 'policy.yaml' : out;
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'a mapping', integer: 'an integer' };
const missingKey = (err: ErrorObject): string => String((err.params as { missingProperty: string }).missingProperty);

const allowedKeys = (err: ErrorObject): string[] =>
  Object.keys((err.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});

function describe(err: ErrorObject, segments: readonly string[]): { message: string; keyNode?: string } | undefined {
  const where = displayPath(segments);
  const data: unknown = err.data;
  switch (err.keyword) {
    case 'anyOf':
      if (Array.isArray(data)) {
        return { message: `${where} must be a glob or a list of globs: each glob a non-empty string` };
      }
      return { message: `${where} must be a glob or a list of globs, got ${typeOfValue(data)}` };
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const allowed = allowedKeys(err);
      const inWhat = segments.length === 0 ? '' : ` in ${where}`;
      const message = `unknown key "${key}"${inWhat}${didYouMean(key, allowed)}; allowed keys: ${allowed.join(', ')}`;
      return { message, keyNode: key };
    }
    case 'required':
      return { message: `${where}: missing required key \`${missingKey(err)}\`` };
    case 'type': {
      if (segments.length === 0) {
        return { message: `policy.yaml must be a mapping of rules (domains, guests, …), got ${typeOfValue(data)}` };
      }
      const expected = (err.params as { type: string | string[] }).type;
      const names = (Array.isArray(expected) ? expected : [expected]).map((t) => TYPE_NAMES[t] ?? `a ${t}`);
      return { message: `${where} must be ${names.join(' or ')}, got ${typeOfValue(data)}` };
    }
    case 'pattern': {
      const last = segments[segments.length - 2] ?? '';
      const value = String(data);
      if (last === 'domains') {
        return { message: `${where}: "${value}" is not a domain (write e.g. acme.com, without @)` };
      }
      if (segments[segments.length - 1] === 'name') {
        return { message: `${where}: "${value}" is not a valid barrier name (letters, digits, ., _ and -)` };
      }
      return { message: `${where}: "${String(data)}" is neither an email nor a whoot user id (UUID)` };
    }
    case 'minimum':
    case 'maximum':
      return { message: `${where} ${err.message ?? 'is out of range'}, got ${typeOfValue(data)}` };
    case 'minItems':
    case 'maxItems': {
      const n = Array.isArray(data) ? data.length : 0;
      if (segments[segments.length - 1] === 'between') {
        return { message: `${where} must list exactly two sides (two globs or lists of globs), got ${n}` };
      }
      const limit = String((err.params as { limit: number }).limit);
      const bound = err.keyword === 'minItems' ? 'at least' : 'at most';
      return { message: `${where} has ${n} entr${n === 1 ? 'y' : 'ies'}; ${bound} ${limit} allowed` };
    }
    case 'minLength':
      return { message: `${where} must not be empty` };
    default:
      return { message: `${where} ${err.message ?? 'is invalid'}` };
  }
}

/** Validate a parsed policy.yaml against schemas/policy.schema.json; errors point at the offending YAML node. */
export function validatePolicySchema(source: YamlSource): SourceError[] {
  const validate = validator();
  if (validate(source.value)) return [];
  const errors = validate.errors ?? [];
  // A list that is neither a glob nor a list of globs reports its own items too: keep the anyOf summary only when
  // nothing more precise was said at or under the same place.
  const misspelt = new Set<string>();
  for (const err of errors) {
    if (err.keyword !== 'additionalProperties') continue;
    const guess = closest(String((err.params as { additionalProperty: string }).additionalProperty), allowedKeys(err));
    if (guess !== undefined) misspelt.add(`${err.instancePath}/${guess}`);
  }
  const out: SourceError[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    if (err.keyword === 'required' && misspelt.has(`${err.instancePath}/${missingKey(err)}`)) continue;
    if (err.schemaPath.includes('/anyOf/')) continue;
    const segments = pointerSegments(err.instancePath);
    const d = describe(err, segments);
    if (!d) continue;
    const node = d.keyNode !== undefined ? nodeAt(source, [...segments, d.keyNode], true) : nodeAt(source, segments);
    const e = { ...positionOf(source, node), message: d.message };
    const k = `${e.line}:${e.column}:${e.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out;
}
