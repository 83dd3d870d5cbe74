/**
 * The write pipeline every write goes through, API requests and controllers alike: what the
 * real API server's generic registry store does with its strategies, admission plugins and
 * field manager. Decoding defaults, managedFields, admission (allocations, the plugins' changes),
 * validation, optimistic concurrency, generation, finalizers and deletion, then the commit to
 * storage and the lifecycle controllers' notice.
 */
import { randomUUID } from 'node:crypto';
import type { Clock, KObject, ListOptions } from '../store-api.js';
import {
  StatusError,
  alreadyExists,
  badRequest,
  conflict,
  forbidden,
  invalid,
  notFound,
  staleConflict,
  fieldRequired,
  fieldInvalid,
} from '../api/errors.js';
import { groupVersion, splitApiVersion, type ResourceInfo, type ResourceRegistry } from '../api/resources.js';
import { admitObject, applyDefaults, omitEmpty, GENERATION_RESOURCES } from '../api/defaults.js';
import { validateName, validateObject } from '../api/validation.js';
import { checkShape } from '../api/shape.js';
import { recordUpdate, serverSideApply } from '../api/managed-fields.js';
import { deepEqual } from '../api/patch.js';
import type { SchemaHooks } from '../api/fieldset.js';
import { crdListType, validateCustomResource } from '../api/crd.js';
import { applySchemaDefaults } from '../api/crd-defaults.js';
import { ZERO_VALUE_STRUCTS } from '../api/schema.js';
import { rfc3339 } from '../controllers/util.js';
import type { ServiceAllocators } from './allocators.js';
import { markCrdDeleting } from './crd-controller.js';
import type { Storage } from './storage.js';

export type Propagation = 'Background' | 'Foreground' | 'Orphan';

export interface WriteOptions {
  dryRun?: boolean;
  /** The field manager recorded in managedFields (operation Update). */
  fieldManager?: string;
  /** '' (main resource), 'status' or 'scale'. */
  subresource?: string;
  /** The apiVersion the client used (recorded in managedFields). */
  apiVersion?: string;
  /** Admission on the final object that depends on who writes (RBAC's escalation check); throws to refuse. */
  check?: (info: ResourceInfo, object: KObject) => void;
}

export interface DeleteOptions {
  dryRun?: boolean;
  propagationPolicy?: Propagation;
  preconditions?: { uid?: string; resourceVersion?: string };
  gracePeriodSeconds?: number;
}

/** What the pipeline tells the lifecycle controllers (garbage collector, namespaces, CRDs, volumes) after each commit. */
export interface Lifecycle {
  written(info: ResourceInfo, old: KObject | undefined, next: KObject): void;
  removed(info: ResourceInfo, object: KObject): void;
}

