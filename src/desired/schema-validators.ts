import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import roomSchema from '../../schemas/room.schema.json' with { type: 'json' };
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import { isCalendarDate } from './dates.js';

export type FileKind = 'room' | 'group';

/** The schemas compiled together: the two tree file kinds and policy.yaml. */
export type SchemaKind = FileKind | 'policy';

/** Our own `date` check (a real calendar day, YYYY-MM-DD) instead of ajv-formats: one format, same rule everywhere. */
export const DATE_FORMAT = { type: 'string', validate: isCalendarDate } as const;

/**
 * The one ajv set-up for the schemas (added under the keys `room`, `group` and `policy`). The runtime compile
 * below and the build's precompiled validators (.ci/build.mjs, via schema-standalone.ts) both use it, so
 * the bundle validates exactly as the sources do.
 */
export function schemaAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true, ...extra });
  ajv.addFormat('date', DATE_FORMAT);
  ajv.addSchema(roomSchema, 'room');
  ajv.addSchema(groupSchema, 'group');
  ajv.addSchema(policySchema, 'policy');
  return ajv;
}

function compiled(ajv: Ajv2020, kind: SchemaKind): ValidateFunction {
  const validate = ajv.getSchema(kind);
  if (!validate) throw new Error(`the ${kind} schema did not compile`);
  return validate;
}

/**
 * The schema validators, compiled once at module load. The bundles (dist/) replace this module with code
 * generated at build time (ajv standalone), which takes the ~60 ms compile off every run.
 */
export const validators: Record<SchemaKind, ValidateFunction> = (() => {
  const ajv = schemaAjv();
  return { room: compiled(ajv, 'room'), group: compiled(ajv, 'group'), policy: compiled(ajv, 'policy') };
})();
