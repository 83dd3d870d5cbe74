import * as core from '@actions/core';
import {
  InputError,
  SummaryBuilder,
  UserError,
  code,
  errorMessage,
  commitAndRunLinks,
  githubContext,
  linkLine,
  shortDigests,
  readLogin,
  readBoolean,
  readEnum,
  readInteger,
  readList,
  readString,
  setListOutput,
  workspaceRoot,
  writeDeprecatedOutputs,
  type ImageListEntry,
} from '@kra/core';
import {
  ContainerEngine,
  DEFAULT_PUSH_TAGS,
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  explicitCredentials,
  imageListLines,
  imageSourcesFromInputs,
  planPush,
  pushImages,
  renderTags,
  sameRepository,
  tagContextFromGitHub,
  type EngineName,
  type PushResult,
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
    writeOutputs([]);
    return;
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

  writeOutputs(results);
  const failed = results.filter((result) => result.error !== undefined);
  const pushed = results.filter((result) => result.digest !== '');
  await new SummaryBuilder()
    .heading(failed.length > 0 ? 'push-images: failed' : 'push-images')
    .table(
      ['image', 'repository', 'tags', 'digest', 'from', 'not written'],
      results.map((result) => [
        result.name,
        code(result.repository),
        result.tags.map(code).join(' '),
        code(shortDigests(result.digest)),
        code(result.source),
        result.notWritten.map(({ tag, reason }) => `${code(tag)}: ${reason}`).join('<br>'),
      ]),
    )
    .text(
      failed.length > 0
        ? `${pushed.length} of ${results.length} image(s) pushed with ${engine.name} from ${from}: ${tally(results)}. The tags column holds the tags written; the not-written output lists the others.`
        : `${results.length} image(s) pushed with ${engine.name} from ${from}.`,
    )
    .text(linkLine(commitAndRunLinks(context)))
    .details('Whole references', pushed.map((result) => `${result.repository}@${result.digest}`).join('\n'))
    .write();
  if (failed.length > 0) {
    const first = failed[0];
    if (!(first.error instanceof UserError)) throw first.error;
    throw new UserError(
      `${first.name} (${first.repository}): ${errorMessage(first.error)} — ${tally(results)}; the summary and the not-written output list them`,
    );
  }
}

function tally(results: readonly PushResult[]): string {
  const written = results.reduce((sum, result) => sum + result.tags.length, 0);
  const missing = results.reduce((sum, result) => sum + result.notWritten.length, 0);
  return `${written} tag(s) written, ${missing} not`;
}

/** Every output of push-images; on a failure, exactly what was written. */
function writeOutputs(results: readonly PushResult[]): void {
  const entries: ImageListEntry[] = results
    .filter((result) => result.digest !== '')
    .map(({ name, repository, tags, digest, ref }) => ({ name, repository, tags, digest, ref }));
  setListOutput('images', imageListLines(entries), entries);
  setListOutput(
    'refs',
    entries.map((entry) => entry.ref),
  );
  const notWritten = results.flatMap((result) =>
    result.notWritten.map(({ tag, reason }) => ({ repository: result.repository, tag, reason })),
  );
  setListOutput(
    'not-written',
    notWritten.map((item) => `${item.repository}:${item.tag}`),
    notWritten,
  );
  writeDeprecatedOutputs([], [{ name: 'images', json: 'images-json' }]);
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
