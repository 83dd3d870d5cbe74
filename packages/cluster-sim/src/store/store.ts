/**
 * The storage of the simulated API server: every object, keyed by group/resource and
 * namespace/name, one global resourceVersion counter, a bounded window of past events
 * for watch replay, and the write pipeline every write goes through (API requests and
 * controllers alike): admission defaults, validation, optimistic concurrency,
 * generation, managedFields, finalizers, watch events.
 *
 * Stored objects are immutable: a write stores a new object, so responses and watch
 * events can share them without copying. Only objects handed to controllers are cloned.
 */
import { applySchemaDefaults } from '../api/crd-defaults.js';
import { randomUUID } from 'node:crypto';
import type { Clock, ControllerStore, KObject, ListOptions, StoreEvent, WatchEventType } from '../store-api.js';
import {
  StatusError,
  alreadyExists,
  badRequest,
  conflict,
  forbidden,
  gone,
  invalid,
  notFound,
  staleConflict,
  fieldRequired,
} from '../api/errors.js';
import { ResourceRegistry, groupVersion, splitApiVersion, type ResourceInfo } from '../api/resources.js';
import { applyDefaults, GENERATION_RESOURCES } from '../api/defaults.js';
import { validateName, validateObject } from '../api/validation.js';
import { checkShape } from '../api/shape.js';
import { recordUpdate, serverSideApply } from '../api/managed-fields.js';
import { deepEqual } from '../api/patch.js';
import { fieldMatcher, labelMatcher } from '../api/selectors.js';
import type { SchemaHooks } from '../api/fieldset.js';
import { crdListType } from '../api/crd.js';
import { cloneJson, cloneSharing } from '../json-clone.js';
import { rfc3339 } from '../controllers/util.js';

export { cloneJson };

export type Propagation = 'Background' | 'Foreground' | 'Orphan';

export interface WriteOptions {
  dryRun?: boolean;
  /** The field manager recorded in managedFields (operation Update). */
  fieldManager?: string;
  /** '' (main resource), 'status' or 'scale'. */
  subresource?: string;
  /** The apiVersion the client used (recorded in managedFields). */
  apiVersion?: string;
}

export interface DeleteOptions {
  dryRun?: boolean;
  propagationPolicy?: Propagation;
  preconditions?: { uid?: string; resourceVersion?: string };
  gracePeriodSeconds?: number;
}

export interface StoredEvent {
  rv: number;
  type: WatchEventType;
  object: KObject;
  group: string;
  resource: string;
  /** The object before this change (MODIFIED and DELETED), for watches with selectors. */
  prev?: KObject;
}

export interface StoreOptions {
  clock?: Clock;
  /** How many past events watch can replay from (older resourceVersions get 410 Gone). */
  historySize?: number;
  registry?: ResourceRegistry;
  /** Manager name recorded for writes made through the ControllerStore interface. */
  controllerManager?: string;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};

/** Deep equality of JSON values where a key holding undefined counts as absent. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let na = 0;
  for (const key in ra) {
    if (ra[key] === undefined) continue;
    na++;
    if (!jsonEqual(ra[key], rb[key])) return false;
  }
  let nb = 0;
  for (const key in rb) if (rb[key] !== undefined) nb++;
  return na === nb;
}

const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';

function randomSuffix(length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)];
  return out;
}

function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/** Strips fields that only the server sets from an incoming object (kept from the old object where they exist). */
const SERVER_METADATA = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'generation',
  'selfLink',
];

export class Store implements ControllerStore {
  readonly registry: ResourceRegistry;
  clock: Clock;
  private readonly data = new Map<string, Map<string, KObject>>();
  private rv = 1;
  private readonly history: StoredEvent[] = [];
  private historyStart = 0; // index of the oldest retained event in the ring
  private readonly historySize: number;
  /** resourceVersion of the newest event that fell out of the window. */
  private compactedRv = 0;
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private readonly rawListeners = new Set<(event: StoredEvent) => void>();
  /** owner uid -> dependents (group/resource/namespace/name). */
  private readonly dependents = new Map<string, Set<string>>();
  private readonly controllerManager: string;
  private housekeepingScheduled = false;
  private nextServiceIP = 10;
  private readonly usedNodePorts = new Set<number>();
  private stopped = false;

  constructor(options: StoreOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.registry = options.registry ?? new ResourceRegistry();
    this.historySize = options.historySize ?? 10000;
    this.controllerManager = options.controllerManager ?? 'kube-controller-manager';
  }

  // ------------------------------------------------------------------ reading

  resourceVersion(): string {
    return String(this.rv);
  }

  private bucket(group: string, resource: string): Map<string, KObject> {
    const key = `${group}/${resource}`;
    let bucket = this.data.get(key);
    if (!bucket) {
      bucket = new Map();
      this.data.set(key, bucket);
    }
    return bucket;
  }

  /** The stored (shared, immutable) object. */
  peek(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.data.get(`${group}/${resource}`)?.get(objectKey(namespace, name));
  }

