/**
 * One job with steps: its environment (approval gate, scoped secrets and variables, a
 * deployment record), its concurrency group, its steps in order with if:, env, outputs and
 * the file commands, post steps at the end in reverse order, the processes its steps left
 * running terminated, then its outputs and its environment's url.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMapping } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { describeGate } from './approval.js';
import { DeploymentRecord } from './deployments.js';
import {
  type Contexts,
  type StatusFunctions,
  asText,
  evaluateCondition,
  evaluateMapping,
  evaluateToken,
} from './expressions.js';
import { Masker } from './masker.js';
import { newTrackingId, terminateOrphans } from './orphans.js';
import type { JobReport, Outcome } from './reporter.js';
import { type JobResult, type RunSettings, githubContext, runUrl } from './run-context.js';
import { valuesFor } from './settings.js';
import { type StepContext, type StepRun, runStep } from './step-run.js';
import { type StepsJobModel, type WorkflowModel, find } from './workflow-file.js';

export interface JobScope {
  workflow: WorkflowModel;
  /** The job's label in the run: "release / staging". */
  label: string;
  inputs: Record<string, unknown>;
  /** The secrets a job of this workflow sees without an environment (repository's, or those a caller passed). */
  secrets: Record<string, string>;
  needs: Record<string, { result: Outcome; outputs: Record<string, string> }>;
  status: StatusFunctions;
  matrix: Record<string, unknown>;
}

export interface JobRun extends JobResult {
  report: JobReport;
}

function environmentTokens(token: TemplateToken | undefined): { name?: TemplateToken; url?: TemplateToken } {
  if (!token) return {};
  if (isMapping(token)) return { name: find(token, 'name'), url: find(token, 'url') };
  return { name: token };
}

function seconds(started: number): number {
  return Date.now() - started;
}

