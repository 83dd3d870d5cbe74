/**
 * A workflow's jobs in `needs` order (independent jobs at once), each decided by its if:
 * against its needs' results; jobs that call a reusable workflow run that workflow's jobs
 * with the inputs, secrets and outputs GitHub passes. Workflow-level concurrency is held
 * for the whole workflow.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Contexts, type StatusFunctions, asText, evaluateMapping, evaluateToken } from './expressions.js';
import { type JobRun, jobCondition, runStepsJob } from './job-run.js';
import type { JobReport, Outcome } from './reporter.js';
import { type JobResult, type RunSettings, githubContext } from './run-context.js';
import {
  type CallJobModel,
  type JobModel,
  type WorkflowModel,
  WorkflowError,
  find,
  loadWorkflow,
} from './workflow-file.js';

export interface WorkflowScope {
  label: string;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
}

export interface WorkflowResult {
  result: Outcome;
  jobs: Record<string, JobResult>;
  reports: JobReport[];
}

const SUITE_WORKFLOW = /^kube-release\/kube-release-actions\/(\.github\/workflows\/[^@]+)@(.+)$/;

/** Where a called workflow's file is: this repository (./) or this suite (kube-release/kube-release-actions/...@ref). */
function calledWorkflowFile(uses: string, settings: RunSettings): string {
  const suite = SUITE_WORKFLOW.exec(uses);
  const file = uses.startsWith('./')
    ? resolve(settings.repository, uses)
    : suite
      ? join(settings.suiteRoot, suite[1])
      : undefined;
  if (!file)
    throw new WorkflowError(
      `uses: ${uses} is not available locally: call ./.github/workflows/<file> or kube-release/kube-release-actions/.github/workflows/<file>@<ref>`,
    );
  if (!existsSync(file)) throw new WorkflowError(`uses: ${uses}: ${file} does not exist`);
  return file;
}

/** Every ancestor job's result, for failure() at job level ("any ancestor failed"). */
function ancestors(job: JobModel, byId: Map<string, JobModel>, seen = new Set<string>()): Set<string> {
  for (const need of job.needs) {
    if (seen.has(need)) continue;
    seen.add(need);
    const parent = byId.get(need);
    if (parent) ancestors(parent, byId, seen);
  }
  return seen;
}

/** The inputs a called workflow gets: its declared defaults and types, the caller's with:. */
function callInputs(
  workflow: WorkflowModel,
  given: Record<string, unknown>,
  where: string,
  contexts: Contexts,
): Record<string, unknown> {
  const declared = (workflow.on.workflow_call?.inputs ?? {}) as Record<
    string,
    { type?: string; required?: boolean; default?: unknown }
  >;
  const tokens = find(find(workflow.onToken, 'workflow_call'), 'inputs');
  for (const name of Object.keys(given))
    if (!(name in declared)) throw new WorkflowError(`${where}: with.${name} is not an input of ${workflow.name}`);
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    let value = given[name];
    if (value === undefined) {
      const defaultToken = find(find(tokens, name), 'default');
      value = defaultToken ? evaluateToken(defaultToken, contexts) : undefined;
      if (value === undefined && spec.required)
        throw new WorkflowError(`${where}: input ${name} of ${workflow.name} is required`);
    }
    const type = spec.type ?? 'string';
    if (type === 'boolean') value = value === undefined ? false : value === true || value === 'true';
    else if (type === 'number') {
      const number = value === undefined || value === '' ? 0 : Number(value);
      if (Number.isNaN(number))
        throw new WorkflowError(`${where}: input ${name} must be a number, got ${asText(value)}`);
      value = number;
    } else value = value === undefined ? '' : asText(value);
    inputs[name] = value;
  }
  return inputs;
}

/** The secrets a called workflow gets: all of the caller's (secrets: inherit) or those mapped. */
function callSecrets(
  workflow: WorkflowModel,
  job: CallJobModel,
  scope: WorkflowScope,
  contexts: Contexts,
  where: string,
): Record<string, string> {
  const declared = (workflow.on.workflow_call?.secrets ?? {}) as Record<string, { required?: boolean }>;
  const passed = job.inheritSecrets
    ? { ...scope.secrets }
    : evaluateMapping(job.secrets, { ...contexts, secrets: scope.secrets });
  if (!job.inheritSecrets)
    for (const name of Object.keys(passed))
      if (!(name in declared)) throw new WorkflowError(`${where}: secrets.${name} is not a secret of ${workflow.name}`);
  for (const [name, spec] of Object.entries(declared))
    if (spec.required && !passed[name])
      throw new WorkflowError(`${where}: secret ${name} of ${workflow.name} is required`);
  return passed;
}

