import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.js';

/** The canary API key: it must never appear in a log line or an error message. */
export const CANARY = 'whoot_canary_7f3a9c';

export interface SeenRequest {
  method: string;
  /** path with query */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedAnswer {
  status: number;
  /** an object/array is sent as JSON; a string as is */
  body?: unknown;
  headers?: Record<string, string>;
  /** destroy the socket instead of answering */
  drop?: boolean;
  /** wait before answering */
  delayMs?: number;
}

/**
 * A tiny loopback server answering from a script, for the shapes and failures the simulator never produces
 * (bare arrays, other error bodies, HTTP-date Retry-After, misbehaving pagination…). Records every request.
 */
export async function startScriptedServer(
  answer: (req: SeenRequest, index: number) => ScriptedAnswer | Promise<ScriptedAnswer>,
) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: SeenRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(r);
      void Promise.resolve(answer(r, seen.length - 1)).then(async (a) => {
        if (a.delayMs) await new Promise((done) => setTimeout(done, a.delayMs));
        if (a.drop) {
          req.socket.destroy();
          return;
        }
        const payload = a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
        const headers: Record<string, string> = { ...a.headers };
        if (typeof a.body === 'object') headers['Content-Type'] = 'application/json';
        if (!res.destroyed) res.writeHead(a.status, headers).end(payload);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A debug-level JSON logger writing into an array of lines, to assert on what was (and was not) logged. */
export function captureLogger(level = 'trace'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger({ level, format: 'json', destination }), lines };
}

/** Make the jitter deterministic and the waits tiny in retry tests. */
export const fastRetry = { retryBaseMs: 5, retryMaxDelayMs: 20, random: () => 0.5 } as const;

/** Run a promise expected to fail and return the error (fails the test when it resolves). */
export async function failure(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, it succeeded');
}
