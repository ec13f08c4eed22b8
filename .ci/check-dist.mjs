// Fails when the committed dist/ differs from a fresh build: the Action runs dist/, so a stale bundle ships stale code.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['.ci/build.mjs'], { stdio: 'inherit' });
const diff = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (diff.trim() !== '') {
  console.error('dist/ is stale: run `npm run build` and commit the result.\n' + diff);
  process.exit(1);
}
console.log('dist/ is up to date');
