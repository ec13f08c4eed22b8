import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { SimSeed } from './seed-types.js';
import { SimSeedError } from './state.js';

const SCOPES = new Set(['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write']);

function fail(file: string, where: string, message: string): never {
  throw new SimSeedError(`${file}: ${where}: ${message}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKeys(file: string, where: string, obj: Record<string, unknown>, allowed: string[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) fail(file, where, `unknown key "${k}" (allowed: ${allowed.join(', ')})`);
  }
}

/** Check a parsed seed's shape, with a message naming the entry (e.g. `rooms[2].members[0].tx`). */
export function validateSeed(data: unknown, file = 'seed'): SimSeed {
  if (data === null || data === undefined) return {};
  if (!isObject(data)) fail(file, 'top level', 'must be a mapping with users, rooms, tokens');
  checkKeys(file, 'top level', data, ['users', 'rooms', 'tokens']);
  for (const section of ['users', 'rooms', 'tokens'] as const) {
    if (data[section] !== undefined && !Array.isArray(data[section])) fail(file, section, 'must be a list');
  }
  for (const [i, u] of ((data.users as unknown[] | undefined) ?? []).entries()) {
    const w = `users[${i}]`;
    if (!isObject(u)) fail(file, w, 'must be a mapping');
    checkKeys(file, w, u, ['id', 'email', 'display_name', 'active']);
    if (typeof u.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(u.email)) {
      fail(file, `${w}.email`, `must be an email address, got ${JSON.stringify(u.email)}`);
    }
    if (u.id !== undefined && typeof u.id !== 'string') fail(file, `${w}.id`, 'must be a string');
    if (u.display_name !== undefined && typeof u.display_name !== 'string') {
      fail(file, `${w}.display_name`, 'must be a string');
    }
    if (u.active !== undefined && typeof u.active !== 'boolean') fail(file, `${w}.active`, 'must be true or false');
  }
  for (const [i, r] of ((data.rooms as unknown[] | undefined) ?? []).entries()) {
    const w = `rooms[${i}]`;
    if (!isObject(r)) fail(file, w, 'must be a mapping');
    checkKeys(file, w, r, ['id', 'name', 'display_name', 'external_id', 'members']);
    if (typeof r.name !== 'string' || r.name === '') fail(file, `${w}.name`, 'must be a non-empty string');
    if (r.id !== undefined && typeof r.id !== 'string') fail(file, `${w}.id`, 'must be a string');
    if (r.display_name !== undefined && typeof r.display_name !== 'string') {
      fail(file, `${w}.display_name`, 'must be a string');
    }
    if (r.external_id !== undefined && r.external_id !== null && typeof r.external_id !== 'string') {
      fail(file, `${w}.external_id`, 'must be a string or null');
    }
    if (r.members !== undefined && !Array.isArray(r.members)) fail(file, `${w}.members`, 'must be a list');
    for (const [j, m] of ((r.members as unknown[] | undefined) ?? []).entries()) {
      const mw = `${w}.members[${j}]`;
      if (!isObject(m)) fail(file, mw, 'must be a mapping {email, tx}');
      checkKeys(file, mw, m, ['email', 'tx']);
      if (typeof m.email !== 'string') fail(file, `${mw}.email`, 'must be a string');
      if (m.tx !== undefined && typeof m.tx !== 'boolean') fail(file, `${mw}.tx`, 'must be true or false');
    }
  }
  for (const [i, t] of ((data.tokens as unknown[] | undefined) ?? []).entries()) {
    const w = `tokens[${i}]`;
    if (!isObject(t)) fail(file, w, 'must be a mapping');
    checkKeys(file, w, t, ['token', 'scopes', 'description', 'expires_at']);
    if (typeof t.token !== 'string' || t.token === '') fail(file, `${w}.token`, 'must be a non-empty string');
    if (!Array.isArray(t.scopes)) fail(file, `${w}.scopes`, 'must be a list');
    for (const s of t.scopes) {
      if (typeof s === 'string' && SCOPES.has(s)) continue;
      fail(file, `${w}.scopes`, `unknown scope ${JSON.stringify(s)} (known: ${[...SCOPES].join(', ')})`);
    }
    const expiresAt = t.expires_at;
    const isDate = typeof expiresAt === 'string' && !Number.isNaN(Date.parse(expiresAt));
    if (expiresAt !== undefined && expiresAt !== null && !isDate) {
      fail(file, `${w}.expires_at`, 'must be an ISO date-time or null');
    }
  }
  return data;
}

/** Parse seed text: JSON when it looks like JSON, YAML otherwise (YAML errors carry line:col). */
export function parseSeed(text: string, file = 'seed'): SimSeed {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return validateSeed(JSON.parse(text), file);
    } catch (err) {
      if (err instanceof SimSeedError) throw err;
      throw new SimSeedError(`${file}: invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const doc = parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new SimSeedError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${first.message.split('\n')[0]}`);
  }
  return validateSeed(doc.toJS({ maxAliasCount: 100 }), file);
}

/** Read and validate a seed file (YAML or JSON). */
export function loadSeedFile(path: string): SimSeed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SimSeedError(`cannot read seed file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return parseSeed(text, path);
}
