import type { ImageListEntry } from '@kra/core';
import { InputError } from '@kra/core';
import { podTemplateOf } from '@kra/manifests/pod';
// Subpaths, not the package: k8s-deploy's bundle takes the reference parser, not the registry client.
import { parseImageListInput, pinnedImage, pinnedTag } from '@kra/registry/image-list';
import { repositoryKey, tryParseReference, writtenRepository } from '@kra/registry/reference';
import type { KObject } from './client.js';
import { objectLabel } from './names.js';

/** The `images` input: the image list JSON of push-images/tag-release, or one image reference a line. */
export function parseImagesInput(input: string, value: string): ImageListEntry[] {
  return parseImageListInput(input, value).map((image) => {
    if (!image.entry && image.tags.length === 0 && !image.digest) {
      const line = image.repository;
      throw new InputError(
        input,
        `line "${line}" has no tag or digest: write repository:tag, repository@sha256:… or repository:tag@sha256:…`,
      );
    }
    const { name, repository, tags, digest } = image;
    const ref = digest ? `${repository}@${digest}` : tags.length > 0 ? `${repository}:${tags[0]}` : repository;
    return { name, repository, tags, digest, ref };
  });
}

export { pinnedImage, pinnedTag };

export interface ImageReplacement {
  object: string;
  container: string;
  from: string;
  to: string;
}

export interface ImageReplacementResult {
  replacements: ImageReplacement[];
  /** Entries that matched no container: each deserves a warning naming it. */
  unmatched: ImageListEntry[];
}

interface ContainerLike {
  name?: string;
  image?: string;
}

/** Every container list in an object's pod template (containers, initContainers, ephemeralContainers). */
export function containerLists(object: KObject): ContainerLike[][] {
  const template = podTemplateOf(object as any);
  const spec = template?.spec as Record<string, unknown> | undefined;
  if (!spec) return [];
  return (['initContainers', 'containers', 'ephemeralContainers'] as const)
    .map((key) => spec[key])
    .filter((list): list is ContainerLike[] => Array.isArray(list));
}

/**
 * Replaces, in place, every container and initContainer image whose repository matches an
 * entry (as Docker normalises names: nginx is docker.io/library/nginx), by the entry's pinned
 * tag and (when known) its digest. An image that is no reference (a placeholder) is left alone.
 */
export function replaceImages(objects: KObject[], entries: ImageListEntry[]): ImageReplacementResult {
  const byRepository = new Map<string, ImageListEntry>();
  for (const entry of entries) {
    const reference = tryParseReference(entry.repository);
    if (reference) byRepository.set(repositoryKey(reference), entry);
  }
  const used = new Set<ImageListEntry>();
  const replacements: ImageReplacement[] = [];
  for (const object of objects) {
    for (const list of containerLists(object)) {
      for (const container of list) {
        if (typeof container.image !== 'string') continue;
        const reference = tryParseReference(container.image);
        const entry = reference && byRepository.get(repositoryKey(reference));
        if (!entry) continue;
        used.add(entry);
        const image = pinnedImage(entry);
        if (!image) continue;
        if (image !== container.image) {
          replacements.push({
            object: objectLabel(object),
            container: container.name ?? '',
            from: container.image,
            to: image,
          });
          container.image = image;
        }
      }
    }
  }
  return { replacements, unmatched: entries.filter((entry) => !used.has(entry)) };
}

/** The images the workloads among `objects` run: one line per object/container. */
export function runningImages(objects: KObject[]): Array<{ object: string; container: string; image: string }> {
  const result: Array<{ object: string; container: string; image: string }> = [];
  for (const object of objects) {
    for (const list of containerLists(object)) {
      for (const container of list) {
        if (typeof container.image === 'string')
          result.push({ object: objectLabel(object), container: container.name ?? '', image: container.image });
      }
    }
  }
  return result;
}

/** Distinct images as image list entries (the contract of push-images/tag-release), for chaining. */
export function imageListOf(images: string[]): ImageListEntry[] {
  const seen = new Map<string, ImageListEntry>();
  for (const image of images) {
    if (seen.has(image)) continue;
    const reference = tryParseReference(image);
    if (!reference) {
      seen.set(image, { name: image, repository: image, tags: [], digest: '', ref: image });
      continue;
    }
    const repository = writtenRepository(image, reference);
    seen.set(image, {
      name: reference.repository.split('/').pop()!,
      repository,
      tags: reference.tag ? [reference.tag] : [],
      digest: reference.digest ?? '',
      ref: reference.digest ? `${repository}@${reference.digest}` : image,
    });
  }
  return [...seen.values()];
}

/** One container's image in the previous revision and in this one (undefined: the container is not there). */
export interface ImageChange {
  object: string;
  container: string;
  before?: string;
  after?: string;
}

/**
 * Each workload container's image in `before` (the objects of the previous revision's record,
 * as they were applied) and `after` (this revision's, as applied): this revision's containers
 * in order, then those it no longer has.
 */
export function imageChanges(before: KObject[], after: KObject[]): ImageChange[] {
  const key = (i: { object: string; container: string }) => `${i.object}\n${i.container}`;
  const previous = new Map(runningImages(before).map((i) => [key(i), i]));
  const changes: ImageChange[] = runningImages(after).map(({ object, container, image }) => {
    const old = previous.get(key({ object, container }));
    previous.delete(key({ object, container }));
    return { object, container, before: old?.image, after: image };
  });
  for (const { object, container, image } of previous.values()) changes.push({ object, container, before: image });
  return changes;
}
