import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/lib/ is two levels below it). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Generated, gitignored benchmark data and builds. */
export const OUT = join(ROOT, 'bench', 'out');
