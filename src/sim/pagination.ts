import { apiError, isAnswer, type Answer } from './answer.js';

/** Decided pagination: `limit` default 20, larger values clamped to 100 (and echoed as 100), `offset` default 0. */
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

function parseQueryInt(params: URLSearchParams, name: string, fallback: number, min: number): number | Answer {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    return apiError(400, 'invalid_parameter', `${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return Number(raw);
}

/** One page of `list` as `limit`/`offset` ask, or the 400 for a malformed parameter. */
export function page<T>(list: T[], params: URLSearchParams): { items: T[]; limit: number; offset: number } | Answer {
  const limit = parseQueryInt(params, 'limit', DEFAULT_LIMIT, 1);
  if (isAnswer(limit)) return limit;
  const offset = parseQueryInt(params, 'offset', 0, 0);
  if (isAnswer(offset)) return offset;
  const clamped = Math.min(limit, MAX_LIMIT);
  return { items: list.slice(offset, offset + clamped), limit: clamped, offset };
}
