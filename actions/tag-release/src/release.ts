// tag-release's work once every input is checked (main.ts): the registry client, the re-tags,
// the outputs and the summary. A chunk of its own in dist/, loaded after the inputs are read.
import * as core from '@actions/core';
import {
  SummaryBuilder,
  code,
  commitAndRunLinks,
  linkLine,
  setListOutput,
  setOutput,
  shortDigests,
  type ImageListEntry,
  firstImageFailure,
} from '@kra/core';
import {
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  explicitCredentials,
  retagImages,
  type RetagResult,
  writeImageListOutputs,
} from '@kra/registry';
import type { ReleaseInputs } from './main.js';

export async function release(inputs: ReleaseInputs): Promise<void> {
  const { login, context, concurrency, insecureRegistries, version, plan, environment, moving, images } = inputs;
  const client = new RegistryClient({
    credentials: chainCredentials(login ? explicitCredentials([login]) : undefined, dockerConfigCredentials()),
    insecureRegistries,
    concurrency,
    onWarning: (message) => core.warning(message),
  });
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
  if (failed.length > 0) throw firstImageFailure(failed, tally(results));
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
  writeImageListOutputs(entries, notWritten);
}

function tally(results: readonly RetagResult[]): string {
  const count = (test: (outcome: string) => boolean) =>
    results.reduce((sum, result) => sum + result.outcomes.filter(({ outcome }) => test(outcome)).length, 0);
  return `${count((outcome) => outcome === 'added' || outcome === 'moved')} tag(s) written, ${count((outcome) => outcome === 'not written')} not`;
}
