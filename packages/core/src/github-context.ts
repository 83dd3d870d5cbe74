import { readFileSync } from 'node:fs';

/**
 * The parts of the workflow run's context the actions use, read from the runner's
 * environment and event payload. (A small reader instead of @actions/github, which
 * would pull an HTTP client into every bundle for no use.)
 */
export interface GitHubContext {
  eventName: string;
  sha: string;
  ref: string;
  refName: string;
  refType: string;
  headRef: string;
  baseRef: string;
  repository: string;
  serverUrl: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  actor: string;
  workflow: string;
  job: string;
  workspace: string;
  runnerTemp: string;
  payload: Record<string, any>;
}

export function githubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, any>;
    } catch {
      payload = {};
    }
  }
  const ref = env.GITHUB_REF ?? '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref,
    refName: env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, ''),
    refType:
      env.GITHUB_REF_TYPE ?? (ref.startsWith('refs/tags/') ? 'tag' : ref.startsWith('refs/heads/') ? 'branch' : ''),
    headRef: env.GITHUB_HEAD_REF ?? '',
    baseRef: env.GITHUB_BASE_REF ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    runNumber: env.GITHUB_RUN_NUMBER ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? '',
    payload,
  };
}

/** The URL of the workflow run, for annotations and release records. */
export function runUrl(context: GitHubContext): string {
  if (!context.repository || !context.runId) return '';
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}

/** The URL of a commit of the repository (the run's own by default). */
export function commitUrl(context: GitHubContext, sha = context.sha): string {
  if (!context.repository || !sha) return '';
  return `${context.serverUrl}/${context.repository}/commit/${sha}`;
}

/** The URL of GitHub's compare view between two commits or refs: `base...head`. */
export function compareUrl(context: GitHubContext, base: string, head: string): string {
  if (!context.repository || !base || !head) return '';
  return `${context.serverUrl}/${context.repository}/compare/${base}...${head}`;
}
