import { expect } from 'vitest';

/** The page reads that leave together with the pre-flight `GET /me`: the first page of users and of rooms. */
const FIRST_WAVE = new Set(['GET /me', 'GET /users?limit=100&offset=0', 'GET /rooms?limit=100&offset=0']);

/**
 * What a run may have sent when its pre-flight `GET /me` fails (a missing scope, a redirect, an error): the
 * pre-flight and the first page reads sent with it, each once. Nothing started once the failure was known: no
 * further page, no member read, no write.
 */
export function expectOnlyPreflightWave(requests: readonly string[]): void {
  expect(requests).toContain('GET /me');
  expect(requests.filter((r) => !FIRST_WAVE.has(r))).toEqual([]);
  expect(new Set(requests).size).toBe(requests.length);
}

/** `GET /users?limit=100&offset=0` from a simulator log entry. */
export const requestLine = (e: { method: string; path: string; query?: string }): string =>
  `${e.method} ${e.path}${e.query ? `?${e.query}` : ''}`;
