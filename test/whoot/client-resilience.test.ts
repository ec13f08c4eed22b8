import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { startSimulator } from '../../src/sim/index.js';
import {
  connectionFromEnv,
  createWhootClient,
  WhootApiError,
  WhootConfigError,
  type WhootClientOptions,
} from '../../src/whoot/index.js';
import { parseRetryAfter } from '../../src/whoot/retry.js';
import {
  CANARY,
  captureLogger,
  failure,
  fastRetry,
  startScriptedServer,
  type ScriptedAnswer,
  type SeenRequest,
} from './helpers.js';

type Server = Awaited<ReturnType<typeof startScriptedServer>>;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function serve(
  answer: (req: SeenRequest, index: number) => ScriptedAnswer,
  opts: Partial<WhootClientOptions> = {},
) {
  const server = await startScriptedServer(answer);
  servers.push(server);
  const { logger, lines } = captureLogger();
  const client = createWhootClient({ baseUrl: server.url, token: CANARY, logger, ...fastRetry, ...opts });
  return { client, lines, seen: server.seen, url: server.url };
}

const room = { id: 'r1', name: 'Rates Desk', display_name: 'Rates Desk', external_id: null };
const putOk = { status: 200, body: { room_id: 'r1', members_added: 1, members_updated: 0, members_removed: 0 } };

describe('retries of idempotent calls', () => {
  it('retries a GET on 503 and 500, logging method, path and reason at debug', async () => {
    const { client, lines, seen } = await serve((_r, i) =>
      i === 0 ? { status: 503, body: 'down' } : i === 1 ? { status: 500, body: {} } : { status: 200, body: room },
    );
    expect(await client.getRoom('r1')).toMatchObject({ id: 'r1' });
    expect(seen).toHaveLength(3);
    const retries = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'retrying whoot api call');
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatchObject({
      level: 20,
      method: 'GET',
      path: '/rooms/r1',
      attempt: 1,
      reason: '503 service_unavailable',
    });
    expect(retries[1]).toMatchObject({ reason: '500 internal_error' });
  });

  it('retries a PUT on 429, honouring Retry-After in seconds (fractions too)', async () => {
    const { client, lines, seen } = await serve((_r, i) =>
      i === 0 ? { status: 429, body: {}, headers: { 'Retry-After': '0.05' } } : putOk,
    );
    expect((await client.replaceMembers('r1', [{ user_id: 'u', tx_permission: true }])).members_added).toBe(1);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.body).toBe(seen[0]?.body);
    expect(lines.join('')).toContain('"delayMs":50');
  });

  it('honours Retry-After as an HTTP date', async () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:05 GMT', Date.parse('2026-11-27T10:00:00Z'))).toBe(5000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 09:00:00 GMT', Date.parse('2026-11-27T10:00:00Z'))).toBe(0);
    expect(parseRetryAfter('soon')).toBeNull();
    const inOneSecond = new Date(Date.now() + 1000).toUTCString();
    const { client, lines } = await serve((_r, i) =>
      i === 0 ? { status: 503, body: {}, headers: { 'Retry-After': inOneSecond } } : { status: 200, body: room },
    );
    await client.getRoom('r1');
    const retry = lines
      .map((l) => JSON.parse(l) as { msg: string; delayMs?: number })
      .find((l) => l.msg === 'retrying whoot api call');
    expect(retry?.delayMs).toBeGreaterThan(0);
    expect(retry?.delayMs).toBeLessThanOrEqual(1000);
  });

  it('retries PATCH and DELETE on a dropped connection', async () => {
    const { client, seen } = await serve((r, i) =>
      i % 2 === 0 ? { status: 0, drop: true } : r.method === 'PATCH' ? { status: 200, body: room } : { status: 204 },
    );
    await client.patchRoom('r1', { display_name: 'Rates' });
    await client.removeMember('r1', 'u1');
    expect(seen.map((r) => r.method)).toEqual(['PATCH', 'PATCH', 'DELETE', 'DELETE']);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const { client, seen } = await serve(
      () => ({ status: 503, body: { error: { code: 'maintenance', message: 'back soon' } } }),
      { maxAttempts: 3 },
    );
    const err = await failure(client.listMembers('r1'));
    expect(err.message).toBe('GET /rooms/r1/members → 503 maintenance: back soon (gave up after 3 attempts)');
    expect(seen).toHaveLength(3);
  });

  it('gives up at once when Retry-After exceeds the total retry budget', async () => {
    const { client, seen } = await serve(() => ({ status: 429, body: {}, headers: { 'Retry-After': '120' } }), {
      maxRetryWaitMs: 1000,
    });
    const err = await failure(client.getRoom('r1'));
    expect(err.message).toContain('retry budget');
    expect(seen).toHaveLength(1);
  });

  it('never retries a permanent 4xx', async () => {
    const { client, seen } = await serve(() => ({
      status: 400,
      body: { error: { code: 'invalid_request', message: 'bad' } },
    }));
    await failure(client.replaceMembers('r1', []));
    expect(seen).toHaveLength(1);
  });

  it('times out a hung request, retries it, and reports a timeout', async () => {
    const { client, seen, url } = await serve(() => ({ status: 200, body: room, delayMs: 500 }), {
      timeoutMs: 50,
      maxAttempts: 2,
    });
    const err = await failure(client.getRoom('r1'));
    expect(err).toMatchObject({ status: 0, code: 'timeout' });
    // How long it waited, for which URL (issue 14 §4).
    expect(err.message).toBe(
      `GET /rooms/r1 → timeout: no answer within 50 ms from ${url}/rooms/r1 (gave up after 2 attempts)`,
    );
    expect(seen).toHaveLength(2);
  });

  it(
    'recovers from 30% injected 429s, 10% 503s, dropped connections and latency spikes past the timeout in the ' +
      'simulator',
    async () => {
      const sim = await startSimulator({
        seed: { users: Array.from({ length: 2000 }, (_, i) => ({ email: `t${i}@acme.com` })) },
        randomSeed: 3,
        faults: { p429: 0.3, p503: 0.1, pDrop: 0.1, pSpike: 0.1, spikeMs: 300, retryAfterSeconds: 0 },
      });
      try {
        const { logger, lines } = captureLogger('debug');
        const client = createWhootClient({
          baseUrl: sim.url,
          token: sim.token,
          logger,
          ...fastRetry,
          maxAttempts: 12,
          timeoutMs: 100,
        });
        const users = await client.listUsers();
        expect(users).toHaveLength(2000);
        expect(new Set(users.map((u) => u.id)).size).toBe(2000);
        const injected = new Set(sim.requestLog.filter((e) => e.injected).map((e) => e.status));
        expect([...injected].sort()).toEqual([0, 429, 503]); // 0 = a dropped connection
        expect(lines.join('')).toContain('"reason":"timeout"');
      } finally {
        await sim.stop();
      }
    },
  );
});

