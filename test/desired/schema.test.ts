import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The shipped schemas are what editors show: every key needs a description, every object must be closed. */
const load = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../schemas/${name}`, import.meta.url)), 'utf8')) as Record<
    string,
    unknown
  >;

function walk(schema: unknown, path: string, visit: (s: Record<string, unknown>, path: string) => void): void {
  if (schema === null || typeof schema !== 'object') return;
  const s = schema as Record<string, unknown>;
  visit(s, path);
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === '$defs')
      for (const [name, sub] of Object.entries(v as Record<string, unknown>)) walk(sub, `${path}/${k}/${name}`, visit);
    else if (['items', 'if', 'then', 'else'].includes(k)) walk(v, `${path}/${k}`, visit);
    else if (k === 'anyOf') (v as unknown[]).forEach((sub, i) => walk(sub, `${path}/anyOf/${i}`, visit));
  }
}

describe.each(['room.schema.json', 'group.schema.json'])('schemas/%s', (name) => {
  const schema = load(name);

  it('is draft 2020-12 with a stable raw.githubusercontent.com $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://raw.githubusercontent.com/whoot-rooms/whoot-rooms/main/schemas/${name}`);
  });

  it('describes every property and closes every object (additionalProperties: false)', () => {
    const problems: string[] = [];
    walk(schema, '#', (s, path) => {
      if (/\/(properties|\$defs)\/[^/]+$/.test(path) && typeof s.description !== 'string')
        problems.push(`${path}: no description`);
      if (s.type === 'object' && !path.endsWith('/if') && s.additionalProperties !== false)
        problems.push(`${path}: open object`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the acme example files', () => {
  it('point their yaml-language-server modeline at the shipped schema', () => {
    const root = fileURLToPath(new URL('../../examples/acme/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /^(rooms|groups)\/.*\.yaml$/.test(f),
    );
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const f of files) {
      const first = readFileSync(join(root, f), 'utf8').split('\n')[0] ?? '';
      const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(m, f).not.toBeNull();
      const target = resolve(dirname(join(root, f)), m?.[1] ?? '');
      expect(
        target.endsWith(f.startsWith('groups') ? 'schemas/group.schema.json' : 'schemas/room.schema.json'),
        f,
      ).toBe(true);
      expect(() => readFileSync(target), f).not.toThrow();
    }
  });
});
