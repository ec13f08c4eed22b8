#!/usr/bin/env node
// Print the CHANGELOG.md section of one version (without its heading): the release notes.
//   node .ci/changelog-section.mjs 1.0.0
import { readFileSync } from 'node:fs';

const version = process.argv[2];
if (!version) {
  process.stderr.write('usage: node .ci/changelog-section.mjs VERSION\n');
  process.exit(2);
}
const lines = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8').split('\n');
const heading = (l) => /^## \[/.test(l);
const start = lines.findIndex((l) => heading(l) && l.startsWith(`## [${version}]`));
if (start < 0) process.exit(1);
const end = lines.findIndex((l, i) => i > start && heading(l));
process.stdout.write(
  `${lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()}\n`,
);
