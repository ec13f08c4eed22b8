/** The desired-state tree: load, validate, effective membership, error formatting. */
export { loadDesiredState, type LoadOptions, type RoomFileSeen } from './load.js';
export { formatSourceErrors, formatSourceError, sortErrors } from './format.js';
export { entryStatus } from './resolve.js';
export { LIMITS } from './limits.js';
export { treeFolderProblem } from './tree.js';
export type * from './types.js';
