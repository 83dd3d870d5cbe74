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
  readInteger,
  readList,
  readLogin,
  readString,
  setListOutput,
  setOutput,
  workspaceRoot,
  writeDeprecatedOutputs,
  type ImageListEntry,
} from '@kra/core';
import {
  DEFAULT_RELEASE_TAGS,
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  environmentTag,
  explicitCredentials,
  imageListLines,
  parseEnvironmentRules,
  parseReleaseVersion,
  prereleaseFromEvent,
  releaseImages,
  releaseTags,
  renderTagTemplate,
  resolveEnvironment,
  retagImages,
  tagContextFromGitHub,
  tagProblem,
  versionFromEvent,
  type RetagResult,
} from '@kra/registry';

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
    `releasing ${version.raw} (${version.prerelease ? 'pre-release' : 'final'}) to ${images.length} image(s): ${[...plan.tags, ...(plan.latest ? ['latest (if highest)'] : []), ...(moving.tag ? [moving.tag] : [])].join(', ')}`,
  );
  let results: RetagResult[];
  try {
    results = await retagImages(images, {
      client,
      version,
      tags: plan.tags,
      latest: plan.latest,
      moving: plan.moving,
      immutable: plan.immutable,
      environmentTag: moving.tag,
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
    const changed = result.outcomes.filter(({ outcome }) => outcome !== 'unchanged');
    core.info(
      `${result.ref}: ${changed.length === 0 ? 'every tag already there' : changed.map(({ tag, outcome }) => `${tag} ${outcome}`).join(', ')}`,
    );
  }
  setOutput('version', version.version);
  setOutput('prerelease', String(version.prerelease));
  setOutput('environment', environment);
  writeOutputs(results);

  const failed = results.filter((result) => result.error !== undefined);
  await new SummaryBuilder()
    .heading(
      `tag-release ${version.raw}${failed.length > 0 ? ': failed' : ''} · version ${code(version.version)}${environment ? ` · environment ${code(environment)}` : ''}`,
    )
    .table(
      ['image', 'repository', 'digest', 'tags', 'not written'],
      results.map((result) => [
        result.name,
        code(result.repository),
        code(shortDigests(result.digest)),
        result.outcomes
          .filter(({ outcome }) => outcome !== 'not written')
          .map(({ tag, outcome }) => `${code(tag)} ${outcome}`)
          .join(', ') +
          Object.entries(result.refused)
            .map(([tag, reason]) => ` (not ${code(tag)}: ${reason})`)
            .join(''),
        result.outcomes
          .filter(({ outcome }) => outcome === 'not written')
          .map(({ tag, reason }) => `${code(tag)}: ${reason}`)
          .join('<br>'),
      ]),
    )
    .text(
      `Version ${code(version.version)} (${version.prerelease ? 'pre-release' : 'final release'}) → environment ${environment ? code(environment) : '(none)'}. Manifests copied inside the registry, byte for byte: no layer moved.${failed.length > 0 ? ` ${tally(results)}: the written and not-written outputs list them.` : ''}`,
    )
    .text(linkLine(commitAndRunLinks(context)))
    .details('Whole references', results.map((result) => result.ref).join('\n'))
    .write();
  if (failed.length > 0) {
    const first = failed[0];
    if (!(first.error instanceof UserError)) throw first.error;
    throw new UserError(
      `${first.name} (${first.repository}): ${errorMessage(first.error)} — ${tally(results)}; the summary and the not-written output list them`,
    );
  }
}

/** Every list output of tag-release; on a failure, exactly what was written and what was not. */
function writeOutputs(results: readonly RetagResult[]): void {
  const entries: ImageListEntry[] = results.map(({ name, repository, tags, digest, ref }) => ({
    name,
    repository,
    tags,
    digest,
    ref,
  }));
  setListOutput('images', imageListLines(entries), entries);
  setListOutput(
    'refs',
    entries.map((entry) => entry.ref),
  );
  const written = results.flatMap((result) =>
    result.outcomes
      .filter(({ outcome }) => outcome === 'added' || outcome === 'moved')
      .map(({ tag, outcome }) => ({ repository: result.repository, tag, outcome })),
  );
  setListOutput(
    'written',
    written.map((item) => `${item.repository}:${item.tag}`),
    written,
  );
  const notWritten = results.flatMap((result) =>
    result.outcomes
      .filter(({ outcome }) => outcome === 'not written')
      .map(({ tag, reason }) => ({ repository: result.repository, tag, reason: reason ?? '' })),
  );
  setListOutput(
    'not-written',
    notWritten.map((item) => `${item.repository}:${item.tag}`),
    notWritten,
  );
  writeDeprecatedOutputs([], [{ name: 'images', json: 'images-json' }]);
}

function tally(results: readonly RetagResult[]): string {
  const count = (test: (outcome: string) => boolean) =>
    results.reduce((sum, result) => sum + result.outcomes.filter(({ outcome }) => test(outcome)).length, 0);
  return `${count((outcome) => outcome === 'added' || outcome === 'moved')} tag(s) written, ${count((outcome) => outcome === 'not written')} not`;
}
