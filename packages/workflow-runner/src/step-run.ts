/**
 * One step: `run:` with a shell and the file commands, this suite's actions from their
 * bundles through local-runner (post steps deferred to the end of the job), and
 * actions/checkout emulated from the local repository. Any other action fails with one
 * line naming it: nothing is downloaded.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { parseFileCommands, runAction } from '@kra/local-runner';
import { checkout, isCheckout } from './checkout.js';
import { TRACKING_VARIABLE } from './orphans.js';
import {
  type Contexts,
  type StatusFunctions,
  asText,
  evaluateCondition,
  evaluateMapping,
  evaluateToken,
  truthy,
} from './expressions.js';
import type { Masker } from './masker.js';
import type { Outcome } from './reporter.js';
import type { RunSettings } from './run-context.js';
import type { StepModel, StepsJobModel } from './workflow-file.js';

export interface StepContext {
  settings: RunSettings;
  job: StepsJobModel;
  label: string;
  workspace: string;
  runnerTemp: string;
  masker: Masker;
  signal: AbortSignal;
  /** Folders added through GITHUB_PATH, newest first. */
  path: string[];
  /** The job's environment so far: workflow and job env:, then what steps exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** RUNNER_TRACKING_ID of the job: what its steps leave running is ended with the job (orphans.ts). */
  trackingId: string;
}

export interface StepRun {
  outcome: Outcome;
  conclusion: Outcome;
  outputs: Record<string, string>;
  note?: string;
  /** The action's post step, run at the end of the job. */
  post?: (jobSucceeded: boolean) => Promise<void>;
}

/** How long a finished step's output is still read while a process it left running holds it open (GitHub's runner: 5 s). */
const BACKGROUND_OUTPUT_GRACE_MS = 5000;

const SUITE_ACTION = /^kube-release\/kube-release-actions\/actions\/([a-z0-9-]+)@(.+)$/;

/** Where a `uses:` action comes from: checkout, this suite's bundles, or a local folder with action.yml. */
function resolveAction(uses: string, workspace: string, suiteRoot: string): { checkout: true } | { dir: string } {
  if (isCheckout(uses)) return { checkout: true };
  const suite = SUITE_ACTION.exec(uses);
  if (suite) {
    const dir = join(suiteRoot, 'actions', suite[1]);
    if (!existsSync(join(dir, 'action.yml')))
      throw new Error(`uses: ${uses}: this suite has no action ${suite[1]} (see ${join(suiteRoot, 'actions')})`);
    return { dir };
  }
  if (uses.startsWith('./')) {
    const dir = resolve(workspace, uses);
    if (!existsSync(join(dir, 'action.yml')))
      throw new Error(
        `uses: ${uses}: no action.yml in ${relative(workspace, dir) || '.'} of the workspace (check out the repository first)`,
      );
    return { dir };
  }
  throw new Error(
    `uses: ${uses} is not available locally: the runner runs this suite's actions, local actions and actions/checkout, and downloads nothing`,
  );
}

function stepName(step: StepModel, contexts: Contexts): string {
  if (step.name) {
    try {
      return asText(evaluateToken(step.name, contexts));
    } catch {
      /* the name is only a label */
    }
  }
  if (step.uses) return step.uses.replace(/@[0-9a-f]{40}$/, '');
  // As GitHub names it: the script's first line as written, expressions unevaluated.
  const run = step.run as { source?: string; value?: unknown } | undefined;
  const first =
    String(run?.source ?? run?.value ?? '')
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line && !/^[|>][-+]?$/.test(line)) ?? '';
  return `Run ${first.length > 60 ? `${first.slice(0, 60)}…` : first}`;
}

function shellCommand(shell: string | undefined, script: string): { file: string; args: string[] } {
  switch (shell) {
    case undefined:
      return { file: 'bash', args: ['-e', script] };
    case 'bash':
      return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', script] };
    case 'sh':
      return { file: 'sh', args: ['-e', script] };
    case 'python':
      return { file: 'python3', args: [script] };
    default: {
      if (!shell.includes('{0}'))
        throw new Error(`shell: ${shell} is not supported here (bash, sh, python, or a command with {0})`);
      const [file, ...args] = shell.split(/\s+/).map((part) => part.replace('{0}', script));
      return { file, args };
    }
  }
}

function runnerFiles(runnerTemp: string) {
  const id = randomUUID();
  const dir = join(runnerTemp, '_runner_file_commands');
  const files = {
    output: join(dir, `set_output_${id}`),
    env: join(dir, `set_env_${id}`),
    path: join(dir, `add_path_${id}`),
    summary: join(dir, `step_summary_${id}`),
  };
  return { dir, files };
}

