// The reference client (issue 17): the smallest correct reader, and writer for apply, of the data whoot-rooms
// reads, over the same transport (keep-alive node:http, at most `concurrency` requests in flight). No YAML, no
// planning beyond comparing two member lists, no retries, no normalisation. The benchmark runs it side by side
// with whoot-rooms on the same simulator process: what it takes is what the network and the simulator allow.
import { Agent, request as httpRequest } from 'node:http';

/**
 * @param {{ url: string, token: string, concurrency: number, rate?: number, burst?: number }} opts
 *   rate/burst: pace request starts with a token bucket (`burst` − 2 tokens, `rate` per second) so that a
 *   server bucket of that size never answers 429 (2 tokens absorb arrival jitter); no pacing without `rate`.
 */
export function connect({ url, token, concurrency, rate, burst }) {
  const base = url.replace(/\/+$/, '');
  const agent = new Agent({ keepAlive: true });
  const queue = [];
  let active = 0;
  let requests = 0;
  let tokens = rate ? Math.max(1, (burst ?? rate) - 2) : Infinity;
  const capacity = tokens;
  let refilledAt = performance.now();
  let timer = null;

  function pump() {
    while (active < concurrency && queue.length > 0) {
      if (rate) {
        const now = performance.now();
        tokens = Math.min(capacity, tokens + ((now - refilledAt) / 1000) * rate);
        refilledAt = now;
        if (tokens < 1) {
          if (!timer) timer = setTimeout(() => ((timer = null), pump()), ((1 - tokens) / rate) * 1000);
          return;
        }
        tokens -= 1;
      }
      const job = queue.shift();
      active++;
      send(job.method, job.path, job.body)
        .then(job.resolve, job.reject)
        .finally(() => {
          active--;
          pump();
        });
    }
  }

  function send(method, path, body) {
    requests++;
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
      if (payload !== undefined)
        Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
      const req = httpRequest(`${base}${path}`, { method, headers, agent }, (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('error', reject);
        res.on('end', () => {
          if (res.statusCode >= 200 && res.statusCode < 300) resolve(text === '' ? null : JSON.parse(text));
          else reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 200)}`));
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Queues one request (FIFO); it starts when a slot (and, when paced, a token) is free. */
  const call = (method, path, body) =>
    new Promise((resolve, reject) => {
      queue.push({ method, path, body, resolve, reject });
      pump();
    });
  return { call, get: (path) => call('GET', path), requestCount: () => requests, close: () => agent.destroy() };
}

/**
 * Reads what a plan needs: GET /me, every user page, every room page, one member list per managed room,
 * each started as soon as what it depends on is known (the first page gives the total; a room page the ids).
 * @param {{ rooms: Array<{ name: string }> }} desired
 * @returns {Promise<{ userIds: Map<string, string>, rooms: Map<string, { id: string, name: string }>, members: Map<string, Array<{ user_id: string, tx_permission: boolean }>> }>}
 */
export async function readLive(api, desired) {
  const managed = new Set(desired.rooms.map((r) => r.name));
  const userIds = new Map();
  const rooms = new Map();
  const members = new Map();
  const pending = [];
  const track = (p) => (pending.push(p), p);
  const paged = (path, key, onItems) =>
    track(
      api.get(`${path}?limit=100&offset=0`).then((first) => {
        onItems(first[key]);
        const step = first.limit ?? 100;
        for (let offset = first[key].length; offset < first.total; offset += step)
          track(api.get(`${path}?limit=${step}&offset=${offset}`).then((p) => onItems(p[key])));
      }),
    );
  track(api.get('/me'));
  paged('/users', 'users', (users) => {
    for (const u of users) userIds.set(u.email.toLowerCase(), u.id);
  });
  paged('/rooms', 'rooms', (page) => {
    for (const room of page) {
      if (!managed.has(room.name)) continue;
      rooms.set(room.name, room);
      track(api.get(`/rooms/${room.id}/members`).then((m) => members.set(room.id, m.members)));
    }
  });
  // every request is tracked before the one that revealed it settles, so this sees them all
  for (let i = 0; i < pending.length; i++) await pending[i];
  return { userIds, rooms, members };
}

/** The member list a room should have (user id → transmit), and its changes against `live`. */
export function compare(room, live, userIds) {
  const want = new Map();
  for (const m of room.members) {
    const id = userIds.get(m.email.toLowerCase());
    if (id === undefined) throw new Error(`room ${room.name}: unknown user ${m.email}`);
    want.set(id, m.tx);
  }
  const have = new Map(live.map((m) => [m.user_id, m.tx_permission === true]));
  let add = 0;
  let update = 0;
  let remove = 0;
  for (const [id, tx] of want) {
    if (!have.has(id)) add++;
    else if (have.get(id) !== tx) update++;
  }
  for (const [id, tx] of have) {
    if (want.has(id)) continue;
    if (room.mode === 'additive')
      want.set(id, tx); // additive rooms keep whoever else is in them
    else remove++;
  }
  return {
    add,
    update,
    remove,
    changed: add + update + remove > 0,
    put: [...want].map(([user_id, tx_permission]) => ({ user_id, tx_permission })),
  };
}

const sameMembers = (a, b) => {
  if (a.length !== b.length) return false;
  const m = new Map(a.map((x) => [x.user_id, x.tx_permission === true]));
  return b.every((x) => m.get(x.user_id) === (x.tx_permission === true));
};

/**
 * plan: read, compare. apply: then, in `concurrency` workers, per changed room: read its members again (skip
 * the room when they differ from the first read) and PUT the full list.
 */
export async function run(api, desired, { apply = false, concurrency = 8 } = {}) {
  const live = await readLive(api, desired);
  const summary = { rooms_changed: 0, add: 0, remove: 0, update: 0, applied: 0, skipped: 0 };
  const changed = [];
  for (const room of desired.rooms) {
    const r = live.rooms.get(room.name);
    if (!r) throw new Error(`room ${room.name} not found`);
    const c = compare(room, live.members.get(r.id), live.userIds);
    if (!c.changed) continue;
    summary.rooms_changed++;
    summary.add += c.add;
    summary.remove += c.remove;
    summary.update += c.update;
    changed.push({ id: r.id, first: live.members.get(r.id), put: c.put });
  }
  if (apply) {
    let next = 0;
    const worker = async () => {
      while (next < changed.length) {
        const room = changed[next++];
        const fresh = (await api.get(`/rooms/${room.id}/members`)).members;
        if (!sameMembers(room.first, fresh)) {
          summary.skipped++;
          continue;
        }
        await api.call('PUT', `/rooms/${room.id}/members`, { members: room.put });
        summary.applied++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, changed.length) }, worker));
  }
  return summary;
}
