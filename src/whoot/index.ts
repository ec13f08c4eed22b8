/** The whoot Management API client. */
export { createWhootClient, REQUIRED_SCOPES, type WhootClientOptions } from './client.js';
export { WhootApiError, WhootScopeError, WhootConfigError, parseErrorBody } from './errors.js';
export { connectionFromEnv } from './connection.js';
export { DEFAULT_API_URL, normaliseBaseUrl, isLoopbackHost } from './url.js';
export type { WhootApi, WhootMe, PutMembersResult, Scope } from './types.js';
