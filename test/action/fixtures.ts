/** Small desired-state trees and matching simulator seeds for the Action's end-to-end tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { SimSeed } from '../../src/sim/seed-types.js';

export interface RoomSpec {
  name: string;
  members: Array<{ email: string; tx?: boolean }>;
  display_name?: string;
}

/** A temp checkout (the Action's GITHUB_WORKSPACE). */
export function makeWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'whoot-action-ws-'));
}

/** Write `rooms/<file>` under `treeDir` (inside the workspace). */
export function writeRoom(treeDir: string, file: string, room: RoomSpec): void {
  const path = join(treeDir, 'rooms', file);
  mkdirSync(dirname(path), { recursive: true });
  const doc: Record<string, unknown> = { name: room.name };
  if (room.display_name !== undefined) doc.display_name = room.display_name;
  doc.members = room.members.map((m) => (m.tx ? { user: m.email, tx: true } : m.email));
  writeFileSync(path, stringify(doc));
}

export function writeRawFile(treeDir: string, file: string, text: string): void {
  const path = join(treeDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export const emails = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}@acme.com`);

/** A seed with these users and rooms (members by email), plus a canary-scoped token when given. */
export function seedOf(users: string[], rooms: RoomSpec[], tokens?: SimSeed['tokens']): SimSeed {
  return {
    users: users.map((email) => ({ email })),
    rooms: rooms.map((r) => ({ name: r.name, members: r.members.map((m) => ({ email: m.email, tx: m.tx ?? false })) })),
    ...(tokens ? { tokens } : {}),
  };
}

export const ALL_SCOPES = ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'];
export const sha = (n: number): string => n.toString(16).padStart(40, 'a').slice(-40);
