import { mapLimit, UserError, type ImageListEntry } from '@kra/core';
import type { Manifest, RegistryClient } from '../client.js';
import { RegistryError } from '../errors.js';
import { makeReference, sameRepository, type ImageReference } from '../reference.js';
import { FirstContact } from './first-contact.js';
import { decideLatest, decideMoving, type ReleaseVersion } from './release.js';

/**
 * tag-release's work: add tags to manifests that are already in the registry, without
 * moving layers. All reads happen before the first write, so a missing source or a
 * refused credential leaves every repository as it was.
 *
 * Requests, within one repository (no auth round trips counted):
 *   1 manifest GET per image (the source)
 * + 1 manifest HEAD per target tag (a tag already at the digest is skipped: re-runs are
 *   no-ops, and immutable repositories are never asked to overwrite)
 * + 1 manifest PUT per tag that is new or points elsewhere
 * + 1 tag-list GET per image (per 1000 tags) only when a moving tag (latest, {{major}},
 *   {{major}}.{{minor}}) is requested for a final release: it decides whether they move.
 * So at most images + 2 × tags, plus images when moving tags are decided.
 *
 * Promotion to another repository or registry copies the image with copyImage (blob
 * mount, else streamed copy; multi-arch children by digest) and writes only the missing tags.
 */
export interface RetagImage {
  name: string;
  /** Where the released manifest is now: repository:source-tag or repository@digest. */
  source: ImageReference;
  /** The repository the release tags go to (the source's, unless promoting). */
  target: ImageReference;
  /** Tags the image already has in the target that outputs should keep listing (from push-images' JSON). */
  knownTags?: string[];
  /** Where the image came from, for messages: input "images" item 2, compose.yaml:4. */
  where?: string;
}

export interface RetagOptions {
  client: RegistryClient;
  version: ReleaseVersion;
  /** Release tags without `latest` (from releaseTags). */
  tags: readonly string[];
  /** `latest` was asked for and the release is final: decided per repository from its tags. */
  latest: boolean;
  /** Moving tags (1, 1.4) among `tags`, from releaseTags: decided per repository from its tags. */
  moving?: Record<string, 'major' | 'minor'>;
  /** A moving tag such as `production`, also pointed at the released digest. */
  environmentTag?: string;
  concurrency: number;
  /** How to name the source in a "missing" error: the input that chose it. */
  sourceInput?: string;
}

export type TagOutcome = 'added' | 'moved' | 'unchanged';

export interface RetagResult extends ImageListEntry {
  /** Every tag this run put or found at the digest, in order, with what happened to it. */
  outcomes: Array<{ tag: string; outcome: TagOutcome }>;
  /** Moving tags (latest, 1, 1.4) left where they are because the repository has a higher release, and why. */
  refused: Record<string, string>;
  mediaType: string;
  source: string;
  promoted: boolean;
}

interface ReadState {
  image: RetagImage;
  manifest: Manifest;
  tags: string[];
  refused: Record<string, string>;
  current: Map<string, string | undefined>;
}

export async function retagImages(images: readonly RetagImage[], options: RetagOptions): Promise<RetagResult[]> {
  const { client } = options;
  const contact = new FirstContact();
  const seen = new Map<string, RetagImage>();
  for (const image of images) {
    const other = seen.get(image.target.name);
    if (other) {
      throw new UserError(
        `${other.source} and ${image.source} would both be released as ${image.target.name}: list each repository once`,
      );
    }
    seen.set(image.target.name, image);
  }
  // 1. Read everything: the source manifests, the tag lists for `latest`, where each target tag points now.
  const states = await mapLimit(images, options.concurrency, async (image): Promise<ReadState> => {
    let manifest: Manifest;
    try {
      manifest = await contact.run(image.source.registry, () => client.getManifest(image.source));
    } catch (error) {
      if (error instanceof RegistryError && error.status === 404) {
        const what = image.source.digest ? `digest ${image.source.digest}` : `source tag "${image.source.tag}"`;
        throw new UserError(
          `registry ${image.source.registry}: ${image.source.name} has no ${what}${image.where ? ` (${image.where})` : ''}: push the image first (push-images), or set ${image.source.digest ? 'images' : (options.sourceInput ?? 'source-tag')} to a tag that exists`,
        );
      }
      throw error;
    }
    const moving = options.moving ?? {};
    const refused: Record<string, string> = {};
    let existing: string[] = [];
    if (options.latest || options.tags.some((tag) => moving[tag])) {
      existing = await contact
        .run(image.target.registry, () => client.listTags(image.target.registry, image.target.repository))
        .catch((error: unknown) => {
          if (error instanceof RegistryError && error.status === 404) return [] as string[];
          throw error;
        });
    }
    const tags: string[] = [];
    for (const tag of options.tags) {
      const kind = moving[tag];
      const decision = kind ? decideMoving(options.version, kind, existing) : { move: true, higher: undefined };
      if (decision.move) tags.push(tag);
      else refused[tag] = `${image.target.name} already has ${decision.higher}, a higher release`;
    }
    if (options.latest) {
      const decision = decideLatest(options.version, existing);
      if (decision.latest) tags.push('latest');
      else refused.latest = `${image.target.name} already has ${decision.higher}, a higher release`;
    }
    if (options.environmentTag && !tags.includes(options.environmentTag)) tags.push(options.environmentTag);
    const current = new Map<string, string | undefined>();
    await Promise.all(
      tags.map(async (tag) => {
        const info = await contact.run(image.target.registry, () => client.headManifest(image.target.withTag(tag)));
        current.set(tag, info?.digest);
      }),
    );
    return { image, manifest, tags, refused, current };
  });

  // 2. Write the tags that are missing or point elsewhere.
  return mapLimit(states, options.concurrency, async (state): Promise<RetagResult> => {
    const { image, manifest } = state;
    const promoted = !sameRepository(image.source, image.target);
    const outcomes: Array<{ tag: string; outcome: TagOutcome }> = [];
    const toWrite: string[] = [];
    for (const tag of state.tags) {
      const now = state.current.get(tag);
      if (now === manifest.digest) outcomes.push({ tag, outcome: 'unchanged' });
      else {
        outcomes.push({ tag, outcome: now === undefined ? 'added' : 'moved' });
        toWrite.push(tag);
      }
    }
    if (toWrite.length > 0) {
      if (promoted) {
        await client.copyImage(image.source.withDigest(manifest.digest), image.target, toWrite);
      } else {
        await Promise.all(
          toWrite.map((tag) =>
            client.putManifest(image.target.withTag(tag), { bytes: manifest.bytes, mediaType: manifest.mediaType }),
          ),
        );
      }
    }
    const repository = image.target.name;
    const known = promoted ? [] : (image.knownTags ?? (image.source.tag ? [image.source.tag] : []));
    const tags = [...new Set([...known, ...state.tags])];
    return {
      name: image.name,
      repository,
      tags,
      digest: manifest.digest,
      ref: `${repository}@${manifest.digest}`,
      outcomes,
      refused: state.refused,
      mediaType: manifest.mediaType,
      source: image.source.toString(),
      promoted,
    };
  });
}

/** The target repository for a release: the source's own, or under target-registry / target-repository-prefix. */
export function releaseTarget(source: ImageReference, options: { registry?: string; prefix?: string }): ImageReference {
  const registry = options.registry?.trim().replace(/\/+$/, '') || source.registry;
  const prefix = (options.prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  const repository = prefix ? `${prefix}/${source.repository.split('/').pop()}` : source.repository;
  return makeReference(registry, repository);
}
