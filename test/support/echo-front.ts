/**
 * A front for the simulator that forwards every request, except the member writes (`PUT /rooms/{id}/members`),
 * which it answers with an error echoing the request's Authorization header in one of the shapes servers and
 * proxies really use. For the "nothing leaks, whatever a server echoes" tests of the CLI and the Action.
 */
import { proxy, type OwnAnswer } from '../e2e/helpers.js';

export interface EchoShape {
  name: string;
  /** what the CLI's error for the room then says (the key redacted where the server put it) */
  reported: string;
  answer: (auth: string) => OwnAnswer;
}

const key = (auth: string): string => auth.replace(/^Bearer /, '');

/** Each shape echoes the key raw, with `Bearer `, URL-encoded and base64 somewhere in the answer. */
export const ECHO_SHAPES: EchoShape[] = [
  {
    name: '{"error":"…"}',
    reported: '403 forbidden: forbidden for Bearer [REDACTED]',
    answer: (a) => ({ status: 403, body: { error: `forbidden for ${a}` } }),
  },
  {
    name: '{"error":{"code","message"}}',
    reported: '403 Bearer [REDACTED]: header Bearer%20[REDACTED] rejected',
    answer: (a) => ({ status: 403, body: { error: { code: a, message: `header ${encodeURIComponent(a)} rejected` } } }),
  },
  {
    name: '{"code","message"}',
    reported: '403 denied_[REDACTED]: key=[REDACTED]',
    answer: (a) => ({ status: 403, body: { code: `denied_${key(a)}`, message: `key=${key(a)}` } }),
  },
  {
    name: 'error_description',
    reported: '401 invalid_token: token [REDACTED] (Bearer [REDACTED])',
    answer: (a) => ({
      status: 401,
      body: { error: 'invalid_token', error_description: `token ${Buffer.from(key(a)).toString('base64')} (${a})` },
    }),
  },
  {
    name: 'plain text',
    reported: '403 forbidden: Forbidden',
    answer: (a) => ({ status: 403, text: `Forbidden: ${a}\nbase64 ${btoa(a)}` }),
  },
  {
    name: 'header values',
    reported: '403 forbidden: see headers',
    answer: (a) => ({
      status: 403,
      body: { error: { code: 'forbidden', message: 'see headers' } },
      headers: {
        'www-authenticate': `Bearer realm="whoot", error="invalid_token", token="${key(a)}"`,
        'x-echo-authorization': a,
      },
    }),
  },
];

export interface EchoFront {
  url: string;
  stop: () => Promise<void>;
}

/** Forward to `target`; answer member writes with `shape`. */
export function echoFront(target: string, shape: EchoShape): Promise<EchoFront> {
  return proxy(target, {
    answer: (method, path, headers) =>
      method === 'PUT' && /^\/rooms\/[^/]+\/members/.test(path)
        ? shape.answer(String(headers.authorization))
        : undefined,
  });
}

/** Every form of `key` a leak could take: raw, URL-encoded, base64 (of the key and of `Bearer key`). */
export function keyForms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), btoa(`Bearer ${secret}`)];
}
