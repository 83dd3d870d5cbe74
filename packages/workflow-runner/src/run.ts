/**
 * Runs a workflow file for an event, as GitHub would for this repository: the event must
 * trigger it (on: and its filters), its payload is completed the way GitHub fills it (a
 * release is published through the API stand-in), and the run's ref and commit follow
 * from the event.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { type GitHubStandIn, startGitHubStandIn, user } from '@kra/github-stand-in';
import { repoRoot } from '@kra/local-runner';
import { type Approver, approver } from './approval.js';
import { ConcurrencyGroups } from './concurrency.js';
import { git, resolveCommit } from './git.js';
import { type Outcome, type Reporter, TextReporter } from './reporter.js';
import type { RunSettings } from './run-context.js';
import { NO_VALUES, type ScopedValues, loadScopedValues } from './settings.js';
import { type WorkflowModel, WorkflowError, loadWorkflow } from './workflow-file.js';
import { type WorkflowResult, runWorkflowModel } from './workflow-run.js';

export interface RunWorkflowOptions {
  /** The workflow file (in <repository>/.github/workflows). */
  workflow: string;
  /** The event; default: push. */
  event?: string;
  /** The event payload (what --payload FILE holds); missing parts are filled in as GitHub fills them. */
  payload?: Record<string, any>;
  /** Environments approved beforehand; others are asked for on a terminal, or refused. */
  approve?: string[] | 'all';
  /** Or a custom approver (tests). */
  approver?: Approver;
  interactive?: boolean;
  secrets?: ScopedValues | string;
  vars?: ScopedValues | string;
  /** Where job workspaces are made; default a new temp folder. */
  workspace?: string;
  /** owner/name; default from the origin remote when it is on GitHub, else local/<folder>. */
  repositoryName?: string;
  /**
   * The GitHub server the run belongs to (GITHUB_SERVER_URL, github.server_url), where git
   * reaches repositories; default https://github.com. A GitHub Enterprise Server run has its own.
   */
  serverUrl?: string;
  actor?: string;
  /** An API stand-in to use (shared by several runs); default: one started for this run. */
  github?: GitHubStandIn;
  /** Concurrency groups shared with other runs in this process. */
  concurrency?: ConcurrencyGroups;
  reporter?: Reporter;
  /** The environment steps inherit; default this process's. */
  env?: Record<string, string>;
  signal?: AbortSignal;
}

export interface RunWorkflowResult extends WorkflowResult {
  runId: string;
  ref: string;
  sha: string;
  payload: Record<string, any>;
  durationMs: number;
}

const sharedConcurrency = new ConcurrencyGroups();
let runCounter = 0;

function repositoryOf(workflowFile: string): string {
  const folder = dirname(resolve(workflowFile));
  if (basename(folder) !== 'workflows' || basename(dirname(folder)) !== '.github')
    throw new WorkflowError(`${workflowFile}: a workflow lives in <repository>/.github/workflows/`);
  return dirname(dirname(folder));
}

function defaultRepositoryName(repository: string): string {
  try {
    const url = git(repository, 'config', '--get', 'remote.origin.url');
    const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?$/.exec(url);
    if (match) return `${match[1]}/${match[2]}`;
  } catch {
    /* no origin */
  }
  return `local/${basename(repository)}`;
}

