// The CLI bundle exports nothing, so case 6 builds a tiny bundle of the loader and the pure planner from src/.
import { join } from 'node:path';
import { OUT, ROOT } from './paths.mjs';

export const PLANNER_BUNDLE = join(OUT, 'planner.mjs');

/** Bundles `loadDesiredState` and `plan` from src/ into bench/out/planner.mjs (the same esbuild settings as dist). */
export async function buildPlannerBundle() {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    stdin: {
      contents: "export { loadDesiredState } from './src/desired/index.ts';\nexport { plan } from './src/plan/index.ts';\n",
      resolveDir: ROOT,
      sourcefile: 'bench-planner-entry.ts',
      loader: 'ts',
    },
    outfile: PLANNER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return PLANNER_BUNDLE;
}
