import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import type { RequestLogEntry, SimFaults, SimulatorHandle, SimulatorOptions } from './types.js';
import { handleAdmin, type AdminTarget } from './admin.js';
import { apiError, isAnswer, prepareAnswer, sendAnswer, writePrepared, type Answer } from './answer.js';
import { ConsoleEditor } from './console-edit.js';
import { createDeadlineTimer } from './deadline-timer.js';
import { FaultInjector } from './faults.js';
import { ApiHandlers } from './handlers.js';
import { seededRandom } from './ids.js';
import { ALL_SCOPES, authenticate, buildKeys } from './keys.js';
import { KeyRateLimits, UNLIMITED_RATE_HEADERS } from './rate-limit.js';
import { MAX_BODY_BYTES, parseBody, readBody, type ParsedBody } from './request-body.js';
import { RequestRecorder } from './request-log.js';
import { createRouter } from './routes.js';
import { SimState, loadStateFile, saveStateFile } from './state.js';

export { ALL_SCOPES, DEFAULT_TOKEN } from './keys.js';
export { MAX_BODY_BYTES } from './request-body.js';
export { MAX_PUT_MEMBERS } from './handlers.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

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
  const rateLimits = new KeyRateLimits(opts.rateLimit);
  const random = seededRandom(opts.randomSeed ?? Math.floor(Math.random() * 2 ** 32));
  const basePath = (opts.basePath ?? '').replace(/\/+$/, '');
  const adminEnabled = opts.adminEndpoints ?? true;
  const persist = (): void => {
    if (opts.statePath) saveStateFile(opts.statePath, state);
  };
  const faults = new FaultInjector(opts.faults, random);
  const recorder = new RequestRecorder(opts.maxLogEntries, opts.onRequest);
  const consoleEdits = new ConsoleEditor(state, persist);
  const route = createRouter(new ApiHandlers(state, persist));
  const t0 = performance.now();
  const timer = createDeadlineTimer();
  if ((opts.latencyMs ?? 0) > 0 || (opts.jitterMs ?? 0) > 0) timer.start();

  const admin: AdminTarget = {
    requestLog: recorder.log,
    stats: () => recorder.stats(),
    resetStats: () => recorder.reset(),
    snapshot: () => state.snapshot(),
    setFaults: (next: SimFaults) => faults.replace(next),
    currentFaults: () => faults.current,
    consoleEdit: (roomName, members) => consoleEdits.editNow(roomName, members),
    consoleEditAfterRead: (roomName, members, editOpts) =>
      consoleEdits.editAfterRead(roomName, members, editOpts?.afterReads),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const fullPath = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? '' : url.slice(q + 1);
    if (adminEnabled) {
      // Reachable at the root and under the base path, so `${sim.url}/_sim/stats` always works.
      if (fullPath.startsWith('/_sim/')) return handleAdmin(req, res, fullPath, admin);
      if (basePath && fullPath.startsWith(`${basePath}/_sim/`)) {
        return handleAdmin(req, res, fullPath.slice(basePath.length), admin);
      }
    }

    const start = performance.now();
    recorder.started();
    const time = Math.round(start - t0);
    const entry: RequestLogEntry = { method, path: fullPath, query, status: 0, time, durationMs: 0 };
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      entry.durationMs = Math.round((performance.now() - start) * 100) / 100;
      recorder.finished(entry);
    };
    res.on('close', finish);

    const { body: raw, tooLarge } = await readBody(req);
    const parsed = parseBody(raw, tooLarge);
    if (WRITE_METHODS.has(method) && parsed.value !== undefined) entry.body = parsed.value;

    const apiPath = basePath && fullPath.startsWith(basePath) ? fullPath.slice(basePath.length) || '/' : fullPath;
    const requestFaults = faults.arrive(method, apiPath);
    const ruleDelayMs = requestFaults.rule?.delayMs;
    if (ruleDelayMs) await sleep(ruleDelayMs);
    const forced = requestFaults.forcedAnswer();
    if (forced) {
      entry.injected = true;
      entry.status = forced.status;
      return sendAnswer(res, forced);
    }
    const spike = requestFaults.spikeMs();
    const delay = (opts.latencyMs ?? 0) + (opts.jitterMs ? random() * opts.jitterMs : 0) + spike;
    // The answer leaves `delay` ms after the request arrived, never earlier: computed just before that
    // moment (so the work overlaps the wait), then held until the deadline (src/sim/deadline-timer.ts: exact
    // to a fraction of a millisecond, where Node's timers are not). A rule's own delay comes on top.
    const deadline = (ruleDelayMs ? performance.now() : start) + delay;
    if (delay > 0) await timer.until(deadline - PREPARE_AHEAD_MS);
    if (res.destroyed) return finish();

    const injected = requestFaults.drawAtDeadline();
    const computed = injected === null ? answerFor(req, method, fullPath, query, tooLarge, parsed) : null;
    const shaped = computed && requestFaults.shapeList(computed.answer);
    // No answer at all for a drop: the client must see a dead connection, not an error status.
    const answer = injected === 'drop' ? null : (injected ?? shaped?.answer ?? null);
    const prepared = answer && prepareAnswer(answer, computed?.headers ?? {});
    if (delay > 0) await timer.until(deadline);
    if (res.destroyed) return finish();
    if (injected || shaped?.shaped) entry.injected = true;
    if (!answer || !prepared) {
      req.socket.destroy();
      return finish();
    }
    entry.status = answer.status;
    writePrepared(res, prepared);
    consoleEdits.answerServed(answer);
  }

  /** Auth → rate limit → base path → 413 → route: the decided order of checks. */
  function answerFor(
    req: IncomingMessage,
    method: string,
    fullPath: string,
    query: string,
    tooLarge: boolean,
    parsed: ParsedBody,
  ): { answer: Answer; headers: Record<string, string> } {
    const auth = authenticate(req, keys);
    if (isAnswer(auth)) return { answer: auth, headers: { ...UNLIMITED_RATE_HEADERS } };
    const { headers, refused } = rateLimits.admit(auth.token);
    if (refused) return { answer: refused, headers };
    if (basePath && !(fullPath === basePath || fullPath.startsWith(`${basePath}/`))) {
      return { answer: apiError(404, 'not_found', `no such endpoint (the API is served under ${basePath})`), headers };
    }
    if (tooLarge) {
      return { answer: apiError(413, 'payload_too_large', `the body exceeds ${MAX_BODY_BYTES} bytes`), headers };
    }
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
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) sendAnswer(res, apiError(500, 'internal_error', message));
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
    requestLog: admin.requestLog,
    get maxInFlight() {
      return recorder.maxInFlight;
    },
    resetStats: admin.resetStats,
    stats: admin.stats,
    setFaults: admin.setFaults,
    snapshot: admin.snapshot,
    consoleEdit: admin.consoleEdit,
    consoleEditAfterRead: admin.consoleEditAfterRead,
    stop: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      await timer.close();
    },
  };
}
