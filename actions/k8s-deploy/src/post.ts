import * as core from '@actions/core';
import { errorMessage, maskSecret, SummaryBuilder, code } from '@kra/core';
import type { InterruptedRun } from '@kra/kube';
import { removeKubeconfig } from './kubeconfig.js';

/**
 * The post step runs after the main step however it ended. When the main step was killed before
 * it settled its release (the runner's SIGKILL after a cancellation), it finishes the job: the
 * revision left pending is undone and recorded as cancelled, and the lock is released. Then the
 * kubeconfig the main step wrote to RUNNER_TEMP is removed, whatever happened.
 */
async function finishInterrupted(): Promise<void> {
  const saved = core.getState('deploy');
  if (!saved || core.getState('finished') === 'true') return;
  const interrupted = JSON.parse(saved) as InterruptedRun & { context?: string };
  // Loaded only when there is something to finish: most post steps just remove the kubeconfig.
  const { KubeClient, finishInterruptedRun, loadKubeConfig } = await import('@kra/kube');
  const path = core.getState('kubeconfig-path') || undefined;
  const client = new KubeClient(loadKubeConfig({ path, context: interrupted.context || undefined }), {
    execTimeoutMs: interrupted.timeoutMs,
    onSecret: maskSecret,
  });
  try {
    core.info(`The main step stopped before it settled release "${interrupted.release}": finishing it`);
    const outcome = await finishInterruptedRun(client, interrupted, {
      info: core.info,
      warning: core.warning,
      debug: core.debug,
    });
    core.info(`Release "${interrupted.release}": ${outcome.message}`);
    if (outcome.status === 'skipped') core.warning(`Release "${interrupted.release}": ${outcome.message}`);
    await new SummaryBuilder()
      .heading(`⏹️ Release \`${interrupted.release}\` was cancelled`, 2)
      .table(
        ['release', 'revision', 'post step'],
        [[code(interrupted.release), String(outcome.revision ?? interrupted.revision ?? ''), outcome.message]],
      )
      .write();
  } finally {
    client.close();
  }
}

try {
  await finishInterrupted();
} catch (error) {
  core.warning(`Could not finish the interrupted deploy: ${errorMessage(error)}`);
}
try {
  const removed = removeKubeconfig(core.getState('kubeconfig-path'));
  if (removed) core.info('Removed the kubeconfig written by k8s-deploy');
} catch (error) {
  core.warning(`Could not remove the kubeconfig: ${errorMessage(error)}`);
}
