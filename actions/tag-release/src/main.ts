import * as core from '@actions/core';
import {
  InputError,
  SummaryBuilder,
  code,
  githubContext,
  readLogin,
  parseImageListEntry,
  readInteger,
  readList,
  readString,
  setOutput,
  workspaceRoot,
  type ImageListEntry,
} from '@kra/core';
import {
  DEFAULT_RELEASE_TAGS,
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  explicitCredentials,
  imageSourcesFromInputs,
  parseEnvironmentRules,
  parseReference,
  parseReleaseVersion,
  prereleaseFromEvent,
  releaseTags,
  releaseTarget,
  renderTagTemplate,
  resolveEnvironment,
  retagImages,
  tagContextFromGitHub,
  tagProblem,
  targetRepository,
  versionFromEvent,
  type ImageReference,
  type RetagImage,
} from '@kra/registry';

function parseRef(text: string, input: string, where: string): ImageReference {
  try {
    return parseReference(text);
  } catch (error) {
    throw new InputError(input, `${where} has ${(error as Error).message}`);
  }
}

/** The images to release, each with its source (by digest when known, else by source tag) and its target. */
function releaseImages(sourceTag: () => string, target: { registry: string; prefix: string }): RetagImage[] {
  const raw = core.getInput('images').trim();
  const toTarget = (source: ImageReference) => {
    try {
      return releaseTarget(source, target);
    } catch (error) {
      throw new InputError(
        target.prefix ? 'target-repository-prefix' : 'target-registry',
        `gives ${(error as Error).message}`,
      );
    }
  };
  const fromReference = (text: string, where: string): RetagImage => {
    const reference = parseRef(text, 'images', where.replace(/^input "images" /, ''));
    // By digest when given (repository@digest, even with a tag), else its tag, else source-tag.
    const source = reference.digest
      ? reference.withDigest(reference.digest)
      : reference.tag
        ? reference
        : reference.withTag(sourceTag());
    return { name: reference.repository.split('/').pop()!, source, target: toTarget(source), where };
  };
  if (raw.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new InputError(
        'images',
        `is not valid JSON (${(error as Error).message}): pass the images output of push-images, or one reference a line`,
      );
    }
    if (!Array.isArray(parsed))
      throw new InputError('images', 'is JSON but not an array: pass the images output of push-images');
    return parsed.map((item, index) => {
      const where = `input "images" item ${index}`;
      if (typeof item === 'string') return fromReference(item, where);
      const entry = parseImageListEntry('images', item, index);
      const repository = parseRef(entry.repository, 'images', `item ${index}`);
      if (repository.tag || repository.digest) {
        throw new InputError(
          'images',
          `item ${index} has "repository": "${entry.repository}" with a tag or digest: put those in "tags" and "digest"`,
        );
      }
      const source = entry.digest ? repository.withDigest(entry.digest) : repository.withTag(sourceTag());
      return { name: entry.name, source, target: toTarget(source), knownTags: entry.tags, where };
    });
  }
  const lines = readList('images');
  if (lines.length > 0) {
    if (readList('compose-file').length > 0)
      throw new InputError('images', 'and compose-file are both set: use one of them');
    return lines.map((line, index) => fromReference(line, `input "images" line ${index + 1}`));
  }
  const root = workspaceRoot();
  const { sources } = imageSourcesFromInputs({
    root,
    images: [],
    composeFiles: readList('compose-file'),
    services: readList('services'),
    onWarning: (message) => core.warning(message),
    onInfo: (message) => core.info(message),
  });
  return sources.map((entry) => {
    const repository = targetRepository(entry, {
      registry: readString('registry'),
      prefix: readString('repository-prefix'),
    });
    const source = repository.withTag(sourceTag());
    return { name: entry.name, source, target: toTarget(source), where: entry.where };
  });
}

