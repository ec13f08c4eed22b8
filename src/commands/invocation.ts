/**
 * How to run whoot-rooms from where the user is: `whoot-rooms` when that is on the PATH, else `node <path to
 * dist/cli.js>` (relative from inside the package, e.g. `node dist/cli.js` after `npm run demo`).
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function onPath(env: NodeJS.ProcessEnv, name: string): boolean {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/** The package root (holds package.json and examples/), from the bundle in dist/ or the sources in src/commands/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    const read = (): unknown => (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
    const name = existsSync(manifest) ? read() : undefined;
    if (name === 'whoot-rooms') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the whoot-rooms package root (examples/acme)');
    dir = parent;
  }
}

/** A path as the user would type it from `cwd`: relative when under it, absolute otherwise. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The command that starts whoot-rooms from `cwd`. */
export function cliCommand(cwd: string, env: NodeJS.ProcessEnv): string {
  if (onPath(env, 'whoot-rooms')) return 'whoot-rooms';
  // Relative only from inside the package (`node dist/cli.js`); from elsewhere the absolute path reads better.
  const root = packageRoot();
  const bundle = join(root, 'dist', 'cli.js');
  const inside = shownPath(root, cwd) !== cwd || cwd === root;
  return `node ${inside ? shownPath(cwd, bundle) : bundle}`;
}
