import type { MemberChange, Plan, RoomPlan } from '../plan/types.js';

function member(m: MemberChange) {
  return { user_id: m.user_id, email: m.email, tx_permission: m.tx_permission };
}

/** A removal or update: `expired` (the entry's date) only when an expired entry explains it. */
function change(m: MemberChange) {
  return m.expired === undefined ? member(m) : { ...member(m), expired: m.expired.date };
}

function room(r: RoomPlan) {
  const metadata: Record<string, { from: string | null; to: string | null }> = {};
  if (r.metadata.display_name)
    metadata.display_name = { from: r.metadata.display_name.from, to: r.metadata.display_name.to };
  if (r.metadata.external_id)
    metadata.external_id = { from: r.metadata.external_id.from, to: r.metadata.external_id.to };
  return {
    id: r.id,
    name: r.name,
    file: r.file,
    fingerprint: r.fingerprint,
    mode: r.mode,
    add: r.add.map(member),
    remove: r.remove.map(change),
    update: r.update.map(change),
    metadata,
    members_before: r.members_before,
    members_after: r.members_after,
    blocked: r.blocked,
    errors: r.errors.map((e) => ({ message: e.message, file: e.file, line: e.line, column: e.column })),
    expiring: r.expiring.map((e) => ({ email: e.email, expires: e.expires, file: e.file, line: e.line })),
  };
}

/** The plan as a plain object in the JSON contract's key order (the internal `put` lists are left out). */
export function planToJson(plan: Plan) {
  const s = plan.summary;
  return {
    format_version: plan.format_version,
    fingerprint: plan.fingerprint,
    summary: {
      rooms_managed: s.rooms_managed,
      rooms_changed: s.rooms_changed,
      rooms_unchanged: s.rooms_unchanged,
      rooms_unmanaged: s.rooms_unmanaged,
      add: s.add,
      remove: s.remove,
      update: s.update,
      metadata: s.metadata,
      blocked: s.blocked,
      errored: s.errored,
    },
    rooms: plan.rooms.map(room),
    warnings: plan.warnings.map((w) => {
      const out: { code: string; message: string; file?: string; line?: number; room_id?: string } = {
        code: w.code,
        message: w.message,
      };
      if (w.file !== undefined) out.file = w.file;
      if (w.line !== undefined) out.line = w.line;
      if (w.room_id !== undefined) out.room_id = w.room_id;
      return out;
    }),
  };
}

/** `--format json` / `--out FILE`: the JSON contract, stable key order, 2-space indent, trailing newline. */
export function renderJson(plan: Plan): string {
  return `${JSON.stringify(planToJson(plan), null, 2)}\n`;
}
