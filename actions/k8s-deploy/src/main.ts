import * as core from '@actions/core';
import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import {
  InputError,
  UserError,
  displayPath,
  githubContext,
  isInside,
  maskSecret,
  readBoolean,
  readDuration,
  readEnum,
  readInteger,
  readJsonObject,
  readList,
  readString,
  runUrl,
  setJsonOutput,
  setListOutput,
  setOutput,
  splitList,
  workspaceRoot,
} from '@kra/core';
import {
  DEFAULT_FIELD_MANAGER,
  type KObject,
  KubeClient,
  type ReleaseRun,
  deploySummary,
  explainAccessError,
  type InterruptedRun,
  diagnosisText,
  imageListOf,
  loadKubeConfig,
  nextStep,
  manifestSecretValues,
  parseChecksums,
  parseImagesInput,
  parseRestartInput,
  redactor,
  releaseNameProblem,
  release as runRelease,
} from '@kra/kube';
import { applyOrder, loadManifests, parseWorkerBesideBundle } from '@kra/manifests';
import { maskKubeconfig, maskKubeconfigFile, writeKubeconfig } from './kubeconfig.js';
import { readReleaseRun } from './progressive-inputs.js';
import { releaseExtras } from './release-extras.js';

/** Deploys (or promotes, or rejects), then closes the client's kept-alive connections so the step ends at once. */
async function deployAndClose(
  client: KubeClient,
  options: Parameters<typeof runRelease>[0],
  releaseRun: ReleaseRun,
): ReturnType<typeof runRelease> {
  try {
    return await runRelease(options, releaseRun);
  } catch (error) {
    throw explainAccessError(error, client.access);
  } finally {
    client.close();
  }
}

