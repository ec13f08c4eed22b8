/**
 * Build-time only (.ci/build.mjs): the source of a module equivalent to schema-validators.ts with the
 * validators precompiled (ajv standalone code), so the bundle does not compile the schemas on every run.
 */
import { _ } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { schemaAjv } from './schema-validators.js';

/**
 * ESM source exporting `validators` ({ room, group, policy }) and `DATE_FORMAT`. `datesModule` is the path (or
 * specifier) of dates.ts, which holds the one `date` format check the generated code calls.
 */
export function standaloneValidatorsSource(datesModule: string): string {
  const ajv = schemaAjv({ code: { source: true, esm: true, formats: _`__formats` } });
  // A CommonJS module: under NodeNext its default import is the exports object, whose `default` is the function.
  const code = standalone.default(ajv, { room: 'room', group: 'group', policy: 'policy' });
  return [
    `import { isCalendarDate } from ${JSON.stringify(datesModule)};`,
    "export const DATE_FORMAT = { type: 'string', validate: isCalendarDate };",
    'const __formats = { date: DATE_FORMAT };',
    code.replace(/^"use strict";/, ''),
    'export const validators = { room, group, policy };',
    '',
  ].join('\n');
}
