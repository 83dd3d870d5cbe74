import * as core from '@actions/core';
import {
  InputError,
  githubContext,
  readBoolean,
  readDuration,
  readEnum,
  readInteger,
  readJsonObject,
  readList,
  readString,
  splitList,
} from '@kra/core';
// Only the input parsers: the cluster client and the manifests' YAML stack load after every input is checked.
import {
  DEFAULT_FIELD_MANAGER,
  parseChecksums,
  parseImagePullSecrets,
  parseImagesInput,
  parseRestartInput,
  releaseNameProblem,
} from '@kra/kube/inputs';
import { maskKubeconfigFile, readKubeconfigInput } from './kubeconfig.js';
import { readReleaseRun } from './progressive-inputs.js';

export type DeployInputs = ReturnType<typeof readInputs>;
export interface CancelSignals {
  cancel: AbortSignal;
  hurry: AbortSignal;
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
function watchSignals(): CancelSignals {
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

/** Reads and checks every input, before anything is loaded or touched; masks the kubeconfig first. */
function readInputs() {
  const context = githubContext();
  const kubeconfigContent = readKubeconfigInput();
  if (!kubeconfigContent && process.env.KUBECONFIG) maskKubeconfigFile(process.env.KUBECONFIG);

  const releaseRun = readReleaseRun();
  const manifestPaths = readList('manifests');
  // A promote or reject works from the release record; manifests given to a promote are checked against it.
  if (manifestPaths.length === 0 && releaseRun.action === 'deploy')
    throw new InputError('manifests', 'is required: list manifest files, folders or globs, one a line');
  const release = readString('release') || defaultRelease(context.repository);
  const releaseProblem = releaseNameProblem(release);
  if (releaseProblem) throw new InputError('release', releaseProblem);
  const images = parseImagesInput('images', core.getInput('images'));
  const imagePullSecrets = parseImagePullSecrets('imagepullsecrets', core.getInput('imagepullsecrets'));
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
  const namespace = readString('namespace');
  const exclude = splitList(core.getInput('exclude'));
  return {
    context,
    kubeconfigContent,
    releaseRun,
    manifestPaths,
    release,
    images,
    imagePullSecrets,
    environment: readString('environment'),
    restart,
    checksums,
    fieldManager,
    options,
    version,
    kubeContext,
    namespace,
    exclude,
  };
}

export async function main(): Promise<void> {
  const signals = watchSignals();
  const inputs = readInputs();
  // Loaded only now (a chunk of its own in dist/): the manifests' YAML stack and the cluster client.
  const { deploy } = await import('./deploy.js');
  await deploy(inputs, signals);
}
