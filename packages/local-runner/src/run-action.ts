import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { entryPoint, inputVariable, loadActionDefinition, type ActionDefinition } from './action-definition.js';
import { evaluateDefault } from './expressions.js';
import { node24Binary, repoRoot } from './repo.js';
import { parseFileCommands, parseWorkflowCommands, type Annotation } from './workflow-commands.js';

export interface RunActionOptions {
  /** An action name under actions/, or a path to a folder holding action.yml. */
  action: string;
  /** Inputs as written in `with:`. Missing ones take their action.yml default. */
  inputs?: Record<string, string | number | boolean>;
  /** Extra environment for the step (`env:`), e.g. KUBECONFIG. */
  env?: Record<string, string>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
  eventName?: string;
  /** GITHUB_WORKSPACE; a new temp folder when absent. */
  workspace?: string;
  /** RUNNER_TEMP; a new temp folder when absent. */
  runnerTemp?: string;
  /** github.* context values (sha, ref, repository, actor, run_id, ...). */
  github?: Partial<
    Record<
      | 'sha'
      | 'ref'
      | 'repository'
      | 'actor'
      | 'run_id'
      | 'run_number'
      | 'run_attempt'
      | 'workflow'
      | 'job'
      | 'head_ref'
      | 'base_ref'
      | 'token'
      | 'server_url',
      string
    >
  >;
  /**
   * The `post:` step: true (default) runs it right after main; false never; 'defer' leaves it to
   * the caller, who runs `result.runPost()` at the end of the job, as the runner does.
   */
  post?: boolean | 'defer';
  /** Cancels the step as the runner does: SIGINT, then SIGTERM after `cancelGraceMs` (default 7.5 s). */
  signal?: AbortSignal;
  cancelGraceMs?: number;
  /** ACTIONS_STEP_DEBUG. */
  debug?: boolean;
  /** Kill the step after this long (ms). Default 10 minutes. */
  timeoutMs?: number;
  /** Called with each chunk of stdout/stderr, for live demo output. */
  onOutput?: (chunk: string) => void;
  /**
   * Cancels the main step the way the runner does once its stdout matches `when`: SIGINT, then
   * SIGTERM 7.5 s later, then SIGKILL 2.5 s after that. With `kill`, SIGKILL at once (a runner
   * that died). The post step runs afterwards either way, as the runner runs it.
   */
  cancel?: { when: string | RegExp; kill?: boolean };
}

/** When and how a step is cancelled: on an abort signal or once its stdout matches `when`. */
interface StepCancel {
  when?: string | RegExp;
  kill?: boolean;
  signal?: AbortSignal;
  graceMs?: number;
}

/** The runner's grace periods on cancellation (docs.github.com, workflow cancellation reference). */
export const CANCEL_GRACE_MS = { sigterm: 7500, sigkill: 2500 };

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout as the runner's log shows it: workflow commands parsed out, masks applied. */
  log: string;
  annotations: Annotation[];
  masks: string[];
  /** Signals sent to the step (cancellation), in order. */
  signals: NodeJS.Signals[];
  /** What the step wrote to its job summary (the post step's; the main step's is ActionResult.summary). */
  summary?: string;
}

export interface ActionResult extends StepResult {
  outputs: Record<string, string>;
  summary: string;
  /** Variables the step exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  post?: StepResult;
  /** With `post: 'defer'`, runs the post step (when the action has one and its post-if holds for `mainSucceeded`). */
  runPost?: (mainSucceeded: boolean, signal?: AbortSignal) => Promise<StepResult | undefined>;
  workspace: string;
  runnerTemp: string;
}

