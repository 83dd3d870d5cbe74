import * as core from '@actions/core';
import { ContainerEngine, type EngineName } from '@kra/registry';

/** A registry main logged in to, saved in the step's state for the post step. */
export interface Login {
  engine: EngineName;
  registry: string;
}

/** Post step: log out of the registries main logged in to, so no credential outlives the job. */
export async function logout(): Promise<void> {
  const state = core.getState('logins');
  if (!state) return;
  const logins = JSON.parse(state) as Login[];
  for (const login of logins) {
    try {
      await new ContainerEngine(login.engine).logout(login.registry);
      core.info(`logged out of ${login.registry} (${login.engine})`);
    } catch (error) {
      core.warning(`could not log out of ${login.registry}: ${(error as Error).message}`);
    }
  }
}
