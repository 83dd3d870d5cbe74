/**
 * The kubelet's checks on ConfigMap and Secret references: a container whose environment
 * needs a missing object or key gets CreateContainerConfigError; a pod whose volumes need a
 * missing object stays in ContainerCreating with FailedMount events. Messages are the
 * kubelet's own.
 */
import type { ObjectReader } from '../controllers/cache.js';
import type { KObject } from '../store-api.js';

type Kind = 'ConfigMap' | 'Secret';

function lookup(store: ObjectReader, kind: Kind, namespace: string, name: string): KObject | undefined {
  return store.get('', kind === 'ConfigMap' ? 'configmaps' : 'secrets', namespace, name);
}

function hasKey(object: KObject, key: string): boolean {
  return (
    Object.prototype.hasOwnProperty.call(object.data ?? {}, key) ||
    Object.prototype.hasOwnProperty.call(object.binaryData ?? object.stringData ?? {}, key)
  );
}

const notFound = (kind: Kind, name: string): string =>
  `${kind === 'ConfigMap' ? 'configmap' : 'secret'} "${name}" not found`;

/** The CreateContainerConfigError message for a container, or undefined when its environment resolves. */
export function containerConfigError(
  store: ObjectReader,
  pod: KObject,
  container: Record<string, any>,
): string | undefined {
  const namespace = pod.metadata.namespace ?? 'default';
  for (const source of container.envFrom ?? []) {
    const ref = source.configMapRef
      ? { kind: 'ConfigMap' as const, ...source.configMapRef }
      : source.secretRef
        ? { kind: 'Secret' as const, ...source.secretRef }
        : undefined;
    if (!ref) continue;
    if (!lookup(store, ref.kind, namespace, ref.name) && !ref.optional) return notFound(ref.kind, ref.name);
  }
  for (const env of container.env ?? []) {
    const from = env.valueFrom;
    const ref = from?.configMapKeyRef
      ? { kind: 'ConfigMap' as const, ...from.configMapKeyRef }
      : from?.secretKeyRef
        ? { kind: 'Secret' as const, ...from.secretKeyRef }
        : undefined;
    if (!ref) continue;
    const object = lookup(store, ref.kind, namespace, ref.name);
    if (!object) {
      if (ref.optional) continue;
      return notFound(ref.kind, ref.name);
    }
    if (!hasKey(object, ref.key)) {
      if (ref.optional) continue;
      return `couldn't find key ${ref.key} in ${ref.kind} ${namespace}/${ref.name}`;
    }
  }
  return undefined;
}

/** FailedMount messages for the pod's ConfigMap / Secret volumes (empty when every volume can be set up). */
export function volumeMountErrors(store: ObjectReader, pod: KObject): string[] {
  const namespace = pod.metadata.namespace ?? 'default';
  const errors: string[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    const sources: Array<{ kind: Kind; name: string; optional?: boolean; items?: Array<{ key: string }> }> = [];
    if (volume.configMap) sources.push({ kind: 'ConfigMap', ...volume.configMap });
    if (volume.secret)
      sources.push({
        kind: 'Secret',
        name: volume.secret.secretName,
        optional: volume.secret.optional,
        items: volume.secret.items,
      });
    for (const p of volume.projected?.sources ?? []) {
      if (p.configMap) sources.push({ kind: 'ConfigMap', ...p.configMap });
      if (p.secret) sources.push({ kind: 'Secret', ...p.secret });
    }
    for (const source of sources) {
      if (!source.name) continue;
      const object = lookup(store, source.kind, namespace, source.name);
      if (!object) {
        if (!source.optional)
          errors.push(`MountVolume.SetUp failed for volume "${volume.name}" : ${notFound(source.kind, source.name)}`);
        continue;
      }
      for (const item of source.items ?? []) {
        if (!hasKey(object, item.key) && !source.optional) {
          errors.push(
            `MountVolume.SetUp failed for volume "${volume.name}" : ${source.kind === 'ConfigMap' ? 'configmap' : 'secret'} references non-existent config key: ${item.key}`,
          );
        }
      }
    }
  }
  return errors;
}

/** The ConfigMaps and Secrets a pod refers to, as "ConfigMap/name" keys, to re-check pods when they change. */
export function referencedConfig(pod: KObject): Set<string> {
  const refs = new Set<string>();
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  for (const c of containers) {
    for (const s of c.envFrom ?? []) {
      if (s.configMapRef?.name) refs.add(`ConfigMap/${s.configMapRef.name}`);
      if (s.secretRef?.name) refs.add(`Secret/${s.secretRef.name}`);
    }
    for (const e of c.env ?? []) {
      if (e.valueFrom?.configMapKeyRef?.name) refs.add(`ConfigMap/${e.valueFrom.configMapKeyRef.name}`);
      if (e.valueFrom?.secretKeyRef?.name) refs.add(`Secret/${e.valueFrom.secretKeyRef.name}`);
    }
  }
  for (const v of pod.spec?.volumes ?? []) {
    if (v.configMap?.name) refs.add(`ConfigMap/${v.configMap.name}`);
    if (v.secret?.secretName) refs.add(`Secret/${v.secret.secretName}`);
    for (const p of v.projected?.sources ?? []) {
      if (p.configMap?.name) refs.add(`ConfigMap/${p.configMap.name}`);
      if (p.secret?.name) refs.add(`Secret/${p.secret.name}`);
    }
  }
  return refs;
}
