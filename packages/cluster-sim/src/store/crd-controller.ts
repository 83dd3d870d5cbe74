/**
 * apiextensions-apiserver's controllers for CustomResourceDefinitions: a CRD's names are
 * accepted and it is Established at once, its versions served (a new watch history each);
 * on deletion (the cleanup finalizer and a Terminating condition, added by the CRD's own REST
 * storage) its custom resources are deleted, then it goes and is no longer served.
 */
import type { KObject } from '../store-api.js';
import { deepEqual } from '../api/patch.js';
import type { ResourceInfo } from '../api/resources.js';
import { deleteQuietly, removeFinalizer, type LifecycleContext } from './lifecycle.js';

const CLEANUP_FINALIZER = 'customresourcecleanup.apiextensions.k8s.io';

/** A CRD being deleted, as its REST storage marks it: the cleanup finalizer and a Terminating condition. */
export function markCrdDeleting(crd: KObject, now: string): KObject {
  const conditions = (crd.status?.conditions ?? []).filter((c: any) => c.type !== 'Terminating');
  conditions.push({
    type: 'Terminating',
    status: 'True',
    lastTransitionTime: now,
    reason: 'InstanceDeletionPending',
    message: 'CustomResourceDefinition marked for deletion; CustomResource deletion will begin soon',
  });
  return {
    ...crd,
    metadata: {
      ...crd.metadata,
      deletionTimestamp: now,
      finalizers: [...new Set([...(crd.metadata.finalizers ?? []), CLEANUP_FINALIZER])],
    },
    status: { ...crd.status, conditions },
  };
}

export class CrdController {
  /** CRD name -> what was registered (scope, names, versions), to re-register only on change. */
  private readonly served = new Map<string, string>();

  constructor(
    private readonly ctx: LifecycleContext,
    private readonly now: () => string,
  ) {}

  /** Serves and establishes every CRD not being deleted; true when it changed something. */
  establishAll(): boolean {
    let changed = false;
    for (const crd of this.ctx.storage.select('apiextensions.k8s.io', 'customresourcedefinitions')) {
      if (crd.metadata.deletionTimestamp) continue;
      changed = this.establish(crd) || changed;
    }
    return changed;
  }

  private establish(crd: KObject): boolean {
    const spec = crd.spec ?? {};
    const conditions: any[] = crd.status?.conditions ?? [];
    const established = conditions.some((c) => c.type === 'Established' && c.status === 'True');
    const served = (spec.versions ?? []).filter((v: any) => v.served !== false);
    const storage = (spec.versions ?? []).find((v: any) => v.storage);
    // (Re)register the served versions: storage version first so it is the one the store keys on.
    const ordered = [storage, ...served.filter((v: any) => v !== storage)].filter(Boolean);
    const signature = JSON.stringify([spec.scope, spec.names, ordered]);
    if (this.served.get(crd.metadata.name) !== signature) {
      this.served.set(crd.metadata.name, signature);
      this.register(spec, ordered);
    }
    if (established && deepEqual(crd.status?.acceptedNames, spec.names)) return false;
    this.writeEstablished(crd);
    return true;
  }

  private register(spec: any, ordered: any[]): void {
    const group = spec.group;
    this.ctx.registry.remove(group, spec.names.plural);
    this.ctx.storage.startHistory(group, spec.names.plural);
    for (const version of ordered) {
      if (version.served === false) continue;
      const subresources: string[] = [];
      if (version.subresources?.status) subresources.push('status');
      if (version.subresources?.scale) subresources.push('scale');
      this.ctx.registry.add({
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

  private writeEstablished(crd: KObject): void {
    const now = this.now();
    const info = this.ctx.registry.lookupResource('apiextensions.k8s.io', 'customresourcedefinitions')!;
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
      acceptedNames: crd.spec.names,
    };
    this.ctx.pipeline.updateObject(info, { ...crd, status }, { subresource: 'status', fieldManager: 'kube-apiserver' });
  }

  /** A CRD being deleted: its custom resources go first, then the finalizer. */
  cleanup(info: ResourceInfo, crd: KObject): boolean {
    if (!(crd.metadata.finalizers ?? []).includes(CLEANUP_FINALIZER)) return false;
    const group = crd.spec?.group;
    const plural = crd.spec?.names?.plural;
    const crInfo = this.ctx.registry.lookupResource(group, plural);
    let remaining = 0;
    if (crInfo) {
      for (const object of this.ctx.storage.select(group, plural)) {
        remaining++;
        if (!object.metadata.deletionTimestamp) deleteQuietly(this.ctx, crInfo, object, 'Background');
      }
    }
    if (remaining > 0) return true;
    this.ctx.registry.remove(group, plural);
    this.served.delete(crd.metadata.name);
    this.ctx.storage.drop(group, plural);
    removeFinalizer(this.ctx, info, crd, CLEANUP_FINALIZER);
    return true;
  }
}
