import { stringify } from 'yaml';
import type { LiveMember, LiveRoom, LiveState, LiveUser } from '../live/types.js';

/** One file `export` writes: its path under the tree root and its text. */
export interface ExportedFile {
  /** `/`-separated, relative to the tree root, e.g. `rooms/equities-desk.yaml` */
  path: string;
  text: string;
  roomId: string;
  roomName: string;
  members: number;
}

/**
 * Live state as a desired-state tree, one room file per room: `id` pinned, members sorted by email (a plain
 * string for listen-only, `{ user, tx: true }` for transmit), and `display_name` / `external_id` only where
 * they carry information. Planning the result against the same live state shows no changes. Pure.
 */
export function exportTree(live: LiveState, rooms: readonly LiveRoom[], schemaUrl: string): ExportedFile[] {
  const emails = new Map<string, string>(live.users.map((u: LiveUser) => [u.id, u.email.toLowerCase()]));
  const sorted = [...rooms].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
  const nameCount = new Map<string, number>();
  for (const r of live.rooms) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
  const paths = uniquePaths(sorted);

  return sorted.map((room) => {
    const members = (live.members[room.id] ?? []).map((m: LiveMember) => ({
      ref: emails.get(m.user_id) ?? m.email?.toLowerCase() ?? m.user_id,
      tx: m.tx_permission,
    }));
    members.sort((a, b) => cmp(a.ref, b.ref));
    // Two live rooms with one name cannot both be managed by name: the file is keyed by id alone.
    const sharedName = (nameCount.get(room.name) ?? 0) > 1;
    const doc: Record<string, unknown> = {};
    if (!sharedName) doc.name = room.name;
    doc.id = room.id;
    // whoot shows the name when display_name is unset or equal to it: only a real difference is worth managing.
    if (room.display_name !== null && room.display_name !== undefined && room.display_name !== room.name)
      doc.display_name = room.display_name;
    // A SCIM mapping is exported so the plan warns about it; absent means "not managed", so null is left out.
    if (room.external_id !== null && room.external_id !== undefined) doc.external_id = room.external_id;
    doc.members = members.map((m) => (m.tx ? { user: m.ref, tx: true } : m.ref));
    const head = [
      `# yaml-language-server: $schema=${schemaUrl}`,
      ...(sharedName
        ? [`# name: ${JSON.stringify(room.name)} (several whoot rooms share this name; this one is pinned by id)`]
        : []),
    ];
    const text = `${head.join('\n')}\n${stringify(doc, { lineWidth: 0 })}`;
    return { path: paths.get(room.id) as string, text, roomId: room.id, roomName: room.name, members: members.length };
  });
}

/** A file name from a room name: lower-case ASCII letters, digits and dashes; never empty, never a path. */
export function safeFileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem === '' ? 'room' : stem;
}

function uniquePaths(rooms: readonly LiveRoom[]): Map<string, string> {
  const byStem = new Map<string, LiveRoom[]>();
  for (const r of rooms) {
    const stem = safeFileStem(r.name);
    byStem.set(stem, [...(byStem.get(stem) ?? []), r]);
  }
  const paths = new Map<string, string>();
  for (const [stem, list] of byStem) {
    if (list.length === 1) {
      paths.set((list[0] as LiveRoom).id, `rooms/${stem}.yaml`);
      continue;
    }
    // Names that clash once made safe get the start of their id (all of it if the starts clash too), so every
    // room has its own stable file.
    const compact = (r: LiveRoom) => r.id.replace(/[^a-zA-Z0-9]/g, '').toLowerCase();
    const short = new Set(list.map((r) => compact(r).slice(0, 8)));
    for (const r of list)
      paths.set(r.id, `rooms/${stem}-${short.size === list.length ? compact(r).slice(0, 8) : compact(r)}.yaml`);
  }
  return paths;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
