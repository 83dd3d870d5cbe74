/**
 * What changed between two sets of manifests (two git refs), for detect-config-changes:
 * the ConfigMaps and Secrets whose content changed, the workloads that read them, and
 * which of those will not roll out by themselves and must be restarted.
 *
 * Objects are compared, not text: identity is group/kind/namespace/name and content is a
 * canonical hash, so reformatting, comments, key order and moving an object to another
 * file are not changes. Secret values never leave this module: only names and hashes.
 */
import picomatch from 'picomatch';
import {
  UserError,
  checksumKey,
  effectiveNamespace,
  identityKey,
  type ConfigChecksums,
  type IdentityOptions,
  type ObjectListEntry,
} from '@kra/core';
import { configReferences, type ConfigReference } from './config-refs.js';
import { contentHash, sha256, templateHash } from './hash.js';
import { WORKLOAD_KINDS, findPodTemplate } from './pod.js';
import { kustomizeGeneratedStem } from './kustomize-names.js';
import { KUSTOMIZATION_FILES } from './load.js';
import { apiGroup as groupOf, crdIndex, isClusterScoped, isCrd, type CrdIndex } from './scope.js';
import { parseManifests } from './yaml.js';
import type { KubeObject, LoadedObject } from './types.js';

export type ConfigKind = 'ConfigMap' | 'Secret';
export type Change = 'added' | 'modified' | 'deleted';

export interface ConfigChange {
  kind: ConfigKind;
  name: string;
  namespace?: string;
  change: Change;
}

/** A changed config a workload reads, and where in the workload it is read (the `via` paths). */
export interface WorkloadConfig extends ConfigChange {
  via: string[];
}

export interface AffectedWorkload extends ObjectListEntry {
  /** Workspace- or repository-relative file and line of the workload at head. */
  file: string;
  line: number;
  configs: WorkloadConfig[];
  /** The pod template changed in the same diff (or the workload is new): it rolls out by itself. */
  specChanged: boolean;
  /** A restart is needed: a rollable kind whose pod template did not change. */
  restart: boolean;
}

export interface ConfigDiff {
  changedConfigs: ConfigChange[];
  affectedWorkloads: AffectedWorkload[];
  /** The workloads to restart, as an object list (the contract in docs/design.md). */
  restart: ObjectListEntry[];
  /** For every rollable workload at head that reads a config: a sha256 over the content it reads. */
  checksums: ConfigChecksums;
}

export interface CompareOptions {
  /** The namespace of objects that name none (what `kubectl apply -n` would use); default `default`, as objectRef. */
  namespace?: string;
}

interface IndexOptions extends CompareOptions {
  crds: CrdIndex;
}

/** Kinds whose pods are replaced when the pod template changes, i.e. the ones a restart applies to. */
const ROLLABLE = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'argoproj.io/Rollout']);

/** Pull secrets are read by the kubelet when pulling, not by running containers: changing one needs no restart. */
function readByContainers(via: string): boolean {
  return !/imagePullSecrets/.test(via);
}

function identityOptions(object: KubeObject, options: IndexOptions): IdentityOptions {
  return {
    defaultNamespace: options.namespace,
    clusterScoped: isClusterScoped(object.apiVersion, object.kind, options.crds),
  };
}

/**
 * The namespace an output entry states: the object's own, else the `namespace` input, else none.
 * Never `default` by guessing: k8s-deploy defaults an entry without one to the namespace it
 * deploys to, which is where such an object lives.
 */
function statedNamespace(object: KubeObject, options: IndexOptions): string {
  if (isClusterScoped(object.apiVersion, object.kind, options.crds)) return '';
  return object.metadata.namespace || options.namespace || '';
}

function entryOf(object: KubeObject, namespace: string): ObjectListEntry {
  const entry: ObjectListEntry = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name ?? '' };
  if (namespace !== '') entry.namespace = namespace;
  return entry;
}

function where(loaded: LoadedObject): string {
  return `${loaded.source.file}:${loaded.source.line}`;
}

/**
 * An object as the comparison needs it. A workload can be summarised when it is parsed
 * (summariseObject): its config references and a canonical hash of its pod template are
 * kept, and its `object` holds only apiVersion, kind and metadata. Ten thousand manifests'
 * pod templates then need not stay in memory for the whole run. Plain LoadedObjects are
 * compared too (their templates are read and hashed as needed).
 */
