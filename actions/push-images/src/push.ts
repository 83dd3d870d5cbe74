// push-images' work once every input is checked (main.ts): the container engine, the logins, the
// registry client, the pushes, the outputs and the summary. A chunk of its own in dist/, loaded
// after the inputs are read.
import * as core from '@actions/core';
import { SummaryBuilder, code, firstImageFailure, commitAndRunLinks, linkLine, shortDigests } from '@kra/core';
import {
  ContainerEngine,
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  explicitCredentials,
  pushImages,
  type PushResult,
} from '@kra/registry';
import type { Login } from './logout.js';
import type { PushInputs } from './main.js';
import { writeOutputs } from './outputs.js';

export async function push(inputs: PushInputs): Promise<void> {
  const { login, concurrency, engineChoice, insecureRegistries, pushAttempts, context, plan, from } = inputs;
  const engine = await ContainerEngine.detect(engineChoice, {
    insecureRegistries,
    pushAttempts,
    onCommand: (line) => core.info(line),
    onWarning: (message) => core.warning(message),
  });
  const explicit = login ? explicitCredentials([login]) : undefined;
  if (login) {
    // The credentials are for one registry (main.ts refuses them for several).
    await engine.login(login.registry, login.username, login.password);
    const logins: Login[] = [{ engine: engine.name, registry: login.registry }];
    core.saveState('logins', JSON.stringify(logins));
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
  if (failed.length > 0) throw firstImageFailure(failed, tally(results));
}

function tally(results: readonly PushResult[]): string {
  const written = results.reduce((sum, result) => sum + result.tags.length, 0);
  const missing = results.reduce((sum, result) => sum + result.notWritten.length, 0);
  return `${written} tag(s) written, ${missing} not`;
}