export async function runStepsJob(job: StepsJobModel, scope: JobScope, settings: RunSettings): Promise<JobRun> {
  const started = Date.now();
  const { reporter } = settings;
  const label = scope.label;
  const masker = new Masker();
  const finish = (result: Outcome, extra: Partial<JobReport> = {}, outputs: Record<string, string> = {}): JobRun => {
    const report: JobReport = { label, result, durationMs: seconds(started), ...extra };
    if (extra.note) extra.note = masker.apply(extra.note);
    reporter.jobFinished(report);
    return { id: job.id, label, result, outputs, report };
  };

  const base: Contexts = {
    github: githubContext(settings, { workflow: scope.workflow.name, job: job.id }),
    needs: scope.needs,
    inputs: scope.inputs,
    matrix: scope.matrix,
    strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 },
    vars: settings.vars.repository,
  };

  // The environment: its name decides the secrets and variables the job may see.
  const environmentToken = environmentTokens(job.environment);
  let environment: string | undefined;
  try {
    environment = asText(evaluateToken(environmentToken.name, base)).trim() || undefined;
  } catch (error) {
    return finish('failure', { note: `environment: ${(error as Error).message}` });
  }
  const secrets = { ...scope.secrets, ...(environment ? (settings.secrets.environments[environment] ?? {}) : {}) };
  secrets.GITHUB_TOKEN = settings.api.token;
  for (const value of Object.values(secrets)) masker.add(value);
  const vars = valuesFor(settings.vars, environment);
  const contexts: Contexts = { ...base, vars, secrets };

  reporter.jobStarted(label, environment ? `environment ${environment}` : undefined);

  if (environment) {
    const gate = {
      environment,
      job: label,
      ref: settings.ref,
      sha: settings.sha,
      secrets: Object.keys(settings.secrets.environments[environment] ?? {}),
      vars: Object.keys(settings.vars.environments[environment] ?? {}),
    };
    for (const line of describeGate(gate)) reporter.notice(label, line);
    const decision = await settings.approve(gate);
    if (!decision.approved)
      return finish('failure', {
        environment,
        note: `the deployment to ${environment} was not approved (${decision.by})`,
      });
    reporter.notice(label, `approved by ${decision.by}`);
  }

  // Concurrency: wait for the group (cancel-in-progress: false queues, true takes over).
  const abort = new AbortController();
  const onRunAbort = () => abort.abort();
  settings.signal.addEventListener('abort', onRunAbort, { once: true });
  let cancelReason: string | undefined;
  let lease: { release(): void } | undefined;
  try {
    if (job.concurrency) {
      const concurrency = evaluateToken(job.concurrency, contexts);
      const group =
        typeof concurrency === 'string' ? concurrency : asText((concurrency as Record<string, unknown>)?.group);
      const cancelInProgress =
        typeof concurrency === 'object' &&
        concurrency !== null &&
        (concurrency as Record<string, unknown>)['cancel-in-progress'] === true;
      const acquired = await settings.concurrency.acquire(group, {
        cancelInProgress,
        cancel: (reason) => {
          cancelReason = reason;
          abort.abort();
        },
        onWait: (message) => reporter.notice(label, message),
      });
      if ('cancelled' in acquired) return finish('cancelled', { environment, note: acquired.cancelled });
      lease = acquired;
    }

    const workspace = join(
      settings.runDir,
      job.id.replace(/[^A-Za-z0-9_.-]/g, '_') + '-' + Math.random().toString(36).slice(2, 8),
    );
    const stepContext: StepContext = {
      settings,
      job,
      label,
      workspace: join(workspace, 'workspace'),
      runnerTemp: join(workspace, 'temp'),
      masker,
      signal: abort.signal,
      path: [],
      env: {},
      trackingId: newTrackingId(),
    };
    mkdirSync(stepContext.workspace, { recursive: true });
    mkdirSync(stepContext.runnerTemp, { recursive: true });
    const github = githubContext(settings, {
      workflow: scope.workflow.name,
      job: job.id,
      workspace: stepContext.workspace,
    });
    const runner = {
      os: 'Linux',
      arch: 'X64',
      name: 'kube-release local runner',
      environment: 'self-hosted',
      temp: stepContext.runnerTemp,
      tool_cache: join(workspace, 'tool-cache'),
      debug: '',
    };

    let deployment: DeploymentRecord | undefined;
    if (environment) {
      deployment = await DeploymentRecord.create(
        { url: settings.api.url, token: settings.api.token, repository: settings.repositoryName },
        { ref: settings.ref, sha: settings.sha, environment, description: label, logUrl: runUrl(settings) },
      );
      await deployment.status('in_progress', { log_url: runUrl(settings) });
    }

    let env: Record<string, string>;
    try {
      env = {
        ...evaluateMapping(scope.workflow.env, { github, secrets, inputs: scope.inputs, vars }),
        ...evaluateMapping(job.env, { ...contexts, github }),
      };
    } catch (error) {
      return finish('failure', { environment, note: `env: ${(error as Error).message}` });
    }
    stepContext.env = env;

    const steps: Record<string, { outputs: Record<string, string>; outcome: Outcome; conclusion: Outcome }> = {};
    const posts: StepRun[] = [];
    let failed = false;
    let firstFailure: string | undefined;
    for (const step of job.steps) {
      const stepContexts: Contexts = {
        ...contexts,
        github,
        runner,
        env: { ...stepContext.env },
        steps,
        job: {
          status: failed ? 'failure' : abort.signal.aborted ? 'cancelled' : 'success',
          container: {},
          services: {},
        },
      };
      const status: StatusFunctions = { success: !failed, failure: failed, cancelled: abort.signal.aborted };
      const run = await runStep(step, stepContexts, status, stepContext);
      if (step.hasOwnId) steps[step.id] = { outputs: run.outputs, outcome: run.outcome, conclusion: run.conclusion };
      if (run.post) posts.push(run);
      if (run.conclusion === 'failure') {
        failed = true;
        firstFailure ??= run.note;
      }
    }
    for (const run of posts.reverse()) await run.post?.(!failed);
    for (const line of await terminateOrphans(stepContext.trackingId)) reporter.notice(label, line);

    const result: Outcome = abort.signal.aborted ? 'cancelled' : failed ? 'failure' : 'success';
    const finalContexts: Contexts = {
      ...contexts,
      github,
      runner,
      env: stepContext.env,
      steps,
      job: { status: result },
    };
    let outputs: Record<string, string> = {};
    let url: string | undefined;
    try {
      outputs = evaluateMapping(job.outputs, finalContexts);
      // A job output holding a secret is not passed on (GitHub drops it with a warning).
      for (const [name, value] of Object.entries(outputs))
        if (masker.apply(value) !== value) {
          reporter.notice(label, `output ${name} holds a secret and is not passed on`);
          outputs[name] = '';
        }
      url = environmentToken.url ? asText(evaluateToken(environmentToken.url, finalContexts)) || undefined : undefined;
    } catch (error) {
      return finish('failure', { environment, note: `outputs: ${(error as Error).message}` });
    }
    if (deployment)
      await deployment.status(result === 'success' ? 'success' : result === 'cancelled' ? 'error' : 'failure', {
        log_url: runUrl(settings),
        environment_url: url,
      });
    const note = result === 'cancelled' ? (cancelReason ?? 'the run was cancelled') : firstFailure;
    return finish(result, { environment, url, note }, outputs);
  } finally {
    settings.signal.removeEventListener('abort', onRunAbort);
    lease?.release();
  }
}

/** A job's if: decides with the needs' results; not meeting it is "skipped". */
export function jobCondition(condition: string, contexts: Contexts, status: StatusFunctions): boolean {
  return evaluateCondition(condition, contexts, status);
}
