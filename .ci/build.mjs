// Builds the two single-file ESM bundles: dist/index.js (the Action, node24) and dist/cli.js (the bin, `whoot-rooms`).
import { build } from 'esbuild';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// CJS dependencies (pino, ajv, yaml) call require() for builtins; an ESM bundle needs a real require.
const banner = {
  js:
    "import { createRequire as __whootCreateRequire } from 'node:module'; const require = " +
    '__whootCreateRequire(import.meta.url);',
};

/**
 * The schema validators as ajv standalone code, generated from the same ajv set-up the sources compile at
 * run time (src/desired/schema-validators.ts): the bundles then skip the ~60 ms schema compile at start-up.
 */
async function precompiledValidators() {
  const generator = await build({
    absWorkingDir: root,
    entryPoints: ['src/desired/schema-standalone.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    banner,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'whoot-rooms-build-'));
  try {
    const file = join(dir, 'schema-standalone.mjs');
    writeFileSync(file, generator.outputFiles[0].text);
    const { standaloneValidatorsSource } = await import(pathToFileURL(file).href);
    return standaloneValidatorsSource(join(root, 'src/desired/dates.ts'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const validatorsSource = await precompiledValidators();
const desiredDir = join(root, 'src/desired');

/** Swaps src/desired/schema-validators.ts for the precompiled module in the bundles. */
const precompiledValidatorsPlugin = {
  name: 'precompiled-schema-validators',
  setup(b) {
    b.onResolve({ filter: /schema-validators\.js$/ }, (args) =>
      // A root-relative name: the bundle must not depend on where the checkout lives (check-dist compares bytes).
      resolve(args.resolveDir, args.path) === join(desiredDir, 'schema-validators.js')
        ? { path: 'src/desired/schema-validators.precompiled.js', namespace: 'precompiled-validators' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'precompiled-validators' }, () => ({
      contents: validatorsSource,
      loader: 'js',
      resolveDir: desiredDir,
    }));
  },
};

// Start-up is part of every command (`--help` is measured against `node -e 0`: docs/performance.md): the bundles
// are minified (half the bytes to decode and compile) and split, so each command's code (and the simulator, the
// report renderers, …) is compiled only when that command runs: `import()` of a command becomes its own chunk.
// Linked source maps (no sources inside) keep stack traces readable with `node --enable-source-maps`; Node does
// not read them otherwise. Chunk names carry a content hash, so files of an older build are removed below.
const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  metafile: true,
  // dist/cli.js is the package's bin: it needs the hashbang first (harmless in the other files).
  banner: { js: `#!/usr/bin/env node\n${banner.js}` },
  logLevel: 'warning',
  plugins: [precompiledValidatorsPlugin],
});
chmodSync(join(root, 'dist/cli.js'), 0o755);
// Remove what an older build left (chunks under other hashes); everything else in dist/ is this build's output.
const written = new Set(Object.keys(result.metafile.outputs).map((f) => resolve(root, f)));
for (const f of readdirSync(join(root, 'dist'), { recursive: true })) {
  const file = join(root, 'dist', String(f));
  if (!written.has(file) && statSync(file).isFile()) rmSync(file);
}
