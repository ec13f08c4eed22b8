import type { IncomingMessage } from 'node:http';

/** Documented request limit: a JSON body up to 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request's JSON body; `error` carries the parse failure, answered as 400 only by endpoints that read bodies. */
export interface ParsedBody {
  value: unknown;
  error?: string;
}

/** Read the body up to MAX_BODY_BYTES; beyond that keep draining (so the 413 can be answered) but stop buffering. */
export function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
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

/** An empty or oversized body parses to undefined: the 413 is answered before any endpoint looks at it. */
export function parseBody(raw: Buffer, tooLarge: boolean): ParsedBody {
  if (tooLarge || raw.length === 0) return { value: undefined };
  try {
    return { value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch (err) {
    return { value: undefined, error: err instanceof Error ? err.message : String(err) };
  }
}
