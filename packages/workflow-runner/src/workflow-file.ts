/**
 * A workflow file, read with the runner's own parser (@actions/workflow-parser): schema
 * errors are reported with file and line; jobs come from its model (needs, if:, steps with
 * their ids), completed from the token tree with what the model leaves out (a step's with:,
 * shell, working-directory, timeout-minutes; a job's defaults and timeout-minutes).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  parseWorkflow,
} from '@actions/workflow-parser';
import type {
  ActionStep,
  Job,
  ReusableWorkflowJob,
  RunStep,
  WorkflowTemplate,
} from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

export class WorkflowError extends Error {}

export interface StepModel {
  /** The step's id (generated as __run, __actions_checkout, ... when it has none). */
  id: string;
  /** Named by the user (steps.<id> is only reachable for those). */
  hasOwnId: boolean;
  name?: TemplateToken;
  if: string;
  env?: TemplateToken;
  run?: TemplateToken;
  uses?: string;
  with?: TemplateToken;
  shell?: string;
  workingDirectory?: TemplateToken;
  continueOnError?: boolean | TemplateToken;
  timeoutMinutes?: TemplateToken;
  line?: number;
}

interface JobBase {
  id: string;
  name?: TemplateToken;
  needs: string[];
  if: string;
  outputs?: TemplateToken;
  concurrency?: TemplateToken;
  strategy?: TemplateToken;
  line?: number;
}

export interface StepsJobModel extends JobBase {
  type: 'job';
  env?: TemplateToken;
  environment?: TemplateToken;
  steps: StepModel[];
  defaultShell?: string;
  defaultWorkingDirectory?: string;
  timeoutMinutes?: TemplateToken;
}

export interface CallJobModel extends JobBase {
  type: 'call';
  uses: string;
  with?: TemplateToken;
  secrets?: TemplateToken;
  inheritSecrets: boolean;
}

export type JobModel = StepsJobModel | CallJobModel;

export interface WorkflowModel {
  file: string;
  /** The workflow's name: (or its path, as GitHub shows it). */
  name: string;
  /** The events and their filters (types, branches, tags, workflow_call inputs/secrets/outputs). */
  on: Record<string, any>;
  /** The on: section as tokens (workflow_call's input defaults and output values are expressions). */
  onToken?: TemplateToken;
  env?: TemplateToken;
  concurrency?: TemplateToken;
  defaultShell?: string;
  jobs: JobModel[];
}

export function find(mapping: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return mapping && isMapping(mapping) ? (mapping as MappingToken).find(key) : undefined;
}

function literal(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined;
  const value = (token as { value?: unknown }).value;
  return value === undefined ? undefined : String(value);
}

/** Plain JSON of a token tree with no expressions (the on: section). */
function plain(token: TemplateToken | undefined): any {
  if (!token) return undefined;
  if (isMapping(token)) {
    const result: Record<string, unknown> = {};
    for (const pair of token) result[String(literal(pair.key))] = plain(pair.value);
    return result;
  }
  if (isSequence(token)) {
    const items: unknown[] = [];
    for (const item of token) items.push(plain(item));
    return items;
  }
  return (token as { value?: unknown }).value ?? null;
}

function stepModel(step: ActionStep | RunStep, raw: TemplateToken | undefined): StepModel {
  const uses = 'uses' in step ? step.uses.value : undefined;
  return {
    id: step.id,
    hasOwnId: Boolean(literal(find(raw, 'id'))),
    name: step.name,
    if: step.if.expression,
    env: step.env,
    run: 'run' in step ? step.run : undefined,
    uses,
    with: find(raw, 'with'),
    shell: literal(find(raw, 'shell')),
    workingDirectory: find(raw, 'working-directory'),
    continueOnError: step['continue-on-error'],
    timeoutMinutes: find(raw, 'timeout-minutes'),
    line: raw?.line,
  };
}

function jobModel(job: Job | ReusableWorkflowJob, raw: TemplateToken | undefined): JobModel {
  const base: JobBase = {
    id: job.id.value,
    name: job.name,
    needs: (job.needs ?? []).map((n) => n.value),
    if: job.if.expression,
    outputs: job.outputs,
    concurrency: job.concurrency,
    strategy: job.strategy,
    line: raw?.line,
  };
  if (job.type === 'reusableWorkflowJob') {
    return {
      ...base,
      type: 'call',
      uses: job.ref.value,
      with: job['input-values'],
      secrets: job['secret-values'],
      inheritSecrets: Boolean(job['inherit-secrets']),
    };
  }
  const rawSteps = find(raw, 'steps');
  const rawItems: TemplateToken[] = [];
  if (rawSteps && isSequence(rawSteps)) for (const item of rawSteps) rawItems.push(item);
  const steps = job.steps.map((step, index) => {
    if (!('run' in step) && !('uses' in step))
      throw new WorkflowError(`job ${base.id}: step ${index + 1} is neither run: nor uses:`);
    return stepModel(step, rawItems[index]);
  });
  const defaults = find(find(raw, 'defaults'), 'run');
  return {
    ...base,
    type: 'job',
    env: job.env,
    environment: job.environment,
    steps,
    defaultShell: literal(find(defaults, 'shell')),
    defaultWorkingDirectory: literal(find(defaults, 'working-directory')),
    timeoutMinutes: find(raw, 'timeout-minutes'),
  };
}

/** Reads and checks a workflow file; every problem the parser finds is an error naming the file and line. */
export async function loadWorkflow(file: string, displayRoot = process.cwd()): Promise<WorkflowModel> {
  const shown = relative(displayRoot, file) || file;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new WorkflowError(
      `${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const parsed = parseWorkflow({ name: shown, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length > 0 || !parsed.value)
    throw new WorkflowError(
      `${errors[0]?.message ?? `${shown}: not a workflow`}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`,
    );
  const template: WorkflowTemplate = await convertWorkflowTemplate(parsed.context, parsed.value);
  const conversionErrors = template.errors ?? parsed.context.errors.getErrors();
  if (conversionErrors.length > 0)
    throw new WorkflowError(
      `${shown}: ${'Message' in conversionErrors[0] ? conversionErrors[0].Message : conversionErrors[0].message}`,
    );
  const root = parsed.value;
  const rawJobs = find(root, 'jobs');
  const defaults = find(find(root, 'defaults'), 'run');
  return {
    file,
    name: literal(find(root, 'name')) ?? shown,
    on: normaliseOn(find(root, 'on')),
    onToken: find(root, 'on'),
    env: find(root, 'env'),
    concurrency: find(root, 'concurrency'),
    defaultShell: literal(find(defaults, 'shell')),
    jobs: template.jobs.map((job) => jobModel(job, find(rawJobs, job.id.value))),
  };
}

/** on: push | [push, release] | {push: {branches: [...]}} as one shape: {push: {...}}. */
function normaliseOn(token: TemplateToken | undefined): Record<string, any> {
  const value = plain(token);
  if (typeof value === 'string') return { [value]: {} };
  if (Array.isArray(value)) return Object.fromEntries(value.map((name) => [String(name), {}]));
  return Object.fromEntries(Object.entries(value ?? {}).map(([name, filters]) => [name, filters ?? {}]));
}