function defaultRelease(repository: string): string {
  const name = (repository.split('/').pop() ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name.slice(0, 53).replace(/-+$/, '') || 'app';
}

/**
 * The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then kills it 2.5 s after
 * that. The first signal stops the deploy's writes and undoes what it changed; the second stops
 * every wait so the record and the lock are settled at once. Whatever is left, the post step does.
 */
function watchSignals(): { cancel: AbortSignal; hurry: AbortSignal } {
  const cancel = new AbortController();
  const hurry = new AbortController();
  const on = (signal: NodeJS.Signals) => {
    if (!cancel.signal.aborted) {
      core.warning(`${signal}: the run is cancelled. Stopping the deploy and undoing what it changed.`);
      cancel.abort();
      if (signal === 'SIGINT') return;
    }
    if (!hurry.signal.aborted) {
      core.info(`${signal}: no more waiting; recording the release's state and releasing its lock.`);
      hurry.abort();
    }
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return { cancel: cancel.signal, hurry: hurry.signal };
}

export async function main(): Promise<void> {
  const signals = watchSignals();
  const context = githubContext();
  // Read and check every input before touching anything.
  const kubeconfigContent = core.getInput('kubeconfig');
  if (kubeconfigContent.trim()) maskKubeconfig(kubeconfigContent);
  else if (process.env.KUBECONFIG) maskKubeconfigFile(process.env.KUBECONFIG);

  const releaseRun = readReleaseRun();
  const manifestPaths = readList('manifests');
  // A promote or reject works from the release record; manifests given to a promote are checked against it.
  if (manifestPaths.length === 0 && releaseRun.action === 'deploy')
    throw new InputError('manifests', 'is required: list manifest files, folders or globs, one a line');
  const release = readString('release') || defaultRelease(context.repository);
  const releaseProblem = releaseNameProblem(release);
  if (releaseProblem) throw new InputError('release', releaseProblem);
  const images = parseImagesInput('images', core.getInput('images'));
  const restart = parseRestartInput('restart', core.getInput('restart'));
  const checksums = parseChecksums('checksums', readJsonObject('checksums'));
  const fieldManager = readString('field-manager', { default: DEFAULT_FIELD_MANAGER });
  const options = {
    forceConflicts: readBoolean('force-conflicts', false),
    timeoutMs: readDuration('timeout', '5m'),
    crashloopRestarts: readInteger('crashloop-restarts', { default: 2, min: 0, max: 1000 }),
    waitForPvc: readBoolean('wait-for-pvc', false),
    waitForLoadBalancer: readBoolean('wait-for-load-balancer', false),
    historyLimit: readInteger('history-limit', { default: 10, min: 0, max: 1000 }),
    rollbackOnFailure: readBoolean('rollback-on-failure', true),
    cleanupOnFail: readBoolean('cleanup-on-fail', false),
    prune: readBoolean('prune', false),
    dryRun: readBoolean('dry-run', false),
    lockTimeoutMs: readDuration('lock-timeout', '5m'),
    concurrency: readInteger('concurrency', { default: 32, min: 1, max: 100 }),
    configMode: readEnum('config-mode', ['mutable', 'immutable'] as const, 'mutable'),
    adoptHelmRelease: readString('adopt-helm-release') || undefined,
  };
  const version = readString('version') || (context.refType === 'tag' ? context.refName : context.sha.slice(0, 12));
  const kubeContext = readString('context');
  const exclude = splitList(core.getInput('exclude'));

  // Manifests: load, validate structure, order.
  const root = workspaceRoot();
  // list-manifests' `bundle` output is a file in RUNNER_TEMP: read it from there; everything else from the workspace.
  const runnerTemp = context.runnerTemp ? resolve(context.runnerTemp) : '';
  const inTemp = (path: string) => runnerTemp !== '' && isAbsolute(path) && isInside(resolve(path), runnerTemp);
  const load = (paths: string[], from: string) =>
    paths.length === 0
      ? Promise.resolve([])
      : loadManifests(paths, {
          exclude,
          root: from,
          inputName: 'manifests',
          excludeInputName: 'exclude',
          parseWorker: parseWorkerBesideBundle(),
        });
  const loaded = applyOrder([
    ...(await load(manifestPaths.filter(inTemp), runnerTemp)),
    ...(await load(
      manifestPaths.filter((p) => !inTemp(p)),
      root,
    )),
  ]);
  if (loaded.length === 0 && manifestPaths.length > 0)
    throw new InputError('manifests', 'named files with no Kubernetes objects in them');
  const sources = new Map<KObject, string>();
  const objects = loaded.map((item) => {
    const object = item.object as unknown as KObject;
    sources.set(object, `${displayPath(item.source.file, root)}:${item.source.line}: `);
    return object;
  });
  // Before the first log line: a container log, an event or an error that repeats a Secret value shows ***.
  const secretValues = manifestSecretValues(objects);
  for (const value of secretValues) maskSecret(value);
  if (objects.length > 0)
    core.info(`Loaded ${objects.length} objects from ${new Set(loaded.map((l) => l.source.file)).size} files`);

  // Cluster access.
  const kubeconfigPath = kubeconfigContent.trim() ? writeKubeconfig(kubeconfigContent) : undefined;
  const client = new KubeClient(loadKubeConfig({ path: kubeconfigPath, context: kubeContext || undefined }), {
    execTimeoutMs: options.timeoutMs,
    onSecret: maskSecret,
  });
  if (client.insecure)
    core.warning(
      `The kubeconfig turns TLS verification off for ${client.server} (insecure-skip-tls-verify): the connection is not protected against interception`,
    );
  client.onRetry = (message) => core.debug(`retrying: ${message}`);
  const namespace = readString('namespace') || client.contextNamespace;
  const doing =
    releaseRun.action === 'deploy' ? 'Deploying' : releaseRun.action === 'promote' ? 'Promoting' : 'Rejecting';
  core.info(
    `${doing} release "${release}" on ${client.server} (namespace ${namespace}, strategy ${releaseRun.strategy})${options.dryRun ? ' — dry run' : ''}`,
  );

  const afterDeploy = await releaseExtras({
    client,
    context,
    namespace,
    release,
    version,
    objects,
    dryRun: options.dryRun,
    checkDowngrade: releaseRun.action === 'deploy',
  });

  const holder = `${runUrl(context) || 'local run'} (attempt ${context.runAttempt || '1'}, ${hostname()} pid ${process.pid})`;
  // For the post step, should this step be killed before it finishes.
  const interrupted: InterruptedRun = {
    release,
    namespace,
    holder,
    fieldManager,
    timeoutMs: options.timeoutMs,
    concurrency: options.concurrency,
  };
  // A promote or reject killed midway is finished by the next promote or reject, not undone.
  if (!options.dryRun && releaseRun.action === 'deploy')
    core.saveState('deploy', JSON.stringify({ ...interrupted, context: kubeContext }));

  const result = await deployAndClose(
    client,
    {
      client,
      release,
      namespace,
      objects,
      where: (object) => sources.get(object) ?? '',
      images,
      restart,
      checksums,
      fieldManager,
      ...options,
      run: { repository: context.repository, sha: context.sha, runUrl: runUrl(context), actor: context.actor, version },
      holder,
      log: { info: core.info, warning: core.warning, debug: core.debug },
      redact: redactor(secretValues),
      signal: signals.cancel,
      hurry: signals.hurry,
      onRecord: (revision) =>
        core.saveState('deploy', JSON.stringify({ ...interrupted, context: kubeContext, revision })),
    },
    releaseRun,
  );
  // The release's record and lock are settled: nothing is left for the post step.
  core.saveState('finished', 'true');

  for (const d of result.diffs) {
    if (d.diff) {
      core.startGroup(`diff ${d.label} (${d.action})`);
      core.info(d.diff);
      core.endGroup();
    } else core.info(`${d.label}: unchanged`);
  }
  if (result.prune.length > 0) core.info(`${options.dryRun ? 'Would prune' : 'Pruned'}: ${result.prune.join(', ')}`);

  // Outputs and summary.
  setOutput('status', result.status);
  setOutput('revision', result.revision ?? '');
  setOutput('previous-revision', result.previousRevision ?? '');
  setOutput('rolled-back', result.rolledBack);
  const running = [...new Set(result.images)];
  setListOutput('images', running, imageListOf(running));
  setJsonOutput('changed', result.changed);
  setOutput('phase', result.progress?.state.phase ?? '');
  setOutput('weight', result.progress?.state.weight ?? '');
  if (result.progress && (result.progress.state.phase === 'paused' || result.progress.state.phase === 'progressing')) {
    if (result.progress.state.message) core.warning(result.progress.state.message);
    core.info(
      `Next, in a later job: promote with\n${nextStep(result.progress, 'promote')}\nor reject with\n${nextStep(result.progress, 'reject')}`,
    );
  }
  await deploySummary(result, release).write();
  await afterDeploy(result);
  core.info(
    `${result.changed.created} created, ${result.changed.configured} configured, ${result.changed.unchanged} unchanged, ${result.changed.pruned} pruned`,
  );

  if (result.status === 'cancelled') {
    throw new UserError(
      `Release "${release}"${result.revision ? ` revision ${result.revision}` : ''} was cancelled: ${result.rollback ?? result.failure}`,
    );
  }
  if (result.status === 'failed' || result.status === 'rolled-back') {
    if (result.diagnosis) core.error(diagnosisText(result.diagnosis).split('\n')[0]);
    throw new UserError(
      `Release "${release}" revision ${result.revision} ${releaseRun.action === 'deploy' ? 'failed' : `${releaseRun.action} failed`}: ${result.failure}. ${result.rollback ?? ''}`,
    );
  }
}
