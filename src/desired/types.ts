/**
 * A position in a source file of the desired-state tree. Paths are relative to the tree root (`--dir`), `/`-separated.
 */
export interface SourcePos {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

/** One problem found in the tree (YAML, schema or semantic), compiler style. */
export interface SourceError extends SourcePos {
  message: string;
  /** the policy rule broken (`policy.domains`, `policy.barriers.<name>`, …), for a policy.yaml violation */
  rule?: string;
}

/** How a room file refers to a user: an email (stored lower-cased) or a whoot user id (UUID). */
export interface UserRef {
  kind: 'email' | 'id';
  /** lower-cased email, or the id as written */
  value: string;
}

/**
 * A user the room should contain, after groups are expanded and expired entries dropped.
 * One per distinct reference; the planner merges references that resolve to the same live user.
 */
export interface DesiredMember {
  ref: UserRef;
  /** true if any entry that brings this user grants transmit */
  tx: boolean;
  /**
   * Where the room-file entry (or group entry chain start) that brings the user is written, first one in file order:
   * where errors point. Always in the room's own file. Two numbers rather than a SourcePos: at bank scale (250,000
   * members) one position object each is ~11 MB, and the heap that grows around them ~40 MB of peak RSS.
   */
  line: number;
  column: number;
  /** the group names this user came through, if any (empty for a direct entry) */
  via: string[];
}

/** An entry whose `expires` date is today or within the next 7 days: still counts, shown as a notice. */
export interface ExpiringEntry {
  ref: UserRef | { kind: 'group'; value: string };
  /** YYYY-MM-DD: from this date (UTC) the entry no longer counts */
  expires: string;
  pos: SourcePos;
}

/**
 * Access a room-file entry would still bring had its `expires` date not passed: one per user it brings. Kept so
 * that a removal or a transmit downgrade can be told apart from drift, and cite the entry and its date.
 */
export interface ExpiredGrant {
  ref: UserRef;
  tx: boolean;
  /** YYYY-MM-DD, on or before the state's `today` */
  expires: string;
  /** the expired room-file entry */
  pos: SourcePos;
  /** the group names this user came through, if any */
  via: string[];
}

export interface DesiredRoom {
  /** the file that manages this room, relative to the tree root */
  file: string;
  /** position of the room document (top of the mapping) */
  pos: SourcePos;
  name?: string;
  namePos?: SourcePos | undefined;
  id?: string;
  idPos?: SourcePos | undefined;
  /** undefined = key absent = not managed */
  displayName?: string;
  displayNamePos?: SourcePos | undefined;
  /** undefined = key absent = not managed; null = remove the SCIM mapping */
  externalId?: string | null;
  externalIdPos?: SourcePos | undefined;
  mode: 'authoritative' | 'additive';
  /** effective members, sorted by ref value; expired entries already left out */
  members: DesiredMember[];
  expiring: ExpiringEntry[];
  /** what the expired entries would bring, in file order; absent when no entry has expired */
  expired?: ExpiredGrant[];
  /** position of the `members` key's value (where "room would become empty" points) */
  membersPos: SourcePos;
  /** warning codes the file acknowledges (`acknowledge:`): counted in the summary instead of repeated */
  acknowledge?: AcknowledgeableWarning[];
}

/** The warnings a room file may acknowledge. */
export type AcknowledgeableWarning = 'scim_mapped' | 'inactive_user';

export interface DesiredGroup {
  name: string;
  file: string;
  pos: SourcePos;
}

/** The validated desired-state tree: what the planner consumes. */
export interface DesiredState {
  /** sorted by file path */
  rooms: DesiredRoom[];
  groups: DesiredGroup[];
  /** the "today" (YYYY-MM-DD, UTC) used to drop expired entries */
  today: string;
}

/**
 * `deferred`: checks that could not be made because they depend on a file with errors (a group reference when a
 * group file does not parse), said in words so the output does not claim to be complete.
 */
export type LoadResult =
  { ok: true; desired: DesiredState } | { ok: false; errors: SourceError[]; deferred?: string[] };
