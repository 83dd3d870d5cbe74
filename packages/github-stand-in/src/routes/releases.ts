/** Releases: what publishing v1.4.0 creates, and what a release event carries. */
import { nodeId, now, user } from '../objects.js';
import { type Route, type RouteRequest, notFound, page, validationFailed } from './route.js';

function releases(request: RouteRequest): Array<Record<string, any>> {
  return request.state.list(request.repository, 'releases');
}

/**
 * The notes generate_release_notes asks GitHub to write: the pull requests merged since the
 * previous release (the stand-in knows none), then the full changelog's link, from that
 * release's tag (or the commits of the tag, for a first release). A body given comes first.
 */
function releaseNotes(request: RouteRequest, web: string, tag: string, given: string | undefined): string {
  const previous = [...releases(request)].reverse().find((r) => !r.draft && !r.prerelease);
  const link = previous
    ? `**Full Changelog**: ${web}/compare/${previous.tag_name}...${tag}`
    : `**Full Changelog**: ${web}/commits/${tag}`;
  return given ? `${given}\n\n${link}` : link;
}

function found(release: Record<string, any> | undefined) {
  return release ? { status: 200, body: release } : notFound();
}

export const releaseRoutes: Route[] = [
  {
    operationId: 'repos/create-release',
    handle(request) {
      const { body, state, repository } = request;
      if (releases(request).some((r) => r.tag_name === body.tag_name))
        return validationFailed('Release', 'tag_name', 'already_exists');
      const id = state.nextId();
      const { owner, name } = repository.facts;
      const api = `${state.urls.api}/repos/${owner}/${name}`;
      const web = `${state.urls.web}/${owner}/${name}`;
      const created = now();
      const draft = body.draft ?? false;
      const release = {
        url: `${api}/releases/${id}`,
        html_url: `${web}/releases/tag/${encodeURIComponent(body.tag_name)}`,
        assets_url: `${api}/releases/${id}/assets`,
        upload_url: `${state.urls.api.replace(/\/\/[^/]+/, '//uploads.github.com')}/repos/${owner}/${name}/releases/${id}/assets{?name,label}`,
        tarball_url: `${api}/tarball/${body.tag_name}`,
        zipball_url: `${api}/zipball/${body.tag_name}`,
        id,
        node_id: nodeId('RE', id),
        tag_name: body.tag_name,
        target_commitish: body.target_commitish ?? repository.facts.defaultBranch,
        name: body.name ?? body.tag_name,
        body: body.generate_release_notes ? releaseNotes(request, web, body.tag_name, body.body) : (body.body ?? ''),
        draft,
        prerelease: body.prerelease ?? false,
        created_at: created,
        published_at: draft ? null : created,
        author: user(state.urls, request.actor, state.userId(request.actor)),
        assets: [],
      };
      releases(request).push(release);
      return { status: 201, body: release };
    },
  },
  {
    operationId: 'repos/list-releases',
    handle(request) {
      return { status: 200, body: page([...releases(request)].reverse(), request.query) };
    },
  },
  {
    operationId: 'repos/get-release',
    handle(request) {
      return found(releases(request).find((r) => r.id === Number(request.params.release_id)));
    },
  },
  {
    operationId: 'repos/get-release-by-tag',
    handle(request) {
      return found(releases(request).find((r) => r.tag_name === request.params.tag));
    },
  },
  {
    operationId: 'repos/get-latest-release',
    handle(request) {
      // The most recent published full release (drafts and pre-releases excluded), as GitHub defines "latest".
      return found([...releases(request)].reverse().find((r) => !r.draft && !r.prerelease));
    },
  },
];
