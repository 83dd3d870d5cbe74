import * as core from '@actions/core';
import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import {
  InputError,
  UserError,
  displayPath,
  githubContext,
  isInside,
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
  deploy,
  deploySummary,
  diagnosisText,
  imageListOf,
  loadKubeConfig,
  parseChecksums,
  parseImagesInput,
  parseRestartInput,
  releaseNameProblem,
} from '@kra/kube';
import { applyOrder, loadManifests, parseWorkerBesideBundle } from '@kra/manifests';
import { maskKubeconfig, maskKubeconfigFile, writeKubeconfig } from './kubeconfig.js';
import { releaseExtras } from './release-extras.js';

/** Deploys, then closes the client's kept-alive connections so the step ends at once. */
async function deployAndClose(client: KubeClient, options: Parameters<typeof deploy>[0]): ReturnType<typeof deploy> {
  try {
    return await deploy(options);
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

export async function main(): Promise<void> {
  const context = githubContext();
  // Read and check every input before touching anything.
  const kubeconfigContent = core.getInput('kubeconfig');
  if (kubeconfigContent.trim()) maskKubeconfig(kubeconfigContent);
  else if (process.env.KUBECONFIG) maskKubeconfigFile(process.env.KUBECONFIG);

  readEnum('strategy', ['basic'] as const, 'basic');
  readEnum('action', ['deploy'] as const, 'deploy');
  const manifestPaths = readList('manifests');
  if (manifestPaths.length === 0)
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
  if (loaded.length === 0) throw new InputError('manifests', 'named files with no Kubernetes objects in them');
  const sources = new Map<KObject, string>();
  const objects = loaded.map((item) => {
    const object = item.object as unknown as KObject;
    sources.set(object, `${displayPath(item.source.file, root)}:${item.source.line}: `);
    return object;
  });
  core.info(`Loaded ${objects.length} objects from ${new Set(loaded.map((l) => l.source.file)).size} files`);

  // Cluster access.
  const kubeconfigPath = kubeconfigContent.trim() ? writeKubeconfig(kubeconfigContent) : undefined;
  let client: KubeClient;
  try {
    client = new KubeClient(loadKubeConfig({ path: kubeconfigPath, context: kubeContext || undefined }));
  } catch (error) {
    const input = kubeContext && /context/.test((error as Error).message) ? 'context' : 'kubeconfig';
    throw new InputError(input, `could not be used: ${(error as Error).message}`);
  }
  if (client.insecure)
    core.warning(
      `The kubeconfig turns TLS verification off for ${client.server} (insecure-skip-tls-verify): the connection is not protected against interception`,
    );
  client.onRetry = (message) => core.debug(`retrying: ${message}`);
  const namespace = readString('namespace') || client.contextNamespace;
  core.info(
    `Deploying release "${release}" to ${client.server} (namespace ${namespace})${options.dryRun ? ' — dry run' : ''}`,
  );

  const afterDeploy = await releaseExtras({
    client,
    context,
    namespace,
    release,
    version,
    objects,
    dryRun: options.dryRun,
  });
  const result = await deployAndClose(client, {
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
    holder: `${runUrl(context) || 'local run'} (attempt ${context.runAttempt || '1'}, ${hostname()} pid ${process.pid})`,
    log: { info: core.info, warning: core.warning, debug: core.debug },
  });

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
  await deploySummary(result, release).write();
  await afterDeploy(result);
  core.info(
    `${result.changed.created} created, ${result.changed.configured} configured, ${result.changed.unchanged} unchanged, ${result.changed.pruned} pruned`,
  );

  if (result.status === 'failed' || result.status === 'rolled-back') {
    if (result.diagnosis) core.error(diagnosisText(result.diagnosis).split('\n')[0]);
    throw new UserError(
      `Release "${release}" revision ${result.revision} failed: ${result.failure}. ${result.rollback ?? ''}`,
    );
  }
}
