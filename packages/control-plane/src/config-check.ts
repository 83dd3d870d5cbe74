/**
 * The kubelet's ConfigMap and Secret check, for KWOK's pods: a container whose environment
 * needs a missing ConfigMap, Secret or key cannot be created (CreateContainerConfigError).
 * KWOK's Stages see only the pod, so this watcher, in the starter's process, reads the
 * references with cluster-sim's own check (the kubelet's messages) and writes the verdict onto
 * pods that have such references and are still Pending: `ok`, or `error` with the messages per
 * container. The Stages in src/stages.ts wait for it. A ConfigMap or Secret that appears or
 * changes re-checks the pending pods, as the kubelet's retry would.
 */
import { containerConfigError, type KObject } from '@kra/cluster-sim';
import type { ApiClient, WatchEvent } from './client.js';
import { CONFIG_ANNOTATION, CONFIG_ERRORS_ANNOTATION } from './stages.js';

const key = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

export function hasEnvReferences(pod: KObject): boolean {
  return (pod.spec?.containers ?? []).some(
    (c: any) =>
      (c.envFrom ?? []).some((e: any) => e.configMapRef || e.secretRef) ||
      (c.env ?? []).some((e: any) => e.valueFrom?.configMapKeyRef || e.valueFrom?.secretKeyRef),
  );
}

/** The annotations a pod should carry: `ok`, or `error` with `{container: message}`. */
export function configVerdict(
  pod: KObject,
  lookup: (kind: 'configmaps' | 'secrets', namespace: string, name: string) => KObject | undefined,
): Record<string, string> {
  const reader = {
    get: (_group: string, resource: string, namespace: string | undefined, name: string) =>
      lookup(resource as 'configmaps' | 'secrets', namespace ?? 'default', name),
  };
  const errors: Record<string, string> = {};
  for (const container of pod.spec?.containers ?? []) {
    const error = containerConfigError(reader, pod, container);
    if (error) errors[container.name] = error;
  }
  return Object.keys(errors).length
    ? { [CONFIG_ANNOTATION]: 'error', [CONFIG_ERRORS_ANNOTATION]: JSON.stringify(errors) }
    : { [CONFIG_ANNOTATION]: 'ok' };
}

export class ConfigChecker {
  private readonly objects = { configmaps: new Map<string, KObject>(), secrets: new Map<string, KObject>() };
  private readonly pods = new Map<string, KObject>();
  private readonly stops: (() => void)[] = [];
  /** The checks in flight, one chain per pod: a pod's checks run in order, pods in parallel, as the kubelet's pod workers do. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly client: ApiClient,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  start(): void {
    for (const resource of ['configmaps', 'secrets'] as const)
      this.stops.push(
        this.client.watch(`/api/v1/${resource}`, (event) => {
          const object = event.object as KObject;
          const k = key(object.metadata.namespace, object.metadata.name);
          if (event.type === 'DELETED') this.objects[resource].delete(k);
          else this.objects[resource].set(k, object);
          for (const pod of this.pods.values())
            if (pod.metadata.namespace === object.metadata.namespace) this.check(pod);
        }),
      );
    this.stops.push(this.client.watch('/api/v1/pods', (event) => this.onPod(event)));
  }

  private onPod(event: WatchEvent): void {
    const pod = event.object as KObject;
    const k = key(pod.metadata.namespace, pod.metadata.name);
    const relevant =
      event.type !== 'DELETED' &&
      !pod.metadata.deletionTimestamp &&
      pod.spec?.nodeName &&
      pod.status?.phase === 'Pending' &&
      hasEnvReferences(pod);
    if (!relevant) {
      this.pods.delete(k);
      return;
    }
    this.pods.set(k, pod);
    this.check(pod);
  }

  private check(pod: KObject): void {
    const k = key(pod.metadata.namespace, pod.metadata.name);
    const next = (this.pending.get(k) ?? Promise.resolve())
      .then(() => this.checkNow(pod))
      .catch((error: Error) => this.log(error.message))
      .finally(() => {
        if (this.pending.get(k) === next) this.pending.delete(k);
      });
    this.pending.set(k, next);
  }

  /** The ConfigMaps and Secrets a pod's environment names, as [resource, name]. */
  private references(pod: KObject): ['configmaps' | 'secrets', string][] {
    const refs: ['configmaps' | 'secrets', string][] = [];
    for (const c of pod.spec?.containers ?? []) {
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef?.name) refs.push(['configmaps', e.configMapRef.name]);
        if (e.secretRef?.name) refs.push(['secrets', e.secretRef.name]);
      }
      for (const e of c.env ?? []) {
        if (e.valueFrom?.configMapKeyRef?.name) refs.push(['configmaps', e.valueFrom.configMapKeyRef.name]);
        if (e.valueFrom?.secretKeyRef?.name) refs.push(['secrets', e.valueFrom.secretKeyRef.name]);
      }
    }
    return refs;
  }

  private async checkNow(pod: KObject): Promise<void> {
    const namespace = pod.metadata.namespace ?? 'default';
    const lookup = (resource: 'configmaps' | 'secrets', ns: string, name: string) =>
      this.objects[resource].get(key(ns, name));
    let verdict = configVerdict(pod, lookup);
    if (verdict[CONFIG_ANNOTATION] === 'error') {
      // The watches of pods and of ConfigMaps/Secrets are not ordered with each other: read the
      // references afresh before calling the pod broken.
      for (const [resource, name] of this.references(pod)) {
        const response = await this.client.request('GET', `/api/v1/namespaces/${namespace}/${resource}/${name}`);
        if (response.status === 200) this.objects[resource].set(key(namespace, name), response.body);
        else if (response.status === 404) this.objects[resource].delete(key(namespace, name));
      }
      verdict = configVerdict(pod, lookup);
    }
    const annotations = pod.metadata.annotations ?? {};
    if (
      annotations[CONFIG_ANNOTATION] === verdict[CONFIG_ANNOTATION] &&
      annotations[CONFIG_ERRORS_ANNOTATION] === verdict[CONFIG_ERRORS_ANNOTATION]
    )
      return;
    const patch = { metadata: { annotations: { [CONFIG_ERRORS_ANNOTATION]: null, ...verdict } } };
    const path = `/api/v1/namespaces/${namespace}/pods/${pod.metadata.name}`;
    const response = await this.client.request('PATCH', path, patch, 'application/merge-patch+json');
    if (response.status !== 200 && response.status !== 404)
      this.log(
        `control-plane: config check of pod ${namespace}/${pod.metadata.name}: ${response.status} ${response.text}`,
      );
  }

  stop(): void {
    for (const stop of this.stops) stop();
  }
}
