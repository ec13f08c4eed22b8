/** The shape of Octokit's RequestError, checked structurally (the class lives in a transitive package). */
interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

function isRequestError(err: unknown): err is RequestErrorLike {
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number';
}

/** The HTTP status of a failed GitHub call, or undefined for anything else (network error, bug). */
export function githubStatus(err: unknown): number | undefined {
  return isRequestError(err) ? err.status : undefined;
}

/**
 * An error carrying what a reader needs (method, path, status, GitHub's message) and nothing else: the request
 * options, and with them the Authorization header, are left behind.
 */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

function pathOf(url: string | undefined): string {
  if (!url) return '?';
  try {
    const u = new URL(url);
    return u.pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function serverMessage(err: RequestErrorLike): string {
  const data = err.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return err.message;
}

/** Normalise any failure of a GitHub call made for `what` into a GitHubApiError with a one-line message. */
export function toGitHubApiError(err: unknown, what: string): GitHubApiError {
  if (err instanceof GitHubApiError) return err;
  if (isRequestError(err)) {
    const method = err.request?.method ?? '?';
    return new GitHubApiError(
      `${what}: GitHub API ${method} ${pathOf(err.request?.url)} answered ${err.status}: ${serverMessage(err)}`,
      err.status,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new GitHubApiError(`${what}: ${message}`, undefined);
}
