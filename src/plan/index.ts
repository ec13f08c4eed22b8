/** The pure planner: matching, planning and fingerprints. */
export { plan, hasChanges, guardReason, indexUsers, indexLiveUsers, planRoom, assemblePlan, type PlannedRoom, type UserIndex } from './plan.js';
export { matchRooms, type RoomMatch, type RoomMatchResult } from './match.js';
export { roomFingerprint, planFingerprint, roomDigest, canonicalRoomChanges } from './fingerprint.js';
export type * from './types.js';
