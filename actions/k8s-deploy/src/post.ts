import * as core from '@actions/core';
import { removeKubeconfig } from './kubeconfig.js';

// Removes the kubeconfig the main step wrote to RUNNER_TEMP, whatever happened there.
try {
  const removed = removeKubeconfig(core.getState('kubeconfig-path'));
  if (removed) core.info('Removed the kubeconfig written by k8s-deploy');
} catch (error) {
  core.warning(`Could not remove the kubeconfig: ${(error as Error).message}`);
}
