import type { ImageListEntry } from '@kra/core';
import { InputError, parseImageListEntry, parseJsonOrList } from '@kra/core';
import { podTemplateOf } from '@kra/manifests';
import type { KObject } from './client.js';
import { objectLabel } from './names.js';

/** An image reference split into repository, tag and digest. */
export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { repository: rest, tag, digest };
}

/** docker.io/library/nginx, index.docker.io/library/nginx and nginx name the same repository. */
export function normalizeRepository(repository: string): string {
  let name = repository.toLowerCase();
  const first = name.split('/')[0];
  const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasHost) name = `docker.io/${name}`;
  name = name.replace(/^(index\.)?docker\.io\//, 'docker.io/');
  if (/^docker\.io\/[^/]+$/.test(name)) name = name.replace('docker.io/', 'docker.io/library/');
  return name;
}

/** The `images` input: the image list JSON of push-images/tag-release, or one image reference a line. */
export function parseImagesInput(input: string, value: string): ImageListEntry[] {
  return parseJsonOrList(
    input,
    value,
    (line) => {
      const ref = parseImageRef(line);
      if (!ref.repository || (!ref.tag && !ref.digest)) {
        throw new InputError(
          input,
          `line "${line}" has no tag or digest: write repository:tag, repository@sha256:… or repository:tag@sha256:…`,
        );
      }
      return parseImageListEntry(
        input,
        { repository: ref.repository, tags: ref.tag ? [ref.tag] : [], digest: ref.digest ?? '' },
        0,
      );
    },
    (item) => parseImageListEntry(input, item, 0),
  );
}

/** What the image of an entry becomes: repository:tag@digest, repository:tag or repository@digest. */
export function pinnedImage(entry: ImageListEntry): string | undefined {
  const tag = entry.tags[0];
  if (!tag && !entry.digest) return undefined;
  return `${entry.repository}${tag ? `:${tag}` : ''}${entry.digest ? `@${entry.digest}` : ''}`;
}

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
 * entry, by the entry's first tag and (when known) its digest.
 */
export function replaceImages(objects: KObject[], entries: ImageListEntry[]): ImageReplacementResult {
  const byRepository = new Map<string, ImageListEntry>();
  for (const entry of entries) byRepository.set(normalizeRepository(entry.repository), entry);
  const used = new Set<ImageListEntry>();
  const replacements: ImageReplacement[] = [];
  for (const object of objects) {
    for (const list of containerLists(object)) {
      for (const container of list) {
        if (typeof container.image !== 'string') continue;
        const entry = byRepository.get(normalizeRepository(parseImageRef(container.image).repository));
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
    const ref = parseImageRef(image);
    const name = ref.repository.split('/').pop() ?? ref.repository;
    seen.set(image, {
      name,
      repository: ref.repository,
      tags: ref.tag ? [ref.tag] : [],
      digest: ref.digest ?? '',
      ref: ref.digest ? `${ref.repository}@${ref.digest}` : image,
    });
  }
  return [...seen.values()];
}