function glob(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function matchesAny(value: string, patterns: string[] | undefined): boolean {
  return (patterns ?? []).some((pattern) => glob(pattern).test(value));
}

/** Whether the workflow's on: takes this event (types, branches, tags); a one-line reason when not. */
export function triggerProblem(
  workflow: WorkflowModel,
  event: string,
  payload: Record<string, any>,
  ref: string,
): string | undefined {
  const filters = workflow.on[event] as Record<string, any> | undefined;
  if (!filters) return `${workflow.name} does not run on ${event} (it runs on ${Object.keys(workflow.on).join(', ')})`;
  if (filters.types && payload.action && !filters.types.includes(payload.action))
    return `${workflow.name} runs on ${event} of types ${filters.types.join(', ')}, not ${payload.action}`;
  if (event === 'push' || event === 'pull_request') {
    const isTag = ref.startsWith('refs/tags/');
    const name =
      event === 'pull_request'
        ? String(payload.pull_request?.base?.ref ?? '')
        : ref.replace(/^refs\/(heads|tags)\//, '');
    const hasBranchFilter = filters.branches || filters['branches-ignore'];
    const hasTagFilter = filters.tags || filters['tags-ignore'];
    if (isTag && event === 'push') {
      if (!hasTagFilter && hasBranchFilter) return `${workflow.name} runs on pushes to branches, not to tag ${name}`;
      if (filters.tags && !matchesAny(name, filters.tags))
        return `${workflow.name} runs on pushes of tags ${filters.tags.join(', ')}, not ${name}`;
      if (matchesAny(name, filters['tags-ignore'])) return `${workflow.name} ignores pushes of tag ${name}`;
    } else {
      if (!hasBranchFilter && hasTagFilter && event === 'push')
        return `${workflow.name} runs on pushes of tags, not to branch ${name}`;
      if (filters.branches && !matchesAny(name, filters.branches))
        return `${workflow.name} runs on ${event} for branches ${filters.branches.join(', ')}, not ${name}`;
      if (matchesAny(name, filters['branches-ignore'])) return `${workflow.name} ignores ${event} for branch ${name}`;
    }
  }
  return undefined;
}

function repositoryPayload(github: GitHubStandIn, repositoryName: string): Record<string, unknown> {
  const [owner, name] = repositoryName.split('/');
  const facts = github.state.repository(owner, name)?.facts;
  return facts
    ? {
        id: facts.id,
        name,
        full_name: repositoryName,
        owner: { login: owner, id: facts.ownerId },
        default_branch: facts.defaultBranch,
        html_url: `https://github.com/${repositoryName}`,
      }
    : { full_name: repositoryName };
}

/** The event's payload as GitHub sends it, with the ref and commit the run is for. */
async function completeEvent(
  event: string,
  given: Record<string, any>,
  repository: string,
  repositoryName: string,
  actor: string,
  github: GitHubStandIn,
): Promise<{ payload: Record<string, any>; ref: string; sha: string }> {
  const payload: Record<string, any> = { ...given };
  payload.repository ??= repositoryPayload(github, repositoryName);
  // The sender as GitHub sends it: its id makes the actor's noreply e-mail (<id>+<login>@…).
  payload.sender ??= user(github.state.urls, actor, github.state.userId(actor));
  const commit = (ref: string, what: string) => {
    const sha = resolveCommit(repository, ref);
    if (!sha) throw new WorkflowError(`${what}: ${ref} is not a commit of ${repository}`);
    return sha;
  };
  if (event === 'release') {
    payload.action ??= 'published';
    const release = payload.release as Record<string, any> | undefined;
    if (!release?.tag_name)
      throw new WorkflowError('--payload: a release event needs release.tag_name (and release.prerelease)');
    const sha = commit(`refs/tags/${release.tag_name}`, 'release.tag_name');
    if (release.id === undefined) {
      // Published through the API, so the payload carries the release exactly as GitHub returns it.
      const response = await fetch(`${github.url}/repos/${repositoryName}/releases`, {
        method: 'POST',
        headers: { authorization: `Bearer ${github.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          tag_name: release.tag_name,
          name: release.name ?? release.tag_name,
          body: release.body ?? '',
          prerelease: Boolean(release.prerelease),
          draft: false,
        }),
      });
      const created = (await response.json()) as Record<string, any>;
      if (!response.ok)
        throw new WorkflowError(`publishing release ${release.tag_name}: ${created.message ?? response.status}`);
      payload.release = created;
    }
    return { payload, ref: `refs/tags/${release.tag_name}`, sha };
  }
  if (event === 'push') {
    const ref = String(payload.ref ?? `refs/heads/${git(repository, 'rev-parse', '--abbrev-ref', 'HEAD')}`);
    const sha = String(payload.after ?? commit(ref, 'push ref'));
    payload.ref = ref;
    payload.after = sha;
    payload.before ??= resolveCommit(repository, `${sha}~1`) ?? '0'.repeat(40);
    payload.head_commit ??= { id: sha, message: git(repository, 'log', '-1', '--format=%s', sha) };
    return { payload, ref, sha };
  }
  if (event === 'workflow_dispatch') {
    const ref = String(payload.ref ?? `refs/heads/${git(repository, 'rev-parse', '--abbrev-ref', 'HEAD')}`);
    payload.ref = ref;
    payload.inputs ??= {};
    return { payload, ref, sha: commit(ref, 'workflow_dispatch ref') };
  }
  if (event === 'pull_request') {
    const number = payload.number ?? payload.pull_request?.number ?? 1;
    const head = String(payload.pull_request?.head?.sha ?? commit('HEAD', 'pull_request head'));
    return { payload: { action: 'opened', number, ...payload }, ref: `refs/pull/${number}/merge`, sha: head };
  }
  const ref = String(payload.ref ?? `refs/heads/${git(repository, 'rev-parse', '--abbrev-ref', 'HEAD')}`);
  return { payload, ref, sha: commit(ref, `${event} ref`) };
}

function values(input: ScopedValues | string | undefined, kind: 'secrets' | 'vars'): ScopedValues {
  if (input === undefined) return NO_VALUES;
  return typeof input === 'string' ? loadScopedValues(input, kind) : input;
}

/** Runs a workflow file end to end; resolves with every job's result (it never throws for a failed job). */
export async function runWorkflow(options: RunWorkflowOptions): Promise<RunWorkflowResult> {
  const started = Date.now();
  const file = resolve(options.workflow);
  const repository = repositoryOf(file);
  const workflow = await loadWorkflow(file, repository);
  const event = options.event ?? 'push';
  const repositoryName = options.repositoryName ?? defaultRepositoryName(repository);
  const actor = options.actor ?? 'octocat';
  const secrets = values(options.secrets, 'secrets');
  const vars = values(options.vars, 'vars');
  const github =
    options.github ??
    (await startGitHubStandIn({
      repositories: [repositoryName],
      actor,
      resolveRef: (_name, ref) => resolveCommit(repository, ref),
    }));
  const reporter =
    options.reporter ??
    new TextReporter((text) => process.stdout.write(text), { colour: Boolean(process.stdout.isTTY) });
  try {
    const { payload, ref, sha } = await completeEvent(
      event,
      options.payload ?? {},
      repository,
      repositoryName,
      actor,
      github,
    );
    const problem = triggerProblem(workflow, event, payload, ref);
    if (problem) throw new WorkflowError(problem);
    runCounter += 1;
    const runId = String(Date.now() * 10 + runCounter).slice(-10);
    const settings: RunSettings = {
      repository,
      repositoryName,
      suiteRoot: repoRoot(),
      eventName: event,
      payload,
      ref,
      sha,
      actor,
      runId,
      runNumber: String(runCounter),
      secrets,
      vars,
      approve:
        options.approver ?? approver({ approve: options.approve ?? [], interactive: options.interactive ?? false }),
      concurrency: options.concurrency ?? sharedConcurrency,
      reporter,
      runDir: options.workspace ?? mkdtempSync(join(tmpdir(), 'kube-release-run-')),
      api: { url: github.url, token: github.token },
      serverUrl: (options.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
      env: options.env ?? stepEnvironment(process.env),
      signal: options.signal ?? new AbortController().signal,
    };
    const title = `${workflow.name} (${relative(repository, file)}) on ${event} ${ref} ${sha.slice(0, 7)}`;
    reporter.runStarted(title);
    const result = await runWorkflowModel(
      workflow,
      { label: '', inputs: payload.inputs ?? {}, secrets: secrets.repository },
      settings,
    );
    const durationMs = Date.now() - started;
    reporter.runFinished(workflow.name, result.result, result.reports, durationMs);
    return { ...result, runId, ref, sha, payload, durationMs };
  } finally {
    if (!options.github) await github.stop();
  }
}

/** The machine's environment for steps: this process's, without what a runner sets per step. */
export function stepEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|STATE_|ACTIONS_)/.test(name) && name !== 'CI')
      result[name] = value;
  return result;
}

export function readPayload(file: string): Record<string, any> {
  try {
    const payload = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new Error('not a JSON object');
    return payload as Record<string, any>;
  } catch (error) {
    throw new WorkflowError(`--payload ${file}: ${(error as Error).message}`);
  }
}

export type { Outcome };
