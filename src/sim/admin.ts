import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimFaults, SimulatorHandle } from './types.js';
import { apiError, sendAnswer } from './answer.js';
import { readBody } from './request-body.js';

/** What the admin endpoints reach into: the same operations the in-process handle offers. */
export type AdminTarget = Pick<
  SimulatorHandle,
  'stats' | 'resetStats' | 'requestLog' | 'snapshot' | 'setFaults' | 'consoleEdit' | 'consoleEditAfterRead'
> & { currentFaults(): SimFaults };

interface ConsoleEditBody {
  room?: string;
  members?: Array<{ email: string; tx?: boolean }>;
  after_reads?: number;
}

/**
 * The simulator-only endpoints under `/_sim/` (no auth, not part of the whoot API, not counted in the stats or
 * log). Any failure, including a body that is not JSON, is a 400 carrying the reason.
 */
export async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string, sim: AdminTarget) {
  const method = req.method ?? 'GET';
  const { body, tooLarge } = await readBody(req);
  const json = (): unknown => (body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {});
  try {
    if (tooLarge) return sendAnswer(res, apiError(413, 'payload_too_large', 'body too large'));
    if (path === '/_sim/stats' && method === 'GET') return sendAnswer(res, { status: 200, body: sim.stats() });
    if (path === '/_sim/reset-stats' && method === 'POST') {
      sim.resetStats();
      return sendAnswer(res, { status: 204 });
    }
    if (path === '/_sim/log' && method === 'GET') return sendAnswer(res, { status: 200, body: sim.requestLog });
    if (path === '/_sim/state' && method === 'GET') return sendAnswer(res, { status: 200, body: sim.snapshot() });
    if (path === '/_sim/faults' && method === 'PUT') {
      sim.setFaults(json() as SimFaults);
      return sendAnswer(res, { status: 200, body: sim.currentFaults() });
    }
    if (path === '/_sim/console-edit' && method === 'POST') {
      const b = json() as ConsoleEditBody;
      if (b.after_reads === undefined) {
        sim.consoleEdit(String(b.room), b.members ?? []);
        return sendAnswer(res, { status: 204 });
      }
      sim.consoleEditAfterRead(String(b.room), b.members ?? [], { afterReads: b.after_reads });
      // Accepted, not done: the edit happens after a later read of the room's members.
      return sendAnswer(res, { status: 202 });
    }
    return sendAnswer(res, apiError(404, 'not_found', 'no such simulator admin endpoint'));
  } catch (err) {
    return sendAnswer(res, apiError(400, 'invalid_request', err instanceof Error ? err.message : String(err)));
  }
}