export interface ComparedObject extends LoadedObject {
  workload?: {
    references: ConfigReference[];
    /** sha256 of the pod template; absent when its file is the same blob at both refs (then the same object is on both sides). */
    template?: string;
  };
}

interface Indexed {
  loaded: ComparedObject;
  /** The namespace after defaulting: what identities are built with. */
  namespace: string;
  /** The namespace outputs state (statedNamespace). */
  stated: string;
}

/** Objects by identity; a second object with the same identity is an error at head, and ignored at base. */
function indexObjects(
  objects: readonly ComparedObject[],
  options: IndexOptions,
  strict: boolean,
): Map<string, Indexed> {
  const index = new Map<string, Indexed>();
  for (const loaded of objects) {
    const { object } = loaded;
    if (!object?.metadata?.name) continue;
    const scope = identityOptions(object, options);
    const namespace = effectiveNamespace(object.metadata.namespace, scope);
    const key = identityKey(object, scope);
    const seen = index.get(key);
    if (seen) {
      if (!strict) continue;
      throw new UserError(
        `${object.kind} ${namespace ? `${namespace}/` : ''}${object.metadata.name} is defined twice, at ${where(seen.loaded)} and at ${where(loaded)}: keep one`,
        { file: loaded.source.file, line: loaded.source.line },
      );
    }
    index.set(key, { loaded, namespace, stated: statedNamespace(object, options) });
  }
  return index;
}

function isConfig(object: KubeObject): object is KubeObject & { kind: ConfigKind } {
  return groupOf(object.apiVersion) === '' && (object.kind === 'ConfigMap' || object.kind === 'Secret');
}

function isWorkload(item: ComparedObject): boolean {
  return (
    item.workload !== undefined ||
    (WORKLOAD_KINDS.includes(item.object.kind) && findPodTemplate(item.object) !== undefined)
  );
}

/**
 * The object as the comparison keeps it: ConfigMaps, Secrets and CRDs whole (their content
 * is compared, and CRDs give custom kinds their scope); a workload as its config references
 * and, with `hashTemplate`, its pod template's hash; anything else as apiVersion, kind and
 * metadata. Structure checks (validateStructure) read no more than that.
 */
export function summariseObject(loaded: LoadedObject, hashTemplate: boolean): ComparedObject {
  const { object, source } = loaded;
  if (isConfig(object) || isCrd(object)) return { object, source };
  const skeleton: KubeObject = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
  if (!WORKLOAD_KINDS.includes(object.kind) || findPodTemplate(object) === undefined)
    return { object: skeleton, source };
  const workload: NonNullable<ComparedObject['workload']> = { references: configReferences(object) };
  if (hashTemplate) workload.template = templateHash(object);
  return { object: skeleton, source, workload };
}

/** Base64 in one spelling (line breaks and missing padding do not change the bytes). */
function normalBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('base64');
}

/**
 * The bytes one key of a config holds, in one form whether written under `data`,
 * `stringData` or `binaryData`, so moving a value between them is not a change.
 * sops-encrypted values are taken as written (never decoded or decrypted).
 */
function keyValue(object: KubeObject, key: string): string {
  const record = object as Record<string, any>;
  const stringData = record.stringData?.[key];
  if (typeof stringData === 'string') return 'b64:' + Buffer.from(stringData).toString('base64');
  const data = record.data?.[key];
  if (data !== undefined && data !== null) {
    const text = String(data);
    if (object.kind === 'Secret' && !text.startsWith('ENC[')) return 'b64:' + normalBase64(text);
    return object.kind === 'Secret' ? 'raw:' + text : 'b64:' + Buffer.from(text).toString('base64');
  }
  const binary = record.binaryData?.[key];
  if (binary !== undefined && binary !== null) return 'b64:' + normalBase64(String(binary));
  return 'absent';
}

/**
 * Hashes memoised per parsed object. A file that is the same blob at both refs is parsed once
 * (parseFiles), so its objects are the same JavaScript objects on both sides: most comparisons
 * are an identity check, and each config is hashed once however many workloads read it.
 */
