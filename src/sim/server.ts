import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import type { SimSeed } from './seed-types.js';
import type { RequestLogEntry, SimFaultRule, SimFaults, SimRoom, SimStats, SimulatorHandle, SimulatorOptions } from './types.js';
import { deterministicId, seededRandom } from './ids.js';
import { createDeadlineTimer } from './deadline-timer.js';
import { TokenBucket } from './rate-limit.js';
import { SimState, loadStateFile, saveStateFile, type MemberEntry } from './state.js';

/** What a simulator without a rate limit advertises: a limit no run comes near. */
const UNLIMITED_RATE_HEADERS = { 'RateLimit-Limit': '1000000', 'RateLimit-Remaining': '1000000', 'RateLimit-Reset': '0' };

/** The four documented scopes; the default token carries all of them. */
export const ALL_SCOPES = ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'] as const;
/** The token the simulator accepts when the seed names none. */
export const DEFAULT_TOKEN = 'sim-token';
/** Documented request limits. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_PUT_MEMBERS = 5000;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

interface SimKey {
  token: string;
  id: string;
  scopes: Set<string>;
  description: string;
  expiresAt: string | null;
}

/** An answer: status, JSON body (undefined for 204), extra headers. */
interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function apiError(status: number, code: string, message: string, headers?: Record<string, string>): Answer {
  return { status, body: { error: { code, message } }, headers };
}

function defaultCode(status: number): string {
  const codes: Record<number, string> = { 400: 'invalid_request', 401: 'unauthorized', 403: 'insufficient_scope', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large', 422: 'unprocessable', 429: 'rate_limited', 500: 'internal_error', 502: 'bad_gateway', 503: 'service_unavailable' };
  return codes[status] ?? `http_${status}`;
}

function roomJson(room: SimRoom, memberCount: number) {
  return {
    id: room.id,
    name: room.name,
    display_name: room.display_name,
    external_id: room.external_id,
    member_count: memberCount,
    created_at: room.created_at,
  };
}

/** Read the body up to MAX_BODY_BYTES; beyond that keep draining (so the 413 can be answered) but stop buffering. */
function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), tooLarge }));
    req.on('error', reject);
  });
}