function read(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The variables GitHub sets for every step. */
function runnerVariables(context: StepContext, github: Record<string, any>): Record<string, string> {
  const { settings } = context;
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: settings.eventName,
    GITHUB_SHA: settings.sha,
    GITHUB_REF: settings.ref,
    GITHUB_REF_NAME: String(github.ref_name),
    GITHUB_REF_TYPE: String(github.ref_type),
    GITHUB_REPOSITORY: settings.repositoryName,
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_ACTOR: settings.actor,
    GITHUB_TRIGGERING_ACTOR: settings.actor,
    GITHUB_RUN_ID: settings.runId,
    GITHUB_RUN_NUMBER: settings.runNumber,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: String(github.workflow),
    GITHUB_JOB: context.job.id,
    GITHUB_SERVER_URL: settings.serverUrl,
    GITHUB_API_URL: settings.api.url,
    GITHUB_GRAPHQL_URL: `${settings.api.url}/graphql`,
    GITHUB_WORKSPACE: context.workspace,
    RUNNER_TEMP: context.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'kube-release local runner',
    [TRACKING_VARIABLE]: context.trackingId,
  };
}

function withPath(env: Record<string, string>, added: string[]): Record<string, string> {
  return added.length === 0 ? env : { ...env, PATH: [...added, env.PATH ?? ''].join(delimiter) };
}

export async function runStep(
  step: StepModel,
  contexts: Contexts,
  status: StatusFunctions,
  context: StepContext,
): Promise<StepRun> {
  const { settings, masker, label } = context;
  const { reporter } = settings;
  const name = masker.apply(stepName(step, contexts));
  const skipped: StepRun = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
  let should: boolean;
  try {
    should = evaluateCondition(step.if, contexts, status);
  } catch (error) {
    reporter.stepFinished(label, name, 'failure', 0, `if: ${(error as Error).message}`);
    return { outcome: 'failure', conclusion: 'failure', outputs: {}, note: `${name}: if: ${(error as Error).message}` };
  }
  if (!should) {
    reporter.stepFinished(label, name, 'skipped', 0);
    return skipped;
  }
  reporter.stepStarted(label, name);
  const started = Date.now();
  const output = masker.lineSplitter((line) => reporter.stepLine(label, line));
  const github = contexts.github as Record<string, any>;
  let result: {
    exitCode: number;
    outputs: Record<string, string>;
    summary: string;
    env: Record<string, string>;
    path: string[];
    error?: string;
    post?: StepRun['post'];
  };
  try {
    const env = { ...context.env, ...evaluateMapping(step.env, contexts) };
    const continueOnError =
      typeof step.continueOnError === 'boolean'
        ? step.continueOnError
        : truthy(evaluateToken(step.continueOnError, contexts));
    const timeoutMinutes = Number(asText(evaluateToken(step.timeoutMinutes, contexts)) || 360);
    const timeoutMs = timeoutMinutes * 60_000;
    if (step.run) {
      const script = asText(evaluateToken(step.run, contexts));
      result = await runScript(script, step, env, contexts, context, timeoutMs, output.write);
    } else {
      const uses = step.uses ?? '';
      const source = resolveAction(uses, context.workspace, settings.suiteRoot);
      const inputs = evaluateMapping(step.with, contexts);
      if ('checkout' in source) {
        for (const line of checkout({
          repository: settings.repository,
          repositoryName: settings.repositoryName,
          workspace: context.workspace,
          ref: settings.ref,
          sha: settings.sha,
          with: inputs,
        }))
          output.write(`${line}\n`);
        result = { exitCode: 0, outputs: {}, summary: '', env: {}, path: [] };
      } else {
        const action = await runAction({
          action: source.dir,
          inputs,
          env: withPath({ ...settings.env, ...env, ...runnerVariables(context, github) }, context.path),
          event: settings.payload,
          eventName: settings.eventName,
          workspace: context.workspace,
          runnerTemp: context.runnerTemp,
          github: {
            sha: settings.sha,
            ref: settings.ref,
            repository: settings.repositoryName,
            actor: settings.actor,
            run_id: settings.runId,
            run_number: settings.runNumber,
            workflow: String(github.workflow),
            job: context.job.id,
            server_url: settings.serverUrl,
            head_ref: String(github.head_ref),
            base_ref: String(github.base_ref),
          },
          post: 'defer',
          timeoutMs,
          signal: context.signal,
          onOutput: output.write,
        });
        for (const mask of action.masks) masker.add(mask);
        result = {
          exitCode: action.exitCode,
          outputs: action.outputs,
          summary: action.summary,
          env: action.exportedEnv,
          path: [],
          post: action.runPost
            ? async (jobSucceeded) => {
                // Its log streams through onOutput, like main's.
                await action.runPost!(jobSucceeded, context.signal);
              }
            : undefined,
        };
      }
    }
    output.end();
    if (result.exitCode !== 0 && continueOnError) {
      reporter.stepFinished(label, name, 'failure', Date.now() - started, 'continue-on-error');
      return { outcome: 'failure', conclusion: 'success', outputs: result.outputs, post: result.post };
    }
  } catch (error) {
    output.end();
    const message = masker.apply((error as Error).message);
    reporter.stepLine(label, `Error: ${message}`);
    reporter.stepFinished(label, name, 'failure', Date.now() - started, message);
    return { outcome: 'failure', conclusion: 'failure', outputs: {}, note: `${name}: ${message}` };
  }
  Object.assign(context.env, result.env);
  context.path.unshift(...result.path);
  if (result.summary.trim()) reporter.summary(label, name, masker.apply(result.summary));
  const cancelled = context.signal.aborted;
  const outcome: Outcome = cancelled ? 'cancelled' : result.exitCode === 0 ? 'success' : 'failure';
  const note = outcome === 'failure' ? `exit code ${result.exitCode}` : undefined;
  reporter.stepFinished(label, name, outcome, Date.now() - started, note);
  return {
    outcome,
    conclusion: outcome,
    outputs: result.outputs,
    note: outcome === 'failure' ? `${name} failed (${note})` : undefined,
    post: result.post,
  };
}

