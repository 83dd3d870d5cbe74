/**
 * The released images to write into the config repository, read from the image list JSON of
 * push-images or tag-release, or from references one a line, and the values written for them.
 */
import { InputError, parseImageListEntry, splitList } from '@kra/core';
// The reference parser alone, by its source path: @kra/registry's index would pull the OCI
// client (undici, Compose loading) into this bundle. Becomes `@kra/registry/reference` once
// that subpath is exported.
import { parseReference, type ImageReference } from '../../registry/src/reference.js';

/** Which part of a release is written: the tag, the digest, or both (`repository:tag@digest`). */
export type Pin = 'tag' | 'digest' | 'tag@digest';
export const PINS: readonly Pin[] = ['tag', 'digest', 'tag@digest'];

export interface ReleasedImage {
  /** The short name (Compose service, or the repository's last segment). */
  name: string;
  /** The repository as given: ghcr.io/acme/web. */
  repository: string;
  /** registry/repository after Docker's normalisation: how config references are matched. */
  key: string;
  /** The tag written (one of the release's tags), when known. */
  tag?: string;
  digest?: string;
}

/** registry/repository for matching, or undefined when the text is not an image reference. */
export function referenceKey(text: string): string | undefined {
  const reference = tryParseReference(text);
  return reference?.name;
}

export function tryParseReference(text: string): ImageReference | undefined {
  if (text === '' || /[\s{}$]/.test(text)) return undefined;
  try {
    return parseReference(text);
  } catch {
    return undefined;
  }
}

/** The part of a reference before its tag and digest, as written (nginx, ghcr.io/acme/web, localhost:5000/web). */
export function writtenRepository(text: string): string {
  const at = text.indexOf('@');
  const rest = at === -1 ? text : text.slice(0, at);
  const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
  return colon === -1 ? rest : rest.slice(0, colon);
}

/**
 * Chooses the tag written for an image with several (push-images' `main-abc1234`, then
 * tag-release's `1.4.0`, `1.4`, `1`, `latest`): the `tag` input when given, else the version
 * when the image has it (with or without `v`), else the only tag, else the first.
 */
export function chooseTag(tags: readonly string[], options: { tag?: string; version?: string }): string | undefined {
  if (options.tag) return options.tag;
  const version = options.version?.replace(/^v(?=\d)/, '');
  if (version) {
    const match = tags.find((tag) => tag === version || tag === `v${version}`);
    if (match) return match;
  }
  return tags[0];
}

function fromReference(line: string, where: string, options: { tag?: string }): ReleasedImage {
  let reference: ImageReference;
  try {
    reference = parseReference(line);
  } catch (error) {
    throw new InputError('images', `${where} has ${(error as Error).message}`);
  }
  const repository = writtenRepository(line.trim());
  return {
    name: reference.repository.split('/').pop()!,
    repository,
    key: reference.name,
    tag: options.tag || reference.tag,
    digest: reference.digest,
  };
}

/**
 * Parses the `images` input: the image list JSON ([{"name","repository","tags","digest","ref"}],
 * strings allowed as items), or references one a line (repository:tag, repository@digest,
 * repository:tag@digest).
 */
export function parseImages(text: string, options: { tag?: string; version?: string } = {}): ReleasedImage[] {
  const trimmed = text.trim();
  let images: ReleasedImage[];
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new InputError(
        'images',
        `is not valid JSON (${(error as Error).message}): pass the images output of tag-release or push-images, or one reference a line`,
      );
    }
    if (!Array.isArray(parsed))
      throw new InputError('images', 'is JSON but not an array: pass the images output of tag-release or push-images');
    images = parsed.map((item, index) => {
      if (typeof item === 'string') return fromReference(item, `item ${index}`, options);
      const entry = parseImageListEntry('images', item, index);
      const reference = tryParseReference(entry.repository);
      if (!reference || reference.tag || reference.digest) {
        throw new InputError(
          'images',
          `item ${index} has "repository": "${entry.repository}", which is not a repository such as ghcr.io/acme/web (tags and digest go in "tags" and "digest")`,
        );
      }
      return {
        name: entry.name,
        repository: entry.repository,
        key: reference.name,
        tag: chooseTag(entry.tags, options),
        digest: entry.digest || undefined,
      };
    });
  } else {
    images = splitList(trimmed).map((line, index) => fromReference(line, `line ${index + 1}`, options));
  }
  const seen = new Map<string, ReleasedImage>();
  for (const image of images) {
    const earlier = seen.get(image.key);
    if (earlier && (earlier.tag !== image.tag || earlier.digest !== image.digest)) {
      throw new InputError(
        'images',
        `names ${image.key} twice with different versions (${describe(earlier)} and ${describe(image)}): give each repository once`,
      );
    }
    seen.set(image.key, image);
  }
  return [...seen.values()];
}

function describe(image: ReleasedImage): string {
  return `${image.tag ?? ''}${image.digest ? `@${image.digest}` : ''}` || 'no version';
}

/** Checks every image has what `pin` writes, naming the first that does not. */
export function checkPin(images: readonly ReleasedImage[], pin: Pin): void {
  for (const image of images) {
    if (pin !== 'tag' && !image.digest) {
      throw new InputError(
        'images',
        `gives ${image.repository} without a digest, but pin is "${pin}": pass tag-release's images output (it has the digests) or set pin: tag`,
      );
    }
    if (pin !== 'digest' && !image.tag) {
      throw new InputError(
        'images',
        `gives ${image.repository} without a tag, but pin is "${pin}": pass the release's tags (tag-release's images output) or set pin: digest`,
      );
    }
  }
}

/** The reference written into an image field: the repository as the file writes it, then tag and/or digest. */
export function referenceValue(image: ReleasedImage, pin: Pin, repository: string): string {
  if (pin === 'tag') return `${repository}:${image.tag}`;
  if (pin === 'digest') return `${repository}@${image.digest}`;
  return `${repository}:${image.tag}@${image.digest}`;
}

/**
 * The value of a tag-only field (a Helm `tag`) when nothing else holds the digest: the tag,
 * or `tag@digest` when the digest is pinned (charts write `repository:tag`, so this pins it).
 */
export function tagFieldValue(image: ReleasedImage, pin: Pin): string | undefined {
  if (pin === 'tag') return image.tag;
  if (!image.tag) return undefined;
  return `${image.tag}@${image.digest}`;
}

/** Finds released images by the repository a config file names. */
export class ImageIndex {
  private readonly byKey = new Map<string, ReleasedImage>();
  private readonly byName = new Map<string, ReleasedImage[]>();

  constructor(readonly images: readonly ReleasedImage[]) {
    for (const image of images) {
      this.byKey.set(image.key, image);
      this.byName.set(image.name, [...(this.byName.get(image.name) ?? []), image]);
    }
  }

  /** The image whose repository this reference (or bare repository) names. */
  byReference(text: string): ReleasedImage | undefined {
    const key = referenceKey(text);
    return key === undefined ? undefined : this.byKey.get(key);
  }

  /** An image by its short name or its repository (for `fields` and Flux policies). */
  lookup(nameOrRepository: string): ReleasedImage | undefined {
    const named = this.byName.get(nameOrRepository);
    if (named?.length === 1) return named[0];
    return this.byReference(nameOrRepository);
  }
}
