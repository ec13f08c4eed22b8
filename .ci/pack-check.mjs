#!/usr/bin/env node
// The published package works on its own: `npm pack`, install the tarball offline into an empty prefix (it has
// no runtime dependency, so nothing is fetched and no engine warning is raised), then run the installed bin
// from an unrelated folder: `whoot-rooms --help` and `whoot-rooms demo`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const fail = (message) => {
  console.error(`pack check: ${message}`);
  process.exit(1);
};
if (manifest.private) fail('package.json is private: it cannot be published');
if (Object.keys(manifest.dependencies ?? {}).length > 0) {
  fail(
    `package.json has runtime dependencies (${Object.keys(manifest.dependencies).join(', ')}): bundle them into dist/`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'whoot-pack-'));
try {
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const tarball = join(work, out.trim().split('\n').at(-1));
  const prefix = join(work, 'prefix');
  const install = execFileSync(
    'npm',
    ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball],
    { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (/EBADENGINE|npm warn/i.test(install)) fail(`install warned:\n${install}`);
  const bin = join(prefix, 'bin', 'whoot-rooms');
  const elsewhere = mkdtempSync(join(tmpdir(), 'whoot-elsewhere-'));
  const help = execFileSync(bin, ['--help'], { cwd: elsewhere, encoding: 'utf8' });
  if (!help.includes('Usage: whoot-rooms')) fail(`--help printed no usage:\n${help}`);
  const demo = execFileSync(bin, ['demo'], { cwd: elsewhere, encoding: 'utf8', timeout: 120_000 });
  if (!/demo complete|No changes/i.test(demo)) fail(`the demo did not finish:\n${demo.slice(-2000)}`);
  rmSync(elsewhere, { recursive: true, force: true });
  console.log(`pack check OK: ${tarball.split('/').at(-1)} installs offline with no dependency; --help and demo run`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
