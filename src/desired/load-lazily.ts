import type { LoadOptions } from './load.js';
import type { LoadResult } from './types.js';

/**
 * `loadDesiredState` with its code (the YAML parser and the schema validators, ~170 KB) compiled on the first
 * call rather than at start-up: `plan` and `apply` send their first requests before they load the tree, so those
 * leave ~25 ms sooner, and the compile overlaps the first round trip instead.
 */
export async function loadDesiredStateLazily(dir: string, options?: LoadOptions): Promise<LoadResult> {
  const { loadDesiredState } = await import('./load.js');
  return loadDesiredState(dir, options);
}
