/**
 * How far V8 lets the heap grow past what its last full collection found live: 1.5× rather than up to 4×.
 *
 * Why: a bank-scale plan keeps ~60 MB live, but the tree loads in a burst of allocation, after which V8 allows
 * ~4× the live size before collecting the old generation again; the answers' garbage promoted meanwhile then
 * set peak RSS (210–240 MB at L, varying with when that collection fell). At 1.5× the peak is ~175 MB for a few
 * more collections (~0.3 s of CPU over a 19 s plan): docs/performance.md. The flag is read each time V8 computes
 * a heap limit, so setting it at run start takes effect; NODE_OPTIONS cannot carry it for the Action's runner.
 */
export async function boundHeapGrowth(): Promise<void> {
  // Imported here: node:v8 costs ~3 ms to load, which `whoot-rooms --help` does not need to pay.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=50');
}
