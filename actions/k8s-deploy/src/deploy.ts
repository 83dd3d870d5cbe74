import * as core from '@actions/core';
import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import {
  InputError,
  UserError,
  commitAndRunLinks,
  displayPath,
  isInside,
  maskSecret,
  runUrl,
  setJsonOutput,
  setListOutput,
  setOutput,
  workspaceRoot,
} from '@kra/core';
import {
  type KObject,
  KubeClient,
  type ObjectSource,
  type ReleaseRun,
  deploySummary,
  explainAccessError,
  type InterruptedRun,
  diagnosisText,
  imageListOf,
  loadKubeConfig,
  nextStep,
  manifestSecretValues,
  redactor,
  release as runRelease,
} from '@kra/kube';
import { applyOrder, loadManifests, parseWorkerBesideBundle } from '@kra/manifests';
import { writeKubeconfig } from './kubeconfig.js';
import type { CancelSignals, DeployInputs } from './main.js';
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

/** Loads the manifests, connects to the cluster and runs the release, from inputs `readInputs` checked. */
export async function deploy(inputs: DeployInputs, signals: CancelSignals): Promise<void> {
  const {
    context,
    kubeconfigContent,
    releaseRun,
    manifestPaths,
    release,
    images,
    imagePullSecrets,
    restart,
    checksums,
    fieldManager,
    options,
    version,
    kubeContext,
    exclude,
  } = inputs;
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
  const sources = new Map<KObject, ObjectSource>();
  const objects = loaded.map((item) => {
    const object = item.object as unknown as KObject;
    sources.set(object, { file: displayPath(item.source.file, root), line: item.source.line });
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
  const namespace = inputs.namespace || client.contextNamespace;
  const doing = { deploy: 'Deploying', promote: 'Promoting', reject: 'Rejecting', rollback: 'Rolling back' }[
    releaseRun.action
  ];
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
  if (!options.dryRun && (releaseRun.action === 'deploy' || releaseRun.action === 'rollback'))
    core.saveState('deploy', JSON.stringify({ ...interrupted, context: kubeContext }));

  const result = await deployAndClose(
    client,
    {
      client,
      release,
      namespace,
      objects,
      locate: (object) => sources.get(object),
      images,
      imagePullSecrets,
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
  await deploySummary(result, {
    release,
    version,
    environment: inputs.environment,
    server: client.server,
    namespace,
    links: commitAndRunLinks(context),
    redact: redactor(secretValues),
  }).write();
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
      result.failureSource,
    );
  }
}
