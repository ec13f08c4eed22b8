/**
 * Live whoot state as the live reader assembles it. The per-item types are the client's decoded answers and live
 * in src/whoot/types.ts; they are re-exported here for the modules that import them from this file.
 */
import type { LiveMember, LiveRoom, LiveUser } from '../whoot/types.js';

export type { LiveMember, LiveRoom, LiveUser };

export interface LiveState {
  users: LiveUser[];
  rooms: LiveRoom[];
  /** members of managed rooms only, keyed by room id; unmanaged rooms are never read */
  members: Record<string, LiveMember[]>;
  /**
   * Managed rooms whose member list could not be proved complete (room id → why): they are absent from
   * `members`, so the planner errors them and nothing is ever written from what was read.
   */
  unread?: Record<string, string>;
}
