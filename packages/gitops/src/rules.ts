/**
 * Where images are written in a YAML file, and what is written there:
 *
 *   kustomize    a Kustomization's (or Component's) `images:` entries: newTag and/or digest
 *   helm         a mapping with `repository` (and `registry`) plus `tag`/`digest`: Helm values
 *   manifest     an `image:` field holding a reference (containers, or any with a tag or digest)
 *   flux         a field marked `# {"$imagepolicy": "ns:policy"}` (`:tag`, `:name`, `:digest`)
 *   field        a path the user names (`frontend.image.tag=frontend`)
 *
 * A scalar claimed by two rules is written by the more specific one (flux, field, kustomize,
 * helm, manifest). Every edit replaces one scalar, inserts one `key: value`, or removes one.
 */
import { basename } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import {
  referenceValue,
  tagFieldValue,
  tryParseReference,
  writtenRepository,
  type ImageIndex,
  type Pin,
  type ReleasedImage,
} from './images.js';
import {
  findPair,
  insertPair,
  lineEnd,
  pairKey,
  removePair,
  replaceScalar,
  scalarText,
  walk,
  type TextEdit,
  type YamlFile,
} from './yaml-source.js';
import type { FieldPart, FieldRule } from './field-rules.js';

export type RuleName = 'flux' | 'field' | 'kustomize' | 'helm' | 'manifest';
const PRIORITY: Record<RuleName, number> = { flux: 0, field: 1, kustomize: 2, helm: 3, manifest: 4 };

export interface RuleOptions {
  images: ImageIndex;
  pin: Pin;
  fields: readonly FieldRule[];
}

/** One value the update writes (or found already written). */
export interface FieldChange {
  file: string;
  /** 1-based line of the value. */
  line: number;
  /** The key path: images[0].newTag, spec.template.spec.containers[0].image. */
  field: string;
  rule: RuleName;
  /** The image's repository key (registry/repository). */
  image: string;
  before: string;
  after: string;
}

export interface FilePlan {
  edits: TextEdit[];
  /** Values that change. */
  changes: FieldChange[];
  /** Image keys with a field in this file, changed or already current. */
  matched: Set<string>;
  /** Fields that hold a released image but cannot be edited in place (block scalars). */
  problems: string[];
}

interface Candidate {
  rule: RuleName;
  image: ReleasedImage;
  /** The scalar to replace, or the map to insert into / remove from. */
  map?: YAMLMap;
  node?: Scalar;
  pair?: Pair;
  key: string;
  path: readonly (string | number)[];
  /** The new value; undefined removes the pair. */
  value: string | undefined;
  flow: boolean;
}

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/** Whether a document is a Kustomization or Component (by file name, or kind and apiVersion). */
export function isKustomization(path: string, document: Document.Parsed): boolean {
  if (KUSTOMIZATION_FILES.has(basename(path))) return true;
  const root = document.contents;
  if (!isMap(root)) return false;
  const kind = scalarText(findPair(root, 'kind')?.value, '');
  const apiVersion = scalarText(findPair(root, 'apiVersion')?.value, '') ?? '';
  return (kind === 'Kustomization' || kind === 'Component') && apiVersion.startsWith('kustomize.config.k8s.io/');
}

