import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../action/harness.js';

const OWNER = 'whoot-rooms/whoot-rooms';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

describe('one owner everywhere (what users pin and editors fetch)', () => {
  const docs = [
    'README.md',
    ...files('docs', /\.md$/),
    ...files('examples', /\.(ya?ml|md)$/),
    ...files('.github', /\.ya?ml$/),
  ];

  it('every `uses:` of this action names whoot-rooms/whoot-rooms', () => {
    const uses = docs.flatMap((f) =>
      [...read(f).matchAll(/uses:\s*([\w.-]+\/whoot-rooms)@/g)].map((m) => `${f}: ${m[1]}`),
    );
    expect(uses.length).toBeGreaterThan(3);
    expect(uses.filter((u) => !u.endsWith(`: ${OWNER}`))).toEqual([]);
  });

  it('every schema $id, and the modeline export writes, are under the same owner', () => {
    for (const f of files('schemas', /\.json$/)) {
      const { $id } = JSON.parse(read(f)) as { $id: string };
      expect($id).toBe(`https://raw.githubusercontent.com/${OWNER}/main/${f}`);
    }
    const modelines = [...docs, ...files('examples', /\.ya?ml$/)].flatMap((f) =>
      [...read(f).matchAll(/\$schema=(https:\/\/\S+)/g)].map((m) => m[1] ?? ''),
    );
    expect(modelines.filter((u) => !u.startsWith(`https://raw.githubusercontent.com/${OWNER}/`))).toEqual([]);
  });

  it('package.json points at the same repository, is publishable and has no runtime dependency', () => {
    const pkg = JSON.parse(read('package.json')) as Record<string, unknown>;
    expect(pkg.version).toBe('1.0.0');
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies).toBeUndefined();
    expect(JSON.stringify([pkg.repository, pkg.homepage, pkg.bugs])).not.toMatch(
      /github\.com\/(?!whoot-rooms\/whoot-rooms)/,
    );
    expect(pkg.files).toEqual([
      'dist',
      'schemas',
      'examples/acme',
      'action.yml',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ]);
    expect(read('CHANGELOG.md')).toContain('## [1.0.0]');
  });
});
