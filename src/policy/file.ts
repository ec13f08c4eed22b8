import { closeSync, fstatSync, lstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Node } from 'yaml';
import { LIMITS } from '../desired/limits.js';
import { wholeFile } from '../desired/tree.js';
import type { SourceError, SourcePos } from '../desired/types.js';
import { nodeAt, parseYamlSource, positionOf, type YamlSource } from '../desired/yaml-source.js';
import { validatePolicySchema } from './schema.js';
import { POLICY_FILE, type LimitsRule, type Policy } from './types.js';

export type PolicyOutcome = { policy?: Policy; errors: SourceError[] };

interface RawPolicy {
  domains?: string[];
  guests?: { 'max-days': number };
  transmit?: { 'requires-group': string };
  barriers?: Array<{ name: string; between: [string | string[], string | string[]]; except?: string[] }>;
  'required-members'?: Array<{ rooms: string | string[]; members: string[] }>;
  limits?: Array<{ rooms: string | string[]; 'max-members'?: number; 'max-transmitters'?: number }>;
}

const list = (globs: string | string[]): string[] => (typeof globs === 'string' ? [globs] : globs);
const userRef = (ref: string): string => (ref.includes('@') ? ref.toLowerCase() : ref);

/** The key node of `segments` (its last segment a key), for "the rule at policy.yaml:LINE". */
function keyPos(source: YamlSource, segments: readonly string[]): SourcePos {
  const node: Node | null = nodeAt(source, segments, true);
  return positionOf(source, node);
}

/** A schema-valid policy document as rules, each with the position it is written at. Pure. */
export function readPolicy(source: YamlSource): Policy {
  const raw = (source.value ?? {}) as RawPolicy;
  const policy: Policy = { file: source.file, barriers: [], requiredMembers: [], limits: [] };
  if (raw.domains !== undefined) {
    policy.domains = { domains: raw.domains.map((d) => d.toLowerCase()), pos: keyPos(source, ['domains']) };
  }
  if (raw.guests !== undefined) {
    policy.guests = { maxDays: raw.guests['max-days'], pos: keyPos(source, ['guests', 'max-days']) };
  }
  if (raw.transmit !== undefined) {
    const pos = positionOf(source, nodeAt(source, ['transmit', 'requires-group']));
    policy.transmit = { group: raw.transmit['requires-group'], pos };
  }
  (raw.barriers ?? []).forEach((b, i) => {
    policy.barriers.push({
      name: b.name,
      sides: [list(b.between[0]), list(b.between[1])],
      except: (b.except ?? []).map(userRef),
      pos: keyPos(source, ['barriers', String(i), 'between']),
    });
  });
  (raw['required-members'] ?? []).forEach((r, i) => {
    const pos = keyPos(source, ['required-members', String(i), 'members']);
    policy.requiredMembers.push({ rooms: list(r.rooms), members: r.members.map(userRef), pos });
  });
  (raw.limits ?? []).forEach((l, i) => {
    const rule: LimitsRule = { rooms: list(l.rooms), pos: keyPos(source, ['limits', String(i), 'rooms']) };
    if (l['max-members'] !== undefined) {
      rule.maxMembers = l['max-members'];
      rule.maxMembersPos = keyPos(source, ['limits', String(i), 'max-members']);
    }
    if (l['max-transmitters'] !== undefined) {
      rule.maxTransmitters = l['max-transmitters'];
      rule.maxTransmittersPos = keyPos(source, ['limits', String(i), 'max-transmitters']);
    }
    policy.limits.push(rule);
  });
  return policy;
}

/** Barrier names must be unique: each names its own rule id. */
function duplicateBarrierErrors(source: YamlSource, policy: Policy): SourceError[] {
  const errors: SourceError[] = [];
  const first = new Map<string, number>();
  policy.barriers.forEach((b, i) => {
    const prev = first.get(b.name);
    const at = positionOf(source, nodeAt(source, ['barriers', String(i), 'name']));
    const message = `barrier "${b.name}" is defined twice (first at line ${prev}); barrier names must be unique`;
    if (prev !== undefined) errors.push({ ...at, message });
    else first.set(b.name, at.line);
  });
  return errors;
}

/** Parse and check policy.yaml's bytes: YAML (with the same guards as every file of the tree), schema, names. */
export function checkPolicyFile(file: string, bytes: Uint8Array): PolicyOutcome {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) {
    // The loader's empty-file message speaks of rooms; a policy file may be just comments.
    const empty = parsed.errors.length === 1 && parsed.errors[0]?.message.startsWith('file is empty');
    return empty ? { errors: [] } : { errors: parsed.errors };
  }
  const errors = validatePolicySchema(parsed.source);
  if (errors.length > 0) return { errors };
  const policy = readPolicy(parsed.source);
  const dup = duplicateBarrierErrors(parsed.source, policy);
  return dup.length > 0 ? { errors: dup } : { policy, errors: [] };
}

const isInside = (root: string, target: string): boolean =>
  target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Read `policy.yaml` at the root of the tree, if there is one: the same limits as a room file (size checked on
 * the open file before reading it, a symbolic link only when it stays inside the tree).
 */
export function readPolicyFile(dir: string): PolicyOutcome {
  const abs = join(dir, POLICY_FILE);
  try {
    lstatSync(abs);
  } catch {
    return { errors: [] };
  }
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    const real = realpathSync(abs);
    if (!isInside(realpathSync(dir), real)) {
      const message = `symbolic link points outside the tree (to ${real}); refused: keep policy.yaml inside --dir`;
      return { errors: [wholeFile(POLICY_FILE, message)] };
    }
    fd = openSync(abs, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return { errors: [wholeFile(POLICY_FILE, 'policy.yaml is not a file')] };
    if (st.size > LIMITS.maxFileBytes) {
      const message = `file is ${(st.size / 1048576).toFixed(1)} MiB; the limit is 1.0 MiB for policy.yaml`;
      return { errors: [wholeFile(POLICY_FILE, message)] };
    }
    bytes = readFileSync(fd);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { errors: [wholeFile(POLICY_FILE, `cannot read file: ${code}`)] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return checkPolicyFile(POLICY_FILE, bytes);
}
