/**
 * A fake GitHub REST API over real HTTP (node:http), in memory: users/tokens, pull requests, issues, comments,
 * labels, the commit → pull request association, the commit graph (the commits list) and commit statuses. It
 * records every request so tests can assert on them.
 * Only the endpoints whoot-rooms calls are implemented; anything else is a loud 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordCapture } from '../support/captures.js';

export interface FakeAccount {
  login: string;
  /** an installation token (GITHUB_TOKEN): `GET /user` answers 403 */
  app: boolean;
  /** writes answer 403 (a fork pull request's GITHUB_TOKEN) */
  readOnly?: boolean;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: { login: string; type: string };
  labels: Array<{ name: string }>;
  html_url: string;
  pull_request?: { url: string };
}

export interface FakePull {
  number: number;
  headSha: string;
  headRepo: string;
  state: 'open' | 'closed';
  merged: boolean;
  mergeCommitSha: string | null;
  labels: string[];
}

export interface FakeStatus {
  id: number;
  state: 'success' | 'failure' | 'error' | 'pending';
  context: string;
  description: string | null;
  target_url: string | null;
  creator: { login: string; type: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
  status: number;
  /** when the request arrived (performance.now()) */
  at: number;
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  issues: FakeIssue[];
  pulls: Map<number, FakePull>;
  /** tokens the server accepts */
  addToken(token: string, account: FakeAccount): void;
  addPull(pull: Partial<FakePull> & { number: number; headSha: string }): FakePull;
  addComment(issueNumber: number, login: string, body: string): FakeComment;
  /** answer the next `times` requests whose path ends with `pathSuffix` with `status` (faults for retry tests) */
  failNext(pathSuffix: string, status: number, times: number, headers?: Record<string, string>, message?: string): void;
  /** associate a commit with pull requests; `emptyAnswers` first answers are `[]` (GitHub lagging after a merge) */
  associateCommit(sha: string, pullNumbers: number[], emptyAnswers?: number): void;
  commentsOn(issueNumber: number): FakeComment[];
  /**
   * Describe a commit of the default branch with its parents (first parent first), for the commits list. A commit
   * nobody described is answered as a root commit (a one-commit history), so tests that do not care about history
   * need not build one.
   */
  addCommit(sha: string, parents: string[]): void;
  /** the statuses of a commit, newest first (as GitHub lists them) */
  statusesOf(sha: string): FakeStatus[];
  writes(): RecordedRequest[];
  stop(): Promise<void>;
}

/** Start the fake on a free loopback port for repository `owner/repo`. */
export async function startFakeGitHub(
  owner = 'acme',
  repo = 'rooms',
  opts: { apiPrefix?: string } = {},
): Promise<FakeGitHub> {
  // GitHub Enterprise Server serves its REST API under /api/v3; github.com at the root.
  const apiPrefix = opts.apiPrefix ?? '';
  const tokens = new Map<string, FakeAccount>();
  const requests: RecordedRequest[] = [];
  const comments: FakeComment[] = [];
  const issues: FakeIssue[] = [];
  const pulls = new Map<number, FakePull>();
  const commitPulls = new Map<string, { numbers: number[]; empty: number }>();
  const commitParents = new Map<string, string[]>();
  const statuses = new Map<string, FakeStatus[]>();
  let nextStatus = 1;
  const faults: Array<{
    pathSuffix: string;
    status: number;
    times: number;
    headers: Record<string, string>;
    message: string;
  }> = [];
  let nextComment = 1000;
  let base = '';
  const html = `https://github.example/${owner}/${repo}`;

  const nextNumber = () => Math.max(0, ...issues.map((i) => i.number), ...pulls.keys()) + 1;
  const userOf = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });

  function pullJson(p: FakePull) {
    return {
      number: p.number,
      html_url: `${html}/pull/${p.number}`,
      state: p.state,
      merged_at: p.merged ? '2026-11-27T00:00:00Z' : null,
      merge_commit_sha: p.mergeCommitSha,
      head: { sha: p.headSha, ref: `feature-${p.number}`, repo: { full_name: p.headRepo } },
      base: { ref: 'main', repo: { full_name: `${owner}/${repo}` } },
      labels: p.labels.map((name, i) => ({ id: i + 1, name })),
      user: userOf('octocat'),
    };
  }

  function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(data === undefined ? '' : JSON.stringify(data));
  }

  /** One page of `items` and, when more follow, a Link header with rel="next" (what Octokit's paginate follows). */
  function page<T>(url: URL, items: T[]): { data: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '30') || 30);
    const n = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const slice = items.slice((n - 1) * perPage, n * perPage);
    const headers: Record<string, string> = {};
    if (n * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(n + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${base}${next.pathname}${next.search}>; rel="next"`;
    }
    return { data: slice, headers };
  }

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '') return undefined;
    return JSON.parse(text) as unknown;
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const method = req.method ?? 'GET';
      const body = await readBody(req);
      const authorization = req.headers.authorization;
      const at = performance.now();
      const record: RecordedRequest = {
        method,
        path: url.pathname,
        query: url.search,
        body,
        authorization,
        status: 0,
        at,
      };
      requests.push(record);
      // Comment and issue bodies are public: the suite-wide canary scan reads every one written.
      if (method !== 'GET' && body !== undefined)
        recordCapture(`action/fake-github ${method} ${url.pathname}`, JSON.stringify(body));
      const reply = (status: number, data: unknown, headers?: Record<string, string>) => {
        record.status = status;
        send(res, status, data, headers);
      };
      const fault = faults.find((f) => f.times > 0 && url.pathname.endsWith(f.pathSuffix));
      if (fault) {
        fault.times -= 1;
        return reply(fault.status, { message: fault.message }, fault.headers);
      }
      const token = authorization?.replace(/^(token|bearer)\s+/i, '');
      const account = token ? tokens.get(token) : undefined;
      if (!account) return reply(401, { message: 'Bad credentials' });
      const isWrite = method !== 'GET';
      if (isWrite && account.readOnly) return reply(403, { message: 'Resource not accessible by integration' });

      if (!url.pathname.startsWith(`${apiPrefix}/`))
        return reply(404, { message: 'Not Found (outside the API prefix)' });
      const p = url.pathname.slice(apiPrefix.length);
      if (method === 'GET' && p === '/user') {
        if (account.app) return reply(403, { message: 'Resource not accessible by integration' });
        return reply(200, { login: account.login, id: 1, type: 'User' });
      }
      const prefix = `/repos/${owner}/${repo}`;
      if (!p.startsWith(prefix + '/')) return reply(404, { message: 'Not Found' });
      const rest = p.slice(prefix.length);
      let m: RegExpExecArray | null;

      if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
        const pull = pulls.get(Number(m[1]));
        return pull ? reply(200, pullJson(pull)) : reply(404, { message: 'Not Found' });
      }
      if ((m = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest)) && method === 'GET') {
        const entry = commitPulls.get(m[1] ?? '');
        if (!entry) return reply(200, []);
        if (entry.empty > 0) {
          entry.empty -= 1;
          return reply(200, []);
        }
        return reply(
          200,
          entry.numbers
            .map((n) => pulls.get(n))
            .filter((x) => x !== undefined)
            .map(pullJson),
        );
      }
      if (rest === '/commits' && method === 'GET') {
        const start = url.searchParams.get('sha') ?? '';
        return reply(200, history(start, Math.min(100, Number(url.searchParams.get('per_page') ?? '30') || 30)));
      }
      if ((m = /^\/commits\/([0-9a-f]+)\/statuses$/.exec(rest)) && method === 'GET') {
        const { data, headers } = page(url, statuses.get(m[1] ?? '') ?? []);
        return reply(200, data, headers);
      }
      if ((m = /^\/statuses\/([0-9a-f]+)$/.exec(rest)) && method === 'POST') {
        const b = (body ?? {}) as { state?: unknown; context?: unknown; description?: unknown; target_url?: unknown };
        if (b.state !== 'success' && b.state !== 'failure' && b.state !== 'error' && b.state !== 'pending') {
          return reply(422, { message: 'Validation Failed: state is not included in the list' });
        }
        if (typeof b.description === 'string' && b.description.length > 140) {
          return reply(422, { message: 'Validation Failed: description is too long (maximum is 140 characters)' });
        }
        const status: FakeStatus = {
          id: nextStatus++,
          state: b.state,
          context: typeof b.context === 'string' ? b.context : 'default',
          description: typeof b.description === 'string' ? b.description : null,
          target_url: typeof b.target_url === 'string' ? b.target_url : null,
          creator: userOf(account.login),
        };
        const list = statuses.get(m[1] ?? '') ?? [];
        list.unshift(status);
        statuses.set(m[1] ?? '', list);
        return reply(201, status);
      }
      if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
        const n = Number(m[1]);
        if (method === 'GET') {
          const { data, headers } = page(
            url,
            comments.filter((c) => c.issue_number === n),
          );
          return reply(200, data, headers);
        }
        if (method === 'POST') {
          const text = (body as { body?: unknown } | undefined)?.body;
          if (typeof text !== 'string') return reply(422, { message: 'body is required' });
          if (text.length > 65536)
            return reply(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
          const c = makeComment(n, account.login, text);
          return reply(201, c);
        }
      }
      if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
        const c = comments.find((x) => x.id === Number(m?.[1]));
        if (!c) return reply(404, { message: 'Not Found' });
        if (c.user.login !== account.login) return reply(403, { message: 'You cannot edit this comment' });
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return reply(422, { message: 'body is required' });
        if (text.length > 65536)
          return reply(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
        c.body = text;
        c.updated_at = new Date().toISOString();
        return reply(200, c);
      }
      if (rest === '/issues') {
        if (method === 'GET') {
          const state = url.searchParams.get('state') ?? 'open';
          const all = [...issues, ...[...pulls.values()].map((pr) => ({ ...issueForPull(pr) }))].filter(
            (i) => state === 'all' || i.state === state,
          );
          all.sort((a, b) => b.number - a.number);
          const { data, headers } = page(url, all);
          return reply(200, data, headers);
        }
        if (method === 'POST') {
          const b = body as { title?: unknown; body?: unknown } | undefined;
          if (typeof b?.title !== 'string') return reply(422, { message: 'title is required' });
          const issue: FakeIssue = {
            number: nextNumber(),
            title: b.title,
            body: typeof b.body === 'string' ? b.body : '',
            state: 'open',
            state_reason: null,
            user: userOf(account.login),
            labels: [],
            html_url: '',
          };
          issue.html_url = `${html}/issues/${issue.number}`;
          issues.push(issue);
          return reply(201, issue);
        }
      }
      if ((m = /^\/issues\/(\d+)$/.exec(rest)) && method === 'PATCH') {
        const issue = issues.find((i) => i.number === Number(m?.[1]));
        if (!issue) return reply(404, { message: 'Not Found' });
        const b = (body ?? {}) as { body?: unknown; state?: unknown; state_reason?: unknown; title?: unknown };
        if (typeof b.body === 'string') issue.body = b.body;
        if (typeof b.title === 'string') issue.title = b.title;
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        if (typeof b.state_reason === 'string') issue.state_reason = b.state_reason;
        return reply(200, issue);
      }
      return reply(404, { message: `Not Found (fake GitHub has no ${method} ${p})` });
    })().catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });

  /** Commits reachable from `start`, newest first (first parents before other parents), at most `limit`. */
  function history(start: string, limit: number) {
    const out: Array<{ sha: string; parents: Array<{ sha: string }>; commit: { message: string } }> = [];
    const queue = [start];
    const seen = new Set<string>();
    while (queue.length > 0 && out.length < limit) {
      const next = queue.shift() ?? '';
      if (seen.has(next)) continue;
      seen.add(next);
      const parents = commitParents.get(next) ?? [];
      out.push({
        sha: next,
        parents: parents.map((p) => ({ sha: p })),
        commit: { message: `commit ${next.slice(0, 7)}` },
      });
      queue.push(...parents);
    }
    return out;
  }

  function issueForPull(pr: FakePull): FakeIssue {
    return {
      number: pr.number,
      title: `PR ${pr.number}`,
      body: '',
      state: pr.state,
      state_reason: null,
      user: userOf('octocat'),
      labels: pr.labels.map((name) => ({ name })),
      html_url: `${html}/pull/${pr.number}`,
      pull_request: { url: `${base}/repos/${owner}/${repo}/pulls/${pr.number}` },
    };
  }

  function makeComment(issueNumber: number, login: string, body: string): FakeComment {
    const id = nextComment++;
    const now = new Date().toISOString();
    const c: FakeComment = {
      id,
      issue_number: issueNumber,
      body,
      user: userOf(login),
      html_url: `${html}/pull/${issueNumber}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    };
    comments.push(c);
    return c;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base + apiPrefix,
    owner,
    repo,
    requests,
    comments,
    issues,
    pulls,
    addToken: (token, account) => {
      tokens.set(token, account);
    },
    addPull: (partial) => {
      const pull: FakePull = {
        headRepo: `${owner}/${repo}`,
        state: 'open',
        merged: false,
        mergeCommitSha: null,
        labels: [],
        ...partial,
      };
      pulls.set(pull.number, pull);
      return pull;
    },
    addComment: (n, login, body) => makeComment(n, login, body),
    failNext: (pathSuffix, status, times, headers = {}, message = 'injected fault') => {
      faults.push({ pathSuffix, status, times, headers, message });
    },
    associateCommit: (sha, numbers, empty = 0) => {
      commitPulls.set(sha, { numbers, empty });
    },
    commentsOn: (n) => comments.filter((c) => c.issue_number === n),
    addCommit: (sha, parents) => {
      commitParents.set(sha, parents);
    },
    statusesOf: (sha) => statuses.get(sha) ?? [],
    writes: () => requests.filter((r) => r.method !== 'GET'),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