  /** Stored objects matching the options, sorted by namespace and name (as etcd returns them). */
  select(group: string, resource: string, options: ListOptions = {}): KObject[] {
    const bucket = this.data.get(`${group}/${resource}`);
    if (!bucket) return [];
    const labels = labelMatcher(options.labelSelector);
    const fields = fieldMatcher(resource, options.fieldSelector);
    const out: KObject[] = [];
    for (const object of bucket.values()) {
      if (options.namespace !== undefined && object.metadata.namespace !== options.namespace) continue;
      if (!labels(object.metadata.labels)) continue;
      if (!fields(object)) continue;
      out.push(object);
    }
    out.sort((a, b) => {
      const ka = objectKey(a.metadata.namespace, a.metadata.name);
      const kb = objectKey(b.metadata.namespace, b.metadata.name);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return out;
  }

  count(): number {
    let n = 0;
    for (const bucket of this.data.values()) n += bucket.size;
    return n;
  }

  // ------------------------------------------------------------------ events and watch history

  /** Subscribes to committed events with their resourceVersion (the HTTP watch uses this). */
  subscribeRaw(listener: (event: StoredEvent) => void): () => void {
    this.rawListeners.add(listener);
    return () => this.rawListeners.delete(listener);
  }

  /** Events after `rv` (exclusive) for one resource; throws 410 Gone when the window no longer reaches back that far. */
  eventsSince(rv: number, group: string, resource: string): StoredEvent[] {
    if (rv < this.compactedRv) throw gone(`too old resource version: ${rv} (${this.compactedRv + 1})`);
    const out: StoredEvent[] = [];
    for (let i = this.historyStart; i < this.history.length; i++) {
      const event = this.history[i];
      if (event.rv > rv && event.group === group && event.resource === resource) out.push(event);
    }
    return out;
  }

  /** The oldest resourceVersion watch can still start from. */
  oldestWatchableRv(): number {
    return this.compactedRv;
  }

  private emit(type: WatchEventType, group: string, resource: string, object: KObject, prev?: KObject): void {
    const event: StoredEvent = { rv: Number(object.metadata.resourceVersion), type, object, group, resource, prev };
    this.history.push(event);
    if (this.history.length - this.historyStart > this.historySize) {
      this.compactedRv = this.history[this.historyStart].rv;
      this.historyStart++;
      if (this.historyStart > 4096 && this.historyStart * 2 > this.history.length) {
        this.history.splice(0, this.historyStart);
        this.historyStart = 0;
      }
    }
    for (const listener of this.rawListeners) listener(event);
    if (this.listeners.size) {
      const storeEvent: StoreEvent = { type, object, group, resource };
      for (const listener of [...this.listeners]) {
        try {
          listener(storeEvent);
        } catch (error) {
          // A controller's bug must not break the write that triggered it.
          process.emitWarning(`cluster-sim: a store listener threw: ${(error as Error).message}`);
        }
      }
    }
  }

  // ------------------------------------------------------------------ the write pipeline

  private info(group: string, resource: string): ResourceInfo {
    const info = this.registry.lookupResource(group, resource);
    if (!info)
      throw new StatusError(
        404,
        'NotFound',
        `the server could not find the requested resource (${resource}${group ? '.' + group : ''})`,
      );
    return info;
  }

  private hooksFor(info: ResourceInfo): SchemaHooks {
    if (!info.custom) return {};
    const crd = this.findCrd(info.group, info.resource);
    return crd ? { listType: crdListType(crd, info.version) } : {};
  }

  private findCrd(group: string, resource: string): KObject | undefined {
    return this.peek('apiextensions.k8s.io', 'customresourcedefinitions', undefined, `${resource}.${group}`);
  }

  private statusSubresource(info: ResourceInfo): boolean {
    return info.subresources.includes('status');
  }

  private now(): string {
    return rfc3339(this.clock.now());
  }

  private tracksGeneration(info: ResourceInfo): boolean {
    return Boolean(info.custom) || GENERATION_RESOURCES.has(`${info.group}/${info.resource}`);
  }

  private checkNamespace(info: ResourceInfo, namespace: string | undefined, creating: boolean): void {
    if (!info.namespaced) return;
    if (!namespace)
      throw badRequest(
        'the server could not find the requested resource: a namespace is required for a namespaced resource',
      );
    const ns = this.peek('', 'namespaces', undefined, namespace);
    if (!ns) throw notFound('', 'namespaces', namespace);
    if (creating && (ns.metadata.deletionTimestamp || ns.status?.phase === 'Terminating')) {
      throw forbidden(
        `${info.resource}${info.group ? '.' + info.group : ''} "${'%NAME%'}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
        {
          causes: [
            {
              reason: 'NamespaceTerminating',
              message: `namespace ${namespace} is being terminated`,
              field: 'metadata.namespace',
            },
          ],
        },
      );
    }
  }

  /**
   * Create. `object.metadata.namespace` must already be the target namespace. With
   * `managed` the caller (server-side apply) has computed managedFields already.
   */
  createObject(
    info: ResourceInfo,
    input: KObject,
    options: WriteOptions & { managedFieldsReady?: boolean; keepStatus?: boolean } = {},
  ): KObject {
    const namespace = info.namespaced ? input.metadata?.namespace : undefined;
    let name = input.metadata?.name;
    if (!name && input.metadata?.generateName) {
      for (let attempt = 0; attempt < 20; attempt++) {
        const candidate = input.metadata.generateName + randomSuffix();
        if (!this.peek(info.group, info.resource, namespace, candidate)) {
          name = candidate;
          break;
        }
      }
    }
    if (!name)
      throw invalid(info.kind, info.group, '', [fieldRequired('metadata.name', 'name or generateName is required')]);
    try {
      this.checkNamespace(info, namespace, true);
    } catch (error) {
      if (error instanceof StatusError && error.code === 403) {
        throw new StatusError(403, 'Forbidden', error.message.replace('%NAME%', name), error.details);
      }
      throw error;
    }
    const nameCauses = validateName(info.group, info.resource, name);
    if (nameCauses.length) throw invalid(info.kind, info.group, name, nameCauses);
    if (this.peek(info.group, info.resource, namespace, name)) throw alreadyExists(info.group, info.resource, name);

    const uid = randomUUID();
    const metadata: KObject['metadata'] = { ...input.metadata, name };
    for (const field of SERVER_METADATA) delete metadata[field];
    if (namespace) metadata.namespace = namespace;
    else delete metadata.namespace;
    metadata.uid = uid;
    metadata.creationTimestamp = this.now();
    if (this.tracksGeneration(info)) metadata.generation = 1;
    let object: KObject = { ...input, apiVersion: groupVersion(info.group, info.version), kind: info.kind, metadata };
    if (this.statusSubresource(info) && !options.keepStatus && info.resource !== 'namespaces') delete object.status;
    object = this.admit(info, object, undefined, { creating: true, uid });
    if (info.resource === 'customresourcedefinitions') {
      object.metadata = {
        ...object.metadata,
        finalizers: [...new Set([...(object.metadata.finalizers ?? []), 'customresourcecleanup.apiextensions.k8s.io'])],
      };
    }
    if (!options.managedFieldsReady && options.fieldManager) {
      const managed = recordUpdate(
        undefined,
        { ...object, metadata: { ...object.metadata, managedFields: undefined } },
        this.ownership(info, options),
      );
      object.metadata = { ...object.metadata, managedFields: managed };
      if (!managed) delete object.metadata.managedFields;
    }
    if (options.dryRun) return object;
    object.metadata.resourceVersion = String(++this.rv);
    this.bucket(info.group, info.resource).set(objectKey(namespace, name), object);
    this.indexOwners(info, undefined, object);
    this.emit('ADDED', info.group, info.resource, object);
    this.afterWrite(info, undefined, object);
    return object;
  }

  private ownership(info: ResourceInfo, options: WriteOptions) {
    return {
      manager: options.fieldManager ?? this.controllerManager,
      apiVersion: options.apiVersion ?? groupVersion(info.group, info.version),
      subresource: options.subresource ?? '',
      statusSubresource: this.statusSubresource(info),
      time: this.now(),
      hooks: this.hooksFor(info),
    };
  }

  /** Defaults and validation (admission). Throws 422. */
  private admit(
    info: ResourceInfo,
    object: KObject,
    old: KObject | undefined,
    ctx: { creating: boolean; uid: string },
  ): KObject {
    checkShape(info.kind, info.version, object);
    let defaulted = applyDefaults(info.group, info.resource, object, {
      creating: ctx.creating,
      uid: ctx.uid,
      allocateClusterIP: () => this.allocateClusterIP(),
      allocateNodePort: () => this.allocateNodePort(),
    });
    if (info.custom) {
      const schema = this.findCrd(info.group, info.resource)?.spec?.versions?.find((v: any) => v.name === info.version)
        ?.schema?.openAPIV3Schema;
      if (schema) {
        defaulted = structuredClone(defaulted);
        applySchemaDefaults(defaulted, schema);
      }
      const causes = this.validateCustom(info, defaulted);
      if (causes.length) throw invalid(info.kind, info.group, object.metadata.name, causes);
    }
    const causes = validateObject(info.group, info.resource, defaulted, old);
    if (causes.length) throw invalid(info.kind, info.group, object.metadata.name, causes);
    return defaulted;
  }

  private validateCustom(
    info: ResourceInfo,
    object: KObject,
  ): Array<{ reason?: string; message?: string; field?: string }> {
    const crd = this.findCrd(info.group, info.resource);
    const version = crd?.spec?.versions?.find((v: any) => v.name === info.version);
    const schema = version?.schema?.openAPIV3Schema;
    if (!schema) return [];
    const causes: Array<{ reason?: string; message?: string; field?: string }> = [];
    const check = (value: any, s: any, path: string) => {
      if (!s || value === undefined || value === null) return;
      const type = s.type;
      if (type === 'object' && (typeof value !== 'object' || Array.isArray(value)))
        causes.push({
          reason: 'FieldValueTypeInvalid',
          message: `Invalid value: "${typeof value}": ${path} in body must be of type object: "${typeof value}"`,
          field: path,
        });
      else if (type === 'array' && !Array.isArray(value))
        causes.push({
          reason: 'FieldValueTypeInvalid',
          message: `Invalid value: "${typeof value}": ${path} in body must be of type array`,
          field: path,
        });
      else if (type === 'string' && typeof value !== 'string')
        causes.push({
          reason: 'FieldValueTypeInvalid',
          message: `Invalid value: "${typeof value}": ${path} in body must be of type string: "${typeof value}"`,
          field: path,
        });
      else if ((type === 'integer' || type === 'number') && typeof value !== 'number')
        causes.push({
          reason: 'FieldValueTypeInvalid',
          message: `Invalid value: "${typeof value}": ${path} in body must be of type ${type}: "${typeof value}"`,
          field: path,
        });
      else if (type === 'boolean' && typeof value !== 'boolean')
        causes.push({
          reason: 'FieldValueTypeInvalid',
          message: `Invalid value: "${typeof value}": ${path} in body must be of type boolean: "${typeof value}"`,
          field: path,
        });
      if (Array.isArray(s.enum) && !s.enum.includes(value))
        causes.push({
          reason: 'FieldValueNotSupported',
          message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${s.enum.map((e: any) => JSON.stringify(e)).join(', ')}`,
          field: path,
        });
      if (type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
        for (const required of s.required ?? [])
          if (value[required] === undefined)
            causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: `${path}.${required}` });
        for (const [key, child] of Object.entries(s.properties ?? {})) check(value[key], child, `${path}.${key}`);
      }
      if (type === 'array' && Array.isArray(value) && s.items)
        value.forEach((item: any, i: number) => check(item, s.items, `${path}[${i}]`));
    };
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
      check((object as any)[key], child, key);
    }
    for (const required of schema.required ?? [])
      if ((object as any)[required] === undefined)
        causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: required });
    return causes;
  }

  private allocateClusterIP(): string {
    for (;;) {
      const n = this.nextServiceIP++;
      const ip = `10.96.${Math.floor(n / 250) % 256}.${(n % 250) + 2}`;
      const taken = this.select('', 'services').some((s) => s.spec?.clusterIP === ip);
      if (!taken) return ip;
    }
  }

  private allocateNodePort(): number {
    for (let port = 30000 + Math.floor(Math.random() * 2767); ; port = port >= 32767 ? 30000 : port + 1) {
      if (!this.usedNodePorts.has(port)) {
        this.usedNodePorts.add(port);
        return port;
      }
    }
  }

  /**
   * Update (PUT semantics): `input` is the whole new object. For the status
   * subresource only `.status` is taken; for the main resource of kinds with a status
   * subresource `.status` is kept from the stored object.
   */
  updateObject(
    info: ResourceInfo,
    input: KObject,
    options: WriteOptions & { managedFieldsReady?: boolean; allowCreate?: boolean } = {},
  ): KObject {
    const namespace = info.namespaced ? input.metadata?.namespace : undefined;
    const name = input.metadata?.name;
    if (!name)
      throw invalid(info.kind, info.group, '', [fieldRequired('metadata.name', 'name or generateName is required')]);
    this.checkNamespace(info, namespace, false);
    const old = this.peek(info.group, info.resource, namespace, name);
    if (!old) {
      if (options.allowCreate && !options.subresource)
        return this.createObject(info, input, { ...options, keepStatus: false });
      throw notFound(info.group, info.resource, name);
    }
    if (input.metadata.resourceVersion && input.metadata.resourceVersion !== old.metadata.resourceVersion) {
      throw staleConflict(info.group, info.resource, name);
    }
    if (input.metadata.uid && input.metadata.uid !== old.metadata.uid) {
      throw conflict(
        info.group,
        info.resource,
        name,
        `Precondition failed: UID in precondition: ${input.metadata.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    }
    const subresource = options.subresource ?? '';
    let next: KObject;
    if (subresource === 'binding') {
      next = { ...old, spec: input.spec, status: input.status, metadata: { ...old.metadata } };
    } else if (subresource === 'status') {
      next = { ...old, status: input.status, metadata: { ...old.metadata } };
      if (input.metadata.managedFields !== undefined) next.metadata.managedFields = input.metadata.managedFields;
    } else {
      const metadata: KObject['metadata'] = { ...input.metadata };
      for (const field of SERVER_METADATA) {
        if (old.metadata[field] !== undefined) metadata[field] = old.metadata[field];
        else delete metadata[field];
      }
      metadata.name = old.metadata.name;
      if (namespace) metadata.namespace = namespace;
      if (metadata.managedFields === undefined && old.metadata.managedFields)
        metadata.managedFields = old.metadata.managedFields;
      next = { ...input, apiVersion: groupVersion(info.group, info.version), kind: info.kind, metadata };
      if (this.statusSubresource(info)) {
        if (old.status !== undefined) next.status = old.status;
        else delete next.status;
      }
      if (old.metadata.deletionTimestamp) {
        const added = (metadata.finalizers ?? []).filter((f: string) => !(old.metadata.finalizers ?? []).includes(f));
        if (added.length)
          throw forbidden(
            `${info.resource} "${name}" is forbidden: no new finalizers can be added if the object is being deleted, found new finalizers ${JSON.stringify(added)}`,
          );
      }
    }
    if (input.apiVersion) {
      const { group } = splitApiVersion(input.apiVersion);
      if (group !== info.group)
        throw badRequest(
          `the API version in the data (${input.apiVersion}) does not match the expected API version (${groupVersion(info.group, info.version)})`,
        );
    }
    next = this.admit(info, next, subresource === 'binding' ? undefined : old, {
      creating: false,
      uid: old.metadata.uid!,
    });
    if (this.tracksGeneration(info) && subresource !== 'status' && this.specChanged(info, old, next)) {
      next.metadata = { ...next.metadata, generation: (old.metadata.generation ?? 0) + 1 };
    }
    if (!options.managedFieldsReady) {
      const managed = recordUpdate(old, next, this.ownership(info, options));
      next.metadata = { ...next.metadata, managedFields: managed };
      if (!managed) delete next.metadata.managedFields;
    }
    if (this.unchanged(old, next)) return old;
    if (options.dryRun) return next;
    next.metadata.resourceVersion = String(++this.rv);
    if (next.metadata.deletionTimestamp && (next.metadata.finalizers ?? []).length === 0) {
      this.remove(info, next);
      return next;
    }
    this.bucket(info.group, info.resource).set(objectKey(namespace, name), next);
    this.indexOwners(info, old, next);
    this.emit('MODIFIED', info.group, info.resource, next, old);
    this.afterWrite(info, old, next);
    return next;
  }

  /** True when a write would change nothing but managedFields timestamps: the real server skips such writes. */
  private unchanged(old: KObject, next: KObject): boolean {
    const { metadata: om, ...oRest } = old;
    const { metadata: nm, ...nRest } = next;
    if (!jsonEqual(oRest, nRest)) return false;
    const { resourceVersion: _or, managedFields: omf, ...oMeta } = om;
    const { resourceVersion: _nr, managedFields: nmf, ...nMeta } = nm;
    if (!jsonEqual(oMeta, nMeta)) return false;
    if (omf === nmf) return true;
    const times = (list: unknown) => (Array.isArray(list) ? list.map((e) => ({ ...e, time: undefined })) : list);
    return jsonEqual(times(omf), times(nmf));
  }

  private specChanged(info: ResourceInfo, old: KObject, next: KObject): boolean {
    const keys = new Set([...Object.keys(old), ...Object.keys(next)]);
    for (const key of keys) {
      if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
      if (key === 'status' && this.statusSubresource(info)) continue;
      if (!deepEqual(old[key], next[key])) return true;
    }
    return false;
  }

  /** Server-side apply: creates when absent. */
  applyObject(
    info: ResourceInfo,
    applied: KObject,
    options: WriteOptions & { force?: boolean; fieldManager: string },
  ): KObject {
    const namespace = info.namespaced ? applied.metadata?.namespace : undefined;
    const name = applied.metadata?.name;
    if (!name) throw invalid(info.kind, info.group, '', [fieldRequired('metadata.name', 'name is required')]);
    const live = this.peek(info.group, info.resource, namespace, name);
    if (
      live &&
      applied.metadata.resourceVersion &&
      applied.metadata.resourceVersion !== live.metadata.resourceVersion
    ) {
      throw staleConflict(info.group, info.resource, name);
    }
    const ctx = { ...this.ownership(info, options), force: Boolean(options.force) };
    const merged = serverSideApply(live, applied, ctx) as KObject;
    if (!live) {
      merged.metadata = { ...merged.metadata, namespace };
      return this.createObject(info, merged, {
        ...options,
        managedFieldsReady: true,
        keepStatus: options.subresource === 'status',
      });
    }
    merged.metadata = { ...merged.metadata, resourceVersion: live.metadata.resourceVersion };
    return this.updateObject(info, merged, { ...options, managedFieldsReady: true });
  }

  /** Delete. Finalizers (and foreground/orphan propagation) turn it into setting deletionTimestamp. */
  deleteObject(info: ResourceInfo, namespace: string | undefined, name: string, options: DeleteOptions = {}): KObject {
    if (!info.namespaced) namespace = undefined;
    const old = this.peek(info.group, info.resource, namespace, name);
    if (!old) throw notFound(info.group, info.resource, name);
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== old.metadata.uid) {
      throw conflict(
        info.group,
        info.resource,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    }
    if (pre?.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion) {
      throw conflict(
        info.group,
        info.resource,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion}`,
      );
    }
    const propagation = options.propagationPolicy ?? 'Background';
    const finalizers = [...(old.metadata.finalizers ?? [])];
    if (info.resource === 'namespaces' && ['default', 'kube-system', 'kube-public'].includes(name)) {
      throw forbidden(`namespaces "${name}" is forbidden: this namespace may not be deleted`, {
        name,
        kind: 'namespaces',
      });
    }
    if (info.resource === 'namespaces') {
      // Namespaces always go through Terminating: the namespace controller empties them first.
      const next: KObject = {
        ...old,
        metadata: { ...old.metadata, deletionTimestamp: old.metadata.deletionTimestamp ?? this.now() },
        status: { ...(old.status ?? {}), phase: 'Terminating' },
      };
      if (options.dryRun || old.metadata.deletionTimestamp) return next;
      return this.commitModified(info, old, next);
    }
    const hasDependents = (this.dependents.get(old.metadata.uid!)?.size ?? 0) > 0;
    if (propagation === 'Foreground' && hasDependents && !finalizers.includes('foregroundDeletion'))
      finalizers.push('foregroundDeletion');
    if (propagation === 'Orphan' && hasDependents && !finalizers.includes('orphan')) finalizers.push('orphan');
    if (finalizers.length === 0) {
      if (options.dryRun) return old;
      const next = { ...old, metadata: { ...old.metadata, resourceVersion: String(++this.rv) } };
      this.remove(info, next);
      return next;
    }
    if (old.metadata.deletionTimestamp && deepEqual(finalizers, old.metadata.finalizers ?? [])) return old;
    const next: KObject = {
      ...old,
      metadata: {
        ...old.metadata,
        finalizers,
        deletionTimestamp: old.metadata.deletionTimestamp ?? this.now(),
        deletionGracePeriodSeconds: old.metadata.deletionGracePeriodSeconds ?? 0,
      },
    };
    if (options.dryRun) return next;
    return this.commitModified(info, old, next);
  }

  private commitModified(info: ResourceInfo, old: KObject, next: KObject): KObject {
    next.metadata = { ...next.metadata, resourceVersion: String(++this.rv) };
    this.bucket(info.group, info.resource).set(objectKey(next.metadata.namespace, next.metadata.name), next);
    this.indexOwners(info, old, next);
    this.emit('MODIFIED', info.group, info.resource, next, old);
    this.afterWrite(info, old, next);
    return next;
  }

  /** Takes an object out of storage (its resourceVersion already bumped) and emits DELETED. */
  private remove(info: ResourceInfo, object: KObject): void {
    this.bucket(info.group, info.resource).delete(objectKey(object.metadata.namespace, object.metadata.name));
    this.indexOwners(info, object, undefined);
    if (info.resource === 'services')
      for (const p of object.spec?.ports ?? []) if (p.nodePort) this.usedNodePorts.delete(p.nodePort);
    this.emit('DELETED', info.group, info.resource, object);
    this.afterDelete(info, object);
  }

  deleteCollection(info: ResourceInfo, namespace: string | undefined, options: ListOptions & DeleteOptions): KObject[] {
    const victims = this.select(info.group, info.resource, {
      namespace: info.namespaced ? namespace : undefined,
      labelSelector: options.labelSelector,
      fieldSelector: options.fieldSelector,
    });
    const out: KObject[] = [];
    for (const victim of victims) {
      try {
        out.push(this.deleteObject(info, victim.metadata.namespace, victim.metadata.name, options));
      } catch (error) {
        if (!(error instanceof StatusError && error.code === 404)) throw error;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ owner index, GC, namespace and CRD lifecycle

  private dependentKey(info: ResourceInfo, object: KObject): string {
    return `${info.group}\u0000${info.resource}\u0000${object.metadata.namespace ?? ''}\u0000${object.metadata.name}`;
  }

  private indexOwners(info: ResourceInfo, old: KObject | undefined, next: KObject | undefined): void {
    const key = this.dependentKey(info, (next ?? old)!);
    for (const ref of old?.metadata.ownerReferences ?? []) this.dependents.get(ref.uid)?.delete(key);
    for (const ref of next?.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(ref.uid);
      if (!set) this.dependents.set(ref.uid, (set = new Set()));
      set.add(key);
    }
  }

  /** PersistentVolumeClaims waiting for the simulated provisioner (namespace/name). */
  private readonly pendingClaims = new Set<string>();

  private afterWrite(info: ResourceInfo, old: KObject | undefined, next: KObject): void {
    if (info.resource === 'persistentvolumeclaims' && info.group === '' && !old && !next.status?.phase) {
      this.pendingClaims.add(`${next.metadata.namespace}/${next.metadata.name}`);
      this.scheduleHousekeeping();
    }
    if (info.resource === 'namespaces' && !old) this.scheduleHousekeeping();
    if (next.metadata.deletionTimestamp) this.scheduleHousekeeping();
    if (info.resource === 'customresourcedefinitions' && info.group === 'apiextensions.k8s.io')
      this.scheduleHousekeeping();
  }

  private afterDelete(_info: ResourceInfo, object: KObject): void {
    if (this.dependents.get(object.metadata.uid!)?.size) this.pendingOrphans.add(object.metadata.uid!);
    this.scheduleHousekeeping();
  }

  private readonly pendingOrphans = new Set<string>();

  /** Runs the API server's own controllers (GC, namespace, CRD establishment) soon after writes. */
  scheduleHousekeeping(): void {
    if (this.housekeepingScheduled || this.stopped) return;
    this.housekeepingScheduled = true;
    setImmediate(() => {
      this.housekeepingScheduled = false;
      if (this.stopped) return;
      try {
        this.housekeeping();
      } catch (error) {
        process.emitWarning(`cluster-sim housekeeping failed: ${(error as Error).stack}`);
      }
    });
  }

  /** Runs housekeeping now (tests and startup). */
  housekeeping(): void {
    for (let round = 0; round < 50; round++) {
      if (!this.housekeepingRound()) return;
    }
    this.scheduleHousekeeping();
  }

  private resolveDependent(key: string): { info: ResourceInfo; object: KObject } | undefined {
    const [group, resource, namespace, name] = key.split('\u0000');
    const info = this.registry.lookupResource(group, resource);
    if (!info) return undefined;
    const object = this.peek(group, resource, namespace || undefined, name);
    return object ? { info, object } : undefined;
  }

  private ownerExists(ref: { uid: string }): boolean {
    for (const bucket of this.data.values())
      for (const object of bucket.values())
        if (object.metadata.uid === ref.uid && !object.metadata.deletionTimestamp) return true;
    return false;
  }

  /** One pass; returns true when it changed something. */
  private housekeepingRound(): boolean {
    let changed = false;
    // Garbage collection of dependents whose owner is gone.
    for (const uid of [...this.pendingOrphans]) {
      this.pendingOrphans.delete(uid);
      for (const key of [...(this.dependents.get(uid) ?? [])]) {
        const dep = this.resolveDependent(key);
        if (!dep) continue;
        const remaining = (dep.object.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
        if (remaining.length === 0 || !remaining.some((r) => this.ownerExists(r))) {
          if (!dep.object.metadata.deletionTimestamp) {
            this.safeDelete(dep.info, dep.object, 'Background');
            changed = true;
          }
        } else {
          this.updateObject(
            dep.info,
            { ...dep.object, metadata: { ...dep.object.metadata, ownerReferences: remaining } },
            { fieldManager: 'kube-controller-manager' },
          );
          changed = true;
        }
      }
    }
    // Objects being deleted: foreground and orphan finalizers, namespaces, CRDs.
    for (const [bucketKey, bucket] of this.data) {
      for (const object of [...bucket.values()]) {
        if (!object.metadata.deletionTimestamp) continue;
        const [group, resource] = splitBucketKey(bucketKey);
        const info = this.registry.lookupResource(group, resource);
        if (!info) continue;
        const finalizers = object.metadata.finalizers ?? [];
        if (finalizers.includes('foregroundDeletion')) changed = this.foreground(info, object) || changed;
        else if (finalizers.includes('orphan')) changed = this.orphan(info, object) || changed;
        else if (info.resource === 'namespaces' && info.group === '')
          changed = this.finalizeNamespace(info, object) || changed;
        else if (
          info.resource === 'customresourcedefinitions' &&
          finalizers.includes('customresourcecleanup.apiextensions.k8s.io')
        )
          changed = this.cleanupCrd(info, object) || changed;
      }
    }
    // Claims are provisioned and bound at once (a default StorageClass with Immediate binding).
    for (const key of [...this.pendingClaims]) {
      this.pendingClaims.delete(key);
      const [namespace, name] = key.split('/');
      const claim = this.peek('', 'persistentvolumeclaims', namespace, name);
      if (!claim || claim.status?.phase || claim.metadata.deletionTimestamp) continue;
      const info = this.registry.lookupResource('', 'persistentvolumeclaims')!;
      const volumeName = claim.spec?.volumeName ?? `pvc-${claim.metadata.uid}`;
      const bound = this.updateObject(
        info,
        { ...claim, spec: { ...claim.spec, volumeName } },
        { fieldManager: 'kube-controller-manager' },
      );
      this.updateObject(
        info,
        {
          ...bound,
          status: {
            phase: 'Bound',
            accessModes: claim.spec?.accessModes ?? ['ReadWriteOnce'],
            capacity: { storage: claim.spec?.resources?.requests?.storage ?? '1Gi' },
          },
        },
        { fieldManager: 'kube-controller-manager', subresource: 'status' },
      );
      changed = true;
    }
    // Namespaces need their default ServiceAccount.
    for (const ns of this.select('', 'namespaces')) {
      if (ns.metadata.deletionTimestamp) continue;
      if (!this.peek('', 'serviceaccounts', ns.metadata.name, 'default')) {
        const sa = this.registry.lookupResource('', 'serviceaccounts')!;
        this.createObject(sa, {
          apiVersion: 'v1',
          kind: 'ServiceAccount',
          metadata: { name: 'default', namespace: ns.metadata.name },
        });
        changed = true;
      }
      if (!this.peek('', 'configmaps', ns.metadata.name, 'kube-root-ca.crt') && this.rootCa) {
        const cm = this.registry.lookupResource('', 'configmaps')!;
        this.createObject(
          cm,
          {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: {
              name: 'kube-root-ca.crt',
              namespace: ns.metadata.name,
              annotations: {
                'kubernetes.io/description':
                  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
              },
            },
            data: { 'ca.crt': this.rootCa },
          },
          { fieldManager: 'kube-controller-manager' },
        );
        changed = true;
      }
    }
    // CRDs: establish names and serve them.
    for (const crd of this.select('apiextensions.k8s.io', 'customresourcedefinitions')) {
      if (crd.metadata.deletionTimestamp) continue;
      changed = this.establishCrd(crd) || changed;
    }
    return changed;
  }

  /** PEM of the cluster CA, published in every namespace's kube-root-ca.crt. */
  rootCa: string | undefined;

  private safeDelete(info: ResourceInfo, object: KObject, propagation: Propagation): void {
    try {
      this.deleteObject(info, object.metadata.namespace, object.metadata.name, { propagationPolicy: propagation });
    } catch (error) {
      if (!(error instanceof StatusError && error.code === 404)) throw error;
    }
  }

  private removeFinalizer(info: ResourceInfo, object: KObject, finalizer: string): void {
    const current = this.peek(info.group, info.resource, object.metadata.namespace, object.metadata.name);
    if (!current) return;
    this.updateObject(
      info,
      {
        ...current,
        metadata: {
          ...current.metadata,
          finalizers: (current.metadata.finalizers ?? []).filter((f) => f !== finalizer),
        },
      },
      { fieldManager: 'kube-controller-manager' },
    );
  }

  private foreground(info: ResourceInfo, owner: KObject): boolean {
    const keys = [...(this.dependents.get(owner.metadata.uid!) ?? [])];
    let changed = false;
    let alive = 0;
    for (const key of keys) {
      const dep = this.resolveDependent(key);
      if (!dep) continue;
      alive++;
      if (!dep.object.metadata.deletionTimestamp) {
        this.safeDelete(dep.info, dep.object, 'Foreground');
        changed = true;
      }
    }
    if (alive === 0) {
      this.removeFinalizer(info, owner, 'foregroundDeletion');
      return true;
    }
    return changed;
  }

  private orphan(info: ResourceInfo, owner: KObject): boolean {
    for (const key of [...(this.dependents.get(owner.metadata.uid!) ?? [])]) {
      const dep = this.resolveDependent(key);
      if (!dep) continue;
      const remaining = (dep.object.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
      const metadata: KObject['metadata'] = { ...dep.object.metadata, ownerReferences: remaining };
      if (remaining.length === 0) delete metadata.ownerReferences;
      this.updateObject(dep.info, { ...dep.object, metadata }, { fieldManager: 'kube-controller-manager' });
    }
    this.removeFinalizer(info, owner, 'orphan');
    return true;
  }

  private finalizeNamespace(info: ResourceInfo, ns: KObject): boolean {
    const name = ns.metadata.name;
    let remaining = 0;
    let changed = false;
    for (const resourceInfo of this.registry.all()) {
      if (!resourceInfo.namespaced) continue;
      const seenKey = `${resourceInfo.group}/${resourceInfo.resource}`;
      if (this.registry.lookupResource(resourceInfo.group, resourceInfo.resource) !== resourceInfo) continue;
      const bucket = this.data.get(seenKey);
      if (!bucket) continue;
      for (const object of [...bucket.values()]) {
        if (object.metadata.namespace !== name) continue;
        remaining++;
        if (!object.metadata.deletionTimestamp) {
          this.safeDelete(resourceInfo, object, 'Background');
          changed = true;
        }
      }
    }
    if (remaining > 0) return changed;
    const specFinalizers: string[] = ns.spec?.finalizers ?? [];
    if (specFinalizers.length) {
      this.commitModified(info, ns, { ...ns, spec: { ...ns.spec, finalizers: [] } });
      return true;
    }
    if ((ns.metadata.finalizers ?? []).length === 0) {
      const next = { ...ns, metadata: { ...ns.metadata, resourceVersion: String(++this.rv) } };
      this.remove(info, next);
      return true;
    }
    return changed;
  }

  private establishCrd(crd: KObject): boolean {
    const spec = crd.spec ?? {};
    const conditions: any[] = crd.status?.conditions ?? [];
    const established = conditions.some((c) => c.type === 'Established' && c.status === 'True');
    const served = (spec.versions ?? []).filter((v: any) => v.served !== false);
    const storage = (spec.versions ?? []).find((v: any) => v.storage);
    // (Re)register the served versions: storage version first so it is the one the store keys on.
    const ordered = [storage, ...served.filter((v: any) => v !== storage)].filter(Boolean);
    const signature = JSON.stringify([spec.scope, spec.names, ordered]);
    if (this.servedCrds.get(crd.metadata.name) !== signature) {
      this.servedCrds.set(crd.metadata.name, signature);
      this.registerCrd(spec, ordered);
    }
    if (established && deepEqual(crd.status?.acceptedNames, spec.names)) return false;
    this.updateCrdStatus(crd, storage);
    return true;
  }

  private registerCrd(spec: any, ordered: any[]): void {
    const group = spec.group;
    this.registry.remove(group, spec.names.plural);
    for (const version of ordered) {
      if (version.served === false) continue;
      const subresources: string[] = [];
      if (version.subresources?.status) subresources.push('status');
      if (version.subresources?.scale) subresources.push('scale');
      this.registry.add({
        group,
        version: version.name,
        resource: spec.names.plural,
        singular: spec.names.singular ?? spec.names.kind.toLowerCase(),
        kind: spec.names.kind,
        namespaced: spec.scope === 'Namespaced',
        shortNames: spec.names.shortNames,
        categories: spec.names.categories,
        verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'],
        subresources,
        custom: { additionalPrinterColumns: version.additionalPrinterColumns },
        scale: version.subresources?.scale,
      });
    }
  }

  private readonly servedCrds = new Map<string, string>();

  private updateCrdStatus(crd: KObject, storage: any): void {
    const spec = crd.spec;
    const now = this.now();
    const info = this.registry.lookupResource('apiextensions.k8s.io', 'customresourcedefinitions')!;
    const status = {
      ...(crd.status ?? {}),
      conditions: [
        {
          type: 'NamesAccepted',
          status: 'True',
          lastTransitionTime: now,
          reason: 'NoConflicts',
          message: 'no conflicts found',
        },
        {
          type: 'Established',
          status: 'True',
          lastTransitionTime: now,
          reason: 'InitialNamesAccepted',
          message: 'the initial names have been accepted',
        },
      ],
      acceptedNames: spec.names,
      storedVersions: [storage?.name].filter(Boolean),
    };
    this.updateObject(info, { ...crd, status }, { subresource: 'status', fieldManager: 'kube-apiserver' });
  }

  private cleanupCrd(info: ResourceInfo, crd: KObject): boolean {
    const group = crd.spec?.group;
    const plural = crd.spec?.names?.plural;
    const crInfo = this.registry.lookupResource(group, plural);
    let remaining = 0;
    if (crInfo) {
      for (const object of this.select(group, plural)) {
        remaining++;
        if (!object.metadata.deletionTimestamp) this.safeDelete(crInfo, object, 'Background');
      }
    }
    if (remaining > 0) return true;
    this.registry.remove(group, plural);
    this.servedCrds.delete(crd.metadata.name);
    this.data.delete(`${group}/${plural}`);
    this.removeFinalizer(info, crd, 'customresourcecleanup.apiextensions.k8s.io');
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.listeners.clear();
    this.rawListeners.clear();
  }

  /** The pods/binding subresource: assigns a pod to a node (the only way spec.nodeName changes after creation). */
  bindPod(namespace: string, name: string, node: string, options: WriteOptions = {}): KObject {
    const info = this.info('', 'pods');
    const pod = this.peek('', 'pods', namespace, name);
    if (!pod) throw notFound('', 'pods', name);
    if (pod.spec?.nodeName)
      throw conflict('', 'pods', name, `pod ${name} is already assigned to node "${pod.spec.nodeName}"`);
    if (pod.metadata.deletionTimestamp)
      throw conflict('', 'pods', name, 'pod is being deleted, cannot be assigned to a host');
    const conditions = (pod.status?.conditions ?? []).filter((c: any) => c.type !== 'PodScheduled');
    conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.now() });
    const next: KObject = {
      ...pod,
      spec: { ...pod.spec, nodeName: node },
      status: { ...(pod.status ?? {}), conditions },
    };
    return this.updateObject(info, next, {
      fieldManager: options.fieldManager ?? 'kube-scheduler',
      subresource: 'binding',
      dryRun: options.dryRun,
    });
  }

  // ------------------------------------------------------------------ ControllerStore (controllers' view: copies)

  /** Binds a pod to a node (what the scheduler does through pods/binding). */
  bind(namespace: string | undefined, name: string, node: string): KObject {
    return cloneJson(this.bindPod(namespace ?? '', name, node));
  }

  get(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined {
    const object = this.peek(group, resource, namespace, name);
    return object ? cloneJson(object) : undefined;
  }

  list(group: string, resource: string, options?: ListOptions): KObject[] {
    return this.select(group, resource, options).map((o) => cloneJson(o));
  }

  create(group: string, resource: string, object: KObject): KObject {
    const info = this.info(group, resource);
    return cloneJson(
      this.createObject(info, cloneJson(object), { fieldManager: this.managerFor(resource), keepStatus: true }),
    );
  }

  update(group: string, resource: string, object: KObject): KObject {
    const info = this.info(group, resource);
    return cloneJson(
      this.updateObject(info, this.copyForWrite(info, object), { fieldManager: this.managerFor(resource) }),
    );
  }

  updateStatus(group: string, resource: string, object: KObject): KObject {
    const info = this.info(group, resource);
    if (!this.statusSubresource(info)) return this.update(group, resource, object);
    return cloneJson(
      this.updateObject(info, this.copyForWrite(info, object), {
        fieldManager: this.managerFor(resource, true),
        subresource: 'status',
      }),
    );
  }

  /**
   * A controller's object, copied for a write: the parts equal to the stored version are that
   * version's own (immutable) parts, so the write pipeline's comparisons of old and new skip them.
   */
  private copyForWrite(info: ResourceInfo, object: KObject): KObject {
    const namespace = info.namespaced ? object.metadata?.namespace : undefined;
    const stored = object.metadata?.name
      ? this.peek(info.group, info.resource, namespace, object.metadata.name)
      : undefined;
    return cloneSharing(object, stored);
  }

  delete(
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    propagation?: Propagation,
  ): KObject | undefined {
    const info = this.info(group, resource);
    try {
      return cloneJson(this.deleteObject(info, namespace, name, { propagationPolicy: propagation }));
    } catch (error) {
      if (error instanceof StatusError && error.code === 404) return undefined;
      throw error;
    }
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    // The copy is made when the listener reads `object` (the controllers skip Events unread).
    const wrapped = (event: StoreEvent) => {
      let copy: KObject | undefined;
      listener({
        type: event.type,
        group: event.group,
        resource: event.resource,
        get object() {
          return (copy ??= cloneJson(event.object));
        },
      });
    };
    this.listeners.add(wrapped);
    return () => this.listeners.delete(wrapped);
  }

  private managerFor(resource: string, status = false): string {
    if (resource === 'pods' && status) return 'kubelet';
    return this.controllerManager;
  }
}

function splitBucketKey(key: string): [string, string] {
  const slash = key.lastIndexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

export type { KObject };
