import { entryPos } from '../desired/entry-pos.js';
import type { GroupFile, RoomFile } from '../desired/model.js';
import { entryStatus } from '../desired/resolve.js';
import type { SourcePos, UserRef } from '../desired/types.js';

/** One room-file entry's grant of a room to one user. */
export interface Grant {
  /** the room-file entry (a user entry, or the group entry that brings the user) */
  pos: SourcePos;
  tx: boolean;
  expires?: string;
  /** the group chain from the entry's group inwards (`traders`, `equity-traders`); empty for a direct entry */
  via: string[];
}

/** Everyone a room file grants, with every entry that grants them (expired ones too). */
export interface RoomGrants {
  room: RoomFile;
  /** by `userKey`, in file order of the first grant */
  users: Map<string, { ref: UserRef; grants: Grant[] }>;
}

/** The key a user is known by: emails compared case-insensitively (ids too, as the loader does). */
export const userKey = (ref: UserRef): string => `${ref.kind}:${ref.value.toLowerCase()}`;

interface Brought {
  ref: UserRef;
  via: string[];
}

/** The users a group brings, recursively, each by the first chain in file order. The groups must be cycle-free. */
export function groupExpander(groups: readonly GroupFile[]): (name: string) => Brought[] {
  const byName = new Map(groups.map((g) => [g.name, g] as const));
  const memo = new Map<string, Brought[]>();
  const expand = (name: string, open: Set<string>): Brought[] => {
    const cached = memo.get(name);
    if (cached) return cached;
    const out: Brought[] = [];
    const seen = new Set<string>();
    open.add(name);
    for (const e of byName.get(name)?.entries ?? []) {
      if (e.kind === 'group' && open.has(e.value)) continue;
      const inner =
        e.kind === 'group'
          ? expand(e.value, open).map((u) => ({ ref: u.ref, via: [name, ...u.via] }))
          : [{ ref: { kind: e.kind, value: e.value }, via: [name] }];
      for (const u of inner) {
        const key = userKey(u.ref);
        if (!seen.has(key)) {
          seen.add(key);
          out.push(u);
        }
      }
    }
    open.delete(name);
    memo.set(name, out);
    return out;
  };
  return (name) => expand(name, new Set());
}

/** Every grant of every room file. Pure. */
export function treeGrants(rooms: readonly RoomFile[], groups: readonly GroupFile[]): RoomGrants[] {
  const expand = groupExpander(groups);
  return rooms.map((room) => {
    const users = new Map<string, { ref: UserRef; grants: Grant[] }>();
    for (const e of room.entries) {
      const direct: Brought = { ref: { kind: e.kind, value: e.value } as UserRef, via: [] };
      const brought = e.kind === 'group' ? expand(e.value) : [direct];
      const pos = entryPos(room.file, e);
      for (const u of brought) {
        const grant: Grant = { pos, tx: e.tx, via: u.via };
        if (e.expires !== undefined) grant.expires = e.expires;
        const key = userKey(u.ref);
        const had = users.get(key);
        if (had) had.grants.push(grant);
        else users.set(key, { ref: u.ref, grants: [grant] });
      }
    }
    return { room, users };
  });
}

/** Whether a grant still counts on `today` (an entry stops counting on its `expires` date). */
export const grantActive = (g: Grant, today: string): boolean => entryStatus(g.expires, today) !== 'expired';

/** `direct`, or the group chain `traders > equity-traders`. */
export const viaLabel = (g: Grant): string => (g.via.length === 0 ? 'direct' : g.via.join(' > '));

/** The room's label in messages: its name, else its id. */
export const roomName = (room: RoomFile): string => room.name ?? room.id ?? room.file;

/** A glob over `/`-separated paths: `**` any number of folders, `*` within one folder, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[\\^$.|+(){}[\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether a room file path matches any of the globs. */
export function matchesAny(globs: readonly string[]): (file: string) => boolean {
  const res = globs.map(globToRegExp);
  return (file) => res.some((r) => r.test(file));
}
