import { mapLimit, UserError, type ImageListEntry } from '@kra/core';
import { highestFinal } from '@kra/core/versions';
import type { Manifest, RegistryClient } from '../client.js';
import { RegistryError } from '../errors.js';
import { makeReference, sameRepository, type ImageReference } from '../reference.js';
import { FirstContact } from './first-contact.js';
import { decideLatest, decideMoving, releaseLine, type ReleaseVersion } from './release.js';

/**
 * tag-release's work: add tags to manifests that are already in the registry, without
 * moving layers.
 *
 * 1. Read everything before the first write, so a missing source or a refused credential
 *    leaves every repository as it was: each source manifest, each target tag (HEAD: a tag
 *    already at the digest is not written again, so re-runs are no-ops and immutable
 *    repositories are never asked to overwrite), and the tag list of each repository when a
 *    ranked moving tag (latest, {{major}}, {{major}}.{{minor}}) must be decided.
 * 2. Write every image's immutable tags (its version, 1.4.0) first; only when every image
 *    has them, its moving tags (1.4, 1, latest, literals, the environment tag). A failure
 *    stops before any moving tag moves, and the result says, tag by tag, what was written
 *    and what was not.
 * 3. After writing a ranked moving tag, read the tag list again: when another run released a
 *    higher version meanwhile (two releases racing), put the tag back on the highest final
 *    release of its line, and check again. Every run writes its version tag before its
 *    moving tags, so the last run to write a moving tag always sees the versions that
 *    outrank it: `latest` never goes backwards.
 *
 * Requests, within one repository (no auth round trips counted): 1 manifest GET per image,
 * 1 HEAD per target tag, 1 PUT per tag that is new or points elsewhere, 1 tag-list GET per
 * image when ranked moving tags are decided, and 1 more when one of them was written (the
 * check of step 3; a restore adds a HEAD, GET and PUT). Promotion to another repository or
 * registry copies the image with copyImage (blob mount, else streamed copy; multi-arch
 * children by digest) and writes only the missing tags.
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
  /** The immutable tags among `tags` (from releaseTags): written first. Default: none. */
  immutable?: readonly string[];
  /** A moving tag such as `production`, also pointed at the released digest (`latest` keeps latest's rule). */
  environmentTag?: string;
  concurrency: number;
  /** How to name the source in a "missing" error: the input that chose it. */
  sourceInput?: string;
}

/** added, moved, unchanged (already there); `not written` when a failure stopped it (see reason). */
export type TagOutcome = 'added' | 'moved' | 'unchanged' | 'not written';

export interface RetagResult extends ImageListEntry {
  /** Every tag this run put, found or meant to put, in write order, with what happened to it. */
  outcomes: Array<{ tag: string; outcome: TagOutcome; reason?: string }>;
  /** Moving tags (latest, 1, 1.4) left on or put back to a higher release, and why. */
  refused: Record<string, string>;
  mediaType: string;
  source: string;
  promoted: boolean;
  /** What failed for this image, when something did. */
  error?: unknown;
}

type Rank = 'latest' | 'major' | 'minor';

interface ImageState {
  image: RetagImage;
  manifest: Manifest;
  promoted: boolean;
  /** Tags to end at the digest, in write order: immutable ones, then moving ones. */
  first: string[];
  then: string[];
  /** The rank rule of each ranked moving tag. */
  ranked: Map<string, Rank>;
  refused: Record<string, string>;
  current: Map<string, string | undefined>;
  written: Set<string>;
  failed: Map<string, string>;
  /** Ranked tags put back on a higher release by the check. */
  overtaken: Map<string, string>;
  error?: unknown;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  const moving = options.moving ?? {};
  const immutable = new Set(options.immutable ?? []);
  // `environment-tag: latest` is latest, with latest's rule; one of the release tags is that tag.
  const environmentTag =
    options.environmentTag && options.environmentTag !== 'latest' && !options.tags.includes(options.environmentTag)
      ? options.environmentTag
      : undefined;
  const wantsLatest = options.latest || (options.environmentTag === 'latest' && !options.version.prerelease);
  const ranks = wantsLatest || options.tags.some((tag) => moving[tag]);

