import { mapLimit, UserError, type ImageListEntry } from '@kra/core';
import type { RegistryClient } from '../client.js';
import type { ImageReference } from '../reference.js';
import { targetRepository, type ImageSource, type TargetOptions } from '../compose/targets.js';
import type { ContainerEngine } from './engine.js';
import { FirstContact } from '../tags/first-contact.js';

/**
 * push-images' work: every local image is tagged into its target repository under every
 * tag by the engine, which pushes the first tag; the digest is then read from the
 * registry (HEAD), never parsed from engine output, and the other tags are written as that
 * same manifest. Everything is planned and validated before the first command runs.
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
  const { engine, client } = options;
  const contact = new FirstContact();
  return mapLimit(plan, options.concurrency, async (item) => {
    const [first, ...others] = item.targets;
    // The engine tags every target locally and pushes the first; the registry then holds
    // the layers, so the other tags are the same manifest PUT under each name (one GET,
    // one PUT a tag): no second upload pass, and every tag gets the very same digest.
    for (const target of item.targets) await engine.tag(item.source.local, target.toString());
    await engine.push(first.toString(), first.registry);
    const pushed = await contact.run(first.registry, () => client.headManifest(first));
    if (!pushed) {
      throw new UserError(
        `registry ${first.registry}: ${first} is missing right after ${engine.name} pushed it: check that the registry keeps what it accepts`,
      );
    }
    if (others.length > 0) {
      const manifest = await client.getManifest(item.repository.withDigest(pushed.digest));
      await Promise.all(others.map((target) => client.putManifest(target, manifest)));
      const check = await Promise.all(others.map((target) => client.headManifest(target)));
      check.forEach((info, index) => {
        if (info?.digest !== pushed.digest) {
          throw new UserError(
            `registry ${first.registry}: ${others[index]} points at ${info?.digest ?? 'nothing'}, not ${pushed.digest}, right after it was written`,
          );
        }
      });
    }
    options.onInfo?.(
      `${item.repository.name}@${pushed.digest} ← ${item.source.local} (${item.targets.map((t) => t.tag).join(', ')})`,
    );
    return {
      name: item.source.name,
      repository: item.repository.name,
      tags: item.targets.map((target) => target.tag!),
      digest: pushed.digest,
      ref: `${item.repository.name}@${pushed.digest}`,
      source: item.source.local,
    };
  });
}