function parseQueryInt(params: URLSearchParams, name: string, fallback: number, min: number): number | Answer {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    return apiError(400, 'invalid_parameter', `${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return Number(raw);
}

function isAnswer(v: unknown): v is Answer {
  return typeof v === 'object' && v !== null && 'status' in v;
}

function buildKeys(seed: SimSeed | undefined): SimKey[] {
  const tokens = seed?.tokens && seed.tokens.length > 0 ? seed.tokens : [{ token: DEFAULT_TOKEN, scopes: [...ALL_SCOPES], description: 'simulator default key' }];
  return tokens.map((t) => ({
    token: t.token,
    id: deterministicId('key', t.token),
    scopes: new Set(t.scopes),
    description: t.description ?? 'simulator key',
    expiresAt: t.expires_at ?? null,
  }));
}

/** How long before its deadline an answer is computed, so the work overlaps the wait (see handle). */
const PREPARE_AHEAD_MS = 1;

/**
 * Start the whoot Management API simulator over real HTTP (node:http): every documented endpoint with the
 * decided status codes, scopes, pagination, rate limiting, latency and fault injection. See docs/simulator.md.
 */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const state = (opts.statePath ? loadStateFile(opts.statePath) : null) ?? SimState.fromSeed(opts.seed ?? {});
  const keys = new Map(buildKeys(opts.seed).map((k) => [k.token, k]));
  const fullKey = [...keys.values()].find((k) => ALL_SCOPES.every((s) => k.scopes.has(s))) ?? [...keys.values()][0]!;
  const buckets = new Map<string, TokenBucket>();
  const random = seededRandom(opts.randomSeed ?? Math.floor(Math.random() * 2 ** 32));
  const basePath = (opts.basePath ?? '').replace(/\/+$/, '');
  const adminEnabled = opts.adminEndpoints ?? true;
  let faults: SimFaults = { ...opts.faults };
  /** how often each rule has fired (rules are matched by identity, so setFaults starts afresh) */
  let ruleHits = new Map<SimFaultRule, number>();
  const t0 = performance.now();
  const timer = createDeadlineTimer();
  if ((opts.latencyMs ?? 0) > 0 || (opts.jitterMs ?? 0) > 0) timer.start();
  const requestLog: RequestLogEntry[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let counters = freshCounters();

  function freshCounters() {
    return { requests: 0, byMethod: {} as Record<string, number>, byStatus: {} as Record<string, number>, status429: 0, injected: 0 };
  }

  function persist(): void {
    if (opts.statePath) saveStateFile(opts.statePath, state);
  }

  function record(entry: RequestLogEntry): void {
    requestLog.push(entry);
    // Trim in chunks so a long-running `sim` stays bounded without an O(n) shift per request.
    if (opts.maxLogEntries && requestLog.length > opts.maxLogEntries * 1.25) requestLog.splice(0, requestLog.length - opts.maxLogEntries);
    counters.requests++;
    counters.byMethod[entry.method] = (counters.byMethod[entry.method] ?? 0) + 1;
    const s = String(entry.status);
    counters.byStatus[s] = (counters.byStatus[s] ?? 0) + 1;
    if (entry.status === 429) counters.status429++;
    if (entry.injected) counters.injected++;
    opts.onRequest?.(entry);
  }

  function stats(): SimStats {
    return { ...counters, byMethod: { ...counters.byMethod }, byStatus: { ...counters.byStatus }, maxInFlight, inFlight };
  }

  function resetStats(): void {
    requestLog.length = 0;
    counters = freshCounters();
    maxInFlight = inFlight;
  }

  function snapshot() {
    const members: Record<string, MemberEntry[]> = {};
    for (const [roomId, m] of state.members) members[roomId] = [...m].map(([user_id, tx_permission]) => ({ user_id, tx_permission }));
    return { users: state.userOrder.map((u) => ({ ...u })), rooms: state.roomOrder.map((r) => ({ ...r })), members };
  }

  function consoleEdit(roomName: string, members: Array<{ email: string; tx?: boolean }>): void {
    const roomId = state.roomIdByName.get(roomName) ?? (state.rooms.has(roomName) ? roomName : undefined);
    if (!roomId) throw new Error(`consoleEdit: no room named "${roomName}"`);
    const next = members.map((m) => {
      const id = state.userIdForEmail(m.email);
      if (!id) throw new Error(`consoleEdit: no user with email ${m.email}`);
      return { user_id: id, tx_permission: m.tx ?? false };
    });
    state.replaceMembers(roomId, next);
    persist();
  }

  function requireScope(key: SimKey, scope: string): Answer | null {
    return key.scopes.has(scope) ? null : apiError(403, 'insufficient_scope', `this key lacks the ${scope} scope`);
  }

  function parseJson(raw: Buffer): unknown {
    if (raw.length === 0) return undefined;
    return JSON.parse(raw.toString('utf8')) as unknown;
  }

  // ---- endpoint handlers: each returns an Answer ----

  function me(key: SimKey): Answer {
    return {
      status: 200,
      body: {
        key: { id: key.id, description: key.description, prefix: key.token.slice(0, 4), scopes: [...key.scopes], expires_at: key.expiresAt },
        organisation: { id: deterministicId('org', 'acme'), name: 'Simulated Organisation' },
      },
    };
  }

  function page<T>(list: T[], params: URLSearchParams): { items: T[]; limit: number; offset: number } | Answer {
    const limit = parseQueryInt(params, 'limit', DEFAULT_LIMIT, 1);
    if (isAnswer(limit)) return limit;
    const offset = parseQueryInt(params, 'offset', 0, 0);
    if (isAnswer(offset)) return offset;
    const clamped = Math.min(limit, MAX_LIMIT);
    return { items: list.slice(offset, offset + clamped), limit: clamped, offset };
  }

  function listUsers(params: URLSearchParams): Answer {
    const p = page(state.userOrder, params);
    if (isAnswer(p)) return p;
    return { status: 200, body: { users: p.items, total: state.userOrder.length, limit: p.limit, offset: p.offset } };
  }

  function patchUser(id: string, body: unknown): Answer {
    const user = state.users.get(id);
    if (!user) return apiError(404, 'user_not_found', `user ${id} does not exist`);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return apiError(400, 'invalid_request', 'the body must be a JSON object');
    const b = body as Record<string, unknown>;
    for (const k of Object.keys(b)) if (k !== 'display_name' && k !== 'active') return apiError(400, 'invalid_request', `unknown field "${k}" (allowed: display_name, active)`);
    if (b.display_name !== undefined && (typeof b.display_name !== 'string' || b.display_name === '')) return apiError(400, 'invalid_request', 'display_name must be a non-empty string');
    if (b.active !== undefined && typeof b.active !== 'boolean') return apiError(400, 'invalid_request', 'active must be a boolean');
    if (typeof b.display_name === 'string') user.display_name = b.display_name;
    if (typeof b.active === 'boolean') user.active = b.active;
    persist();
    return { status: 200, body: user };
  }

  function listRooms(params: URLSearchParams): Answer {
    const p = page(state.roomOrder, params);
    if (isAnswer(p)) return p;
    const rooms = p.items.map((r) => roomJson(r, state.members.get(r.id)?.size ?? 0));
    return { status: 200, body: { rooms, total: state.roomOrder.length, limit: p.limit, offset: p.offset } };
  }

  function patchRoom(room: SimRoom, body: unknown): Answer {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return apiError(400, 'invalid_request', 'the body must be a JSON object');
    const b = body as Record<string, unknown>;
    for (const k of Object.keys(b)) if (k !== 'display_name' && k !== 'external_id') return apiError(400, 'invalid_request', `unknown field "${k}" (allowed: display_name, external_id)`);
    if (b.display_name !== undefined && (typeof b.display_name !== 'string' || b.display_name === '')) return apiError(400, 'invalid_request', 'display_name must be a non-empty string');
    if (b.external_id !== undefined && b.external_id !== null && typeof b.external_id !== 'string') return apiError(400, 'invalid_request', 'external_id must be a string or null');
    if (typeof b.display_name === 'string') room.display_name = b.display_name;
    if (b.external_id !== undefined) room.external_id = b.external_id;
    persist();
    return { status: 200, body: roomJson(room, state.members.get(room.id)?.size ?? 0) };
  }

  function listMembers(room: SimRoom): Answer {
    const m = state.members.get(room.id) ?? new Map<string, boolean>();
    const members = [];
    for (const [userId, tx] of m) {
      const u = state.users.get(userId);
      members.push({ user_id: userId, email: u?.email ?? '', display_name: u?.display_name ?? '', tx_permission: tx });
    }
    return { status: 200, body: { room_id: room.id, members, total: members.length } };
  }

  function addMember(room: SimRoom, body: unknown): Answer {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return apiError(400, 'invalid_request', 'the body must be a JSON object {"user_id","tx_permission"}');
    const b = body as Record<string, unknown>;
    if (typeof b.user_id !== 'string') return apiError(400, 'invalid_request', 'user_id must be a string');
    if (b.tx_permission !== undefined && typeof b.tx_permission !== 'boolean') return apiError(400, 'invalid_request', 'tx_permission must be a boolean');
    if (!state.users.has(b.user_id)) return apiError(422, 'unknown_user', `user_id ${b.user_id} does not exist`);
    const m = state.members.get(room.id)!;
    if (m.has(b.user_id)) return apiError(409, 'already_member', `user ${b.user_id} is already a member of room ${room.id}`);
    const tx = b.tx_permission ?? false;
    m.set(b.user_id, tx);
    persist();
    return { status: 201, body: { user_id: b.user_id, room_id: room.id, tx_permission: tx } };
  }

  /** PUT: validate everything first, then apply all-or-nothing. */
  function replaceMembers(room: SimRoom, body: unknown): Answer {
    if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray((body as { members?: unknown }).members)) {
      return apiError(400, 'invalid_request', 'the body must be {"members":[{"user_id","tx_permission"}]}');
    }
    const list = (body as { members: unknown[] }).members;
    if (list.length > MAX_PUT_MEMBERS) return apiError(413, 'too_many_members', `a PUT may list at most ${MAX_PUT_MEMBERS} members, got ${list.length}`);
    const next: MemberEntry[] = [];
    for (const [i, item] of list.entries()) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return apiError(400, 'invalid_request', `members[${i}] must be an object`);
      const it = item as Record<string, unknown>;
      if (typeof it.user_id !== 'string') return apiError(400, 'invalid_request', `members[${i}].user_id must be a string`);
      if (it.tx_permission !== undefined && typeof it.tx_permission !== 'boolean') return apiError(400, 'invalid_request', `members[${i}].tx_permission must be a boolean`);
      next.push({ user_id: it.user_id, tx_permission: it.tx_permission ?? false });
    }
    const seen = new Set<string>();
    for (const m of next) {
      if (!state.users.has(m.user_id)) return apiError(422, 'unknown_user', `user_id ${m.user_id} does not exist`);
      if (seen.has(m.user_id)) return apiError(422, 'duplicate_user', `user_id ${m.user_id} is listed more than once`);
      seen.add(m.user_id);
    }
    const counts = state.replaceMembers(room.id, next);
    if (counts.added + counts.updated + counts.removed > 0) persist();
    return { status: 200, body: { room_id: room.id, members_added: counts.added, members_updated: counts.updated, members_removed: counts.removed } };
  }

  /** Route an authenticated request; `parsed` is the JSON body (or its parse error). */
  function route(method: string, segments: string[], params: URLSearchParams, key: SimKey, parsed: { value: unknown; error?: string }): Answer {
    const [s0, s1, s2, s3, ...more] = segments;
    const bodyOrError = (): unknown => parsed.value;
    const badJson = parsed.error ? apiError(400, 'invalid_json', `the body is not valid JSON: ${parsed.error}`) : null;
    if (more.length > 0) return apiError(404, 'not_found', 'no such endpoint');

    if (s0 === 'me' && s1 === undefined) {
      return method === 'GET' ? me(key) : methodNotAllowed(method, 'GET');
    }
    if (s0 === 'users') {
      if (s1 === undefined) {
        if (method !== 'GET') return methodNotAllowed(method, 'GET');
        return requireScope(key, 'api:users:read') ?? listUsers(params);
      }
      if (s2 !== undefined) return apiError(404, 'not_found', 'no such endpoint');
      if (method === 'GET') {
        const denied = requireScope(key, 'api:users:read');
        if (denied) return denied;
        const user = state.users.get(s1);
        return user ? { status: 200, body: user } : apiError(404, 'user_not_found', `user ${s1} does not exist`);
      }
      if (method === 'PATCH' || method === 'DELETE') {
        const denied = requireScope(key, 'api:users:write');
        if (denied) return denied;
        if (method === 'DELETE') {
          const user = state.users.get(s1);
          if (!user) return apiError(404, 'user_not_found', `user ${s1} does not exist`);
          user.active = false;
          persist();
          return { status: 204 };
        }
        return badJson ?? patchUser(s1, bodyOrError());
      }
      return methodNotAllowed(method, 'GET, PATCH, DELETE');
    }
    if (s0 === 'rooms') {
      if (s1 === undefined) {
        if (method !== 'GET') return methodNotAllowed(method, 'GET');
        return requireScope(key, 'api:rooms:read') ?? listRooms(params);
      }
      if (s2 === undefined) {
        const scope = method === 'GET' ? 'api:rooms:read' : method === 'PATCH' || method === 'DELETE' ? 'api:rooms:write' : null;
        if (!scope) return methodNotAllowed(method, 'GET, PATCH, DELETE');
        const denied = requireScope(key, scope);
        if (denied) return denied;
        const room = state.rooms.get(s1);
        if (!room) return apiError(404, 'room_not_found', `room ${s1} does not exist`);
        if (method === 'GET') return { status: 200, body: roomJson(room, state.members.get(room.id)?.size ?? 0) };
        if (method === 'DELETE') {
          room.external_id = null;
          room.display_name = room.name;
          persist();
          return { status: 204 };
        }
        return badJson ?? patchRoom(room, bodyOrError());
      }
      if (s2 !== 'members') return apiError(404, 'not_found', 'no such endpoint');
      if (s3 === undefined) {
        const scope = method === 'GET' ? 'api:rooms:read' : method === 'POST' || method === 'PUT' ? 'api:rooms:write' : null;
        if (!scope) return methodNotAllowed(method, 'GET, POST, PUT');
        const denied = requireScope(key, scope);
        if (denied) return denied;
        const room = state.rooms.get(s1);
        if (!room) return apiError(404, 'room_not_found', `room ${s1} does not exist`);
        if (method === 'GET') return listMembers(room);
        if (badJson) return badJson;
        return method === 'POST' ? addMember(room, bodyOrError()) : replaceMembers(room, bodyOrError());
      }
      if (method !== 'DELETE') return methodNotAllowed(method, 'DELETE');
      const denied = requireScope(key, 'api:rooms:write');
      if (denied) return denied;
      const room = state.rooms.get(s1);
      if (!room) return apiError(404, 'room_not_found', `room ${s1} does not exist`);
      const m = state.members.get(room.id)!;
      if (!m.delete(s3)) return apiError(404, 'member_not_found', `user ${s3} is not a member of room ${room.id}`);
      persist();
      return { status: 204 };
    }
    return apiError(404, 'not_found', 'no such endpoint');
  }

  function ruleMatches(rule: SimFaultRule, method: string, apiPath: string): boolean {
    if (rule.method && rule.method.toUpperCase() !== method) return false;
    if (rule.times !== undefined && (ruleHits.get(rule) ?? 0) >= rule.times) return false;
    return rule.path.endsWith('*') ? apiPath.startsWith(rule.path.slice(0, -1)) : apiPath === rule.path;
  }

  function methodNotAllowed(method: string, allowed: string): Answer {
    return apiError(405, 'method_not_allowed', `${method} is not allowed here (allowed: ${allowed})`, { Allow: allowed });
  }

  function authenticate(req: IncomingMessage): SimKey | Answer {
    const header = req.headers.authorization;
    if (!header) return apiError(401, 'unauthorized', 'missing Authorization: Bearer <key> header');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const key = match ? keys.get(match[1]!) : undefined;
    // Never echo the presented key back: a client might log this message.
    if (!key) return apiError(401, 'invalid_token', 'the API key is invalid or revoked');
    if (key.expiresAt && Date.parse(key.expiresAt) <= Date.now()) return apiError(401, 'token_expired', `the API key expired at ${key.expiresAt}`);
    return key;
  }

  interface Prepared {
    status: number;
    headers: Record<string, string | number>;
    payload: string | undefined;
  }

  function prepare(answer: Answer, extraHeaders: Record<string, string>): Prepared {
    const payload = answer.body === undefined ? undefined : JSON.stringify(answer.body);
    const headers: Record<string, string | number> = { ...extraHeaders, ...answer.headers };
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(payload);
    }
    return { status: answer.status, headers, payload };
  }

  function write(res: ServerResponse, prepared: Prepared): void {
    res.writeHead(prepared.status, prepared.headers);
    res.end(prepared.payload);
  }

  function send(res: ServerResponse, answer: Answer, extraHeaders: Record<string, string>): void {
    write(res, prepare(answer, extraHeaders));
  }

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const { body, tooLarge } = await readBody(req);
    const json = (): unknown => (body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {});
    try {
      if (tooLarge) return send(res, apiError(413, 'payload_too_large', 'body too large'), {});
      if (path === '/_sim/stats' && method === 'GET') return send(res, { status: 200, body: stats() }, {});
      if (path === '/_sim/reset-stats' && method === 'POST') {
        resetStats();
        return send(res, { status: 204 }, {});
      }
      if (path === '/_sim/log' && method === 'GET') return send(res, { status: 200, body: requestLog }, {});
      if (path === '/_sim/state' && method === 'GET') return send(res, { status: 200, body: snapshot() }, {});
      if (path === '/_sim/faults' && method === 'PUT') {
        faults = { ...(json() as SimFaults) };
        ruleHits = new Map();
        return send(res, { status: 200, body: faults }, {});
      }
      if (path === '/_sim/console-edit' && method === 'POST') {
        const b = json() as { room?: string; members?: Array<{ email: string; tx?: boolean }> };
        consoleEdit(String(b.room), b.members ?? []);
        return send(res, { status: 204 }, {});
      }
      return send(res, apiError(404, 'not_found', 'no such simulator admin endpoint'), {});
    } catch (err) {
      return send(res, apiError(400, 'invalid_request', err instanceof Error ? err.message : String(err)), {});
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const fullPath = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? '' : url.slice(q + 1);
    if (adminEnabled) {
      // Reachable at the root and under the base path, so `${sim.url}/_sim/stats` always works.
      if (fullPath.startsWith('/_sim/')) return handleAdmin(req, res, fullPath);
      if (basePath && fullPath.startsWith(`${basePath}/_sim/`)) return handleAdmin(req, res, fullPath.slice(basePath.length));
    }

    const start = performance.now();
    inFlight++;
    if (inFlight > maxInFlight) maxInFlight = inFlight;
    const entry: RequestLogEntry = { method, path: fullPath, query, status: 0, time: Math.round(start - t0), durationMs: 0 };
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      inFlight--;
      entry.durationMs = Math.round((performance.now() - start) * 100) / 100;
      record(entry);
    };
    res.on('close', finish);

    const { body: raw, tooLarge } = await readBody(req);
    let parsed: { value: unknown; error?: string } = { value: undefined };
    if (!tooLarge && raw.length > 0) {
      try {
        parsed = { value: parseJson(raw) };
      } catch (err) {
        parsed = { value: undefined, error: err instanceof Error ? err.message : String(err) };
      }
    }
    if (WRITE_METHODS.has(method) && parsed.value !== undefined) entry.body = parsed.value;

    const f = faults;
    const apiPath = basePath && fullPath.startsWith(basePath) ? fullPath.slice(basePath.length) || '/' : fullPath;
    const rule = f.rules?.find((r) => ruleMatches(r, method, apiPath));
    if (rule) {
      ruleHits.set(rule, (ruleHits.get(rule) ?? 0) + 1);
      if (rule.delayMs) await sleep(rule.delayMs);
      if (rule.status) {
        const headers: Record<string, string> = rule.retryAfterSeconds !== undefined ? { 'Retry-After': String(rule.retryAfterSeconds) } : {};
        const answer = apiError(rule.status, rule.code ?? defaultCode(rule.status), rule.message ?? `injected ${rule.status}`, headers);
        entry.injected = true;
        entry.status = rule.status;
        return send(res, answer, {});
      }
    }
    const spike = f.pSpike && random() < f.pSpike ? (f.spikeMs ?? 0) : 0;
    const delay = (opts.latencyMs ?? 0) + (opts.jitterMs ? random() * opts.jitterMs : 0) + spike;
    // The answer leaves `delay` ms after the request arrived, never earlier: computed just before that
    // moment (so the work overlaps the wait), then held until the deadline (src/sim/deadline-timer.ts: exact
    // to a fraction of a millisecond, where Node's timers are not). A rule's own delay comes on top, as before.
    const deadline = (rule?.delayMs ? performance.now() : start) + delay;
    if (delay > 0) await timer.until(deadline - PREPARE_AHEAD_MS);
    if (res.destroyed) return finish();

    const drop = Boolean(f.pDrop && random() < f.pDrop);
    const injected: Answer | null = drop
      ? null
      : f.p429 && random() < f.p429
        ? apiError(429, 'rate_limited', 'too many requests (injected)', { 'Retry-After': String(f.retryAfterSeconds ?? 1) })
        : f.p500 && random() < f.p500
          ? apiError(500, 'internal_error', 'internal error (injected)')
          : f.p503 && random() < f.p503
            ? apiError(503, 'service_unavailable', 'service unavailable (injected)')
            : null;
    const answer = drop || injected ? null : answerFor(req, method, fullPath, query, tooLarge, parsed);
    const prepared = answer ? prepare(answer.answer, answer.headers) : injected ? prepare(injected, {}) : null;
    if (delay > 0) await timer.until(deadline);
    if (res.destroyed) return finish();
    if (drop) {
      entry.injected = true;
      req.socket.destroy();
      return finish();
    }
    if (injected) entry.injected = true;
    entry.status = (injected ?? answer?.answer)?.status ?? 0;
    if (prepared) write(res, prepared);
  }

  function answerFor(
    req: IncomingMessage,
    method: string,
    fullPath: string,
    query: string,
    tooLarge: boolean,
    parsed: { value: unknown; error?: string },
  ): { answer: Answer; headers: Record<string, string> } {
    const auth = authenticate(req);
    if (isAnswer(auth)) return { answer: auth, headers: { ...UNLIMITED_RATE_HEADERS } };
    // Without --rate-limit the simulator still keeps the contract of every response carrying the RateLimit-* headers.
    const headers: Record<string, string> = { ...UNLIMITED_RATE_HEADERS };
    if (opts.rateLimit !== undefined && opts.rateLimit > 0) {
      let bucket = buckets.get(auth.token);
      if (!bucket) buckets.set(auth.token, (bucket = new TokenBucket(opts.rateLimit)));
      const taken = bucket.take();
      const h = bucket.headers();
      headers['RateLimit-Limit'] = String(h.limit);
      headers['RateLimit-Remaining'] = String(h.remaining);
      headers['RateLimit-Reset'] = String(h.reset);
      if (!taken.ok) {
        return { answer: apiError(429, 'rate_limited', `rate limit of ${h.limit} requests per second exceeded`, { 'Retry-After': String(taken.retryAfterSeconds) }), headers };
      }
    }
    if (basePath && !(fullPath === basePath || fullPath.startsWith(`${basePath}/`))) {
      return { answer: apiError(404, 'not_found', `no such endpoint (the API is served under ${basePath})`), headers };
    }
    if (tooLarge) return { answer: apiError(413, 'payload_too_large', `the body exceeds ${MAX_BODY_BYTES} bytes`), headers };
    let segments: string[];
    try {
      segments = fullPath.slice(basePath.length).split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return { answer: apiError(400, 'invalid_path', 'the path is not valid percent-encoding'), headers };
    }
    return { answer: route(method, segments, new URLSearchParams(query), auth, parsed), headers };
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, apiError(500, 'internal_error', err instanceof Error ? err.message : String(err)), {});
      else res.destroy();
    });
  });
  // Outlive the client's keep-alive (undici: 4 s) so an idle socket is never closed under a request in flight.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}${basePath}`,
    token: fullKey.token,
    requestLog,
    get maxInFlight() {
      return maxInFlight;
    },
    resetStats,
    stats,
    setFaults(next: SimFaults) {
      faults = { ...next };
      ruleHits = new Map();
    },
    snapshot,
    consoleEdit,
    stop: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      await timer.close();
    },
  };
}
