/**
 * What the lifecycle controllers share: they act through the write pipeline like any client
 * (kube-controller-manager's garbage collector and namespace controller, apiextensions-apiserver's
 * CRD controllers), and each pass reports whether it changed something.
 */
import type { KObject } from '../store-api.js';
import { StatusError } from '../api/errors.js';
import type { ResourceInfo, ResourceRegistry } from '../api/resources.js';
import type { Storage } from './storage.js';
import type { Propagation, WritePipeline } from './write-pipeline.js';

export interface LifecycleContext {
  storage: Storage;
  pipeline: WritePipeline;
  registry: ResourceRegistry;
}

/** The manager the real controllers write as. */
export const CONTROLLER_MANAGER = 'kube-controller-manager';

/** Deletes an object; one that is gone already is no error. */
export function deleteQuietly(
  ctx: LifecycleContext,
  info: ResourceInfo,
  object: KObject,
  propagation: Propagation,
): void {
  try {
    ctx.pipeline.deleteObject(info, object.metadata.namespace, object.metadata.name, {
      propagationPolicy: propagation,
    });
  } catch (error) {
    if (!(error instanceof StatusError && error.code === 404)) throw error;
  }
}

export function removeFinalizer(ctx: LifecycleContext, info: ResourceInfo, object: KObject, finalizer: string): void {
  const current = ctx.storage.peek(info.group, info.resource, object.metadata.namespace, object.metadata.name);
  if (!current) return;
  ctx.pipeline.updateObject(
    info,
    {
      ...current,
      metadata: { ...current.metadata, finalizers: (current.metadata.finalizers ?? []).filter((f) => f !== finalizer) },
    },
    { fieldManager: CONTROLLER_MANAGER },
  );
}
