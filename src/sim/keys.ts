import type { IncomingMessage } from 'node:http';
import type { SimSeed } from './seed-types.js';
import { apiError, type Answer } from './answer.js';
import { deterministicId } from './ids.js';

/** The four documented scopes; the default token carries all of them. */
export const ALL_SCOPES = ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'] as const;
/** The token the simulator accepts when the seed names none. */
export const DEFAULT_TOKEN = 'sim-token';

export interface SimKey {
  token: string;
  id: string;
  scopes: Set<string>;
  description: string;
  expiresAt: string | null;
}

export function buildKeys(seed: SimSeed | undefined): SimKey[] {
  const tokens =
    seed?.tokens && seed.tokens.length > 0
      ? seed.tokens
      : [{ token: DEFAULT_TOKEN, scopes: [...ALL_SCOPES], description: 'simulator default key' }];
  return tokens.map((t) => ({
    token: t.token,
    id: deterministicId('key', t.token),
    scopes: new Set(t.scopes),
    description: t.description ?? 'simulator key',
    expiresAt: t.expires_at ?? null,
  }));
}

/** The key a request presents, or the 401 it earns. */
export function authenticate(req: IncomingMessage, keys: ReadonlyMap<string, SimKey>): SimKey | Answer {
  const header = req.headers.authorization;
  if (!header) return apiError(401, 'unauthorized', 'missing Authorization: Bearer <key> header');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const key = match ? keys.get(match[1]!) : undefined;
  // Never echo the presented key back: a client might log this message.
  if (!key) return apiError(401, 'invalid_token', 'the API key is invalid or revoked');
  if (key.expiresAt && Date.parse(key.expiresAt) <= Date.now()) {
    return apiError(401, 'token_expired', `the API key expired at ${key.expiresAt}`);
  }
  return key;
}

export function requireScope(key: SimKey, scope: string): Answer | null {
  return key.scopes.has(scope) ? null : apiError(403, 'insufficient_scope', `this key lacks the ${scope} scope`);
}
