/**
 * Kustomize layers: which images a kustomization's resources use (after its own and its
 * bases' `images:` entries), and the entry added to a kustomization that does not set a
 * released image it uses, so the overlay pins the release as `kustomize edit set image` would,
 * without rewriting the rest of the file.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { referenceKey, tryParseReference, writtenRepository, type Pin, type ReleasedImage } from './images.js';
import { isKustomization } from './rules.js';
import {
  column,
  findPair,
  lineEnd,
  newScalarSource,
  pairKey,
  scalarText,
  walk,
  type TextEdit,
  type YamlFile,
} from './yaml-source.js';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** An image a kustomization's output uses. */
export interface ImageUse {
  /** The repository as the output names it (what an `images:` entry's name must match). */
  written: string;
  /** Repository-relative files that decide its version: manifests writing it, entries rewriting it. */
  origins: Set<string>;
}

export function kustomizationFile(dir: string): string | undefined {
  return KUSTOMIZATION_NAMES.map((name) => join(dir, name)).find((file) => existsSync(file));
}

function isRemote(entry: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ||
    /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) ||
    /^git@/.test(entry) ||
    entry.includes('?ref=')
  );
}

function stringList(root: YAMLMap, key: string): string[] {
  const value = findPair(root, key)?.value;
  if (!isSeq(value)) return [];
  return value.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [item.value] : []));
}

/**
 * Follows local resources, bases and components from a kustomization (remote ones and paths
 * outside the repository are not followed) and lists the images of their output.
 */
export class KustomizeTree {
  private readonly cache = new Map<string, Map<string, ImageUse>>();

  constructor(
    private readonly root: string,
    /** Loads a repository file as YAML; undefined when it cannot be read or parsed. */
    private readonly load: (absolute: string) => YamlFile | undefined,
  ) {}

  private relative(absolute: string): string {
    return relative(this.root, absolute).split(sep).join('/');
  }

  private inside(absolute: string): boolean {
    const rel = relative(this.root, absolute);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep));
  }

  /** The images of the kustomization in `dir`, keyed by registry/repository. */
  outputs(dir: string, visiting = new Set<string>()): Map<string, ImageUse> {
    const cached = this.cache.get(dir);
    if (cached) return cached;
    const uses = new Map<string, ImageUse>();
    const file = kustomizationFile(dir);
    if (!file || visiting.has(dir)) return uses;
    visiting.add(dir);
    const yaml = this.load(file);
    const root = yaml?.documents[0]?.contents;
    if (!yaml || !isMap(root)) return uses;
    const add = (key: string, use: ImageUse) => {
      const known = uses.get(key);
      if (known) for (const origin of use.origins) known.origins.add(origin);
      else uses.set(key, { written: use.written, origins: new Set(use.origins) });
    };
    for (const entry of [
      ...stringList(root, 'resources'),
      ...stringList(root, 'bases'),
      ...stringList(root, 'components'),
    ]) {
      if (isRemote(entry)) continue;
      const target = resolve(dir, entry);
      if (!this.inside(target) || !existsSync(target)) continue;
      if (statSync(target).isDirectory()) {
        for (const [key, use] of this.outputs(target, visiting)) add(key, use);
      } else {
        for (const [key, use] of this.manifestImages(target)) add(key, use);
      }
    }
    // This layer's own entries rename and re-version what its resources use.
    const entries = findPair(root, 'images')?.value;
    if (isSeq(entries)) {
      for (const entry of entries.items) {
        if (!isMap(entry)) continue;
        const name = scalarText(findPair(entry, 'name')?.value, '') ?? '';
        const key = referenceKey(name);
        const use = key && uses.get(key);
        if (!key || !use) continue;
        const newName = scalarText(findPair(entry, 'newName')?.value, '') ?? '';
        const newKey = (newName && referenceKey(newName)) || key;
        uses.delete(key);
        add(newKey, { written: newName || use.written, origins: new Set([...use.origins, this.relative(file)]) });
      }
    }
    this.cache.set(dir, uses);
    return uses;
  }

  private manifestImages(file: string): Map<string, ImageUse> {
    const uses = new Map<string, ImageUse>();
    const yaml = this.load(file);
    if (!yaml) return uses;
    for (const document of yaml.documents) {
      walk(document.contents, (node) => {
        if (!isMap(node)) return;
        const image = findPair(node, 'image')?.value;
        if (!isScalar(image) || typeof image.value !== 'string') return;
        const reference = tryParseReference(image.value);
        if (!reference) return;
        const known = uses.get(reference.name);
        if (known) known.origins.add(this.relative(file));
        else
          uses.set(reference.name, {
            written: writtenRepository(image.value),
            origins: new Set([this.relative(file)]),
          });
      });
    }
    return uses;
  }
}