export async function runWorkflowModel(
  workflow: WorkflowModel,
  scope: WorkflowScope,
  settings: RunSettings,
): Promise<WorkflowResult> {
  const byId = new Map(workflow.jobs.map((job) => [job.id, job]));
  for (const job of workflow.jobs)
    for (const need of job.needs)
      if (!byId.has(need))
        throw new WorkflowError(`${workflow.name}: job ${job.id} needs ${need}, which does not exist`);
  const results: Record<string, JobResult> = {};
  const reports: JobReport[] = [];
  const contextsFor = (job: JobModel): Contexts => ({
    github: githubContext(settings, { workflow: workflow.name, job: job.id }),
    needs: Object.fromEntries(
      job.needs.map((need) => [need, { result: results[need].result, outputs: results[need].outputs }]),
    ),
    inputs: scope.inputs,
    vars: settings.vars.repository,
    matrix: {},
    strategy: {},
  });

  // Workflow-level concurrency: the whole workflow holds the group.
  let lease: { release(): void } | undefined;
  const cancelled = new AbortController();
  if (workflow.concurrency) {
    const value = evaluateToken(workflow.concurrency, {
      github: githubContext(settings, { workflow: workflow.name }),
      inputs: scope.inputs,
      vars: settings.vars.repository,
    });
    const group = typeof value === 'string' ? value : asText((value as Record<string, unknown>)?.group);
    const acquired = await settings.concurrency.acquire(group, {
      cancelInProgress:
        typeof value === 'object' &&
        value !== null &&
        (value as Record<string, unknown>)['cancel-in-progress'] === true,
      cancel: () => cancelled.abort(),
      onWait: (message) => settings.reporter.notice(scope.label || workflow.name, message),
    });
    if ('cancelled' in acquired) {
      const report = {
        label: scope.label || workflow.name,
        result: 'cancelled' as const,
        durationMs: 0,
        note: acquired.cancelled,
      };
      settings.reporter.jobFinished(report);
      return { result: 'cancelled', jobs: {}, reports: [report] };
    }
    lease = acquired;
  }

  try {
    const running = new Map<string, Promise<void>>();
    const pending = new Set(workflow.jobs.map((job) => job.id));
    while (pending.size > 0 || running.size > 0) {
      for (const id of [...pending]) {
        const job = byId.get(id)!;
        if (!job.needs.every((need) => results[need])) continue;
        pending.delete(id);
        const contexts = contextsFor(job);
        const label = `${scope.label ? `${scope.label} / ` : ''}${jobName(job, contexts)}`;
        const family = ancestors(job, byId);
        const status: StatusFunctions = {
          success: job.needs.every((need) => results[need].result === 'success'),
          failure: [...family].some((need) => results[need]?.result === 'failure'),
          cancelled: settings.signal.aborted || cancelled.signal.aborted,
        };
        let run: Promise<JobRun | WorkflowJobRun>;
        try {
          if (!jobCondition(job.if, contexts, status)) {
            const report: JobReport = { label, result: 'skipped', durationMs: 0 };
            settings.reporter.jobFinished(report);
            results[id] = { id, label, result: 'skipped', outputs: {} };
            reports.push(report);
            continue;
          }
          run =
            job.type === 'call'
              ? runCallJob(job, label, contexts, scope, settings)
              : runStepsJob(
                  job,
                  {
                    workflow,
                    label,
                    inputs: scope.inputs,
                    secrets: scope.secrets,
                    needs: contexts.needs as never,
                    status,
                    matrix: {},
                  },
                  settings,
                );
        } catch (error) {
          run = Promise.resolve(failedJob(id, label, (error as Error).message, settings));
        }
        running.set(
          id,
          run
            .catch((error: unknown) => failedJob(id, label, (error as Error).message, settings))
            .then((done) => {
              results[id] = { id, label, result: done.result, outputs: done.outputs };
              if ('reports' in done) reports.push(...done.reports);
              else reports.push(done.report);
              running.delete(id);
            }),
        );
      }
      if (running.size === 0 && pending.size > 0)
        throw new WorkflowError(`${workflow.name}: the jobs ${[...pending].join(', ')} need each other`);
      if (running.size > 0) await Promise.race(running.values());
    }
  } finally {
    lease?.release();
  }
  const outcomes = Object.values(results).map((r) => r.result);
  const result: Outcome = outcomes.includes('failure')
    ? 'failure'
    : outcomes.includes('cancelled')
      ? 'cancelled'
      : 'success';
  return { result, jobs: results, reports };
}

/** The job's name: as GitHub shows it (its name:, else its id). */
function jobName(job: JobModel, contexts: Contexts): string {
  try {
    return job.name ? asText(evaluateToken(job.name, contexts)) || job.id : job.id;
  } catch {
    return job.id;
  }
}

interface WorkflowJobRun extends JobResult {
  reports: JobReport[];
}

function failedJob(id: string, label: string, message: string, settings: RunSettings): JobRun {
  const report: JobReport = { label, result: 'failure', durationMs: 0, note: message };
  settings.reporter.jobFinished(report);
  return { id, label, result: 'failure', outputs: {}, report };
}

async function runCallJob(
  job: CallJobModel,
  label: string,
  contexts: Contexts,
  scope: WorkflowScope,
  settings: RunSettings,
): Promise<WorkflowJobRun> {
  const file = calledWorkflowFile(job.uses, settings);
  const called = await loadWorkflow(file, settings.repository);
  if (!called.on.workflow_call)
    throw new WorkflowError(`${label}: ${job.uses} cannot be called: it has no on.workflow_call`);
  const given = job.with ? (evaluateToken(job.with, contexts) as Record<string, unknown>) : {};
  const inputs = callInputs(called, given, label, contexts);
  const secrets = callSecrets(called, job, scope, contexts, label);
  settings.reporter.jobStarted(label, `calls ${job.uses}`);
  const inner = await runWorkflowModel(called, { label, inputs, secrets }, settings);
  const outputTokens = find(find(called.onToken, 'workflow_call'), 'outputs');
  const outputs: Record<string, string> = {};
  const jobsContext = Object.fromEntries(
    Object.entries(inner.jobs).map(([id, r]) => [id, { result: r.result, outputs: r.outputs }]),
  );
  for (const name of Object.keys(called.on.workflow_call?.outputs ?? {}))
    outputs[name] = asText(
      evaluateToken(find(find(outputTokens, name), 'value'), {
        github: contexts.github,
        inputs,
        jobs: jobsContext,
        vars: settings.vars.repository,
      }),
    );
  return { id: job.id, label, result: inner.result, outputs, reports: inner.reports };
}
