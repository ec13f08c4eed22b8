import type { MemberDrift } from './verify.js';

/** What a reviewer approved: the plan fingerprint and, per room, its fingerprint (or a short digest of it). */
export interface ReviewedPlan {
  fingerprint: string;
  /**
   * room id → fingerprint (`sha256:…`) or digest (≥ 8 hex chars of sha256(room id + fingerprint)).
   * null: the reviewed record holds only the whole-plan fingerprint, so apply is all-or-nothing.
   */
  rooms: Record<string, string> | null;
}

export interface AppliedRoom {
  id: string;
  name: string;
  members_added: number;
  members_updated: number;
  members_removed: number;
  metadata: string[];
  /** set when the PUT response counts differ from the plan (someone edited the room meanwhile) */
  warning?: string;
}

export interface SkippedRoom {
  id: string;
  name: string;
  reason: 'blocked' | 'changed_since_review' | 'changed_since_plan' | 'errored' | 'interrupted' | 'not_reviewed';
  message: string;
  /** for `changed_since_plan`: who appeared, disappeared or changed permission between the plan's read and the write */
  changed?: MemberDrift;
}

export interface FailedRoom {
  id: string;
  name: string;
  error: string;
}

export interface ApplyReport {
  applied: AppliedRoom[];
  skipped: SkippedRoom[];
  failed: FailedRoom[];
  summary: { applied: number; skipped: number; failed: number; unchanged: number; interrupted: boolean };
}
