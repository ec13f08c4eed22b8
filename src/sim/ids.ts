import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from a namespace and a name (sha256, version nibble 5-style, RFC 4122 variant),
 * so the same seed always yields the same ids across runs and processes.
 */
export function deterministicId(namespace: 'user' | 'room' | 'key' | 'org', name: string): string {
  const h = createHash('sha256').update(`whoot-sim:${namespace}:${name}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** mulberry32: a tiny seeded PRNG so fault injection and jitter are reproducible from `randomSeed`. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
