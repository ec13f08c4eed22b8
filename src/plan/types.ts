import type { SourceError } from '../desired/types.js';

/** One membership change. `email` is the live user's email (lower-case) or the id when unknown. */
export interface MemberChange {
  user_id: string;
  email: string;
  tx_permission: boolean;
  /** set on a removal or a transmit → listen downgrade due only to an expired entry: that entry and its date */
  expired?: ExpiredCause;
}

/** The expired entry a change cites: its `expires` date (YYYY-MM-DD) and where it is written. */
export interface ExpiredCause {
  date: string;
  file: string;
  line: number;
}

export interface MetadataChange {
  from: string | null;
  to: string | null;
}

export interface ExpiringNotice {
  email: string;
  expires: string;
  file: string;
  line: number;
}

export interface RoomPlan {
  /** live room id; empty string for an errored room that matched nothing */
  id: string;
  name: string;
  file: string;
  /** sha256:… of this room's changes (canonical); stable across runs */
  fingerprint: string;
  add: MemberChange[];
  remove: MemberChange[];
  update: MemberChange[];
  metadata: { display_name?: MetadataChange; external_id?: MetadataChange };
  members_before: number;
  members_after: number;
  /** why the mass-removal guard blocks this room, or null */
  blocked: string | null;
  errors: SourceError[];
  expiring: ExpiringNotice[];
  mode: 'authoritative' | 'additive';
  /**
   * The complete member list to PUT (full replace), or null when membership is unchanged or the room errored.
   * Internal to apply: not part of the JSON contract.
   */
  put: Array<{ user_id: string; tx_permission: boolean }> | null;
}

export interface PlanWarning {
  code:
    | 'inactive_user'
    | 'scim_mapped'
    | 'blocked'
    | 'expiring'
    | 'unmanaged_scope'
    | 'count_mismatch'
    | 'confusable_email';
  message: string;
  file?: string;
  line?: number;
  room_id?: string;
  /** the room's file acknowledges this code (`acknowledge:`): renderers count it instead of repeating it */
  acknowledged?: true;
}

export interface PlanSummary {
  rooms_managed: number;
  rooms_changed: number;
  rooms_unchanged: number;
  rooms_unmanaged: number;
  add: number;
  remove: number;
  update: number;
  metadata: number;
  blocked: number;
  errored: number;
}

/** The plan: built once by the pure planner, rendered many ways, compared, stored. */
export interface Plan {
  format_version: 1;
  fingerprint: string;
  summary: PlanSummary;
  /** changed and errored rooms only (unchanged rooms are counted), blocked first, then by name */
  rooms: RoomPlan[];
  warnings: PlanWarning[];
  /**
   * Who the users named by the changes are (user id → person), so a reviewer sees a name, not only an address.
   * Filled by the planner; absent in a plan read back from JSON (not part of the JSON contract).
   */
  people?: Record<string, PlanPerson>;
}

/** A user the plan adds, removes or updates, as whoot knows them. */
export interface PlanPerson {
  display_name: string;
  /** other live users whose emails look the same (equal UTS #39 skeleton) */
  looks_like?: string[];
}

export interface PlanOptions {
  /** default 25 */
  maxRemovalPercent: number;
  /** lift the mass-removal guard */
  force?: boolean;
  /** restrict to rooms whose name (or file) matches one of these */
  only?: string[];
}
