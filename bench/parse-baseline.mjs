#!/usr/bin/env node
// The floor for any YAML tool (case 1): read every room and group file of a tree and parse it with the
// `yaml` package, nothing else. Run as its own process, like the CLI, so both pay for start-up.
//
// Usage: node bench/parse-baseline.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function yamlFiles(dir, recursive) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/parse-baseline.mjs DIR\n');
  process.exit(1);
}
const files = [...yamlFiles(join(dir, 'rooms'), true), ...yamlFiles(join(dir, 'groups'), false)];
let entries = 0;
for (const file of files) {
  const doc = parse(readFileSync(file, 'utf8'));
  entries += Array.isArray(doc?.members) ? doc.members.length : 0;
}
process.stdout.write(`${JSON.stringify({ files: files.length, entries })}\n`);
