import { addDays } from '../desired/dates.js';
import { didYouMean } from '../desired/did-you-mean.js';
import type { GroupFile, RoomFile } from '../desired/model.js';
import type { SourcePos, UserRef } from '../desired/types.js';
import { grantActive, groupExpander, matchesAny, roomName, treeGrants, type Grant, type RoomGrants } from './grants.js';
import type { BarrierRule, Policy, PolicyError } from './types.js';

/** A user's active grants in one room (none: not a member today). */
interface Member {
  ref: UserRef;
  grants: Grant[];
}

/** The tree as policy rules see it: every room's members today, each with the entries that grant them. */
interface View {
  rooms: Array<{ room: RoomFile; members: Map<string, Member> }>;
  groups: readonly GroupFile[];
  today: string;
  cite: (pos: SourcePos) => string;
}

const key = (value: string): string => value.toLowerCase();
/** Rooms named in one barrier message: the rest are counted, so a message stays one readable line. */
const MAX_CITED = 3;
const through = (g: Grant): string => (g.via.length === 0 ? '' : ` (through group ${g.via.join(' > ')})`);
const violation = (pos: SourcePos, rule: string, message: string): PolicyError => ({ ...pos, rule, message });

function activeMembers(r: RoomGrants, today: string): Map<string, Member> {
  const out = new Map<string, Member>();
  for (const u of r.users.values()) {
    const grants = u.grants.filter((g) => grantActive(g, today));
    if (grants.length > 0) out.set(key(u.ref.value), { ref: u.ref, grants });
  }
  return out;
}

function domainErrors(policy: Policy, v: View): PolicyError[] {
  const rule = policy.domains;
  if (rule === undefined) return [];
  const guests = policy.guests;
  const out: PolicyError[] = [];
  const allowed = new Set(rule.domains);
  for (const { members } of v.rooms) {
    for (const m of members.values()) {
      if (m.ref.kind !== 'email' || allowed.has(m.ref.value.slice(m.ref.value.lastIndexOf('@') + 1))) continue;
      for (const g of m.grants) {
        if (guests !== undefined && g.expires !== undefined) {
          const latest = addDays(v.today, guests.maxDays);
          if (g.expires <= latest) continue;
          const message =
            `guest ${m.ref.value}${through(g)} has access until ${g.expires}, ` +
            `more than ${guests.maxDays} days after today (${v.today}): ` +
            `set \`expires\` to ${latest} or earlier ${v.cite(guests.pos)}`;
          out.push(violation(g.pos, 'policy.guests', message));
          continue;
        }
        const hint = guests === undefined ? '' : `; a guest needs \`expires\` at most ${guests.maxDays} days ahead`;
        const domains = rule.domains.join(', ');
        out.push(
          violation(
            g.pos,
            'policy.domains',
            `${m.ref.value}${through(g)} is not in an allowed domain (${domains})${hint} ${v.cite(rule.pos)}`,
          ),
        );
      }
    }
  }
  return out;
}

function transmitErrors(policy: Policy, v: View): PolicyError[] {
  const rule = policy.transmit;
  if (rule === undefined) return [];
  const names = v.groups.map((g) => g.name);
  if (!names.includes(rule.group)) {
    return [violation(rule.pos, 'policy.transmit', `unknown group "${rule.group}"${didYouMean(rule.group, names)}`)];
  }
  const licensed = new Set(groupExpander(v.groups)(rule.group).map((u) => key(u.ref.value)));
  const out: PolicyError[] = [];
  for (const { members } of v.rooms) {
    for (const [k, m] of members) {
      if (licensed.has(k)) continue;
      for (const g of m.grants.filter((x) => x.tx)) {
        out.push(
          violation(
            g.pos,
            'policy.transmit',
            `${m.ref.value}${through(g)} may not transmit: not a member of group "${rule.group}" ${v.cite(rule.pos)}`,
          ),
        );
      }
    }
  }
  return out;
}

