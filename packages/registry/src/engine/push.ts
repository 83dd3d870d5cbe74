import { mapLimit, UserError, type ImageListEntry } from '@kra/core';
import type { RegistryClient } from '../client.js';
import type { ImageReference } from '../reference.js';
import { targetRepository, type ImageSource, type TargetOptions } from '../compose/targets.js';
import type { ContainerEngine } from './engine.js';

/**
 * push-images' work: every local image is tagged into its target repository under every
 * tag and pushed by the engine; then the digest each tag points at is read from the
 * registry (a HEAD per tag), never parsed from engine output. Everything is planned and
 * validated before the first command runs.
 */
export interface PushPlanItem {
  source: ImageSource;
  /** The target repository (no tag). */
  repository: ImageReference;
  /** One reference per tag, in the order of the tags. */
  targets: ImageReference[];
}

export function planPush(
  sources: readonly ImageSource[],
  tags: readonly string[],
  options: TargetOptions,
): PushPlanItem[] {
  const plan = sources.map((source) => {
    const repository = targetRepository(source, options);
    return { source, repository, targets: tags.map((tag) => repository.withTag(tag)) };
  });
  const seen = new Map<string, PushPlanItem>();
  for (const item of plan) {
    const other = seen.get(item.repository.name);
    if (other) {
      throw new UserError(
        `${describe(other.source)} and ${describe(item.source)} would both be pushed to ${item.repository.name}: give them distinct image: names, or push them with separate steps`,
      );
    }
    seen.set(item.repository.name, item);
  }
  return plan;
}

function describe(source: ImageSource): string {
  return source.service ? `service "${source.service}" (${source.where})` : `image ${source.local}`;
}

export interface PushResult extends ImageListEntry {
  /** The local image it came from. */
  source: string;
}

export interface PushOptions {
  engine: ContainerEngine;
  client: RegistryClient;
  /** Images pushed at once (the tags of one image go one after the other). */
  concurrency: number;
  onInfo?: (message: string) => void;
  onWarning?: (message: string) => void;
}

export async function pushImages(plan: readonly PushPlanItem[], options: PushOptions): Promise<PushResult[]> {
  return mapLimit(plan, options.concurrency, async (item) => {
    for (const target of item.targets) {
      await options.engine.tag(item.source.local, target.toString());
      await options.engine.push(target.toString(), target.registry);
    }
    const digests = await Promise.all(item.targets.map((target) => options.client.headManifest(target)));
    const first = digests[0];
    if (!first) {
      throw new UserError(
        `registry ${item.repository.registry}: ${item.targets[0]} is missing right after ${options.engine.name} pushed it: check that the registry keeps what it accepts`,
      );
    }
    for (const [index, info] of digests.entries()) {
      const target = item.targets[index];
      if (!info)
        throw new UserError(
          `registry ${target.registry}: ${target} is missing right after ${options.engine.name} pushed it`,
        );
      if (info.digest !== first.digest) {
        // An engine that re-encodes layers per push can give two tags two manifests; point them at one.
        options.onWarning?.(
          `${target} got ${info.digest}, not ${first.digest} like ${item.targets[0].tag}: pointing it at ${first.digest}`,
        );
        const manifest = await options.client.getManifest(item.repository.withDigest(first.digest));
        await options.client.putManifest(target, manifest);
      }
    }
    options.onInfo?.(
      `${item.repository.name}@${first.digest} ← ${item.source.local} (${item.targets.map((t) => t.tag).join(', ')})`,
    );
    return {
      name: item.source.name,
      repository: item.repository.name,
      tags: item.targets.map((target) => target.tag!),
      digest: first.digest,
      ref: `${item.repository.name}@${first.digest}`,
      source: item.source.local,
    };
  });
}
