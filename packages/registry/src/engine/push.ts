import { mapLimit, UserError, type ImageListEntry } from '@kra/core';
import type { RegistryClient } from '../client.js';
import type { ImageReference } from '../reference.js';
import { targetRepository, type ImageSource, type TargetOptions } from '../compose/targets.js';
import type { ContainerEngine } from './engine.js';
import { FirstContact } from '../tags/first-contact.js';
import type { RenderedTags } from '../tags/templates.js';

/**
 * push-images' work: every local image is tagged into its target repository under every
 * tag by the engine, which pushes the first; the digest is then read from the registry
 * (HEAD), never parsed from engine output, and the other tags are written as that same
 * manifest. Everything is planned and validated before the first command runs.
 *
 * Order of writes, so that a failure never leaves a moving tag on a build whose immutable
 * tags are missing: first, for every image, the immutable tags (the commit's `sha-…`,
 * `main-…`, a version; the engine pushes the first of them); then, only when every image got
 * those, the moving tags (`edge`, `main`, `latest`). A failure is reported, not thrown: each
 * result says which tags were written and which were not, and why.
 */
export interface PushPlanItem {
  source: ImageSource;
  /** The target repository (no tag). */
  repository: ImageReference;
  /** One reference per tag, in the order of the tags. */
  targets: ImageReference[];
  /** The tags written in the first phase (the immutable ones; the first tag when none is). */
  first: Set<string>;
}

export function planPush(
  sources: readonly ImageSource[],
  tags: readonly string[] | RenderedTags,
  options: TargetOptions,
): PushPlanItem[] {
  const list = Array.isArray(tags) ? (tags as readonly string[]) : (tags as RenderedTags).tags;
  const immutable = Array.isArray(tags) ? new Set(list) : (tags as RenderedTags).immutable;
  const firstPhase = new Set(list.filter((tag) => immutable.has(tag)));
  if (firstPhase.size === 0 && list.length > 0) firstPhase.add(list[0]);
  const plan = sources.map((source) => {
    const repository = targetRepository(source, options);
    return { source, repository, targets: list.map((tag) => repository.withTag(tag)), first: firstPhase };
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
  /** Tags not written, each with why (the error, or the failure that stopped it). */
  notWritten: Array<{ tag: string; reason: string }>;
  /** What failed for this image, when something did. */
  error?: unknown;
}

export interface PushOptions {
  engine: ContainerEngine;
  client: RegistryClient;
  /** Images pushed at once (the tags of one image go one after the other). */
  concurrency: number;
  onInfo?: (message: string) => void;
  onWarning?: (message: string) => void;
}

interface PushState {
  item: PushPlanItem;
  digest?: string;
  written: Set<string>;
  notWritten: Map<string, string>;
  error?: unknown;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Writes `targets` as the manifest at `digest` (one GET, one PUT a tag, then a HEAD each to check); records each tag. */
async function writeTags(
  client: RegistryClient,
  state: PushState,
  targets: readonly ImageReference[],
  digest: string,
): Promise<void> {
  if (targets.length === 0) return;
  const { item } = state;
  const manifest = await client.getManifest(item.repository.withDigest(digest));
  const settled = await Promise.allSettled(
    targets.map(async (target) => {
      await client.putManifest(target, manifest);
      const info = await client.headManifest(target);
      if (info?.digest !== digest) {
        throw new UserError(
          `registry ${target.registry}: ${target} points at ${info?.digest ?? 'nothing'}, not ${digest}, right after it was written`,
        );
      }
    }),
  );
  settled.forEach((outcome, index) => {
    const tag = targets[index].tag!;
    if (outcome.status === 'fulfilled') state.written.add(tag);
    else {
      state.notWritten.set(tag, reasonOf(outcome.reason));
      state.error ??= outcome.reason;
    }
  });
}

export async function pushImages(plan: readonly PushPlanItem[], options: PushOptions): Promise<PushResult[]> {
  const { engine, client } = options;
  const contact = new FirstContact();
  const states: PushState[] = plan.map((item) => ({ item, written: new Set(), notWritten: new Map() }));

  // 1. Every image: its immutable tags (the engine uploads the layers with the first of them).
  await mapLimit(states, options.concurrency, async (state) => {
    const { item } = state;
    const first = item.targets.filter((target) => item.first.has(target.tag!));
    const [pushed, ...others] = first;
    try {
      for (const target of item.targets) await engine.tag(item.source.local, target.toString());
      await engine.push(pushed.toString(), pushed.registry);
      const info = await contact.run(pushed.registry, () => client.headManifest(pushed));
      if (!info) {
        throw new UserError(
          `registry ${pushed.registry}: ${pushed} is missing right after ${engine.name} pushed it: check that the registry keeps what it accepts`,
        );
      }
      state.digest = info.digest;
      state.written.add(pushed.tag!);
      await writeTags(client, state, others, info.digest);
    } catch (error) {
      state.error = error;
      for (const target of first)
        if (!state.written.has(target.tag!)) state.notWritten.set(target.tag!, reasonOf(error));
    }
  });

  // 2. The moving tags, only when every image has its immutable ones.
  const failed = states.find((state) => state.error !== undefined);
  await mapLimit(states, options.concurrency, async (state) => {
    const moving = state.item.targets.filter((target) => !state.item.first.has(target.tag!));
    if (moving.length === 0) return;
    if (failed || state.digest === undefined) {
      const reason = `not written: ${failed?.item.repository.name ?? state.item.repository.name} failed first`;
      for (const target of moving) state.notWritten.set(target.tag!, reason);
      return;
    }
    try {
      await writeTags(client, state, moving, state.digest);
    } catch (error) {
      state.error ??= error;
      for (const target of moving)
        if (!state.written.has(target.tag!) && !state.notWritten.has(target.tag!))
          state.notWritten.set(target.tag!, reasonOf(error));
    }
  });

  return states.map((state) => {
    const { item } = state;
    const tags = item.targets.map((target) => target.tag!).filter((tag) => state.written.has(tag));
    if (state.digest) {
      options.onInfo?.(`${item.repository.name}@${state.digest} ← ${item.source.local} (${tags.join(', ')})`);
    }
    return {
      name: item.source.name,
      repository: item.repository.name,
      tags,
      digest: state.digest ?? '',
      ref: state.digest ? `${item.repository.name}@${state.digest}` : item.repository.name,
      source: item.source.local,
      notWritten: item.targets
        .map((target) => target.tag!)
        .filter((tag) => state.notWritten.has(tag))
        .map((tag) => ({ tag, reason: state.notWritten.get(tag)! })),
      ...(state.error !== undefined ? { error: state.error } : {}),
    };
  });
}