  // 1. Read everything: the source manifests, the tag lists, where each target tag points now.
  const states = await mapLimit(images, options.concurrency, async (image): Promise<ImageState> => {
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
    const existing = ranks ? await listTags(client, contact, image.target) : [];
    const refused: Record<string, string> = {};
    const ranked = new Map<string, Rank>();
    const first: string[] = [];
    const then: string[] = [];
    for (const tag of options.tags) {
      const kind = moving[tag];
      if (kind) {
        const decision = decideMoving(options.version, kind, existing);
        if (!decision.move) {
          refused[tag] = `${image.target.name} already has ${decision.higher}, a higher release`;
          continue;
        }
        ranked.set(tag, kind);
      }
      (immutable.has(tag) ? first : then).push(tag);
    }
    if (wantsLatest) {
      const decision = decideLatest(options.version, existing);
      if (decision.latest) {
        then.push('latest');
        ranked.set('latest', 'latest');
      } else refused.latest = `${image.target.name} already has ${decision.higher}, a higher release`;
    }
    if (options.environmentTag === 'latest' && options.version.prerelease)
      refused.latest = 'a pre-release never gets latest (environment-tag: latest follows the rule of latest)';
    if (environmentTag) then.push(environmentTag);
    const current = new Map<string, string | undefined>();
    await Promise.all(
      [...first, ...then].map(async (tag) => {
        const info = await contact.run(image.target.registry, () => client.headManifest(image.target.withTag(tag)));
        current.set(tag, info?.digest);
      }),
    );
    return {
      image,
      manifest,
      promoted: !sameRepository(image.source, image.target),
      first,
      then,
      ranked,
      refused,
      current,
      written: new Set(),
      failed: new Map(),
      overtaken: new Map(),
    };
  });

  // 2a. Every image's immutable tags (for a promotion: the copy itself, blobs and children first).
  await mapLimit(states, options.concurrency, async (state) => {
    const toWrite = state.first.filter((tag) => state.current.get(tag) !== state.manifest.digest);
    try {
      if (state.promoted) {
        const source = state.image.source.withDigest(state.manifest.digest);
        await client.copyImage(source, state.image.target, toWrite);
        for (const tag of toWrite) state.written.add(tag);
      } else {
        await writeTags(client, state, toWrite);
      }
    } catch (error) {
      state.error ??= error;
      for (const tag of toWrite) if (!state.written.has(tag)) state.failed.set(tag, reasonOf(error));
    }
  });

  // 2b. The moving tags, only when every image has its immutable ones.
  const failed = states.find((state) => state.error !== undefined);
  await mapLimit(states, options.concurrency, async (state) => {
    const toWrite = state.then.filter((tag) => state.current.get(tag) !== state.manifest.digest);
    if (failed) {
      const reason = `not written: ${failed.image.target.name} failed first`;
      for (const tag of toWrite) state.failed.set(tag, reason);
      return;
    }
    try {
      await writeTags(client, state, toWrite);
      // 3. A ranked tag this run moved stays only if no higher release came meanwhile.
      const checked = toWrite.filter((tag) => state.written.has(tag) && state.ranked.has(tag));
      if (checked.length > 0) await keepHighest(client, options.version, state, checked);
    } catch (error) {
      state.error ??= error;
      for (const tag of toWrite)
        if (!state.written.has(tag) && !state.failed.has(tag)) state.failed.set(tag, reasonOf(error));
    }
  });

  return states.map((state) => resultOf(state));
}

async function listTags(client: RegistryClient, contact: FirstContact, target: ImageReference): Promise<string[]> {
  return contact
    .run(target.registry, () => client.listTags(target.registry, target.repository))
    .catch((error: unknown) => {
      if (error instanceof RegistryError && error.status === 404) return [] as string[];
      throw error;
    });
}

