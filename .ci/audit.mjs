// npm audit of what ships: every library is bundled into dist/ (the package has no runtime dependency), so
// the audit covers the libraries src/ imports and everything they depend on, from the lock file; dev-only
// tools (vitest, eslint, …) do not ship and are not counted. High and critical findings fail CI. An
// unreachable advisory endpoint (some mirrors answer 405) is reported as a warning instead of failing CI.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts')) yield path;
  }
}
const direct = new Set();
for (const file of sources(join(root, 'src'))) {
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\()\s*['"]([^'"./][^'"]*)['"]/g)) {
    if (m[1].startsWith('node:')) continue;
    direct.add(m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0]);
  }
}
// The shipped closure: each imported package and its dependencies, as the lock file resolved them.
const shipped = new Set();
const queue = [...direct];
while (queue.length > 0) {
  const name = queue.pop();
  if (shipped.has(name)) continue;
  shipped.add(name);
  const entry = lock.packages?.[`node_modules/${name}`];
  for (const dep of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies })) queue.push(dep);
}

const r = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', cwd: root });
let report;
try {
  report = JSON.parse(r.stdout || '{}');
} catch {
  report = {};
}
if (report.error || !report.metadata) {
  console.warn(
    `warning: npm audit could not reach the advisory service: ` +
      `${report.error?.summary || r.stderr.trim().split('\n').pop() || 'no answer'}`,
  );
  process.exit(0);
}
const serious = Object.values(report.vulnerabilities ?? {}).filter(
  (v) => shipped.has(v.name) && (v.severity === 'high' || v.severity === 'critical'),
);
console.log(`npm audit of the ${shipped.size} shipped packages: ${serious.length} high or critical`);
for (const v of serious)
  console.error(`  ${v.severity}: ${v.name} (${(v.via ?? []).map((x) => x.title ?? x).join('; ')})`);
process.exit(serious.length > 0 ? 1 : 0);