class Hashes {
  private readonly content = new WeakMap<KubeObject, string>();
  private readonly keyed = new WeakMap<KubeObject, Map<string, string>>();
  private readonly templates = new WeakMap<ComparedObject, string | undefined>();

  contentOf(config: KubeObject): string {
    let hash = this.content.get(config);
    if (hash === undefined) this.content.set(config, (hash = contentHash(config)));
    return hash;
  }

  /** What a workload reads from a config: the whole content, or only the keys it names. */
  read(config: KubeObject | undefined, keys: readonly string[] | undefined): string {
    if (!config) return 'absent';
    if (keys === undefined) return this.contentOf(config);
    const names = [...new Set(keys)].sort();
    const cacheKey = names.join('\0');
    let byKeys = this.keyed.get(config);
    if (!byKeys) this.keyed.set(config, (byKeys = new Map()));
    let hash = byKeys.get(cacheKey);
    if (hash === undefined) {
      const parts = names.map((key) => `${JSON.stringify(key)}=${keyValue(config, key)}`);
      const type = config.kind === 'Secret' ? String((config as Record<string, unknown>).type ?? 'Opaque') : '';
      byKeys.set(cacheKey, (hash = sha256(`${type}\n${parts.join('\n')}`)));
    }
    return hash;
  }

  templateOf(workload: ComparedObject): string | undefined {
    if (workload.workload) return workload.workload.template;
    if (this.templates.has(workload)) return this.templates.get(workload);
    const hash = templateHash(workload.object);
    this.templates.set(workload, hash);
    return hash;
  }

  sameContent(a: KubeObject, b: KubeObject): boolean {
    return a === b || this.contentOf(a) === this.contentOf(b);
  }

  sameTemplate(a: ComparedObject, b: ComparedObject): boolean {
    if (a === b || a.object === b.object) return true;
    const before = this.templateOf(a);
    const after = this.templateOf(b);
    // A summary without a hash comes from a file that is the same at both refs, whose objects
    // are the same on both sides; two different ones only meet when the base defines the
    // workload twice. Not knowing, count the template as unchanged: a restart is the safe side.
    if ((a.workload && before === undefined) || (b.workload && after === undefined)) return true;
    return before === after;
  }
}

interface ConfigRead {
  kind: ConfigKind;
  name: string;
  namespace: string;
  key: string;
  /** undefined: the whole config (a volume, envFrom); else only these keys (env valueFrom). */
  keys?: string[];
  via: string[];
}

