import * as core from '@actions/core';
import {
  InputError,
  SummaryBuilder,
  code,
  githubContext,
  readLogin,
  readBoolean,
  readEnum,
  readInteger,
  readList,
  readString,
  setOutput,
  workspaceRoot,
  type ImageListEntry,
} from '@kra/core';
import {
  ContainerEngine,
  DEFAULT_PUSH_TAGS,
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  explicitCredentials,
  imageSourcesFromInputs,
  planPush,
  pushImages,
  renderTags,
  tagContextFromGitHub,
  type EngineName,
} from '@kra/registry';

const ENGINES = ['auto', 'docker', 'podman'] as const;

interface Login {
  engine: EngineName;
  registry: string;
}

export async function main(): Promise<void> {
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
    setOutput('images', '[]');
    setOutput('refs', '');
    return;
  }
  core.info(`pushing ${plan.length} image(s) from ${from} as ${tags.join(', ')}`);

  // The credentials given are for one registry: never sent anywhere else.
  const registries = [...new Set(plan.map((item) => item.repository.registry))];
  if (username && registries.length > 1) {
    throw new InputError(
      'username',
      `is for one registry, but the images go to ${registries.join(', ')}: set registry, or log in to each beforehand (docker/login-action) and leave username and password empty`,
    );
  }
  const pushAttempts = readInteger('push-attempts', { default: 5, min: 1, max: 50 });
  const engine = await ContainerEngine.detect(engineChoice, {
    insecureRegistries,
    pushAttempts,
    onCommand: (line) => core.info(line),
    onWarning: (message) => core.warning(message),
  });
  const explicit = username ? explicitCredentials([{ registry: registries[0], username, password }]) : undefined;
  if (username) {
    const logins: Login[] = [];
    for (const host of registries) {
      await engine.login(host, username, password);
      logins.push({ engine: engine.name, registry: host });
      core.saveState('logins', JSON.stringify(logins));
    }
  }
  const client = new RegistryClient({
    credentials: chainCredentials(explicit, dockerConfigCredentials()),
    insecureRegistries,
    concurrency: Math.max(4, concurrency),
    onWarning: (message) => core.warning(message),
  });
  let results;
  try {
    results = await pushImages(plan, {
      engine,
      client,
      concurrency,
      onInfo: (message) => core.info(message),
      onWarning: (message) => core.warning(message),
    });
  } finally {
    await client.close();
  }

  const entries: ImageListEntry[] = results.map(({ name, repository, tags: pushed, digest, ref }) => ({
    name,
    repository,
    tags: pushed,
    digest,
    ref,
  }));
  setOutput('images', JSON.stringify(entries));
  setOutput('refs', entries.map((entry) => entry.ref).join('\n'));
  await new SummaryBuilder()
    .heading('push-images')
    .table(
      ['image', 'repository', 'tags', 'digest', 'from'],
      results.map((result) => [
        result.name,
        code(result.repository),
        result.tags.map(code).join(' '),
        code(result.digest),
        code(result.source),
      ]),
    )
    .text(`${results.length} image(s) pushed with ${engine.name} from ${from}.`)
    .write();
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
