/** Live whoot state as read from the Management API: what the planner compares against. */
export interface LiveUser {
  id: string;
  email: string;
  display_name: string;
  active: boolean;
}

export interface LiveRoom {
  id: string;
  name: string;
  /** null/undefined when the API omits it (tolerated); the simulator returns the name */
  display_name: string | null;
  /** null when the room has no SCIM group mapping */
  external_id: string | null;
  member_count?: number;
}

export interface LiveMember {
  user_id: string;
  tx_permission: boolean;
  email?: string;
}

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