/** PUTs the released manifest under each tag, recording each one written or failed. */
async function writeTags(client: RegistryClient, state: ImageState, tags: readonly string[]): Promise<void> {
  const { manifest } = state;
  const settled = await Promise.allSettled(
    tags.map((tag) =>
      client.putManifest(state.image.target.withTag(tag), { bytes: manifest.bytes, mediaType: manifest.mediaType }),
    ),
  );
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') state.written.add(tags[index]);
    else {
      state.failed.set(tags[index], reasonOf(outcome.reason));
      state.error ??= outcome.reason;
    }
  });
}

/** How many times a run re-checks its ranked tags after putting one back (each round needs another run racing it). */
const MAX_CHECKS = 5;

/**
 * Step 3: re-reads the tag list; for each ranked tag this run moved, when the highest final
 * release of the tag's line is another version, makes sure the tag points at that release's
 * manifest (putting it back when a lower release moved it last), and checks again after
 * each write.
 */
async function keepHighest(
  client: RegistryClient,
  version: ReleaseVersion,
  state: ImageState,
  tags: readonly string[],
): Promise<void> {
  const { target } = state.image;
  for (let round = 0; round < MAX_CHECKS; round += 1) {
    const existing = await client.listTags(target.registry, target.repository);
    let restored = false;
    for (const tag of tags) {
      const highest = highestFinal(existing, releaseLine(version, state.ranked.get(tag)!));
      if (!highest || highest.version === version.parsed.version) continue;
      const [now, wanted] = await Promise.all([
        client.headManifest(target.withTag(tag)),
        client.headManifest(target.withTag(highest.tag)),
      ]);
      if (!wanted || wanted.digest === state.manifest.digest) continue;
      state.overtaken.set(tag, `${highest.tag} was released meanwhile, a higher release: ${tag} stays on it`);
      if (now?.digest === wanted.digest) continue;
      const manifest = await client.getManifest(target.withDigest(wanted.digest));
      await client.putManifest(target.withTag(tag), { bytes: manifest.bytes, mediaType: manifest.mediaType });
      restored = true;
    }
    if (!restored) return;
  }
}

function resultOf(state: ImageState): RetagResult {
  const { image, manifest } = state;
  const outcomes: RetagResult['outcomes'] = [];
  for (const tag of [...state.first, ...state.then]) {
    const now = state.current.get(tag);
    if (state.overtaken.has(tag)) continue;
    if (now === manifest.digest) outcomes.push({ tag, outcome: 'unchanged' });
    else if (state.written.has(tag)) outcomes.push({ tag, outcome: now === undefined ? 'added' : 'moved' });
    else outcomes.push({ tag, outcome: 'not written', reason: state.failed.get(tag) ?? 'not written' });
  }
  const repository = image.target.name;
  const known = state.promoted ? [] : (image.knownTags ?? (image.source.tag ? [image.source.tag] : []));
  // The release's tags first (1.4.0, 1.4, 1, latest), then the CI tags the image had.
  const atDigest = outcomes.filter(({ outcome }) => outcome !== 'not written').map(({ tag }) => tag);
  const tags = [...new Set([...atDigest, ...known])];
  return {
    name: image.name,
    repository,
    tags,
    digest: manifest.digest,
    ref: `${repository}@${manifest.digest}`,
    outcomes,
    refused: { ...state.refused, ...Object.fromEntries(state.overtaken) },
    mediaType: manifest.mediaType,
    source: image.source.toString(),
    promoted: state.promoted,
    ...(state.error !== undefined ? { error: state.error } : {}),
  };
}

/** The target repository for a release: the source's own, or under target-registry / target-repository-prefix. */
export function releaseTarget(source: ImageReference, options: { registry?: string; prefix?: string }): ImageReference {
  const registry = options.registry?.trim().replace(/\/+$/, '') || source.registry;
  const prefix = (options.prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  const repository = prefix ? `${prefix}/${source.repository.split('/').pop()}` : source.repository;
  return makeReference(registry, repository);
}