/** The part a field receives when the rule does not say: from its last key. */
export function inferPart(key: string | number | undefined): FieldPart {
  const name = String(key ?? '').toLowerCase();
  if (/tag$|version$/.test(name)) return 'tag';
  if (/digest$/.test(name)) return 'digest';
  if (/(repository|repo|name)$/.test(name)) return 'name';
  return 'ref';
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

const MARKER = /#\s*(\{\s*"\$imagepolicy"\s*:\s*"([^"]+)"\s*\})/;

interface ScalarSlot {
  map: YAMLMap;
  pair: Pair;
  node: Scalar;
  key: string;
  path: readonly (string | number)[];
  flow: boolean;
}

/** Plans the edits of one file. */
export function planFile(file: YamlFile, options: RuleOptions): FilePlan {
  const candidates: Candidate[] = [];
  const problems: string[] = [];
  const matched = new Set<string>();
  file.documents.forEach((document, index) => {
    const root = document.contents;
    if (!root) return;
    const prefix = file.documents.length > 1 ? [`(document ${index + 1})`] : [];
    const kustomization = isKustomization(file.path, document);
    // Scalars that are map values, by the line they start on (for Flux markers).
    const slotsByLine = new Map<number, ScalarSlot[]>();
    walk(root, (node, path, _parent, flow) => {
      if (!isMap(node)) return;
      for (const pair of node.items) {
        const key = pairKey(pair);
        const value = pair.value;
        if (key === undefined || !isScalar(value) || !value.range) continue;
        const line = file.lines.linePos(value.range[0]).line;
        const slot = { map: node, pair, node: value, key, path: [...prefix, ...path, key], flow: flow || !!node.flow };
        slotsByLine.set(line, [...(slotsByLine.get(line) ?? []), slot]);
        for (const field of options.fields) {
          if (!samePath(field.path, [...path, key])) continue;
          const image = options.images.lookup(field.image);
          if (image) candidates.push(...fieldCandidates(slot, image, field.part ?? inferPart(key), options.pin));
        }
      }
      if (kustomization) {
        if (path.length === 0) candidates.push(...kustomizeCandidates(node, prefix, options));
        return;
      }
      candidates.push(...helmCandidates(node, path, prefix, flow || !!node.flow, options));
      const imagePair = findPair(node, 'image');
      if (imagePair && isScalar(imagePair.value) && typeof imagePair.value.value === 'string') {
        const text = imagePair.value.value;
        const reference = tryParseReference(text);
        const inContainers = path.length >= 2 && CONTAINER_LISTS.has(String(path[path.length - 2]));
        const image = reference && options.images.byReference(text);
        if (image && (inContainers || reference.tag || reference.digest)) {
          candidates.push({
            rule: 'manifest',
            image,
            map: node,
            node: imagePair.value,
            pair: imagePair,
            key: 'image',
            path: [...prefix, ...path, 'image'],
            value: referenceValue(image, options.pin, writtenRepository(text)),
            flow: flow || !!node.flow,
          });
        }
      }
    });
    candidates.push(...fluxCandidates(file, document, slotsByLine, options));
  });
  return resolve(file, candidates, matched, problems);
}

function fieldCandidates(slot: ScalarSlot, image: ReleasedImage, part: FieldPart, pin: Pin): Candidate[] {
  const current = scalarText(slot.node, '') ?? '';
  let value: string | undefined;
  if (part === 'tag') value = tagFieldValue(image, pin);
  else if (part === 'digest') value = image.digest;
  else if (part === 'name') value = image.repository;
  else value = referenceValue(image, pin, current ? writtenRepository(current) : image.repository);
  if (value === undefined) return [];
  return [{ rule: 'field', image, ...slot, value }];
}

function kustomizeCandidates(root: YAMLMap, prefix: string[], options: RuleOptions): Candidate[] {
  const images = findPair(root, 'images')?.value;
  if (!isSeq(images)) return [];
  const candidates: Candidate[] = [];
  images.items.forEach((entry, index) => {
    if (!isMap(entry)) return;
    const name = scalarText(findPair(entry, 'name')?.value, '');
    const newName = scalarText(findPair(entry, 'newName')?.value, '');
    const image = options.images.byReference(newName || name || '');
    if (!image) return;
    const path = [...prefix, 'images', index];
    const flow = entry.flow === true || images.flow === true;
    const set = (key: string, value: string | undefined) => {
      const pair = findPair(entry, key);
      if (value === undefined && !pair) return;
      candidates.push({
        rule: 'kustomize',
        image,
        map: entry,
        pair,
        node: isScalar(pair?.value) ? pair.value : undefined,
        key,
        path: [...path, key],
        value,
        flow,
      });
    };
    const pin = options.pin;
    set('newTag', pin === 'digest' ? undefined : image.tag);
    set('digest', pin === 'tag' ? undefined : image.digest);
  });
  return candidates;
}

function helmCandidates(
  map: YAMLMap,
  path: readonly (string | number)[],
  prefix: string[],
  flow: boolean,
  options: RuleOptions,
): Candidate[] {
  const repository = scalarText(findPair(map, 'repository')?.value, '');
  if (!repository) return [];
  const tagPair = findPair(map, 'tag');
  const digestPair = findPair(map, 'digest');
  if (!tagPair && !digestPair) return [];
  const registry = scalarText(findPair(map, 'registry')?.value, '');
  const image = options.images.byReference(registry ? `${registry}/${repository}` : repository);
  if (!image) return [];
  const pin = options.pin;
  const candidates: Candidate[] = [];
  const set = (pair: Pair | undefined, key: string, value: string | undefined) => {
    if (!pair || value === undefined) return;
    if (pair.value !== null && !isScalar(pair.value)) return;
    candidates.push({
      rule: 'helm',
      image,
      map,
      pair,
      node: isScalar(pair.value) ? pair.value : undefined,
      key,
      path: [...prefix, ...path, key],
      value,
      flow,
    });
  };
  if (digestPair) {
    if (pin !== 'digest') set(tagPair, 'tag', image.tag);
    // A stale digest would win over the new tag in charts that prefer it: empty it for pin: tag.
    set(digestPair, 'digest', pin === 'tag' ? '' : image.digest);
  } else {
    set(tagPair, 'tag', tagFieldValue(image, pin));
  }
  return candidates;
}

function fluxCandidates(
  file: YamlFile,
  document: Document.Parsed,
  slotsByLine: Map<number, ScalarSlot[]>,
  options: RuleOptions,
): Candidate[] {
  const [start, , end] = document.range;
  const marked: Array<{ slot: ScalarSlot; policy: string; part: 'ref' | 'tag' | 'name' | 'digest' }> = [];
  for (const [line, slots] of slotsByLine) {
    const lineStartOffset = file.lines.lineStarts[line - 1];
    if (lineStartOffset < start || lineStartOffset > end) continue;
    const lineText = file.text.slice(lineStartOffset, lineEnd(file.text, lineStartOffset));
    const match = MARKER.exec(lineText);
    if (!match) continue;
    const slot = slots[slots.length - 1];
    const parts = match[2].split(':');
    if (parts.length < 2 || parts.length > 3) continue;
    const part = (parts[2] ?? 'ref') as 'ref' | 'tag' | 'name' | 'digest';
    if (!['ref', 'tag', 'name', 'digest'].includes(part)) continue;
    marked.push({ slot, policy: `${parts[0]}:${parts[1]}`, part });
  }
  // Which image a policy stands for: the repository its full or :name field holds, else its name.
  const policyImage = new Map<string, ReleasedImage | undefined>();
  for (const { slot, policy, part } of marked) {
    if (part !== 'ref' && part !== 'name') continue;
    const image = options.images.byReference(scalarText(slot.node, file.text) ?? '');
    if (image && !policyImage.get(policy)) policyImage.set(policy, image);
  }
  const candidates: Candidate[] = [];
  for (const { slot, policy, part } of marked) {
    const image = policyImage.get(policy) ?? options.images.lookup(policy.split(':')[1]);
    if (!image) continue;
    const current = scalarText(slot.node, file.text) ?? '';
    let value: string | undefined;
    if (part === 'ref') value = referenceValue(image, options.pin, writtenRepository(current) || image.repository);
    else if (part === 'tag') value = image.tag;
    else if (part === 'digest') value = image.digest;
    else value = current;
    if (value === undefined) continue;
    candidates.push({ rule: 'flux', image, ...slot, value });
  }
  return candidates;
}

/** One edit per field, the most specific rule winning; values already current count as matched. */
function resolve(file: YamlFile, candidates: Candidate[], matched: Set<string>, problems: string[]): FilePlan {
  const chosen = new Map<string, Candidate>();
  for (const candidate of candidates.sort((a, b) => PRIORITY[a.rule] - PRIORITY[b.rule])) {
    const id = candidate.node?.range ? `@${candidate.node.range[0]}` : `${formatPath(candidate.path)}`;
    if (!chosen.has(id)) chosen.set(id, candidate);
  }
  const edits: TextEdit[] = [];
  const changes: FieldChange[] = [];
  for (const candidate of chosen.values()) {
    matched.add(candidate.image.key);
    const before = candidate.node ? (scalarText(candidate.node, file.text) ?? '') : '';
    const offset = candidate.node?.range?.[0] ?? candidate.map?.range?.[0] ?? 0;
    const change: FieldChange = {
      file: file.path,
      line: file.lines.linePos(offset).line,
      field: formatPath(candidate.path),
      rule: candidate.rule,
      image: candidate.image.key,
      before,
      after: candidate.value ?? '',
    };
    let edit: TextEdit | undefined;
    if (candidate.value === undefined) {
      if (!candidate.pair || !candidate.map) continue;
      edit = removePair(file, candidate.map, candidate.pair);
      change.after = '(removed)';
    } else if (candidate.node) {
      if (before === candidate.value) continue;
      edit = replaceScalar(file, candidate.node, candidate.value, candidate.flow);
    } else if (candidate.map) {
      change.before = '(added)';
      edit = insertPair(file, candidate.map, candidate.key, candidate.value);
    }
    if (!edit) {
      problems.push(
        `${file.path}:${change.line}: ${change.field} holds ${candidate.image.repository} but cannot be changed in place (a block scalar or an unusual layout): write it as a plain or quoted value`,
      );
      continue;
    }
    edits.push(edit);
    changes.push(change);
  }
  changes.sort((a, b) => a.line - b.line);
  return { edits, changes, matched, problems };
}