function contextValues(options: RunActionOptions, workspace: string, runnerTemp: string) {
  const g = options.github ?? {};
  const ref = g.ref ?? 'refs/heads/main';
  return {
    sha: g.sha ?? '0000000000000000000000000000000000000000',
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: g.repository ?? 'acme/shop',
    repository_owner: (g.repository ?? 'acme/shop').split('/')[0],
    actor: g.actor ?? 'octocat',
    run_id: g.run_id ?? '1001',
    run_number: g.run_number ?? '7',
    run_attempt: g.run_attempt ?? '1',
    workflow: g.workflow ?? 'release',
    job: g.job ?? 'deploy',
    head_ref: g.head_ref ?? '',
    base_ref: g.base_ref ?? '',
    token: g.token ?? '',
    server_url: g.server_url ?? 'https://github.com',
    event_name: options.eventName ?? 'push',
    workspace,
    runner_temp: runnerTemp,
  };
}

function runnerEnvironment(
  options: RunActionOptions,
  definition: ActionDefinition,
  workspace: string,
  runnerTemp: string,
  files: Record<string, string>,
): NodeJS.ProcessEnv {
  const github = contextValues(options, workspace, runnerTemp);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? 'C.UTF-8',
    TMPDIR: process.env.TMPDIR,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_SHA: github.sha,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref_name,
    GITHUB_REF_TYPE: github.ref_type,
    GITHUB_HEAD_REF: github.head_ref,
    GITHUB_BASE_REF: github.base_ref,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner,
    GITHUB_ACTOR: github.actor,
    GITHUB_RUN_ID: github.run_id,
    GITHUB_RUN_NUMBER: github.run_number,
    GITHUB_RUN_ATTEMPT: github.run_attempt,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_JOB: github.job,
    GITHUB_SERVER_URL: github.server_url,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: definition.dir,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_DEBUG: options.debug ? '1' : undefined,
    ACTIONS_STEP_DEBUG: options.debug ? 'true' : undefined,
    ...options.env,
  };
  const expressionContext = {
    github,
    runner: { temp: runnerTemp, os: 'Linux', arch: 'X64' },
    env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
  };
  const given = Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  for (const name of Object.keys(given)) {
    if (!Object.keys(definition.inputs).some((declared) => declared.toLowerCase() === name)) {
      // The runner warns about unexpected inputs but still passes them.
      process.emitWarning(`local-runner: unexpected input "${name}" for ${definition.name}`);
    }
  }
  for (const [name, input] of Object.entries(definition.inputs)) {
    const value =
      given[name.toLowerCase()] ??
      (input.default !== undefined ? evaluateDefault(String(input.default), expressionContext) : '');
    env[inputVariable(name)] = value;
  }
  for (const [name, value] of Object.entries(given)) {
    if (env[inputVariable(name)] === undefined) env[inputVariable(name)] = value;
  }
  return env;
}

function runStep(
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  timeoutMs: number,
  onOutput?: (chunk: string) => void,
  cancel?: StepCancel,
): Promise<StepResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node24Binary(), [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const signals: NodeJS.Signals[] = [];
    const timers: NodeJS.Timeout[] = [];
    let exited = false;
    const send = (signal: NodeJS.Signals) => {
      if (exited) return;
      signals.push(signal);
      child.kill(signal);
    };
    // The runner's cancellation: SIGINT, SIGTERM after the grace period, SIGKILL 2.5 s later.
    const cancelStep = () => {
      if (signals.length > 0) return;
      if (cancel?.kill) return send('SIGKILL');
      const graceMs = cancel?.graceMs ?? CANCEL_GRACE_MS.sigterm;
      send('SIGINT');
      timers.push(setTimeout(() => send('SIGTERM'), graceMs));
      timers.push(setTimeout(() => send('SIGKILL'), graceMs + CANCEL_GRACE_MS.sigkill));
    };
    const abortSignal = cancel?.signal;
    if (abortSignal?.aborted) cancelStep();
    else abortSignal?.addEventListener('abort', cancelStep, { once: true });
    const stopOnAbort = () => abortSignal?.removeEventListener('abort', cancelStep);
    const matches = (text: string) =>
      cancel?.when !== undefined &&
      (typeof cancel.when === 'string' ? text.includes(cancel.when) : cancel.when.test(text));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      onOutput?.(chunk);
      if (matches(stdout)) cancelStep();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      onOutput?.(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', () => {
      exited = true;
      for (const t of timers) clearTimeout(t);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      for (const t of timers) clearTimeout(t);
      stopOnAbort();
      const commands = parseWorkflowCommands(stdout);
      resolvePromise({
        exitCode: code ?? (signal ? 128 : 1),
        stdout,
        stderr,
        log: commands.log,
        annotations: commands.annotations,
        masks: commands.masks,
        signals,
      });
    });
  });
}

