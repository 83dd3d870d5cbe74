/** What every job of one run shares: the event, the repository, settings, and where output goes. */
import type { Approver } from './approval.js';
import type { ConcurrencyGroups } from './concurrency.js';
import type { Outcome, Reporter } from './reporter.js';
import type { ScopedValues } from './settings.js';

export interface RunSettings {
  /** The repository's top folder (the one holding .github/workflows). */
  repository: string;
  /** owner/name. */
  repositoryName: string;
  /** This suite's checkout: `uses: kube-release/kube-release-actions/...@ref` runs from here. */
  suiteRoot: string;
  eventName: string;
  payload: Record<string, any>;
  ref: string;
  sha: string;
  actor: string;
  runId: string;
  runNumber: string;
  secrets: ScopedValues;
  vars: ScopedValues;
  approve: Approver;
  concurrency: ConcurrencyGroups;
  reporter: Reporter;
  /** Where each job's workspace and temp folder are made. */
  runDir: string;
  /** The GitHub API (the stand-in): GITHUB_API_URL and the token behind secrets.GITHUB_TOKEN. */
  api: { url: string; token: string };
  serverUrl: string;
  /** The machine's environment, which every step inherits (PATH, HOME, a container engine's settings, ...). */
  env: Record<string, string>;
  /** Aborted when the whole run is cancelled (Ctrl-C). */
  signal: AbortSignal;
}

export interface JobResult {
  id: string;
  label: string;
  result: Outcome;
  outputs: Record<string, string>;
}

/** The github context for expressions, as the runner fills it for a job. */
export function githubContext(
  settings: RunSettings,
  extra: { workflow: string; job?: string; workspace?: string; workflowRef?: string },
): Record<string, unknown> {
  const { ref } = settings;
  const [owner] = settings.repositoryName.split('/');
  return {
    event_name: settings.eventName,
    event: settings.payload,
    event_path: '',
    sha: settings.sha,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: false,
    head_ref: settings.payload.pull_request?.head?.ref ?? '',
    base_ref: settings.payload.pull_request?.base?.ref ?? '',
    repository: settings.repositoryName,
    repository_owner: owner,
    repositoryUrl: `git://github.com/${settings.repositoryName}.git`,
    actor: settings.actor,
    triggering_actor: settings.actor,
    run_id: settings.runId,
    run_number: settings.runNumber,
    run_attempt: '1',
    retention_days: '90',
    workflow: extra.workflow,
    workflow_ref: extra.workflowRef ?? '',
    job: extra.job ?? '',
    server_url: settings.serverUrl,
    api_url: settings.api.url,
    graphql_url: `${settings.api.url}/graphql`,
    workspace: extra.workspace ?? '',
    action: '',
    token: settings.api.token,
    secret_source: 'Actions',
  };
}

/** The URL of the run, as GitHub would show it. */
export function runUrl(settings: RunSettings): string {
  return `${settings.serverUrl}/${settings.repositoryName}/actions/runs/${settings.runId}`;
}
