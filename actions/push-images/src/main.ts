import * as core from '@actions/core';
import {
  InputError,
  githubContext,
  readBoolean,
  readEnum,
  readInteger,
  readList,
  readLogin,
  readString,
  workspaceRoot,
} from '@kra/core';
// Only the input parsers: the container engine wrapper and the registry client (undici) load
// after every input is checked.
import {
  DEFAULT_PUSH_TAGS,
  imageSourcesFromInputs,
  planPush,
  renderTags,
  sameRepository,
  tagContextFromGitHub,
} from '@kra/registry/inputs';
import { writeOutputs } from './outputs.js';

const ENGINES = ['auto', 'docker', 'podman'] as const;

export type PushInputs = Exclude<ReturnType<typeof readInputs>, undefined>;

/**
 * Reads and checks every input, before the engine or the registry client is loaded or any
 * command runs; undefined when there is nothing to push (then the outputs are written, empty).
 */
function readInputs() {
  const { username, password } = readLogin();
  const root = workspaceRoot();
  const registry = readString('registry');
  const prefix = readString('repository-prefix');
  const concurrency = readInteger('concurrency', { default: 4, min: 1, max: 32 });
  const engineChoice = readEnum('engine', ENGINES, 'auto');
  const insecureRegistries = readList('insecure-registries');
  const templates = readList('tags');
  const context = githubContext();

  // Everything is validated before the first command: sources, tags, target references.
  const { sources, from } = imageSourcesFromInputs({
    root,
    images: readList('images'),
    composeFiles: readList('compose-file'),
    services: readList('services'),
    includeThirdParty: readBoolean('include-third-party'),
    onWarning: (message) => core.warning(message),
    onInfo: (message) => core.info(message),
  });
  const tags = renderTags(templates.length > 0 ? templates : DEFAULT_PUSH_TAGS, tagContextFromGitHub(context));
  const plan = planPush(sources, tags, { registry, prefix });
  if (plan.length === 0) {
    core.warning(`nothing to push: ${from} has no service with build: (set include-third-party, or services)`);
    writeOutputs([]);
    return undefined;
  }
  for (const named of tags.named) {
    if (!plan.some((item) => sameRepository(item.repository, named)))
      core.warning(
        `tags names ${named.name}, where no image goes (${plan.map((item) => item.repository.name).join(', ')}): only its tags are used`,
      );
  }
  core.info(`pushing ${plan.length} image(s) from ${from} as ${tags.tags.join(', ')}`);

  // The credentials given are for one registry: never sent anywhere else.
  const registries = [...new Set(plan.map((item) => item.repository.registry))];
  if (username && registries.length > 1) {
    throw new InputError(
      'username',
      `is for one registry, but the images go to ${registries.join(', ')}: set registry, or log in to each beforehand (docker/login-action) and leave username and password empty`,
    );
  }
  const pushAttempts = readInteger('push-attempts', { default: 5, min: 1, max: 50 });
  return {
    login: username ? { registry: registries[0], username, password } : undefined,
    concurrency,
    engineChoice,
    insecureRegistries,
    pushAttempts,
    context,
    plan,
    from,
  };
}

export async function main(): Promise<void> {
  const inputs = readInputs();
  if (!inputs) return;
  // Loaded only now (a chunk of its own in dist/): the container engine wrapper and the registry client.
  const { push } = await import('./push.js');
  await push(inputs);
}
