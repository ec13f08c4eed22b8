/** The pure planner: matching, planning and fingerprints. */
export { plan, hasChanges, assemblePlan } from './plan.js';
export { guardReason, planRoom, type PlannedRoom } from './room.js';
export { indexUsers, indexLiveUsers, type UserIndex } from './users.js';
export { matchRooms, type RoomMatch, type RoomMatchResult } from './match.js';
export { roomFingerprint, planFingerprint, roomDigest, canonicalRoomChanges } from './fingerprint.js';
export type * from './types.js';