async function runScript(
  script: string,
  step: StepModel,
  env: Record<string, string>,
  contexts: Contexts,
  context: StepContext,
  timeoutMs: number,
  write: (chunk: string) => void,
): Promise<{
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  path: string[];
}> {
  const { files } = runnerFiles(context.runnerTemp);
  mkdirSync(join(context.runnerTemp, '_runner_file_commands'), { recursive: true });
  for (const file of Object.values(files)) writeFileSync(file, '');
  const scriptFile = join(context.runnerTemp, `${randomUUID()}.sh`);
  writeFileSync(scriptFile, script, { mode: 0o700 });
  const shell = step.shell ?? context.job.defaultShell;
  const command = shellCommand(shell, scriptFile);
  const directoryToken = step.workingDirectory
    ? asText(evaluateToken(step.workingDirectory, contexts))
    : context.job.defaultWorkingDirectory;
  const cwd = directoryToken
    ? isAbsolute(directoryToken)
      ? directoryToken
      : join(context.workspace, directoryToken)
    : context.workspace;
  if (!existsSync(cwd)) throw new Error(`working-directory ${directoryToken} does not exist in the workspace`);
  const github = contexts.github as Record<string, any>;
  const processEnv = withPath(
    {
      ...context.settings.env,
      ...env,
      ...runnerVariables(context, github),
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: writeEvent(context),
    },
    context.path,
  );
  const exitCode = await new Promise<number>((resolvePromise, reject) => {
    const child = spawn(command.file, command.args, { cwd, env: processEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    // Output belongs to the step until it ends; what a background process prints later is read and dropped.
    let stepRunning = true;
    const forward = (chunk: string) => {
      if (stepRunning) write(chunk);
    };
    child.stdout.setEncoding('utf8').on('data', forward);
    child.stderr.setEncoding('utf8').on('data', forward);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const onAbort = () => {
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGTERM'), 7500).unref();
    };
    context.signal.addEventListener('abort', onAbort, { once: true });
    let ended = false;
    const end = (code: number) => {
      if (ended) return;
      ended = true;
      stepRunning = false;
      clearTimeout(timer);
      context.signal.removeEventListener('abort', onAbort);
      resolvePromise(code);
    };
    child.on('error', (error) => {
      ended = true;
      clearTimeout(timer);
      context.signal.removeEventListener('abort', onAbort);
      reject(new Error(`${command.file}: ${error.message}`));
    });
    // The step ends when its shell exits. A process it started in the background may hold the
    // output pipes open: as GitHub's runner does, read them for up to 5 more seconds, then end
    // the step and leave that process running (the job's end terminates it).
    child.on('exit', (code, signal) => {
      const status = code ?? (signal ? 128 : 1);
      const grace = setTimeout(() => {
        (child.stdout as unknown as Socket).unref();
        (child.stderr as unknown as Socket).unref();
        end(status);
      }, BACKGROUND_OUTPUT_GRACE_MS);
      child.once('close', () => {
        clearTimeout(grace);
        end(status);
      });
    });
  });
  return {
    exitCode,
    outputs: parseFileCommands(read(files.output)),
    summary: read(files.summary),
    env: parseFileCommands(read(files.env)),
    path: read(files.path)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .reverse(),
  };
}

function writeEvent(context: StepContext): string {
  const file = join(context.runnerTemp, '_runner_file_commands', 'event.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(context.settings.payload));
  return file;
}