/** What a workload reads, one entry per config, merging its references (any whole-config use wins over keys). */
function configsRead(item: ComparedObject, namespace: string): ConfigRead[] {
  const reads = new Map<string, ConfigRead>();
  for (const ref of item.workload?.references ?? configReferences(item.object)) {
    if (!readByContainers(ref.via)) continue;
    const key = identityKey({ apiVersion: 'v1', kind: ref.kind, namespace, name: ref.name });
    const read = reads.get(key) ?? { kind: ref.kind, name: ref.name, namespace, key, keys: [], via: [] };
    if (read.keys !== undefined) read.keys = ref.keys === undefined ? undefined : [...read.keys, ...ref.keys];
    if (!read.via.includes(ref.via)) read.via.push(ref.via);
    reads.set(key, read);
  }
  return [...reads.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function isRollable(object: KubeObject): boolean {
  return ROLLABLE.has(`${groupOf(object.apiVersion)}/${object.kind}`);
}

function configEntry(object: KubeObject, namespace: string): Omit<ConfigChange, 'change'> {
  const entry: Omit<ConfigChange, 'change'> = { kind: object.kind as ConfigKind, name: object.metadata.name! };
  if (namespace !== '') entry.namespace = namespace;
  return entry;
}

/**
 * Compares the objects at base with those at head. With no base (a first release)
 * every config at head counts as added.
 */
export function compareManifests(
  base: readonly ComparedObject[] | undefined,
  head: readonly ComparedObject[],
  options: CompareOptions = {},
): ConfigDiff {
  const headIndex = indexObjects(head, { ...options, crds: crdIndex(head) }, true);
  const baseIndex =
    base === undefined ? new Map<string, Indexed>() : indexObjects(base, { ...options, crds: crdIndex(base) }, false);

  const hashes = new Hashes();
  const changedConfigs: ConfigChange[] = [];
  const changeOf = new Map<string, Change>();
  const renamed = generatedRenames(baseIndex, headIndex);
  for (const [key, { loaded, stated }] of headIndex) {
    if (!isConfig(loaded.object)) continue;
    const before = baseIndex.get(key) ?? renamed.get(key);
    const change: Change | undefined = !before
      ? 'added'
      : hashes.sameContent(before.loaded.object, loaded.object)
        ? undefined
        : 'modified';
    if (change) {
      changedConfigs.push({ ...configEntry(loaded.object, stated), change });
      changeOf.set(key, change);
    }
  }
  const replaced = new Set(renamed.values());
  for (const [key, indexed] of baseIndex) {
    const { loaded, stated } = indexed;
    if (!isConfig(loaded.object) || headIndex.has(key) || replaced.has(indexed)) continue;
    changedConfigs.push({ ...configEntry(loaded.object, stated), change: 'deleted' });
    changeOf.set(key, 'deleted');
  }
  changedConfigs.sort((a, b) =>
    compareText(`${a.kind}/${a.namespace ?? ''}/${a.name}`, `${b.kind}/${b.namespace ?? ''}/${b.name}`),
  );

  const affectedWorkloads: AffectedWorkload[] = [];
  const checksums: ConfigChecksums = {};
  for (const [key, { loaded, namespace, stated }] of headIndex) {
    const { object } = loaded;
    if (!isWorkload(loaded)) continue;
    const reads = configsRead(loaded, namespace);
    const entry = entryOf(object, stated);
    if (isRollable(object) && reads.length > 0) {
      const lines = reads.map(
        (read) =>
          `${read.kind}/${read.namespace}/${read.name}=${hashes.read(headIndex.get(read.key)?.loaded.object, read.keys)}`,
      );
      checksums[checksumKey(entry)] = sha256(lines.join('\n'));
    }
    const configs: WorkloadConfig[] = [];
    for (const read of reads) {
      const change = changeOf.get(read.key);
      if (!change) continue;
      // A config that changed in keys this workload does not read does not affect it.
      if (change === 'modified' && read.keys !== undefined) {
        const was = hashes.read(baseIndex.get(read.key)?.loaded.object, read.keys);
        const now = hashes.read(headIndex.get(read.key)?.loaded.object, read.keys);
        if (was === now) continue;
      }
      const config: WorkloadConfig = { kind: read.kind, name: read.name, change, via: read.via };
      // A config is read from the workload's own namespace.
      if (stated !== '') config.namespace = stated;
      configs.push(config);
    }
    if (configs.length === 0) continue;
    const before = baseIndex.get(key);
    // Without a base nothing is known to have rolled: every reader of a config counts as needing a restart.
    const specChanged = base !== undefined && (!before || !hashes.sameTemplate(before.loaded, loaded));
    affectedWorkloads.push({
      ...entry,
      file: loaded.source.file,
      line: loaded.source.line,
      configs,
      specChanged,
      restart: isRollable(object) && !specChanged,
    });
  }
  const restart = affectedWorkloads
    .filter((workload) => workload.restart)
    .map(({ apiVersion, kind, name, namespace }) =>
      namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name },
    );
  return { changedConfigs, affectedWorkloads, restart, checksums };
}

/**
 * kustomize-generated configs whose name changed with their content (`redis-config-bd2fcfgt6k`
 * at base, `redis-config-7k2m…` at head): head key → the base version it replaces, when the
 * stem, kind and namespace match and each side has one such version. The change is then
 * reported as `modified` under the head name, not as one added and one deleted config; its
 * readers' pod templates name the new version, so they roll without a restart.
 */
function generatedRenames(base: Map<string, Indexed>, head: Map<string, Indexed>): Map<string, Indexed> {
  const stems = (index: Map<string, Indexed>, other: Map<string, Indexed>) => {
    const found = new Map<string, Array<[string, Indexed]>>();
    for (const [key, indexed] of index) {
      if (!isConfig(indexed.loaded.object) || other.has(key)) continue;
      const stem = kustomizeGeneratedStem(indexed.loaded.object);
      if (stem === undefined) continue;
      const id = `${indexed.loaded.object.kind}/${indexed.namespace}/${stem}`;
      found.set(id, [...(found.get(id) ?? []), [key, indexed]]);
    }
    return found;
  };
  const before = stems(base, head);
  const renames = new Map<string, Indexed>();
  for (const [id, versions] of stems(head, base)) {
    const old = before.get(id);
    if (versions.length === 1 && old?.length === 1) renames.set(versions[0][0], old[0][1]);
  }
  return renames;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}!]/;

