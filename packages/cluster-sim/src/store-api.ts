/**
 * The contract between the simulator's API server (HTTP, storage, patching) and its
 * controllers (Deployment, ReplicaSet, pods, ...). Controllers act only through this
 * interface, exactly as real controllers act only through the API: they never reach
 * into the storage maps. Writes made here behave like API writes: resourceVersion bumps,
 * generation on spec changes, watch events, admission (defaults, validation).
 */

export type KObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    creationTimestamp?: string;
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: Array<{
      apiVersion: string;
      kind: string;
      name: string;
      uid: string;
      controller?: boolean;
      blockOwnerDeletion?: boolean;
    }>;
    finalizers?: string[];
    generateName?: string;
    [key: string]: unknown;
  };
  [key: string]: any;
};

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: WatchEventType;
  object: KObject;
  /** The resource (plural) and group the object belongs to. */
  group: string;
  resource: string;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

/** What controllers need from the store. Every method is synchronous: the simulator is single-process. */
export interface ControllerStore {
  get(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined;
  list(group: string, resource: string, options?: ListOptions): KObject[];
  /** Creates an object (generateName honoured); returns the stored copy. Throws a StatusError (409 AlreadyExists, 404 namespace, 422 invalid). */
  create(group: string, resource: string, object: KObject): KObject;
  /** Replaces the whole object; optimistic concurrency when metadata.resourceVersion is set. */
  update(group: string, resource: string, object: KObject): KObject;
  /** Replaces only `.status` (the status subresource). */
  updateStatus(group: string, resource: string, object: KObject): KObject;
  /** Deletes (propagation 'Background' by default); returns the deleted object or undefined when absent. */
  delete(
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    propagation?: 'Background' | 'Foreground' | 'Orphan',
  ): KObject | undefined;
  /** Subscribes to every change; returns an unsubscribe function. Called synchronously after each committed write. */
  subscribe(listener: (event: StoreEvent) => void): () => void;
}

/** Time, which tests can speed up or step by hand. */
export interface Clock {
  now(): number;
  /** Like setTimeout, on the simulator's clock. */
  setTimeout(callback: () => void, ms: number): { cancel(): void };
}
