/**
 * The release a run is for: the version (the `version` input, else the release event's tag,
 * else the tag of GITHUB_REF, as tag-release reads it), without its `v`.
 */
import type { GitHubContext } from '@kra/core';
// By source path, not @kra/registry's index (which would bundle the OCI client): the same
// reading tag-release does.
import { versionFromEvent } from '../../registry/src/tags/release.js';

export { versionFromEvent };
import type { ReleasedImage } from './images.js';

export function releaseVersion(
  given: string,
  context: Pick<GitHubContext, 'ref' | 'payload'>,
  images: readonly ReleasedImage[],
): string {
  const version = given || versionFromEvent(context) || commonTag(images) || '';
  return version.replace(/^v(?=\d)/, '');
}

/** The tag every image shares, when they share one. */
function commonTag(images: readonly ReleasedImage[]): string | undefined {
  const tags = new Set(images.map((image) => image.tag));
  const [tag] = [...tags];
  return tags.size === 1 ? tag : undefined;
}

/** The author and committer a workflow's actor appears as (GitHub's no-reply address, with the user id when the event gives it). */
export function actorIdentity(context: Pick<GitHubContext, 'actor' | 'payload'>): { name: string; email: string } {
  const actor = context.actor || 'github-actions[bot]';
  const sender = context.payload?.sender;
  const id =
    actor === 'github-actions[bot]'
      ? 41898282
      : sender?.login === actor && typeof sender.id === 'number'
        ? sender.id
        : undefined;
  return { name: actor, email: `${id ? `${id}+` : ''}${actor}@users.noreply.github.com` };
}
