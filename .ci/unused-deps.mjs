#!/usr/bin/env node
// Fails when package.json declares a package that nothing uses: every dependency must be imported by the
// sources, tests, benchmark, CI scripts or configs, or be a tool that a package.json script or .ci/run invokes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];

const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', 'out', 'fixtures']);
function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(?:[cm]?[jt]s|json)$/.test(name) && name !== 'package-lock.json' && name !== 'package.json') yield path;
  }
}

const sources = [
  ...['src', 'test', 'bench', '.ci'].flatMap((d) => [...files(join(root, d))]),
  ...readdirSync(root)
    .filter((f) => /\.(?:[cm]?js|ts)$/.test(f))
    .map((f) => join(root, f)),
];
const imported = new Set();
const spec = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g;
for (const file of sources) {
  for (const m of readFileSync(file, 'utf8').matchAll(spec)) {
    const name = m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0];
    imported.add(name);
  }
}
// Tools run by name from scripts and CI rather than imported.
const invoked = `${Object.values(manifest.scripts ?? {}).join('\n')}\n${readFileSync(join(root, '.ci/run'), 'utf8')}`;
const bins = { typescript: 'tsc', eslint: 'eslint', vitest: 'vitest', prettier: 'prettier' };
const used = (name) =>
  imported.has(name) ||
  (bins[name] !== undefined && new RegExp(`\\b${bins[name]}\\b`).test(invoked)) ||
  // Type packages serve the package they type (or Node itself).
  (name.startsWith('@types/') && (name === '@types/node' || imported.has(name.slice('@types/'.length))));

const unused = declared.filter((name) => !used(name));
if (unused.length > 0) {
  console.error(`unused dependencies in package.json (nothing imports or runs them): ${unused.join(', ')}`);
  process.exit(1);
}
console.log(`dependencies: all ${declared.length} used (${relative(root, join(root, 'package.json'))})`);
