/**
 * Live whoot state as read from the Management API (the client's decoded answers): what the planner compares against.
 */
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

/** `GET /me`: the calling key's metadata. */
export interface WhootMe {
  key: { id: string; description?: string; prefix?: string; scopes: string[]; expires_at?: string | null };
  organisation?: { id: string; name: string };
}

export interface PutMembersResult {
  room_id: string;
  members_added: number;
  members_updated: number;
  members_removed: number;
}

export type Scope = 'api:users:read' | 'api:users:write' | 'api:rooms:read' | 'api:rooms:write';

/**
 * The typed whoot Management API client (implemented in src/whoot/client.ts over http.ts, paginate.ts and decode.ts).
 * Every method throws
 * `WhootApiError` (src/whoot/errors.ts) on a non-2xx answer after retries.
 */
export interface WhootApi {
  /** null when the deployment has no /me (404): the pre-flight scope check is skipped */
  me(): Promise<WhootMe | null>;
  /** fails before any other call when a scope is missing (message names it); skipped on a 404 /me */
  preflight(required: Scope[]): Promise<void>;
  listUsers(): Promise<LiveUser[]>;
  getUser(id: string): Promise<LiveUser>;
  patchUser(id: string, patch: { display_name?: string; active?: boolean }): Promise<LiveUser>;
  deactivateUser(id: string): Promise<void>;
  listRooms(): Promise<LiveRoom[]>;
  getRoom(id: string): Promise<LiveRoom>;
  patchRoom(id: string, patch: { display_name?: string; external_id?: string | null }): Promise<LiveRoom>;
  /** DELETE /rooms/{id}: removes the SCIM group mapping only */
  deleteRoomMapping(id: string): Promise<void>;
  listMembers(roomId: string): Promise<LiveMember[]>;
  /** POST: never retried blindly */
  addMember(
    roomId: string,
    userId: string,
    txPermission?: boolean,
  ): Promise<{ user_id: string; room_id: string; tx_permission: boolean }>;
  /** PUT full replace */
  replaceMembers(
    roomId: string,
    members: Array<{ user_id: string; tx_permission: boolean }>,
  ): Promise<PutMembersResult>;
  removeMember(roomId: string, userId: string): Promise<void>;
}
