// Request accounting from the simulator's request log, and the physical limits the cases compare against.
import { MARKER } from './processes.mjs';

/** The route a logged request belongs to (ids replaced), e.g. `GET /rooms/{id}/members`. */
export function routeOf(entry) {
  const path = entry.path.replace(/\/+$/, '');
  let route;
  if (path === '/me') route = '/me';
  else if (path === '/users') route = '/users';
  else if (/^\/users\/[^/]+$/.test(path)) route = '/users/{id}';
  else if (path === '/rooms') route = '/rooms';
  else if (/^\/rooms\/[^/]+$/.test(path)) route = '/rooms/{id}';
  else if (/^\/rooms\/[^/]+\/members$/.test(path)) route = '/rooms/{id}/members';
  else if (/^\/rooms\/[^/]+\/members\/[^/]+$/.test(path)) route = '/rooms/{id}/members/{userId}';
  else route = path;
  return `${entry.method} ${route}`;
}

/**
 * Summarises a request log: totals by method, by route and by status, 429s, the rooms written by PUT, and
 * (given the marker's send time and the CLI's start and end) the CLI's time before its first request and after
 * its last answer.
 * @param {Array<{ method: string, path: string, query?: string, status: number, time: number, durationMs: number }>} allEntries
 * @param {{ offsetMs: number, startedAt: number, endedAt: number }} [timing] offsetMs: harness clock minus the
 *   simulator's log clock (Sim.clockOffsetMs); startedAt/endedAt: the measured process on the harness clock
 */
export function summariseLog(allEntries, timing) {
  const marker = allEntries.find((e) => e.query?.includes(MARKER));
  const log = allEntries.filter((e) => e !== marker);
  const byMethod = {};
  const byRoute = {};
  const byStatus = {};
  const putRooms = new Map();
  const seen = new Set();
  let repeated = 0;
  let status429 = 0;
  for (const e of log) {
    // the same call twice: a retry (after a 429, 5xx, reset or timeout) or a redundant read
    const call = `${e.method} ${e.path}?${e.query ?? ''}`;
    if (seen.has(call)) repeated++;
    else seen.add(call);
    byMethod[e.method] = (byMethod[e.method] ?? 0) + 1;
    const route = routeOf(e);
    byRoute[route] = (byRoute[route] ?? 0) + 1;
    byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
    if (e.status === 429) status429++;
    if (route === 'PUT /rooms/{id}/members' && e.status >= 200 && e.status < 300) {
      putRooms.set(e.path, (putRooms.get(e.path) ?? 0) + 1);
    }
  }
  const writes = log.filter((e) => e.method !== 'GET' && e.method !== 'HEAD').length;
  // from the first request's arrival to the last answer: the part of the wall time spent on the network
  const networkMs =
    log.length === 0 ? 0 : Math.max(...log.map((e) => e.time + e.durationMs)) - Math.min(...log.map((e) => e.time));
  // With a marker and the CLI's start/end on the bench clock: how long the CLI ran before its first request
  // (start-up, loading the tree: whatever is not overlapped with the network) and after its last answer.
  let beforeFirstMs = null;
  let afterLastMs = null;
  if (timing && typeof timing.offsetMs === 'number' && log.length > 0) {
    const toBench = (simTime) => simTime + timing.offsetMs;
    beforeFirstMs = Math.max(0, toBench(Math.min(...log.map((e) => e.time))) - timing.startedAt);
    afterLastMs = Math.max(0, timing.endedAt - toBench(Math.max(...log.map((e) => e.time + e.durationMs))));
  }
  // the simulator's own time per request (added latency + handling): the limits assume exactly the latency
  const serverMs = log.length === 0 ? null : log.reduce((sum, e) => sum + e.durationMs, 0) / log.length;
  // how many requests were in flight on average between the first and the last: idle slots show up here
  const meanInFlight = networkMs > 0 ? log.reduce((sum, e) => sum + e.durationMs, 0) / networkMs : null;
  return {
    total: log.length,
    byMethod,
    byRoute,
    byStatus,
    status429,
    repeated,
    writes,
    putRooms,
    networkMs,
    beforeFirstMs,
    afterLastMs,
    serverMs,
    meanInFlight,
  };
}

/**
 * The request-count floor of reading live state: 1 GET /me + ceil(users/100) user pages + ceil(rooms/100)
 * room pages + one member list per managed room (the API's page size is at most 100).
 */
export function readFloor(meta) {
  const users = Math.ceil(meta.users / 100);
  const rooms = Math.ceil(meta.liveRooms / 100);
  return {
    total: 1 + users + rooms + meta.managedRooms,
    byRoute: { 'GET /me': 1, 'GET /users': users, 'GET /rooms': rooms, 'GET /rooms/{id}/members': meta.managedRooms },
  };
}

/**
 * The floor of an apply: the reads of a plan, then per changed room one verify read of its members (just before
 * its write) and one full-replace PUT.
 */
export function applyFloor(meta) {
  const read = readFloor(meta);
  const changed = meta.expected.changedRooms;
  return {
    total: read.total + 2 * changed,
    byRoute: {
      ...read.byRoute,
      'GET /rooms/{id}/members': read.byRoute['GET /rooms/{id}/members'] + changed,
      'PUT /rooms/{id}/members': changed,
    },
  };
}

/** ceil(requests / concurrency) × latency: no client can read faster over that connection budget. */
export function latencyLimitMs(requests, concurrency, latencyMs) {
  return Math.ceil(requests / concurrency) * latencyMs;
}

/** Differences between the requests seen and the floor, by route (empty when they match exactly). */
export function floorDiff(byRoute, floor) {
  const diff = [];
  const routes = new Set([...Object.keys(byRoute), ...Object.keys(floor.byRoute)]);
  for (const r of [...routes].sort()) {
    const seen = byRoute[r] ?? 0;
    const want = floor.byRoute[r] ?? 0;
    if (seen !== want) diff.push(`${r}: ${seen} (floor ${want})`);
  }
  return diff;
}
