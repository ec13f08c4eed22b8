// Builds the two single-file ESM bundles: dist/index.js (the Action, node24) and dist/cli.js (the bin).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// CJS dependencies (pino, ajv, yaml) call require() for builtins; an ESM bundle needs a real require.
const banner = {
  js: "import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);",
};

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  sourcemap: false,
  legalComments: 'none',
  banner,
  logLevel: 'warning',
});