describe('POST is never retried', () => {
  it('does not retry a POST answered 503 or 429', async () => {
    const { client, seen } = await serve(() => ({ status: 503, body: {} }));
    const err = await failure(client.addMember('r1', 'u1'));
    expect(err).toMatchObject({ method: 'POST', status: 503 });
    expect(seen).toHaveLength(1);
  });

  it('does not retry a POST whose connection dropped, and says the change may have been applied', async () => {
    const { client, seen } = await serve(() => ({ status: 0, drop: true }));
    const err = await failure(client.addMember('r1', 'u1', true));
    expect(err.message).toContain('not retried (POST is not idempotent): the change may or may not have been applied');
    expect(seen).toHaveLength(1);
  });
});

describe('client-wide concurrency', () => {
  it(
    'bounds requests in flight across calls, and a queued request never times out while it waits for a ' + 'slot',
    async () => {
      const sim = await startSimulator({
        seed: { users: Array.from({ length: 20 }, (_, i) => ({ email: `t${i}@acme.com` })) },
        latencyMs: 100,
      });
      try {
        // 8 calls through 2 slots take 4 rounds (~400 ms): the last one waits ~300 ms for a slot, as long as the
        // timeout, which must therefore start when the slot is taken; one call (~100 ms) leaves room for a busy host.
        const client = createWhootClient({
          baseUrl: sim.url,
          token: sim.token,
          maxConcurrency: 2,
          timeoutMs: 300,
          maxAttempts: 1,
        });
        const users = await client.listUsers();
        const all = await Promise.all(users.slice(0, 8).map((u) => client.getUser(u.id)));
        expect(all).toHaveLength(8);
        expect(sim.maxInFlight).toBe(2);
      } finally {
        await sim.stop();
      }
    },
  );
});

