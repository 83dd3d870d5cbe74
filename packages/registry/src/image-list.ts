/**
 * The `images` input of tag-release and k8s-deploy, read one way: the image list JSON of
 * push-images or tag-release (`[{"name","repository","tags","digest","ref"}]`), its text form
 * (one reference a line: `ghcr.io/acme/web:1.4.0@sha256:…`), or references in a JSON array.
 * Every reference goes through the one parser (reference.ts); a bad one is a one-line error
 * naming the input and the line or item. Exported on `@kra/registry/image-list` as well, so
 * k8s-deploy reads it without the registry client.
 */
import {
  InputError,
  parseImageListEntry,
  parseJsonOrList,
  setListOutput,
  writeDeprecatedOutputs,
  type ImageListEntry,
} from '@kra/core';
import { parseVersionTag } from '@kra/core/versions';
import { parseReference, writtenRepository, type ImageReference } from './reference.js';

export interface ImageInput {
  /** The repository, parsed (no tag, no digest). */
  reference: ImageReference;
  /** The repository as written (ghcr.io/acme/web, nginx): outputs keep the user's spelling. */
  repository: string;
  /** The short name: the entry's name, else the last path segment. */
  name: string;
  /** The tag a reference names (`web:1.4.0`); undefined for JSON entries and bare repositories. */
  tag?: string;
  /** Tags known to point at the image: the reference's tag, or the entry's tags. */
  tags: string[];
  /** sha256:… when known, else ''. */
  digest: string;
  /** Where it was given, for messages: `line 2`, `item 0`. */
  where: string;
  /** True when it came as an image list entry (a JSON object). */
  entry: boolean;
}

function parse(input: string, text: string, where: string): ImageReference {
  try {
    return parseReference(text);
  } catch (error) {
    throw new InputError(input, `${where} has ${(error as Error).message}`);
  }
}

/** Reads the images input (see the top of this file); an empty value gives []. */
export function parseImageListInput(input: string, value: string): ImageInput[] {
  return parseJsonOrList<ImageInput>(
    input,
    value,
    (line, where) => {
      const reference = parse(input, line, where);
      const repository = writtenRepository(line, reference);
      return {
        reference: parse(input, repository, where),
        repository,
        name: reference.repository.split('/').pop()!,
        tag: reference.tag,
        tags: reference.tag ? [reference.tag] : [],
        digest: reference.digest ?? '',
        where,
        entry: false,
      };
    },
    (item, index) => {
      const entry = parseImageListEntry(input, item, index);
      const where = `item ${index}`;
      const reference = parse(input, entry.repository, where);
      if (reference.tag || reference.digest) {
        throw new InputError(
          input,
          `${where} has "repository": "${entry.repository}" with a tag or digest: put those in "tags" and "digest"`,
        );
      }
      for (const tag of entry.tags) reference.withTag(tag);
      if (entry.digest) reference.withDigest(entry.digest);
      return {
        reference,
        repository: entry.repository,
        name: entry.name,
        tags: entry.tags,
        digest: entry.digest,
        where,
        entry: true,
      };
    },
  );
}

/**
 * The tag written beside the digest when an image list entry becomes one reference (its text
 * form, and what k8s-deploy pins): the release's version tag when the entry has one (the first
 * of its tags that is a semantic version, 1.4.0 or v1.5.0-rc.1, wherever it is in the list),
 * else its first tag. The digest decides what runs; the tag is what people read.
 */
export function pinnedTag(entry: Pick<ImageListEntry, 'tags'>): string | undefined {
  return entry.tags.find((tag) => parseVersionTag(tag) !== undefined) ?? entry.tags[0];
}

/** An entry as one reference: repository:tag@digest, repository:tag or repository@digest (undefined with neither). */
export function pinnedImage(entry: Pick<ImageListEntry, 'repository' | 'tags' | 'digest'>): string | undefined {
  const tag = pinnedTag(entry);
  if (!tag && !entry.digest) return undefined;
  return `${entry.repository}${tag ? `:${tag}` : ''}${entry.digest ? `@${entry.digest}` : ''}`;
}

/** The text form of an image list (the `images` output): one pinned reference a line. */
export function imageListLines(entries: readonly ImageListEntry[]): string[] {
  return entries.map((entry) => pinnedImage(entry) ?? entry.repository);
}

/** A tag an action did not write, and why. */
export interface NotWrittenTag {
  repository: string;
  tag: string;
  reason: string;
}

/**
 * The image outputs push-images and tag-release share: `images` (the image list), `refs`
 * (pinned references) and `not-written` (the tags left out), each as text and `-json`, with
 * the deprecated `images` JSON alias.
 */
export function writeImageListOutputs(entries: readonly ImageListEntry[], notWritten: readonly NotWrittenTag[]): void {
  setListOutput('images', imageListLines(entries), entries);
  setListOutput(
    'refs',
    entries.map((entry) => entry.ref),
  );
  setListOutput(
    'not-written',
    notWritten.map((item) => `${item.repository}:${item.tag}`),
    notWritten,
  );
  writeDeprecatedOutputs([], [{ name: 'images', json: 'images-json' }]);
}