function normalise(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/\/{2,}/g, '/');
}

export interface FileSelection {
  /** Selected paths, in the order of the patterns, each path once. */
  files: string[];
  /** Patterns that matched no file. */
  unmatched: string[];
}

/**
 * Picks manifest files out of a commit's file list the way list-manifests picks them
 * from disk: a file by name, a folder's .yaml/.yml/.json files (recursively), or a glob;
 * minus the `exclude` globs or folders. Patterns are relative to `prefix` (the workspace
 * folder inside the repository, '' when the workspace is the repository root).
 */
export function selectManifestFiles(
  paths: readonly string[],
  patterns: readonly string[],
  exclude: readonly string[] = [],
  prefix = '',
): FileSelection {
  const inPrefix = (pattern: string) =>
    normalise(prefix === '' || pattern === '' ? pattern : `${normalise(prefix)}/${normalise(pattern)}`);
  const excluded = exclude.map((pattern) => {
    const full = inPrefix(pattern);
    const glob = picomatch(full, { dot: true });
    return (path: string) => glob(path) || path.startsWith(full + '/');
  });
  const chosen = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const full = inPrefix(pattern);
    let matches: string[];
    if (GLOB_CHARS.test(pattern)) {
      const glob = picomatch(full, { dot: false });
      matches = paths.filter((path) => glob(path) && MANIFEST_FILE.test(path));
    } else if (full === '' || full === '.') {
      matches = paths.filter((path) => MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path));
    } else if (paths.includes(full)) {
      matches = [full];
    } else {
      // A folder: its manifest files, recursively, hidden files and folders skipped (as on disk).
      matches = paths.filter(
        (path) =>
          path.startsWith(full + '/') && MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path.slice(full.length + 1)),
      );
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const path of matches) {
      // Kustomization files are not objects to apply; list-manifests skips them too.
      if (excluded.some((test) => test(path)) || KUSTOMIZATION_FILES.has(path.slice(path.lastIndexOf('/') + 1)))
        continue;
      chosen.add(path);
    }
  }
  return { files: [...chosen], unmatched };
}

export interface ParseFilesOptions {
  /** Turns a repository path into the path shown in messages and outputs. */
  display?: (path: string) => string;
  /** Parse errors: throw (head) or report and skip the file (base, which nobody can fix any more). */
  onError?: (error: UserError, path: string) => void;
  /**
   * Whether a file is the same blob at the same path at both refs. Its objects are then the
   * same objects on both sides (parsed once, through the cache), so its workloads' pod
   * templates need no hash. Default: none is.
   */
  unchanged?: (file: { path: string; object: string }) => boolean;
}

/**
 * Parses files read from git into objects, summarised for compareManifests (summariseObject).
 * Files with the same blob id are parsed once (most files are the same at both refs).
 * Binary, oversized and malformed files are refused with parseManifests' one-line errors at
 * file:line.
 */
export function parseFiles(
  files: readonly { path: string; object: string; content: Buffer }[],
  options: ParseFilesOptions,
  cache = new Map<string, ComparedObject[]>(),
): ComparedObject[] {
  const display = options.display ?? ((path: string) => path);
  const objects: ComparedObject[] = [];
  for (const file of files) {
    const shown = display(file.path);
    const cacheKey = `${file.object}\0${shown}`;
    let parsed = cache.get(cacheKey);
    if (!parsed) {
      const hashTemplates = !options.unchanged?.(file);
      try {
        parsed = parseManifests(file.content, shown, { keepText: false }).map((loaded) =>
          summariseObject(loaded, hashTemplates),
        );
      } catch (error) {
        if (!(error instanceof UserError) || !options.onError) throw error;
        options.onError(error, shown);
        parsed = [];
      }
      cache.set(cacheKey, parsed);
    }
    for (const object of parsed) objects.push(object);
  }
  return objects;
}
