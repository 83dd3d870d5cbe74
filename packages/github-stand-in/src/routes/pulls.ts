/** Pull requests: what gitops-update opens in a config repository, with its labels and requested reviewers. */
import { nodeId, now, repository as repositoryObject, user } from '../objects.js';
import { type Route, type RouteRequest, notFound, page, validationFailed } from './route.js';

function pulls(request: RouteRequest): Array<Record<string, any>> {
  return request.state.list(request.repository, 'pulls');
}

function branchRef(request: RouteRequest, branch: string, sha: string) {
  const { facts } = request.repository;
  return {
    label: `${facts.owner}:${branch}`,
    ref: branch,
    sha,
    user: user(request.state.urls, facts.owner, facts.ownerId),
    repo: repositoryObject(request.state.urls, facts),
  };
}

function byNumber(request: RouteRequest): Record<string, any> | undefined {
  return pulls(request).find((p) => p.number === Number(request.params.pull_number));
}

export const pullRoutes: Route[] = [
  {
    operationId: 'pulls/create',
    handle(request) {
      const { body, state, repository } = request;
      if (!body.title) return validationFailed('PullRequest', 'title', 'missing_field');
      const head = String(body.head).replace(/^[^:]+:/, '');
      const headSha = state.resolveRef(repository, head);
      const baseSha = state.resolveRef(repository, body.base);
      if (!headSha) return validationFailed('PullRequest', 'head', 'invalid');
      if (!baseSha) return validationFailed('PullRequest', 'base', 'invalid');
      if (head === body.base)
        return validationFailed('PullRequest', 'base', 'invalid', `No commits between ${body.base} and ${head}`);
      if (pulls(request).some((p) => p.state === 'open' && p.head.ref === head && p.base.ref === body.base))
        return validationFailed(
          'PullRequest',
          'head',
          'custom',
          `A pull request already exists for ${repository.facts.owner}:${head}.`,
        );
      const id = state.nextId();
      const number = pulls(request).length + 1;
      const { owner, name } = repository.facts;
      const api = `${state.urls.api}/repos/${owner}/${name}`;
      const web = `${state.urls.web}/${owner}/${name}`;
      const created = now();
      const link = (href: string) => ({ href });
      const pull = {
        url: `${api}/pulls/${number}`,
        id,
        node_id: nodeId('PR', id),
        html_url: `${web}/pull/${number}`,
        diff_url: `${web}/pull/${number}.diff`,
        patch_url: `${web}/pull/${number}.patch`,
        issue_url: `${api}/issues/${number}`,
        commits_url: `${api}/pulls/${number}/commits`,
        review_comments_url: `${api}/pulls/${number}/comments`,
        review_comment_url: `${api}/pulls/comments{/number}`,
        comments_url: `${api}/issues/${number}/comments`,
        statuses_url: `${api}/statuses/${headSha}`,
        number,
        state: 'open',
        locked: false,
        title: body.title,
        user: user(state.urls, request.actor, state.userId(request.actor)),
        body: body.body ?? null,
        labels: [],
        milestone: null,
        active_lock_reason: null,
        created_at: created,
        updated_at: created,
        closed_at: null,
        merged_at: null,
        merge_commit_sha: null,
        assignee: null,
        assignees: [],
        requested_reviewers: [],
        requested_teams: [],
        head: branchRef(request, head, headSha),
        base: branchRef(request, body.base, baseSha),
        _links: {
          self: link(`${api}/pulls/${number}`),
          html: link(`${web}/pull/${number}`),
          issue: link(`${api}/issues/${number}`),
          comments: link(`${api}/issues/${number}/comments`),
          review_comments: link(`${api}/pulls/${number}/comments`),
          review_comment: link(`${api}/pulls/comments{/number}`),
          commits: link(`${api}/pulls/${number}/commits`),
          statuses: link(`${api}/statuses/${headSha}`),
        },
        author_association: 'OWNER',
        auto_merge: null,
        draft: body.draft ?? false,
        merged: false,
        mergeable: null,
        rebaseable: null,
        mergeable_state: 'unknown',
        merged_by: null,
        comments: 0,
        review_comments: 0,
        maintainer_can_modify: body.maintainer_can_modify ?? false,
        commits: 1,
        additions: 0,
        deletions: 0,
        changed_files: 0,
      };
      pulls(request).push(pull);
      return { status: 201, body: pull };
    },
  },
  {
    operationId: 'pulls/list',
    handle(request) {
      const { query } = request;
      const wanted = query.get('state') ?? 'open';
      const head = query.get('head');
      const base = query.get('base');
      const matches = pulls(request)
        .filter((p) => wanted === 'all' || p.state === wanted)
        .filter((p) => !head || p.head.label === head)
        .filter((p) => !base || p.base.ref === base)
        .reverse();
      return { status: 200, body: page(matches, query) };
    },
  },
  {
    operationId: 'pulls/get',
    handle(request) {
      const pull = byNumber(request);
      return pull ? { status: 200, body: pull } : notFound();
    },
  },
  {
    operationId: 'pulls/update',
    handle(request) {
      const pull = byNumber(request);
      if (!pull) return notFound();
      const { body } = request;
      for (const key of ['title', 'body', 'state', 'maintainer_can_modify'] as const)
        if (body[key] !== undefined) pull[key] = body[key];
      if (body.base)
        pull.base = branchRef(
          request,
          body.base,
          request.state.resolveRef(request.repository, body.base) ?? pull.base.sha,
        );
      pull.updated_at = now();
      pull.closed_at = pull.state === 'closed' ? (pull.closed_at ?? pull.updated_at) : null;
      return { status: 200, body: pull };
    },
  },
  {
    // Labels of a pull request are its issue's: created in the repository on first use.
    operationId: 'issues/add-labels',
    handle(request) {
      const pull = pulls(request).find((p) => p.number === Number(request.params.issue_number));
      if (!pull) return notFound();
      const { body, state, repository } = request;
      const given: unknown[] = Array.isArray(body) ? body : (body.labels ?? []);
      const names = given.map((label) =>
        typeof label === 'string' ? label : String((label as { name?: string }).name),
      );
      const known = state.list(repository, 'labels');
      const { owner, name } = repository.facts;
      for (const label of names) {
        if (pull.labels.some((existing: { name: string }) => existing.name === label)) continue;
        let object = known.find((existing) => existing.name === label);
        if (!object) {
          const id = state.nextId();
          object = {
            id,
            node_id: nodeId('LA', id),
            url: `${state.urls.api}/repos/${owner}/${name}/labels/${encodeURIComponent(label)}`,
            name: label,
            // null on GitHub for a label without one, but a pull request's schema wants a string.
            description: '',
            color: 'ededed',
            default: false,
          };
          known.push(object);
        }
        pull.labels.push(object);
      }
      return { status: 200, body: pull.labels };
    },
  },
  {
    operationId: 'pulls/request-reviewers',
    handle(request) {
      const pull = byNumber(request);
      if (!pull) return notFound();
      const { body, state, repository } = request;
      const reviewers: string[] = body.reviewers ?? [];
      const teams: string[] = body.team_reviewers ?? [];
      // GitHub answers with a message ("Review cannot be requested from pull request author."),
      // but its description documents this 422 without a body, which the server enforces.
      if (reviewers.includes(pull.user.login)) return { status: 422 };
      const { owner } = repository.facts;
      for (const login of reviewers) {
        if (!pull.requested_reviewers.some((u: { login: string }) => u.login === login))
          pull.requested_reviewers.push(user(state.urls, login, state.userId(login)));
      }
      for (const slug of teams) {
        if (pull.requested_teams.some((t: { slug: string }) => t.slug === slug)) continue;
        const id = state.userId(`team:${owner}/${slug}`);
        const url = `${state.urls.api}/orgs/${owner}/teams/${slug}`;
        pull.requested_teams.push({
          id,
          node_id: nodeId('T', id),
          url,
          html_url: `${state.urls.web}/orgs/${owner}/teams/${slug}`,
          name: slug,
          slug,
          description: null,
          privacy: 'closed',
          notification_setting: 'notifications_enabled',
          permission: 'pull',
          members_url: `${url}/members{/member}`,
          repositories_url: `${url}/repos`,
          parent: null,
          type: 'organization',
        });
      }
      pull.updated_at = now();
      return { status: 201, body: pull };
    },
  },
];
