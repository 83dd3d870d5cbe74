/**
 * One pull request per branch, created or updated through @actions/github (Octokit) against
 * the API at `apiUrl` (GITHUB_API_URL: api.github.com, a GitHub Enterprise server, or a
 * stand-in in tests). Labels and reviewers are added to it; a reviewer GitHub refuses (not a
 * collaborator, the author) is a warning, not a failure. @actions/github (and the HTTP stack
 * under it) is loaded on the first request, so an update that opens no pull request (mode: push)
 * never loads it.
 */
import type { getOctokit } from '@actions/github';
import { retry, UserError } from '@kra/core';

export interface PullRequestTarget {
  /** owner/name */
  repository: string;
  base: string;
  branch: string;
}

export interface PullRequestContent {
  title: string;
  body: string;
  labels?: readonly string[];
  /** Users, and teams as org/team or @org/team. */
  reviewers?: readonly string[];
}

export interface PullRequestRef {
  number: number;
  url: string;
  title: string;
  body: string;
}

export interface EnsuredPullRequest extends PullRequestRef {
  created: boolean;
}

/** GitHub's limit on a pull request body. */
export const BODY_LIMIT = 65_536;

interface RequestFailure {
  status?: number;
  message?: string;
  response?: { data?: { message?: string; errors?: Array<{ message?: string }> } };
}

function status(error: unknown): number | undefined {
  return typeof (error as RequestFailure)?.status === 'number' ? (error as RequestFailure).status : undefined;
}

/** GitHub's own words for a failure (its message and first detail), without the documentation link. */
function githubMessage(error: unknown): string {
  const failure = error as RequestFailure;
  const data = failure?.response?.data;
  const detail = data?.errors?.find((item) => item?.message)?.message;
  const message = data?.message ?? failure?.message ?? String(error);
  return `${message.replace(/\s*-\s*https:\/\/docs\.github\.com\S*/, '')}${detail ? ` (${detail})` : ''}`;
}

/** A GitHub API failure worded for the user, keeping the HTTP status for callers that tolerate some. */
export class GitHubApiError extends UserError {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

function isTransient(error: unknown): boolean {
  const code = status(error);
  return code === undefined ? !(error instanceof UserError) : code >= 500 || code === 429;
}

function cut(body: string): string {
  if (body.length <= BODY_LIMIT) return body;
  return `${body.slice(0, BODY_LIMIT - 200)}\n\n_…cut at GitHub's size limit; the workflow run's summary has the rest._\n`;
}

type Octokit = ReturnType<typeof getOctokit>;

export class PullRequests {
  private octokit?: Promise<Octokit>;
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly token: string,
    private readonly apiUrl: string,
    readonly repository: string,
  ) {
    [this.owner, this.repo] = repository.split('/');
  }

  /** The client, made on the first request. */
  private client(): Promise<Octokit> {
    this.octokit ??= import('@actions/github').then(({ getOctokit }) =>
      getOctokit(this.token, { baseUrl: this.apiUrl.replace(/\/+$/, '') }),
    );
    return this.octokit;
  }

  /** Calls the API, retrying 5xx, 429 and network failures, wording the rest with what the token needs. */
  private async call<T>(what: string, permission: string, request: (octokit: Octokit) => Promise<T>): Promise<T> {
    const octokit = await this.client();
    try {
      return await retry(() => request(octokit), { attempts: 3, baseDelayMs: 500, retryable: isTransient });
    } catch (error) {
      const code = status(error);
      if (code === 401) {
        throw new GitHubApiError(
          `GitHub refused the token while trying to ${what} on ${this.repository}: give a valid token (it may have expired)`,
          code,
        );
      }
      if (code === 403) {
        throw new GitHubApiError(
          `the token cannot ${what} on ${this.repository} (GitHub: ${githubMessage(error)}): it needs the "${permission}" permission on ${this.repository}; a GITHUB_TOKEN also needs "Allow GitHub Actions to create and approve pull requests" in that repository's settings`,
          code,
        );
      }
      if (code === 404) {
        throw new GitHubApiError(
          `${this.repository} was not found, or the token cannot see it, while trying to ${what}: check the repository input and the token's access`,
          code,
        );
      }
      if (error instanceof UserError) throw error;
      throw new GitHubApiError(`GitHub could not ${what} on ${this.repository}: ${githubMessage(error)}`, code);
    }
  }

