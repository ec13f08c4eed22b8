import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { detach } from './detach.js';
import { LIMITS } from './limits.js';
import { nodeAt, positionOf, type YamlSource } from './yaml-source.js';
import type { AcknowledgeableWarning, DesiredRoom, SourcePos } from './types.js';

/** One entry of a `members` list, as written (after schema validation). */
export interface MemberEntry {
  kind: 'email' | 'id' | 'group';
  /** lower-cased email, the id as written, or the group name */
  value: string;
  tx: boolean;
  expires?: string;
  /**
   * Where the list item starts (where "this entry" errors point) and where the email/id/group value itself is
   * written (where "this value" errors point), in the file that holds the entry. Numbers, not SourcePos objects:
   * a bank-scale tree has 250,000 entries, and their positions were most of what the tree load allocated.
   */
  line: number;
  column: number;
  valueLine: number;
  valueColumn: number;
}

type Placed = Pick<MemberEntry, 'line' | 'column' | 'valueLine' | 'valueColumn'>;

/**
 * A room file, schema-valid, not yet checked against the rest of the tree: the DesiredRoom it will become,
 * with its entries as written instead of the effective members.
 */
export type RoomFile = Omit<DesiredRoom, 'members' | 'expiring'> & { entries: MemberEntry[] };

/** What is readable of a file that failed its schema check. */
export interface PartialFile {
  entries: MemberEntry[];
  /** for a group file whose name is certain */
  group?: GroupFile;
}

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
  acknowledge?: AcknowledgeableWarning[];
}
type RawEntry =
  string | { user: string; tx?: boolean; expires?: string } | { group: string; tx?: boolean; expires?: string };

/** email when it has an @ (lower-cased: whoot compares emails case-insensitively), else a whoot user id. */
export function userKind(ref: string): { kind: 'email' | 'id'; value: string } {
  return ref.includes('@') ? { kind: 'email', value: ref.toLowerCase() } : { kind: 'id', value: ref };
}

/** Where the parts of a parsed file are, whichever reader parsed it (`yaml`, or the fast path). */
export interface FilePositions {
  /** the top of the document */
  top: SourcePos;
  /** where a top-level key's value is written (the key when the value is empty); undefined when absent */
  key(name: string): SourcePos | undefined;
  /**
   * Sets where the i-th item of `members` starts (the list itself when there is no such item) and where its `user`
   * or `group` value is written (the item itself when it is not a mapping that has one).
   */
  place(i: number, key: 'user' | 'group' | undefined, entry: Placed): void;
}

/** Positions in a file parsed by `yaml`. */
export function yamlPositions(source: YamlSource): FilePositions {
  const seq = nodeAt(source, ['members']);
  const items: unknown[] = isSeq(seq) ? seq.items : [];
  const itemAt = (i: number): Node | null => (items[i] ?? seq) as Node | null;
  const valueNode = (item: Node | null, key: 'user' | 'group' | undefined): Node | undefined => {
    if (key === undefined || !isMap(item)) return undefined;
    for (const p of item.items) if (isScalar(p.key) && p.key.value === key) return p.value as Node;
    return undefined;
  };
  return {
    top: positionOf(source, source.doc.contents),
    key: (name) => posOfKey(source, name),
    place: (i, key, entry) => {
      const item = itemAt(i);
      const pos = positionOf(source, item);
      const node = valueNode(item, key);
      const value = node === undefined ? pos : positionOf(source, node);
      entry.line = pos.line;
      entry.column = pos.column;
      entry.valueLine = value.line;
      entry.valueColumn = value.column;
    },
  };
}

function readEntry(at: FilePositions, i: number, entry: RawEntry): MemberEntry {
  const string = typeof entry === 'string';
  const isGroup = !string && 'group' in entry;
  const ref = string
    ? userKind(entry)
    : isGroup
      ? { kind: 'group' as const, value: entry.group }
      : userKind(entry.user);
  const tx = string ? false : (entry.tx ?? false);
  const e: MemberEntry = { kind: ref.kind, value: ref.value, tx, line: 0, column: 0, valueLine: 0, valueColumn: 0 };
  at.place(i, string ? undefined : isGroup ? 'group' : 'user', e);
  if (!string && entry.expires !== undefined) e.expires = entry.expires;
  return e;
}

