import type { ServerResponse } from 'node:http';

/**
 * Which envelope field of a successful list answer holds its items. Kept beside the body because fault rules
 * reshape list answers (truncate, bareArray) and console-edit hooks watch member lists being read, and neither
 * can find the items once the body has been reshaped.
 */
export interface ListAnswerInfo {
  itemsField: 'users' | 'rooms' | 'members';
  /** the room whose members these are (member lists only) */
  roomId?: string;
}

/** An answer: status, JSON body (undefined for 204), extra headers. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string> | undefined;
  list?: ListAnswerInfo;
}

/** The decided error body: `{"error":{"code","message"}}`. */
export function apiError(status: number, code: string, message: string, headers?: Record<string, string>): Answer {
  return { status, body: { error: { code, message } }, headers };
}

export function isAnswer(v: unknown): v is Answer {
  return typeof v === 'object' && v !== null && 'status' in v;
}

/** An answer serialised ahead of its deadline, so only the socket write remains when the moment comes. */
export interface PreparedAnswer {
  status: number;
  headers: Record<string, string | number>;
  payload: string | undefined;
}

export function prepareAnswer(answer: Answer, extraHeaders: Record<string, string>): PreparedAnswer {
  const payload = answer.body === undefined ? undefined : JSON.stringify(answer.body);
  const headers: Record<string, string | number> = { ...extraHeaders, ...answer.headers };
  if (payload !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = Buffer.byteLength(payload);
  }
  return { status: answer.status, headers, payload };
}

export function writePrepared(res: ServerResponse, prepared: PreparedAnswer): void {
  res.writeHead(prepared.status, prepared.headers);
  res.end(prepared.payload);
}

export function sendAnswer(res: ServerResponse, answer: Answer, extraHeaders: Record<string, string> = {}): void {
  writePrepared(res, prepareAnswer(answer, extraHeaders));
}
