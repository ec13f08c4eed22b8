import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { nodeAt, positionOf, type YamlSource } from './yaml-source.js';
import type { DesiredRoom, SourcePos } from './types.js';

/** One entry of a `members` list, as written (after schema validation). */
export interface MemberEntry {
  kind: 'email' | 'id' | 'group';
  /** lower-cased email, the id as written, or the group name */
  value: string;
  tx: boolean;
  expires?: string;
  /** the list item (where "this entry" errors point) */
  pos: SourcePos;
  /** the email/id/group value itself (where "this value" errors point) */
  valuePos: SourcePos;
}

/**
 * A room file, schema-valid, not yet checked against the rest of the tree: the DesiredRoom it will become,
 * with its entries as written instead of the effective members.
 */
export type RoomFile = Omit<DesiredRoom, 'members' | 'expiring'> & { entries: MemberEntry[] };

/** A group file, schema-valid. */
export interface GroupFile {
  file: string;
  pos: SourcePos;
  name: string;
  /** where the name is written, or the top of the file when it defaults to the file name */
  namePos: SourcePos;
  entries: MemberEntry[];
}

interface RawRoom {
  name?: string;
  id?: string;
  display_name?: string;
  external_id?: string | null;
  mode?: 'authoritative' | 'additive';
  members: RawEntry[];
}
type RawEntry = string | { user: string; tx?: boolean; expires?: string } | { group: string; tx?: boolean; expires?: string };

/** email when it has an @ (lower-cased: whoot compares emails case-insensitively), else a whoot user id. */
export function userKind(ref: string): { kind: 'email' | 'id'; value: string } {
  return ref.includes('@') ? { kind: 'email', value: ref.toLowerCase() } : { kind: 'id', value: ref };
}

function readEntries(source: YamlSource, raw: RawEntry[]): MemberEntry[] {
  const seq = nodeAt(source, ['members']);
  const items: unknown[] = isSeq(seq) ? seq.items : [];
  const out: MemberEntry[] = new Array<MemberEntry>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i] as RawEntry;
    const item = (items[i] ?? seq) as Node | null;
    const pos = positionOf(source, item);
    if (typeof entry === 'string') {
      const ref = userKind(entry);
      out[i] = { kind: ref.kind, value: ref.value, tx: false, pos, valuePos: pos };
      continue;
    }
    const isGroup = 'group' in entry;
    let valueNode: Node | undefined;
    if (isMap(item)) {
      for (const p of item.items) {
        if (isScalar(p.key) && p.key.value === (isGroup ? 'group' : 'user')) {
          valueNode = p.value as Node;
          break;
        }
      }
    }
    const ref = isGroup ? { kind: 'group' as const, value: entry.group } : userKind(entry.user);
    const e: MemberEntry = { kind: ref.kind, value: ref.value, tx: entry.tx ?? false, pos, valuePos: valueNode ? positionOf(source, valueNode) : pos };
    if (entry.expires !== undefined) e.expires = entry.expires;
    out[i] = e;
  }
  return out;
}

function posOfKey(source: YamlSource, key: string): SourcePos | undefined {
  const node = nodeAt(source, [key]);
  return node === source.doc.contents ? undefined : positionOf(source, node);
}

/** Read a schema-valid room document into a RoomFile with the position of every part. */
export function readRoomFile(source: YamlSource): RoomFile {
  const raw = source.value as RawRoom;
  const room: RoomFile = {
    file: source.file,
    pos: positionOf(source, source.doc.contents),
    mode: raw.mode ?? 'authoritative',
    membersPos: positionOf(source, nodeAt(source, ['members'])),
    entries: readEntries(source, raw.members),
  };
  if (raw.name !== undefined) {
    room.name = raw.name;
    room.namePos = posOfKey(source, 'name');
  }
  if (raw.id !== undefined) {
    room.id = raw.id;
    room.idPos = posOfKey(source, 'id');
  }
  if (raw.display_name !== undefined) {
    room.displayName = raw.display_name;
    room.displayNamePos = posOfKey(source, 'display_name');
  }
  if (raw.external_id !== undefined) {
    room.externalId = raw.external_id;
    room.externalIdPos = posOfKey(source, 'external_id');
  }
  return room;
}

/** Read a schema-valid group document; the name defaults to the file name without extension. */
export function readGroupFile(source: YamlSource): GroupFile {
  const raw = source.value as { name?: string; members: RawEntry[] };
  const top = positionOf(source, source.doc.contents);
  const base = source.file.slice(source.file.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
  return {
    file: source.file,
    pos: top,
    name: raw.name ?? base,
    namePos: raw.name !== undefined ? (posOfKey(source, 'name') ?? top) : top,
    entries: readEntries(source, raw.members),
  };
}