describe('rate-limit pacing', () => {
  it('pauses new requests when RateLimit-Remaining reaches 0, instead of hammering into 429s', async () => {
    let pausedUntil = 0;
    const all = Array.from({ length: 300 }, (_, i) => ({ id: `u${i}`, email: `u${i}@acme.com` }));
    const { client, seen } = await serve((req): ScriptedAnswer => {
      const offset = Number(new URL(req.url, 'http://x').searchParams.get('offset'));
      if (Date.now() < pausedUntil) return { status: 429, body: {}, headers: { 'Retry-After': '1' } };
      if (offset === 0) {
        pausedUntil = Date.now() + 1000;
        return {
          status: 200,
          body: { users: all.slice(0, 100), total: 300, limit: 100 },
          headers: { 'RateLimit-Limit': '1', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '1' },
        };
      }
      return { status: 200, body: { users: all.slice(offset, offset + 100), total: 300, limit: 100 } };
    });
    expect(await client.listUsers()).toHaveLength(300);
    expect(seen).toHaveLength(3);
  });
});

describe('security', () => {
  it('refuses plain http to a non-loopback host with a clear error, allows loopback', () => {
    expect(() => createWhootClient({ baseUrl: 'http://api.whoot.me', token: CANARY })).toThrow(WhootConfigError);
    expect(() => createWhootClient({ baseUrl: 'http://api.whoot.me', token: CANARY })).toThrow(
      'refusing to send the API token over plain http to api.whoot.me: use https:// (plain http is allowed only ' +
        'for loopback hosts: 127.0.0.0/8, localhost, [::1])',
    );
    expect(() => createWhootClient({ baseUrl: 'http://10.0.0.5:4010', token: CANARY })).toThrow(/plain http/);
    expect(() => createWhootClient({ baseUrl: 'http://127.evil.com', token: CANARY })).toThrow(/plain http/);
    for (const ok of [
      'http://127.0.0.1:4010',
      'http://127.3.2.1',
      'http://localhost:4010/v1/acme',
      'http://[::1]:4010',
      'https://api.whoot.me/v1/acme',
    ]) {
      expect(() => createWhootClient({ baseUrl: ok, token: CANARY })).not.toThrow();
    }
    expect(() => createWhootClient({ baseUrl: 'ftp://api.whoot.me', token: CANARY })).toThrow(/https/);
    expect(() => createWhootClient({ baseUrl: 'https://user:pw@api.whoot.me', token: CANARY })).toThrow(/credentials/);
    expect(() => createWhootClient({ baseUrl: 'not a url', token: CANARY })).toThrow(/not a valid URL/);
  });

  it('never follows a redirect, so the Authorization header never reaches another host', async () => {
    const other = await startScriptedServer(() => ({ status: 200, body: room }));
    servers.push(other);
    const { client, seen } = await serve(() => ({ status: 307, headers: { Location: `${other.url}/rooms/r1` } }));
    const err = await failure(client.getRoom('r1'));
    expect(err).toMatchObject({ status: 307, code: 'redirect_refused' });
    expect(err.message).toContain('does not follow redirects');
    expect(other.seen).toHaveLength(0);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${CANARY}`);
  });

  it(
    'redacts the key from every field a server echoes it into: code, message, error_description, plain ' + 'text',
    async () => {
      const b64 = Buffer.from(`Bearer ${CANARY}`).toString('base64');
      const shapes: ScriptedAnswer[] = [
        { status: 403, body: { error: { code: `Bearer ${CANARY}`, message: 'forbidden' } } },
        { status: 403, body: { error: `Bearer ${CANARY}` } },
        { status: 403, body: { code: CANARY, message: `got ${encodeURIComponent(`Bearer ${CANARY}`)}` } },
        { status: 400, body: { error: `bad_${CANARY}`, error_description: `header was ${b64}` } },
        { status: 403, body: `Authorization: Bearer ${CANARY}` },
      ];
      for (const shape of shapes) {
        const { client } = await serve(() => shape, { maxAttempts: 1 });
        const e = await failure(client.getRoom('r1'));
        const text = `${e.message}\n${JSON.stringify(e)}`;
        expect(text).toContain('[REDACTED]');
        expect(text).not.toContain(CANARY);
        expect(text).not.toContain(encodeURIComponent(CANARY));
        expect(text).not.toContain(b64);
      }
    },
  );

  it(
    'keeps the canary token out of every log line and error message, at trace level, on every error ' + 'path',
    async () => {
      const { client, lines } = await serve(
        (r, i) => {
          if (r.url.startsWith('/echo'))
            return {
              status: 400,
              body: { error: { code: 'bad', message: `you sent Authorization: Bearer ${CANARY}` } },
            };
          if (r.url.startsWith('/rooms/drop')) return { status: 0, drop: true };
          return i % 2 === 0
            ? { status: 503, body: `upstream said ${CANARY}` }
            : { status: 401, body: { message: `key ${CANARY} revoked` } };
        },
        { maxAttempts: 2 },
      );
      const errors = [
        await failure(client.getRoom('x')),
        await failure(client.getUser('y')),
        await failure(client.listMembers('drop')),
        await failure(client.addMember('drop', 'u')),
        await failure(createWhootClient({ baseUrl: `${servers[0]!.url}/echo`, token: CANARY }).getRoom('z')),
      ];
      const unreachable = createWhootClient({
        baseUrl: 'http://127.0.0.1:9',
        token: CANARY,
        ...fastRetry,
        maxAttempts: 1,
      });
      errors.push(await failure(unreachable.listUsers()));
      const text =
        errors.map((e) => `${e.message}\n${String(e.stack)}\n${JSON.stringify(e)}`).join('\n') + lines.join('');
      expect(lines.length).toBeGreaterThan(3);
      expect(text).toContain('[REDACTED]');
      expect(text).not.toContain(CANARY);
    },
  );

  it('the logger redacts token and Authorization fields wherever they are attached', () => {
    const { logger, lines } = captureLogger('debug');
    logger.debug(
      { token: CANARY, headers: { authorization: `Bearer ${CANARY}` }, req: { headers: { authorization: CANARY } } },
      'request',
    );
    expect(lines.join('')).not.toContain(CANARY);
    expect(createLogger({ level: 'silent' }).level).toBe('silent');
  });

  it('sends the token only as a Bearer Authorization header', async () => {
    const { client, seen } = await serve(() => ({ status: 200, body: room }));
    await client.getRoom('r1');
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${CANARY}`);
    expect(seen[0]?.url).not.toContain(CANARY);
  });

  it('cancels waits and requests in flight when the signal aborts (SIGINT)', async () => {
    const controller = new AbortController();
    const { client } = await serve(() => ({ status: 200, body: room, delayMs: 2000 }), { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const err = await failure(client.getRoom('r1'));
    expect(err).toMatchObject({ code: 'aborted', status: 0 });
  });
});

describe('connectionFromEnv', () => {
  it('reads the token from WHOOT_API_TOKEN only, the URL from the flag, then WHOOT_API_URL, then the default', () => {
    expect(connectionFromEnv({ WHOOT_API_TOKEN: 't' })).toEqual({ baseUrl: 'https://api.whoot.me', token: 't' });
    expect(connectionFromEnv({ WHOOT_API_TOKEN: 't', WHOOT_API_URL: 'https://x.example/v1/acme' }).baseUrl).toBe(
      'https://x.example/v1/acme',
    );
    expect(
      connectionFromEnv(
        { WHOOT_API_TOKEN: 't', WHOOT_API_URL: 'https://x.example' },
        { apiUrl: 'http://127.0.0.1:4010' },
      ).baseUrl,
    ).toBe('http://127.0.0.1:4010');
    expect(
      connectionFromEnv({ WHOOT_API_TOKEN: 't', WHOOT_API_TIMEOUT_MS: '500', WHOOT_API_MAX_ATTEMPTS: '3' }),
    ).toMatchObject({ timeoutMs: 500, maxAttempts: 3 });
  });

  it('explains a missing token and refuses plain http to a remote host before any request', () => {
    expect(() => connectionFromEnv({})).toThrow('WHOOT_API_TOKEN is not set');
    expect(() => connectionFromEnv({ WHOOT_API_TOKEN: 't', WHOOT_API_URL: 'http://api.whoot.me' })).toThrow(
      /plain http/,
    );
    expect(() => connectionFromEnv({ WHOOT_API_TOKEN: 't', WHOOT_API_TIMEOUT_MS: 'soon' })).toThrow(
      'WHOOT_API_TIMEOUT_MS must be a positive integer',
    );
  });

  it('a client without a token is refused', () => {
    expect(() => createWhootClient({ baseUrl: 'https://api.whoot.me', token: '' })).toThrow(WhootApiError);
  });
});

describe('log redaction paths', () => {
  it('blanks the token in settings objects and env snapshots one level down', () => {
    const { logger, lines } = captureLogger('debug');
    logger.debug(
      {
        settings: { token: CANARY, apiUrl: 'https://api.whoot.me' },
        env: { WHOOT_API_TOKEN: CANARY },
        options: { headers: { Authorization: `Bearer ${CANARY}` } },
      },
      'settings',
    );
    expect(lines.join('')).toContain('https://api.whoot.me');
    expect(lines.join('')).not.toContain(CANARY);
  });
});
