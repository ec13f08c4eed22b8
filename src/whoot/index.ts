/** The whoot Management API client. */
export { createWhootClient, type WhootClientOptions } from './client.js';
export { WhootApiError, WhootScopeError, WhootConfigError, parseErrorBody } from './errors.js';
export { connectionFromEnv } from './connection.js';
export { DEFAULT_API_URL, normaliseBaseUrl, isLoopbackHost } from './url.js';
export { proxyFetchFor, redactProxyUrl } from './proxy.js';
export type { WhootApi, WhootMe, PutMembersResult, Scope, LiveMember, LiveRoom, LiveUser } from './types.js';