function readEntries(at: FilePositions, raw: RawEntry[]): MemberEntry[] {
  const out: MemberEntry[] = new Array<MemberEntry>(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = readEntry(at, i, raw[i] as RawEntry);
  return out;
}

/** An entry of a file that failed its schema check, when it is well-formed itself (else undefined). */
function wellFormedEntry(entry: unknown): RawEntry | undefined {
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const e = entry as Record<string, unknown>;
  const tx = typeof e.tx === 'boolean' ? e.tx : false;
  const expires = typeof e.expires === 'string' ? { expires: e.expires } : {};
  if (typeof e.group === 'string' && e.group !== '' && !('user' in e)) return { group: e.group, tx, ...expires };
  if (typeof e.user === 'string' && !('group' in e)) return { user: e.user, tx, ...expires };
  return undefined;
}

/**
 * The well-formed member entries of a file that failed its schema check (a misspelt key elsewhere, one bad
 * email): checked against the rest of the tree all the same, so an unknown group is reported in the same run.
 */
export function readPartialEntries(source: YamlSource): MemberEntry[] {
  const value = source.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const members = (value as { members?: unknown }).members;
  // A list over the limit is refused as a whole: its entries are not checked one by one.
  if (!Array.isArray(members) || members.length > LIMITS.maxMembers) return [];
  const at = yamlPositions(source);
  const out: MemberEntry[] = [];
  members.forEach((m, i) => {
    const entry = wellFormedEntry(m);
    if (entry !== undefined) out.push(readEntry(at, i, entry));
  });
  return out;
}

/**
 * A group file that failed its schema check, as far as it can be read: its name when that is certain (a
 * string `name`, or no `name` at all) and its well-formed entries. Undefined when the name is not certain.
 */
export function readPartialGroupFile(source: YamlSource): GroupFile | undefined {
  const value = source.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const name = (value as { name?: unknown }).name;
  if (name !== undefined && (typeof name !== 'string' || name === '')) return undefined;
  const top = positionOf(source, source.doc.contents);
  return {
    file: source.file,
    pos: top,
    name: name ?? baseName(source.file),
    namePos: name !== undefined ? (posOfKey(source, 'name') ?? top) : top,
    entries: readPartialEntries(source),
  };
}

const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');

function posOfKey(source: YamlSource, key: string): SourcePos | undefined {
  const node = nodeAt(source, [key]);
  return node === source.doc.contents ? undefined : positionOf(source, node);
}

/** Read a schema-valid room document into a RoomFile with the position of every part. */
export function readRoomFile(file: string, value: unknown, at: FilePositions): RoomFile {
  const raw = value as RawRoom;
  const room: RoomFile = {
    file,
    pos: at.top,
    mode: raw.mode ?? 'authoritative',
    membersPos: at.key('members') ?? at.top,
    entries: readEntries(at, raw.members),
  };
  if (raw.name !== undefined) {
    room.name = detach(raw.name);
    room.namePos = at.key('name');
  }
  if (raw.id !== undefined) {
    room.id = detach(raw.id);
    room.idPos = at.key('id');
  }
  if (raw.display_name !== undefined) {
    room.displayName = detach(raw.display_name);
    room.displayNamePos = at.key('display_name');
  }
  if (raw.external_id !== undefined) {
    room.externalId = raw.external_id === null ? null : detach(raw.external_id);
    room.externalIdPos = at.key('external_id');
  }
  if (raw.acknowledge !== undefined && raw.acknowledge.length > 0) room.acknowledge = [...raw.acknowledge];
  return room;
}

/** Read a schema-valid group document; the name defaults to the file name without extension. */
export function readGroupFile(file: string, value: unknown, at: FilePositions): GroupFile {
  const raw = value as { name?: string; members: RawEntry[] };
  return {
    file,
    pos: at.top,
    name: raw.name === undefined ? baseName(file) : detach(raw.name),
    namePos: raw.name !== undefined ? (at.key('name') ?? at.top) : at.top,
    entries: readEntries(at, raw.members),
  };
}
