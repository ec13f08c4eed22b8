import { roomDigest } from '../plan/fingerprint.js';

/**
 * True when a room's fresh fingerprint is the one a reviewer saw: the full `sha256:…` fingerprint, or the short
 * digest of the PR comment's machine block (`roomDigest`, which binds the room id in, so a digest cannot be
 * replayed for another room). At least 8 hex characters are required (a longer digest is compared over the length
 * `roomDigest` produces).
 */
export function matchesReview(roomId: string, freshFingerprint: string, reviewed: string): boolean {
  if (reviewed.startsWith('sha256:')) return reviewed === freshFingerprint;
  const given = reviewed.toLowerCase();
  if (!/^[0-9a-f]{8,}$/.test(given)) return false;
  const fresh = roomDigest(roomId, freshFingerprint);
  const n = Math.min(given.length, fresh.length);
  return given.length <= fresh.length ? fresh.startsWith(given) : given.slice(0, n) === fresh;
}