export async function main(): Promise<void> {
  const { username, password } = readLogin();
  const context = githubContext();
  const concurrency = readInteger('concurrency', { default: 16, min: 1, max: 64 });
  const insecureRegistries = readList('insecure-registries');

  // Validate everything before the first request.
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

  let environmentTag = readString('environment-tag');
  if (environmentTag.includes('{{environment}}')) {
    if (!environment) {
      core.warning(`environment-tag "${environmentTag}" is not set: no environment rule matches ${version.raw}`);
      environmentTag = '';
    } else environmentTag = environmentTag.replaceAll('{{environment}}', environment);
  }
  if (environmentTag) {
    const problem = tagProblem(environmentTag);
    if (problem) throw new InputError('environment-tag', `is "${environmentTag}": ${problem}`);
  }

  // Rendered only when an image is given without a tag or digest: explicit references need no commit.
  let sourceTagValue: string | undefined;
  const sourceTag = (): string => {
    if (sourceTagValue === undefined) {
      const rendered = renderTagTemplate(
        readString('source-tag', { default: 'sha-{{short-sha}}' }),
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
  const targetPrefix = readString('target-repository-prefix');
  const images = releaseImages(sourceTag, { registry: targetRegistry, prefix: targetPrefix });
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
  const client = new RegistryClient({
    credentials: chainCredentials(
      username ? explicitCredentials([{ registry: credentialRegistry, username, password }]) : undefined,
      dockerConfigCredentials(),
    ),
    insecureRegistries,
    concurrency,
    onWarning: (message) => core.warning(message),
  });
  core.info(
    `releasing ${version.raw} (${version.prerelease ? 'pre-release' : 'final'}) to ${images.length} image(s): ${[...plan.tags, ...(plan.latest ? ['latest (if highest)'] : []), ...(environmentTag ? [environmentTag] : [])].join(', ')}`,
  );
  let results;
  try {
    results = await retagImages(images, {
      client,
      version,
      tags: plan.tags,
      latest: plan.latest,
      moving: plan.moving,
      environmentTag: environmentTag || undefined,
      concurrency,
      sourceInput: 'source-tag',
    });
  } finally {
    const stats = client.stats();
    core.info(
      `registry requests: ${stats.requests} (${Object.entries(stats.byMethodAndKind)
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ')}; retries ${stats.retries})`,
    );
    await client.close();
  }

  for (const result of results) {
    for (const [tag, reason] of Object.entries(result.refused))
      core.info(`not moving ${tag} on ${result.repository}: ${reason}`);
    const added = result.outcomes.filter(({ outcome }) => outcome !== 'unchanged');
    core.info(
      `${result.ref}: ${added.length === 0 ? 'every tag already there' : added.map(({ tag, outcome }) => `${tag} ${outcome}`).join(', ')}`,
    );
  }
  const entries: ImageListEntry[] = results.map(({ name, repository, tags, digest, ref }) => ({
    name,
    repository,
    tags,
    digest,
    ref,
  }));
  setOutput('version', version.version);
  setOutput('prerelease', String(version.prerelease));
  setOutput('environment', environment);
  setOutput('images', JSON.stringify(entries));
  setOutput('refs', entries.map((entry) => entry.ref).join('\n'));

  await new SummaryBuilder()
    .heading(`tag-release ${version.raw}`)
    .table(
      ['image', 'repository', 'digest', 'tags'],
      results.map((result) => [
        result.name,
        code(result.repository),
        code(result.digest),
        result.outcomes.map(({ tag, outcome }) => `${code(tag)} ${outcome}`).join(', ') +
          Object.entries(result.refused)
            .map(([tag, reason]) => ` (not ${code(tag)}: ${reason})`)
            .join(''),
      ]),
    )
    .text(
      `Version ${code(version.version)} (${version.prerelease ? 'pre-release' : 'final release'}) → environment ${environment ? code(environment) : '(none)'}. Manifests copied inside the registry, byte for byte: no layer moved.`,
    )
    .write();
}
