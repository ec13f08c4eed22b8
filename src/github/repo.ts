/** A repository, as GITHUB_REPOSITORY (`owner/name`) names it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Parse `owner/name` with a clear error. */
export function parseRepository(value: string | undefined): RepoRef {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  if (!m?.[1] || !m[2]) throw new Error(`GITHUB_REPOSITORY must be "owner/name", got "${value ?? ''}"`);
  return { owner: m[1], repo: m[2] };
}
