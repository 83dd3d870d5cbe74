/**
 * GitHub's REST objects as api.github.com returns them (users, repositories), built from
 * the few facts the stand-in keeps. Every field the published schema requires is present;
 * the server checks each response against that schema.
 */

export interface StandInUrls {
  /** Where the API is served: http://127.0.0.1:PORT. */
  api: string;
  /** The web UI the links point at (github.com, as on GitHub; nothing is served there). */
  web: string;
}

export function user(urls: StandInUrls, login: string, id: number) {
  const url = `${urls.api}/users/${login}`;
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `${urls.web}/${login}.png`,
    gravatar_id: '',
    url,
    html_url: `${urls.web}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'User',
    site_admin: false,
  };
}

export function repository(
  urls: StandInUrls,
  facts: { owner: string; name: string; id: number; ownerId: number; defaultBranch: string; createdAt: string },
) {
  const fullName = `${facts.owner}/${facts.name}`;
  const url = `${urls.api}/repos/${fullName}`;
  const template = (path: string) => `${url}/${path}`;
  return {
    id: facts.id,
    node_id: nodeId('R', facts.id),
    name: facts.name,
    full_name: fullName,
    owner: user(urls, facts.owner, facts.ownerId),
    private: false,
    html_url: `${urls.web}/${fullName}`,
    description: null,
    fork: false,
    url,
    archive_url: template('{archive_format}{/ref}'),
    assignees_url: template('assignees{/user}'),
    blobs_url: template('git/blobs{/sha}'),
    branches_url: template('branches{/branch}'),
    collaborators_url: template('collaborators{/collaborator}'),
    comments_url: template('comments{/number}'),
    commits_url: template('commits{/sha}'),
    compare_url: template('compare/{base}...{head}'),
    contents_url: template('contents/{+path}'),
    contributors_url: template('contributors'),
    deployments_url: template('deployments'),
    downloads_url: template('downloads'),
    events_url: template('events'),
    forks_url: template('forks'),
    git_commits_url: template('git/commits{/sha}'),
    git_refs_url: template('git/refs{/sha}'),
    git_tags_url: template('git/tags{/sha}'),
    git_url: `git://github.com/${fullName}.git`,
    issue_comment_url: template('issues/comments{/number}'),
    issue_events_url: template('issues/events{/number}'),
    issues_url: template('issues{/number}'),
    keys_url: template('keys{/key_id}'),
    labels_url: template('labels{/name}'),
    languages_url: template('languages'),
    merges_url: template('merges'),
    milestones_url: template('milestones{/number}'),
    notifications_url: template('notifications{?since,all,participating}'),
    pulls_url: template('pulls{/number}'),
    releases_url: template('releases{/id}'),
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: template('stargazers'),
    statuses_url: template('statuses/{sha}'),
    subscribers_url: template('subscribers'),
    subscription_url: template('subscription'),
    tags_url: template('tags'),
    teams_url: template('teams'),
    trees_url: template('git/trees{/sha}'),
    clone_url: `${urls.web}/${fullName}.git`,
    mirror_url: null,
    hooks_url: template('hooks'),
    svn_url: `${urls.web}/${fullName}`,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: facts.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: facts.createdAt,
    created_at: facts.createdAt,
    updated_at: facts.createdAt,
  };
}

/** GitHub's global node IDs are opaque base64 text; these only need to be unique and stable. */
export function nodeId(prefix: string, id: number): string {
  return Buffer.from(`${prefix}_kgDO${id}`).toString('base64').replace(/=+$/, '');
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