function barrierErrors(b: BarrierRule, v: View): PolicyError[] {
  const [inA, inB] = [matchesAny(b.sides[0]), matchesAny(b.sides[1])];
  const except = new Set(b.except.map(key));
  // Who is on side A, and where: one pass, so the check stays linear in the tree's size.
  const onA = new Map<string, Array<View['rooms'][number]>>();
  for (const r of v.rooms.filter((x) => inA(x.room.file))) {
    for (const k of r.members.keys()) {
      if (except.has(k)) continue;
      const list = onA.get(k);
      if (list) list.push(r);
      else onA.set(k, [r]);
    }
  }
  const out: PolicyError[] = [];
  for (const r of v.rooms.filter((x) => inB(x.room.file))) {
    for (const [k, m] of r.members) {
      const others = (onA.get(k) ?? []).filter((a) => a.room !== r.room);
      if (others.length === 0) continue;
      const where = others.slice(0, MAX_CITED).map((a) => {
        const g = (a.members.get(k) as Member).grants[0] as Grant;
        const chain = g.via.length === 0 ? '' : `, through group ${g.via.join(' > ')}`;
        return `"${roomName(a.room)}" (${a.room.file}:${g.pos.line}${chain})`;
      });
      const more = others.length > MAX_CITED ? ` and ${others.length - MAX_CITED} more room(s) on that side` : '';
      const g = m.grants[0] as Grant;
      out.push(
        violation(
          g.pos,
          `policy.barriers.${b.name}`,
          `${m.ref.value}${through(g)} is also a member of ${where.join(', ')}${more} ${v.cite(b.pos)}`,
        ),
      );
    }
  }
  return out;
}

function requiredMemberErrors(policy: Policy, v: View): PolicyError[] {
  const out: PolicyError[] = [];
  for (const rule of policy.requiredMembers) {
    const matches = matchesAny(rule.rooms);
    for (const r of v.rooms.filter((x) => matches(x.room.file))) {
      for (const m of rule.members) {
        if (r.members.has(key(m))) continue;
        out.push(
          violation(
            r.room.membersPos,
            'policy.required-members',
            `${m} must be a member of room "${roomName(r.room)}" ${v.cite(rule.pos)}`,
          ),
        );
      }
    }
  }
  return out;
}

function limitErrors(policy: Policy, v: View): PolicyError[] {
  const out: PolicyError[] = [];
  for (const rule of policy.limits) {
    const matches = matchesAny(rule.rooms);
    for (const r of v.rooms.filter((x) => matches(x.room.file))) {
      const members = r.members.size;
      const transmitters = [...r.members.values()].filter((m) => m.grants.some((g) => g.tx)).length;
      if (rule.maxMembers !== undefined && members > rule.maxMembers) {
        const cite = v.cite(rule.maxMembersPos ?? rule.pos);
        out.push(
          violation(
            r.room.membersPos,
            'policy.limits',
            `room "${roomName(r.room)}" has ${members} members; the limit is ${rule.maxMembers} ${cite}`,
          ),
        );
      }
      if (rule.maxTransmitters !== undefined && transmitters > rule.maxTransmitters) {
        out.push(
          violation(
            r.room.membersPos,
            'policy.limits',
            `room "${roomName(r.room)}" has ${transmitters} members who may transmit; ` +
              `the limit is ${rule.maxTransmitters} ` +
              v.cite(rule.maxTransmittersPos ?? rule.pos),
          ),
        );
      }
    }
  }
  return out;
}

/**
 * Every violation of every rule of the policy by the tree as it stands on `today` (expired entries do not
 * count; group-granted membership does). Pure: the room and group files must be valid (no unknown group, no cycle).
 */
export function evaluatePolicy(
  policy: Policy,
  rooms: readonly RoomFile[],
  groups: readonly GroupFile[],
  today: string,
): PolicyError[] {
  const view: View = {
    rooms: treeGrants(rooms, groups).map((r) => ({ room: r.room, members: activeMembers(r, today) })),
    groups,
    today,
    cite: (pos) => `(${policy.file}:${pos.line})`,
  };
  return [
    ...domainErrors(policy, view),
    ...transmitErrors(policy, view),
    ...policy.barriers.flatMap((b) => barrierErrors(b, view)),
    ...requiredMemberErrors(policy, view),
    ...limitErrors(policy, view),
  ];
}
