import { apiError, type Answer } from './answer.js';
import type { ApiHandlers } from './handlers.js';
import { requireScope, type SimKey } from './keys.js';
import type { ParsedBody } from './request-body.js';

/** What an endpoint gets once its route, method and scope have been checked. */
interface RouteRequest {
  /** the path's `:name` segments, percent-decoded */
  params: Record<string, string>;
  query: URLSearchParams;
  key: SimKey;
  body: ParsedBody;
}

interface Endpoint {
  /** null: any authenticated key may call it (only GET /me) */
  scope: string | null;
  handle: (r: RouteRequest) => Answer;
}

interface Route {
  /** literal segments, or `:name` for a path parameter */
  pattern: string[];
  /** in the order the 405's Allow header lists them */
  methods: Record<string, Endpoint>;
}

const USERS_READ = 'api:users:read';
const USERS_WRITE = 'api:users:write';
const ROOMS_READ = 'api:rooms:read';
const ROOMS_WRITE = 'api:rooms:write';

/** The documented endpoints. Patterns never overlap, so the order of the table does not matter. */
function routeTable(h: ApiHandlers): Route[] {
  const p = (r: RouteRequest, name: string): string => r.params[name]!;
  return [
    { pattern: ['me'], methods: { GET: { scope: null, handle: (r) => h.me(r.key) } } },
    { pattern: ['users'], methods: { GET: { scope: USERS_READ, handle: (r) => h.listUsers(r.query) } } },
    {
      pattern: ['users', ':userId'],
      methods: {
        GET: { scope: USERS_READ, handle: (r) => h.getUser(p(r, 'userId')) },
        PATCH: { scope: USERS_WRITE, handle: (r) => h.patchUser(p(r, 'userId'), r.body) },
        DELETE: { scope: USERS_WRITE, handle: (r) => h.deactivateUser(p(r, 'userId')) },
      },
    },
    { pattern: ['rooms'], methods: { GET: { scope: ROOMS_READ, handle: (r) => h.listRooms(r.query) } } },
    {
      pattern: ['rooms', ':roomId'],
      methods: {
        GET: { scope: ROOMS_READ, handle: (r) => h.getRoom(p(r, 'roomId')) },
        PATCH: { scope: ROOMS_WRITE, handle: (r) => h.patchRoom(p(r, 'roomId'), r.body) },
        DELETE: { scope: ROOMS_WRITE, handle: (r) => h.removeRoomMapping(p(r, 'roomId')) },
      },
    },
    {
      pattern: ['rooms', ':roomId', 'members'],
      methods: {
        GET: { scope: ROOMS_READ, handle: (r) => h.listMembers(p(r, 'roomId')) },
        POST: { scope: ROOMS_WRITE, handle: (r) => h.addMember(p(r, 'roomId'), r.body) },
        PUT: { scope: ROOMS_WRITE, handle: (r) => h.replaceMembers(p(r, 'roomId'), r.body) },
      },
    },
    {
      pattern: ['rooms', ':roomId', 'members', ':userId'],
      methods: { DELETE: { scope: ROOMS_WRITE, handle: (r) => h.removeMember(p(r, 'roomId'), p(r, 'userId')) } },
    },
  ];
}

function matchPattern(pattern: string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

/** Routes an authenticated request: 404 for an unknown path, 405 for a known path's other methods, then 403. */
export type Router = (
  method: string,
  segments: string[],
  query: URLSearchParams,
  key: SimKey,
  body: ParsedBody,
) => Answer;

export function createRouter(handlers: ApiHandlers): Router {
  const routes = routeTable(handlers);
  return (method, segments, query, key, body) => {
    for (const route of routes) {
      const params = matchPattern(route.pattern, segments);
      if (!params) continue;
      // Own properties only: an inherited name such as `constructor` is not an endpoint.
      const endpoint = Object.hasOwn(route.methods, method) ? route.methods[method] : undefined;
      if (!endpoint) {
        const allowed = Object.keys(route.methods).join(', ');
        const message = `${method} is not allowed here (allowed: ${allowed})`;
        return apiError(405, 'method_not_allowed', message, { Allow: allowed });
      }
      const denied = endpoint.scope ? requireScope(key, endpoint.scope) : null;
      return denied ?? endpoint.handle({ params, query, key, body });
    }
    return apiError(404, 'not_found', 'no such endpoint');
  };
}
