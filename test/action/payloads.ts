/**
 * Real webhook payloads from @octokit/webhooks-examples, adjusted only where a test needs a field (PR number,
 * head SHA, fork, ref, repository). The schedule payload is the one the runner writes (it is not a webhook).
 */
import { createRequire } from 'node:module';

interface Example {
  name: string;
  examples: Array<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
const all = require('@octokit/webhooks-examples') as Example[];

function example(event: string, pick: (e: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = all.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

type Json = Record<string, unknown>;
const obj = (v: unknown) => v as Json;

/** Point the payload's repository at the fake's owner/repo with default branch main. */
function retarget(payload: Json, owner: string, repo: string): void {
  const r = obj(payload.repository);
  r.full_name = `${owner}/${repo}`;
  r.name = repo;
  obj(r.owner).login = owner;
  r.default_branch = 'main';
}

export function pullRequestPayload(opts: {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  fork?: boolean;
  labels?: string[];
}): Json {
  const p = example('pull_request', (e) => e.action === 'synchronize');
  retarget(p, opts.owner, opts.repo);
  p.number = opts.number;
  p.after = opts.headSha;
  const pr = obj(p.pull_request);
  pr.number = opts.number;
  const head = obj(pr.head);
  head.sha = opts.headSha;
  obj(head.repo).full_name = opts.fork ? `contributor/${opts.repo}` : `${opts.owner}/${opts.repo}`;
  obj(obj(pr.base).repo).full_name = `${opts.owner}/${opts.repo}`;
  if (opts.labels) pr.labels = opts.labels.map((name) => ({ name }));
  return p;
}

export function pushPayload(opts: { owner: string; repo: string; after: string; ref?: string }): Json {
  const p = example('push');
  retarget(p, opts.owner, opts.repo);
  p.ref = opts.ref ?? 'refs/heads/main';
  p.after = opts.after;
  return p;
}

export function mergeGroupPayload(opts: { owner: string; repo: string; headSha: string }): Json {
  const p = example('merge_group');
  retarget(p, opts.owner, opts.repo);
  obj(p.merge_group).head_sha = opts.headSha;
  return p;
}

/** What the runner writes to GITHUB_EVENT_PATH for a `schedule` trigger. */
export function schedulePayload(opts: { owner: string; repo: string }): Json {
  return {
    schedule: '17 6 * * *',
    workflow: '.github/workflows/whoot-rooms.yml',
    repository: {
      full_name: `${opts.owner}/${opts.repo}`,
      name: opts.repo,
      owner: { login: opts.owner },
      default_branch: 'main',
    },
  };
}