const BUILTIN_HOOKS: SchemaHooks = { zeroValueStructs: ZERO_VALUE_STRUCTS };
/** A ControllerRevision's data is a raw object, owned whole. */
const CONTROLLER_REVISION_HOOKS: SchemaHooks = { ...BUILTIN_HOOKS, atomic: new Set(['data']) };
/** A CRD's status conditions are written by the API server into a list that exists (null): no `.` member. */
const CRD_HOOKS: SchemaHooks = { zeroValueStructs: new Set([...ZERO_VALUE_STRUCTS, 'status.conditions']) };
/** A ReplicationController's template is a pointer: an Update that fills it creates it, `.` members and all. */
const REPLICATION_CONTROLLER_HOOKS: SchemaHooks = {
  zeroValueStructs: new Set([...ZERO_VALUE_STRUCTS].filter((path) => !path.startsWith('spec.template'))),
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

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** JSON with every object's keys sorted, as Go encodes a map. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * kubectl's server-side apply keeps a client-side apply annotation in step with what it applied
 * (the API server's lastAppliedUpdater): only for the manager `kubectl`, only when the object has one.
 */
function syncLastApplied(merged: KObject, applied: KObject, manager: string): void {
  if (manager !== 'kubectl' || merged.metadata?.annotations?.[LAST_APPLIED] === undefined) return;
  const annotations = { ...(applied.metadata?.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const config: KObject = { ...applied, metadata: { ...applied.metadata, annotations } };
  if (Object.keys(annotations).length === 0) delete config.metadata.annotations;
  merged.metadata = {
    ...merged.metadata,
    annotations: { ...merged.metadata.annotations, [LAST_APPLIED]: sortedJson(config) + '\n' },
  };
}

const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';

function randomSuffix(length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)];
  return out;
}

/** Fields only the server sets: dropped from an incoming object (kept from the old object where they exist). */
const SERVER_METADATA = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'generation',
  'selfLink',
];

export interface WritePipelineOptions {
  storage: Storage;
  registry: ResourceRegistry;
  clock: Clock;
  allocators: ServiceAllocators;
  lifecycle: Lifecycle;
  /** Manager recorded for writes that name none (the controllers'). */
  controllerManager: string;
}

export class WritePipeline {
  private readonly storage: Storage;
  private readonly registry: ResourceRegistry;
  private readonly clock: Clock;
  private readonly allocators: ServiceAllocators;
  private readonly lifecycle: Lifecycle;
  private readonly controllerManager: string;

  constructor(options: WritePipelineOptions) {
    this.storage = options.storage;
    this.registry = options.registry;
    this.clock = options.clock;
    this.allocators = options.allocators;
    this.lifecycle = options.lifecycle;
    this.controllerManager = options.controllerManager;
  }

  /** The resource, or 404 as the server answers for one it does not serve. */
  info(group: string, resource: string): ResourceInfo {
    const info = this.registry.lookupResource(group, resource);
    if (!info)
      throw new StatusError(
        404,
        'NotFound',
        `the server could not find the requested resource (${resource}${group ? '.' + group : ''})`,
      );
    return info;
  }

  statusSubresource(info: ResourceInfo): boolean {
    return info.subresources.includes('status');
  }

  private hooksFor(info: ResourceInfo): SchemaHooks {
    if (!info.custom) {
      if (info.resource === 'controllerrevisions') return CONTROLLER_REVISION_HOOKS;
      if (info.resource === 'replicationcontrollers' && info.group === '') return REPLICATION_CONTROLLER_HOOKS;
      if (info.resource === 'customresourcedefinitions') return CRD_HOOKS;
      return BUILTIN_HOOKS;
    }
    const crd = this.findCrd(info.group, info.resource);
    return crd ? { listType: crdListType(crd, info.version) } : {};
  }

  private findCrd(group: string, resource: string): KObject | undefined {
    return this.storage.peek('apiextensions.k8s.io', 'customresourcedefinitions', undefined, `${resource}.${group}`);
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
    const ns = this.storage.peek('', 'namespaces', undefined, namespace);
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
        if (!this.storage.peek(info.group, info.resource, namespace, candidate)) {
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
    if (this.storage.peek(info.group, info.resource, namespace, name))
      throw alreadyExists(info.group, info.resource, name);

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
    object = this.decode(info, object, { creating: true, uid });
    if (!options.managedFieldsReady && options.fieldManager) {
      const managed = recordUpdate(
        undefined,
        { ...object, metadata: { ...object.metadata, managedFields: undefined } },
        this.ownership(info, options),
      );
      object.metadata = { ...object.metadata, managedFields: managed };
      if (!managed) delete object.metadata.managedFields;
    }
    object = this.admit(info, object, undefined, { creating: true, uid }, options.check);
    if (options.dryRun) return object;
    object.metadata.resourceVersion = this.storage.nextResourceVersion();
    this.storage.put('ADDED', info.group, info.resource, object);
    this.lifecycle.written(info, undefined, object);
    return object;
  }

  private ownership(info: ResourceInfo, options: WriteOptions) {
    return {
      manager: options.fieldManager ?? this.controllerManager,
      apiVersion: options.apiVersion ?? groupVersion(info.group, info.version),
      subresource: options.subresource ?? '',
      statusSubresource: this.statusSubresource(info),
      // the scale subresource's field manager records its entries without a time
      time: options.subresource === 'scale' ? '' : this.now(),
      hooks: this.hooksFor(info),
    };
  }

  private defaultingContext(ctx: { creating: boolean; uid: string }) {
    return {
      creating: ctx.creating,
      uid: ctx.uid,
      allocateClusterIP: () => this.allocators.clusterIP(),
      allocateNodePort: () => this.allocators.nodePort(),
      now: this.now(),
    };
  }

  /** Decoding: the shape check and the defaults a real server applies when it decodes a request (the writer owns them). */
  private decode(info: ResourceInfo, object: KObject, ctx: { creating: boolean; uid: string }): KObject {
    checkShape(info.kind, info.version, object);
    const defaulted = applyDefaults(info.group, info.resource, object, this.defaultingContext(ctx));
    if (!info.custom) return omitEmpty(info.resource, defaulted);
    // a custom resource gets its CRD schema's defaults (structural defaulting)
    const schema = this.findCrd(info.group, info.resource)?.spec?.versions?.find((v: any) => v.name === info.version)
      ?.schema?.openAPIV3Schema;
    if (!schema) return defaulted;
    const withDefaults = structuredClone(defaulted);
    applySchemaDefaults(withDefaults, schema);
    return withDefaults;
  }

  /** Admission after the field manager (allocations, admission plugins), then validation. Throws 422. */
  private admit(
    info: ResourceInfo,
    object: KObject,
    old: KObject | undefined,
    ctx: { creating: boolean; uid: string },
    check?: WriteOptions['check'],
  ): KObject {
    const admitted = admitObject(info.group, info.resource, object, this.defaultingContext(ctx));
    if (info.custom) {
      const causes = validateCustomResource(this.findCrd(info.group, info.resource), info.version, admitted);
      if (causes.length) throw invalid(info.kind, info.group, object.metadata.name, causes);
    }
    const causes = validateObject(info.group, info.resource, admitted, old);
    if (causes.length) throw invalid(info.kind, info.group, object.metadata.name, causes);
    check?.(info, admitted);
    return admitted;
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
    const old = this.storage.peek(info.group, info.resource, namespace, name);
    if (!old) {
      if (options.allowCreate && !options.subresource)
        return this.createObject(info, input, { ...options, keepStatus: false });
      throw notFound(info.group, info.resource, name);
    }
    if (input.metadata.resourceVersion && input.metadata.resourceVersion !== old.metadata.resourceVersion) {
      throw staleConflict(info.group, info.resource, name);
    }
    if (input.metadata.uid && input.metadata.uid !== old.metadata.uid)
      throw invalid(info.kind, info.group, name, [
        fieldInvalid('metadata.uid', input.metadata.uid, 'field is immutable'),
      ]);
    const subresource = options.subresource ?? '';
    let next: KObject;
    if (subresource === 'binding') {
      next = { ...old, spec: input.spec, status: input.status, metadata: { ...old.metadata } };
    } else if (subresource === 'status') {
      next = { ...old, status: input.status, metadata: { ...old.metadata } };
      if (input.metadata.managedFields !== undefined) next.metadata.managedFields = input.metadata.managedFields;
      // Built-in status strategies reset only the spec (and, for the apps kinds, the labels): a
      // controller writes annotations through the status subresource (the Deployment revision).
      if (!info.custom) {
        for (const field of ['annotations', ...(info.group === 'apps' ? [] : ['labels'])] as const) {
          if (input.metadata[field] !== undefined) next.metadata[field] = input.metadata[field];
          else delete next.metadata[field];
        }
      }
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
    const ctx = { creating: false, uid: old.metadata.uid! };
    next = this.decode(info, next, ctx);
    if (!options.managedFieldsReady) {
      const managed = recordUpdate(old, next, this.ownership(info, options));
      next.metadata = { ...next.metadata, managedFields: managed };
      if (!managed) delete next.metadata.managedFields;
    }
    next = this.admit(info, next, subresource === 'binding' ? undefined : old, ctx, options.check);
    if (this.tracksGeneration(info) && subresource !== 'status' && this.specChanged(info, old, next)) {
      next.metadata = { ...next.metadata, generation: (old.metadata.generation ?? 0) + 1 };
    }
    if (this.unchanged(old, next)) return old;
    if (options.dryRun) return next;
    next.metadata.resourceVersion = this.storage.nextResourceVersion();
    if (next.metadata.deletionTimestamp && (next.metadata.finalizers ?? []).length === 0) {
      this.remove(info, next);
      return next;
    }
    this.storage.put('MODIFIED', info.group, info.resource, next, old);
    this.lifecycle.written(info, old, next);
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
    // A Deployment's annotations count too: they are copied to its ReplicaSets
    // (pkg/registry/apps/deployment/strategy.go, PrepareForUpdate).
    if (info.group === 'apps' && info.resource === 'deployments')
      return !deepEqual(old.metadata.annotations ?? {}, next.metadata.annotations ?? {});
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
    const live = this.storage.peek(info.group, info.resource, namespace, name);
    if (
      live &&
      applied.metadata.resourceVersion &&
      applied.metadata.resourceVersion !== live.metadata.resourceVersion
    ) {
      throw staleConflict(info.group, info.resource, name);
    }
    const ctx = { ...this.ownership(info, options), force: Boolean(options.force) };
    const merged = serverSideApply(live, applied, ctx) as KObject;
    syncLastApplied(merged, applied, options.fieldManager);
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
    const old = this.storage.peek(info.group, info.resource, namespace, name);
    if (!old) throw notFound(info.group, info.resource, name);
    const pre = options.preconditions;
    // the storage layer's precondition errors name the kind, not the resource
    const preconditionFailed = (message: string) =>
      new StatusError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${info.kind}${info.group ? '.' + info.group : ''} "${name}": ${message}`,
        {
          name,
          group: info.group || undefined,
          kind: info.kind,
        },
      );
    if (pre?.uid && pre.uid !== old.metadata.uid)
      throw preconditionFailed(
        `the UID in the precondition (${pre.uid}) does not match the UID in record (${old.metadata.uid}). The object might have been deleted and then recreated`,
      );
    if (pre?.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion)
      throw preconditionFailed(
        `the ResourceVersion in the precondition (${pre.resourceVersion}) does not match the ResourceVersion in record (${old.metadata.resourceVersion}). The object might have been modified`,
      );
    // batch/v1 Jobs still orphan their pods unless told otherwise (as kubectl and client-go do)
    const propagation =
      options.propagationPolicy ?? (info.group === 'batch' && info.resource === 'jobs' ? 'Orphan' : 'Background');
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
    if (info.resource === 'customresourcedefinitions' && info.group === 'apiextensions.k8s.io') {
      if (old.metadata.deletionTimestamp) return old;
      const next = markCrdDeleting(old, this.now());
      return options.dryRun ? next : this.commitModified(info, old, next);
    }
    // The API server adds the garbage collector's finalizer without looking for dependents; the
    // collector removes it once it has dealt with them.
    if (propagation === 'Foreground' && !finalizers.includes('foregroundDeletion'))
      finalizers.push('foregroundDeletion');
    if (propagation === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
    if (finalizers.length === 0) {
      if (options.dryRun) return old;
      const next = { ...old, metadata: { ...old.metadata, resourceVersion: this.storage.nextResourceVersion() } };
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

  deleteCollection(info: ResourceInfo, namespace: string | undefined, options: ListOptions & DeleteOptions): KObject[] {
    const victims = this.storage.select(info.group, info.resource, {
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

  /** The pods/binding subresource: assigns a pod to a node (the only way spec.nodeName changes after creation). */
  bindPod(namespace: string, name: string, node: string, options: WriteOptions = {}): KObject {
    const info = this.info('', 'pods');
    const pod = this.storage.peek('', 'pods', namespace, name);
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

  /** Stores a changed object as it is (no admission): deletion's finalizers and timestamps, namespace phases. */
  commitModified(info: ResourceInfo, old: KObject, next: KObject): KObject {
    next.metadata = { ...next.metadata, resourceVersion: this.storage.nextResourceVersion() };
    this.storage.put('MODIFIED', info.group, info.resource, next, old);
    this.lifecycle.written(info, old, next);
    return next;
  }

  /** Takes an object out of storage (its resourceVersion already bumped). */
  remove(info: ResourceInfo, object: KObject): void {
    if (info.resource === 'services' && info.group === '') this.allocators.release(object);
    this.storage.take(info.group, info.resource, object);
    this.lifecycle.removed(info, object);
  }
}
