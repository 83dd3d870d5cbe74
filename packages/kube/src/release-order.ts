/**
 * Releases deploy in version order: a version older than the one live in the environment
 * (the newest deployed release record) is refused, so a slow or re-run older release can
 * never overwrite a newer one. Versions that are not semver (a commit SHA) are not compared.
 */
import semver from 'semver';
import type { KubeClient } from './client.js';
import { ReleaseStore, lastDeployed } from './release.js';

function parse(version: string): semver.SemVer | null {
  return semver.parse(version.replace(/^v/, ''));
}

/** Compares with the live record; returns the one-line refusal, or undefined when the version may deploy. */
export async function olderThanLive(
  client: KubeClient,
  options: { namespace: string; release: string; version: string },
): Promise<string | undefined> {
  const wanted = parse(options.version);
  if (!wanted) return undefined;
  const records = await new ReleaseStore(client, options.namespace, options.release).list();
  const live = lastDeployed(records);
  const current = live ? parse(live.version) : null;
  if (!live || !current || semver.gte(wanted, current)) return undefined;
  return `Release "${options.release}" ${options.version} is older than ${live.version}, which is live (revision ${live.revision}): refusing to overwrite a newer release; set allow-downgrade: true to go back on purpose`;
}
