import { InputError } from '@kra/core';
import { imageSourcesFromInputs } from '../compose/sources.js';
import { targetRepository } from '../compose/targets.js';
import { parseImageListInput } from '../image-list.js';
import type { ImageReference } from '../reference.js';
import { releaseTarget, type RetagImage } from './retag.js';

/**
 * Which images tag-release releases, each with its source (by digest when known, else by
 * tag) and its target repository, from its inputs:
 *
 * - `images`: push-images' image list (JSON or its text form), or references one a line.
 *   An image with a digest is released by that digest (the one that was tested); one with a
 *   tag by that tag; a bare repository (or a JSON entry without digest) by `source-tag`.
 * - else the Compose file's `build:` services, named as push-images names them (`registry`,
 *   `repository-prefix`), by `source-tag`.
 *
 * Errors name the input and the line or item.
 */
export interface ReleaseImageInputs {
  /** The `images` input as given. */
  images: string;
  composeFiles: readonly string[];
  services: readonly string[];
  /** With Compose files: the registry and prefix push-images pushed to. */
  registry: string;
  prefix: string;
  /** The workspace (Compose files are found in it). */
  root: string;
  /** The tag images given without tag or digest were pushed under; called only when one is. */
  sourceTag: () => string;
  /** target-registry and target-repository-prefix: where the release goes, when not in place. */
  target: { registry: string; prefix: string };
  onWarning?: (message: string) => void;
  onInfo?: (message: string) => void;
}

export function releaseImages(inputs: ReleaseImageInputs): RetagImage[] {
  const toTarget = (source: ImageReference) => {
    try {
      return releaseTarget(source, inputs.target);
    } catch (error) {
      throw new InputError(
        inputs.target.prefix ? 'target-repository-prefix' : 'target-registry',
        `gives ${(error as Error).message}`,
      );
    }
  };
  const listed = parseImageListInput('images', inputs.images);
  if (listed.length > 0) {
    if (inputs.composeFiles.length > 0)
      throw new InputError('images', 'and compose-file are both set: use one of them');
    return listed.map((image) => {
      const source = image.digest
        ? image.reference.withDigest(image.digest)
        : image.reference.withTag(image.tag ?? inputs.sourceTag());
      return {
        name: image.name,
        source,
        target: toTarget(source),
        ...(image.entry ? { knownTags: image.tags } : {}),
        where: `input "images" ${image.where}`,
      };
    });
  }
  const { sources } = imageSourcesFromInputs({
    root: inputs.root,
    images: [],
    composeFiles: [...inputs.composeFiles],
    services: [...inputs.services],
    onWarning: inputs.onWarning,
    onInfo: inputs.onInfo,
  });
  return sources.map((entry) => {
    const source = targetRepository(entry, { registry: inputs.registry, prefix: inputs.prefix }).withTag(
      inputs.sourceTag(),
    );
    return { name: entry.name, source, target: toTarget(source), where: entry.where };
  });
}
