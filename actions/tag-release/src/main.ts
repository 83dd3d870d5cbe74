import * as core from '@actions/core';
import { InputError, githubContext, readInteger, readList, readLogin, readString, workspaceRoot } from '@kra/core';
// Only the input parsers: the registry client (undici) loads after every input is checked.
import {
  DEFAULT_RELEASE_TAGS,
  environmentTag,
  parseEnvironmentRules,
  parseReleaseVersion,
  prereleaseFromEvent,
  releaseImages,
  releaseTags,
  renderTagTemplate,
  resolveEnvironment,
  tagContextFromGitHub,
  tagProblem,
  versionFromEvent,
} from '@kra/registry/inputs';

export type ReleaseInputs = ReturnType<typeof readInputs>;

/** Reads and checks every input, before the registry client is loaded or any request is sent. */
function readInputs() {
  const { username, password } = readLogin();
  const context = githubContext();
  const concurrency = readInteger('concurrency', { default: 16, min: 1, max: 64 });
  const insecureRegistries = readList('insecure-registries');

  const versionText = readString('version') || versionFromEvent(context);
  if (!versionText) {
    throw new InputError(
      'version',
      'is empty and this run is not for a release or a tag push: set version, e.g. v1.4.0',
    );
  }
  const version = parseReleaseVersion(versionText, 'version', { prerelease: prereleaseFromEvent(context) });
  const templates = readList('tags');
  const plan = releaseTags(version, templates.length > 0 ? templates : DEFAULT_RELEASE_TAGS);
  for (const skip of plan.skipped) core.info(`not tagging ${skip.template}: ${skip.reason}`);
  const rule = resolveEnvironment(version, parseEnvironmentRules(readString('environments')));
  const environment = rule?.environment ?? '';
  const moving = environmentTag(readString('environment-tag'), environment, version);
  if (moving.warning) core.warning(moving.warning);

  // Rendered only when an image is given without a tag or digest: explicit references need no commit.
  let sourceTagValue: string | undefined;
  const sourceTag = (): string => {
    if (sourceTagValue === undefined) {
      const rendered = renderTagTemplate(
        readString('source-tag', { default: 'sha-{{sha}}' }),
        tagContextFromGitHub(context),
        'source-tag',
      );
      const problem = tagProblem(rendered);
      if (problem) throw new InputError('source-tag', `gives "${rendered}": ${problem}`);
      sourceTagValue = rendered;
    }
    return sourceTagValue;
  };
  const targetRegistry = readString('target-registry');
  const images = releaseImages({
    images: core.getInput('images'),
    composeFiles: readList('compose-file'),
    services: readList('services'),
    registry: readString('registry'),
    prefix: readString('repository-prefix'),
    root: workspaceRoot(),
    sourceTag,
    target: { registry: targetRegistry, prefix: readString('target-repository-prefix') },
    onWarning: (message) => core.warning(message),
    onInfo: (message) => core.info(message),
  });
  if (images.length === 0)
    throw new InputError(
      'images',
      'gives no image to release: pass the images output of push-images, references, or a Compose file with build: services',
    );

  // The credentials given are for one registry (the target's): never sent anywhere else.
  const registries = [...new Set(images.flatMap((image) => [image.source.registry, image.target.registry]))];
  const credentialRegistry = targetRegistry || (registries.length === 1 ? registries[0] : '');
  if (username && !credentialRegistry) {
    throw new InputError(
      'username',
      `is for one registry, but the images are in ${registries.join(', ')}: release them in separate steps, or log in to each beforehand and leave username and password empty`,
    );
  }
  return {
    login: username ? { registry: credentialRegistry, username, password } : undefined,
    context,
    concurrency,
    insecureRegistries,
    version,
    plan,
    environment,
    moving,
    images,
  };
}

export async function main(): Promise<void> {
  const inputs = readInputs();
  const { version, images, plan, moving } = inputs;
  core.info(
    `releasing ${version.raw} (${version.prerelease ? 'pre-release' : 'final'}) to ${images.length} image(s): ${[...plan.tags, ...(plan.latest ? ['latest (if highest)'] : []), ...(moving.tag ? [moving.tag] : [])].join(', ')}`,
  );
  // Loaded only now (a chunk of its own in dist/): the registry client.
  const { release } = await import('./release.js');
  await release(inputs);
}