  /** The open pull request from `branch` into `base`, if there is one. */
  async findOpen(target: PullRequestTarget): Promise<PullRequestRef | undefined> {
    const { data } = await this.call('list pull requests', 'pull-requests: read', (octokit) =>
      octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        head: `${this.owner}:${target.branch}`,
        base: target.base,
        per_page: 10,
      }),
    );
    const found = data.find((pull) => pull.head.ref === target.branch);
    return found && { number: found.number, url: found.html_url, title: found.title, body: found.body ?? '' };
  }

  /**
   * The pull requests of a branch: the open one, and whether only closed or merged ones exist
   * (a branch left from an earlier release) rather than none (a branch just pushed).
   */
  async ofBranch(target: PullRequestTarget): Promise<{ open?: PullRequestRef; onlyClosed: boolean }> {
    const { data } = await this.call('list pull requests', 'pull-requests: read', (octokit) =>
      octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'all',
        head: `${this.owner}:${target.branch}`,
        base: target.base,
        sort: 'created',
        direction: 'desc',
        per_page: 20,
      }),
    );
    const mine = data.filter((pull) => pull.head.ref === target.branch);
    const open = mine.find((pull) => pull.state === 'open');
    return {
      open: open && { number: open.number, url: open.html_url, title: open.title, body: open.body ?? '' },
      onlyClosed: !open && mine.length > 0,
    };
  }

  /**
   * Creates the pull request, or updates the open one (`update(existing)` gives its new title
   * and body), then adds labels and reviewers.
   */
  async ensure(
    target: PullRequestTarget,
    content: PullRequestContent,
    options: {
      update?: (existing: PullRequestRef) => { title: string; body: string };
      onWarning?: (message: string) => void;
    } = {},
  ): Promise<EnsuredPullRequest> {
    let existing = await this.findOpen(target);
    let created = false;
    let pull: PullRequestRef;
    if (!existing) {
      try {
        const { data } = await this.call('open a pull request', 'pull-requests: write', (octokit) =>
          octokit.rest.pulls.create({
            owner: this.owner,
            repo: this.repo,
            base: target.base,
            head: target.branch,
            title: content.title,
            body: cut(content.body),
            maintainer_can_modify: true,
          }),
        );
        pull = { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
        created = true;
      } catch (error) {
        // Another run opened it in between: update that one.
        const duplicate =
          error instanceof GitHubApiError && error.status === 422 && /already exists/i.test(error.message);
        existing = duplicate ? await this.findOpen(target) : undefined;
        if (!existing) throw error;
      }
    }
    if (existing) {
      const next = options.update ? options.update(existing) : { title: content.title, body: content.body };
      pull = existing;
      if (next.title !== existing.title || next.body !== existing.body) {
        const { data } = await this.call('update a pull request', 'pull-requests: write', (octokit) =>
          octokit.rest.pulls.update({
            owner: this.owner,
            repo: this.repo,
            pull_number: existing!.number,
            title: next.title,
            body: cut(next.body),
          }),
        );
        pull = { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
      }
    }
    const labels = [...new Set(content.labels ?? [])];
    if (labels.length > 0) {
      await this.call('add labels to a pull request', 'pull-requests: write', (octokit) =>
        octokit.rest.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: pull!.number, labels }),
      );
    }
    const reviewers = (content.reviewers ?? []).map((reviewer) => reviewer.replace(/^@/, ''));
    const users = reviewers.filter((reviewer) => !reviewer.includes('/'));
    const teams = reviewers.filter((reviewer) => reviewer.includes('/')).map((team) => team.split('/').pop()!);
    if (users.length > 0 || teams.length > 0) {
      try {
        await this.call('request reviewers', 'pull-requests: write', (octokit) =>
          octokit.rest.pulls.requestReviewers({
            owner: this.owner,
            repo: this.repo,
            pull_number: pull!.number,
            reviewers: users,
            team_reviewers: teams,
          }),
        );
      } catch (error) {
        // 422: a reviewer who is not a collaborator, or the pull request's author.
        if (!(error instanceof GitHubApiError) || error.status !== 422) throw error;
        options.onWarning?.(`${error.message}: the pull request is open without those reviewers`);
      }
    }
    return { ...pull!, created };
  }
}