/** Whether a post step runs: its post-if (default always()) against the main step's result. */
function postRuns(definition: ActionDefinition, mainSucceeded: boolean): boolean {
  const postIf = definition.runs['post-if'] ?? 'always()';
  return (
    postIf.includes('always()') ||
    (postIf.includes('success()') && mainSucceeded) ||
    (postIf.includes('failure()') && !mainSucceeded)
  );
}

function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Runs a bundled action's main step (and its post step) the way the GitHub runner does. */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const actionDir = existsSync(join(options.action, 'action.yml'))
    ? resolve(options.action)
    : join(repoRoot(), 'actions', options.action);
  const definition = loadActionDefinition(actionDir);
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'workspace-'));
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'runner-temp-'));
  const commandDir = join(runnerTemp, '_runner_file_commands');
  mkdirSync(commandDir, { recursive: true });
  const id = randomUUID();
  const files = {
    event: join(commandDir, `event_${id}.json`),
    output: join(commandDir, `set_output_${id}`),
    env: join(commandDir, `set_env_${id}`),
    state: join(commandDir, `save_state_${id}`),
    summary: join(commandDir, `step_summary_${id}`),
    path: join(commandDir, `add_path_${id}`),
  };
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  for (const file of [files.output, files.env, files.state, files.summary, files.path]) writeFileSync(file, '');
  const env = runnerEnvironment(options, definition, workspace, runnerTemp, files);
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;

  const main = entryPoint(definition, 'main');
  if (!main || !existsSync(main))
    throw new Error(
      `local-runner: ${definition.dir}: runs.main ${definition.runs.main} does not exist; run \`pnpm build\``,
    );
  const cancel: StepCancel = {
    when: options.cancel?.when,
    kill: options.cancel?.kill,
    signal: options.signal,
    graceMs: options.cancelGraceMs,
  };
  const step = await runStep(main, env, workspace, timeoutMs, options.onOutput, cancel);
  const outputs = parseFileCommands(readIfExists(files.output));
  const exportedEnv = parseFileCommands(readIfExists(files.env));
  const state = parseFileCommands(readIfExists(files.state));
  const summary = readIfExists(files.summary);

  const postScript = entryPoint(definition, 'post');
  const runPost = async (mainSucceeded: boolean, signal?: AbortSignal): Promise<StepResult | undefined> => {
    if (!postScript || !postRuns(definition, mainSucceeded)) return undefined;
    const postEnv: NodeJS.ProcessEnv = { ...env };
    for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value;
    postEnv.GITHUB_STATE = files.state;
    // Each step writes its own summary, as on the runner.
    const postSummary = join(commandDir, `step_summary_post_${id}`);
    writeFileSync(postSummary, '');
    postEnv.GITHUB_STEP_SUMMARY = postSummary;
    const result = await runStep(postScript, postEnv, workspace, timeoutMs, options.onOutput, {
      signal,
      graceMs: options.cancelGraceMs,
    });
    return { ...result, summary: readIfExists(postSummary) };
  };
  const post = options.post === false || options.post === 'defer' ? undefined : await runPost(step.exitCode === 0);
  return {
    ...step,
    outputs,
    summary,
    exportedEnv,
    state,
    post,
    runPost: options.post === 'defer' && postScript ? runPost : undefined,
    workspace,
    runnerTemp,
  };
}