/** The scalar, or the last scalar inside a collection, where a node's content ends (before comments and line breaks). */
function contentEnd(node: unknown): number | undefined {
  if (isScalar(node)) return node.range?.[1];
  if (isMap(node)) {
    if (node.flow) return node.range?.[1];
    const last = node.items[node.items.length - 1];
    if (!last) return undefined;
    return contentEnd(last.value) ?? contentEnd(last.key);
  }
  if (isSeq(node)) {
    if (node.flow) return node.range?.[1];
    return contentEnd(node.items[node.items.length - 1]);
  }
  return undefined;
}

/** How far this file indents a block sequence under its key (0 for `key:\n- a`, 2 for `key:\n  - a`). */
function sequenceIndent(file: YamlFile, root: YAMLMap): number {
  for (const pair of root.items) {
    const value = pair.value;
    if (isSeq(value) && !value.flow && value.range && isScalar(pair.key) && pair.key.range) {
      return Math.max(0, column(file.text, value.range[0]) - column(file.text, pair.key.range[0]));
    }
  }
  return 0;
}

function entryLines(image: ReleasedImage, name: string, pin: Pin): Array<[string, string]> {
  const lines: Array<[string, string]> = [['name', name]];
  if (pin !== 'digest') lines.push(['newTag', image.tag!]);
  if (pin !== 'tag') lines.push(['digest', image.digest!]);
  return lines;
}

/** An image to add to a kustomization's `images:`, named as its resources write it. */
export interface ImageEntry {
  image: ReleasedImage;
  name: string;
}

/**
 * Adds `images:` entries (one per image, named as the resources write it) to a kustomization,
 * as one edit: appended to its `images:` list in the list's style, or a new `images:` key
 * after the document's last line.
 */
export function addImageEntries(
  file: YamlFile,
  root: YAMLMap,
  entries: readonly ImageEntry[],
  pin: Pin,
): TextEdit | undefined {
  const entryPairs = entries.map(({ image, name }) => entryLines(image, name, pin));
  const eol = file.eol;
  const imagesPair = root.items.find((pair) => pairKey(pair) === 'images');
  const value = imagesPair?.value as Node | null | undefined;
  if (isSeq(value) && value.flow) {
    const flowEntries = entryPairs.map(
      (pairs) => `{${pairs.map(([key, text]) => `${key}: ${newScalarSource(text, true)}`).join(', ')}}`,
    );
    const close = value.range![1] - 1;
    return {
      start: close,
      end: close,
      text: `${value.items.length > 0 ? ', ' : ''}${flowEntries.join(', ')}`,
    };
  }
  if (isSeq(value) && value.range) {
    const dash = column(file.text, value.range[0]);
    const first = value.items[0];
    const keyColumn =
      isMap(first) && isScalar(first.items[0]?.key) && first.items[0].key.range
        ? column(file.text, first.items[0].key.range[0])
        : dash + 2;
    const end = lineEnd(file.text, contentEnd(value) ?? value.range[1]);
    const text = entryPairs
      .flatMap((pairs) =>
        pairs.map(([key, text], index) =>
          index === 0
            ? `${eol}${' '.repeat(dash)}-${' '.repeat(Math.max(1, keyColumn - dash - 1))}${key}: ${newScalarSource(text)}`
            : `${eol}${' '.repeat(keyColumn)}${key}: ${newScalarSource(text)}`,
        ),
      )
      .join('');
    return { start: end, end, text };
  }
  const keyIndent =
    isScalar(root.items[0]?.key) && root.items[0].key.range ? column(file.text, root.items[0].key.range[0]) : 0;
  const dash = keyIndent + sequenceIndent(file, root);
  const items = entryPairs
    .flatMap((pairs) =>
      pairs.map(
        ([key, text], index) =>
          `${eol}${' '.repeat(index === 0 ? dash : dash + 2)}${index === 0 ? '- ' : ''}${key}: ${newScalarSource(text)}`,
      ),
    )
    .join('');
  if (imagesPair) {
    // `images:` with no value.
    if (!(value === null || (isScalar(value) && value.value === null))) return undefined;
    const at = isScalar(value) && value.range ? value.range[0] : lineEnd(file.text, (imagesPair.key as Node).range![1]);
    return { start: at, end: at, text: items };
  }
  const end = contentEnd(root);
  if (end === undefined) return undefined;
  const at = lineEnd(file.text, end);
  return { start: at, end: at, text: `${eol}${' '.repeat(keyIndent)}images:${items}` };
}

/** The root mapping of a kustomization file (one document, a Kustomization or Component), else undefined. */
export function kustomizationRoot(file: YamlFile): YAMLMap | undefined {
  const document = file.documents[0];
  if (!document || file.documents.length !== 1 || !isKustomization(file.path, document)) return undefined;
  return isMap(document.contents) ? document.contents : undefined;
}
