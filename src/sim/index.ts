/** The whoot Management API simulator: in-process for tests, `whoot-rooms sim` for humans and benchmarks. */
export { startSimulator, DEFAULT_TOKEN, ALL_SCOPES, MAX_BODY_BYTES, MAX_PUT_MEMBERS } from './server.js';
export { loadSeedFile, parseSeed, validateSeed } from './seed.js';
export { SimSeedError } from './state.js';
export { deterministicId } from './ids.js';
export type {
  SimulatorOptions,
  SimulatorHandle,
  SimFaults,
  SimFaultRule,
  RequestLogEntry,
  SimUser,
  SimRoom,
  SimStats,
} from './types.js';
export type { SimSeed } from './seed-types.js';
