import type { ReviewedPlan } from '../apply/types.js';

/** A plan file (`plan --out`) that cannot serve as a review record. */
export class PlanFileError extends Error {
  override name = 'PlanFileError';
}

/**
 * Read the review record out of a JSON plan written by `plan --out`: the whole-plan fingerprint and each listed
 * room's fingerprint. The file is data only: it is compared against a fresh plan, never executed.
 */
export function reviewedPlanFromJson(text: string, source = 'plan file'): ReviewedPlan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new PlanFileError(`${source}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(data) || data.format_version !== 1) {
    throw new PlanFileError(
      `${source}: not a whoot-rooms plan (expected "format_version": 1; write one with \`plan --out FILE\`)`,
    );
  }
  if (typeof data.fingerprint !== 'string' || !data.fingerprint.startsWith('sha256:')) {
    throw new PlanFileError(`${source}: "fingerprint" is missing or not a sha256: value`);
  }
  if (!Array.isArray(data.rooms)) throw new PlanFileError(`${source}: "rooms" must be a list`);
  const rooms: Record<string, string> = {};
  data.rooms.forEach((room: unknown, i) => {
    if (!isRecord(room) || typeof room.id !== 'string' || typeof room.fingerprint !== 'string') {
      throw new PlanFileError(`${source}: rooms[${i}] needs a string "id" and "fingerprint"`);
    }
    // Errored rooms (no live id) can never be applied, so they carry nothing to approve.
    if (room.id !== '') rooms[room.id] = room.fingerprint;
  });
  return { fingerprint: data.fingerprint, rooms };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
