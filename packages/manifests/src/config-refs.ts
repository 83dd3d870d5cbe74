/**
 * The ConfigMaps and Secrets a workload's pods reference: everything Kubernetes' own
 * VisitPodSecretNames and VisitPodConfigmapNames (pkg/api/pod/util.go) visit —
 *  - imagePullSecrets;
 *  - in init, regular and ephemeral containers: env[].valueFrom.configMapKeyRef/secretKeyRef
 *    and envFrom[].configMapRef/secretRef;
 *  - volumes: configMap, secret, projected sources (configMap, secret), and the volume
 *    plugins' secret references: azureFile.secretName, cephfs/cinder/flexVolume/rbd/scaleIO/
 *    iscsi/storageOS .secretRef, csi.nodePublishSecretRef.
 * Like Kubernetes, transitive references (pod → PVC → PV → secret) are not followed, and
 * empty names are skipped.
 */
import type { KubeObject, LoadedObject } from './types.js';
import { findPodTemplate, forEachContainer } from './pod.js';
import { unwrapObject } from './scope.js';

export interface ConfigReference {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /** The keys used, when the reference names them (key refs, volume items); absent when the whole object is used. */
  keys?: string[];
  /** Whether the reference is marked optional (the pod starts without it). */
  optional?: boolean;
  /** Where: `spec.template.spec.containers[web].env[DB_URL].valueFrom.secretKeyRef`. */
  via: string;
}

function isMapping(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function label(item: unknown, index: number): string {
  return isMapping(item) && typeof item.name === 'string' && item.name !== '' ? item.name : String(index);
}

function itemKeys(items: unknown): string[] | undefined {
  const keys = list(items)
    .map((item) => (isMapping(item) && typeof item.key === 'string' ? item.key : undefined))
    .filter((key): key is string => key !== undefined);
  return keys.length > 0 ? keys : undefined;
}

/** The volume plugins that name a Secret, and the field that holds its name. */
const PLUGIN_SECRETS: Array<{ plugin: string; field: string; nameField: 'name' | 'secretName' }> = [
  { plugin: 'azureFile', field: '', nameField: 'secretName' },
  { plugin: 'cephfs', field: 'secretRef', nameField: 'name' },
  { plugin: 'cinder', field: 'secretRef', nameField: 'name' },
  { plugin: 'flexVolume', field: 'secretRef', nameField: 'name' },
  { plugin: 'rbd', field: 'secretRef', nameField: 'name' },
  { plugin: 'scaleIO', field: 'secretRef', nameField: 'name' },
  { plugin: 'iscsi', field: 'secretRef', nameField: 'name' },
  { plugin: 'storageos', field: 'secretRef', nameField: 'name' },
  { plugin: 'csi', field: 'nodePublishSecretRef', nameField: 'name' },
];

/** Every ConfigMap and Secret reference in an object's pod template, in the order found. */
export function configReferences(item: KubeObject | LoadedObject): ConfigReference[] {
  const refs: ConfigReference[] = [];
  visitConfigReferences(unwrapObject(item).object, (ref) => refs.push(ref));
  return refs;
}

/**
 * Points every reference to a config at another name, in place (k8s-deploy's immutable
 * configs): `renames` maps `ConfigMap/<name>` and `Secret/<name>` to the new names. Returns
 * how many references were changed.
 */
export function renameConfigReferences(object: KubeObject, renames: ReadonlyMap<string, string>): number {
  let changed = 0;
  visitConfigReferences(object, (ref, rename) => {
    const to = renames.get(`${ref.kind}/${ref.name}`);
    if (to === undefined) return;
    rename(to);
    changed += 1;
  });
  return changed;
}

/**
 * The one walk over a pod template's config references (see the file comment): calls `visit`
 * with each reference and a function that renames it in the object.
 */
export function visitConfigReferences(
  object: KubeObject,
  visit: (ref: ConfigReference, rename: (name: string) => void) => void,
): void {
  const found = findPodTemplate(object);
  if (!found) return;
  const spec = found.spec as Record<string, any>;
  const base = found.path ? `${found.path}.spec` : 'spec';
  const add = (
    kind: ConfigReference['kind'],
    holder: Record<string, any>,
    field: string,
    via: string,
    extra: { keys?: string[]; optional?: unknown } = {},
  ) => {
    const name: unknown = holder[field];
    if (typeof name !== 'string' || name === '') return;
    const ref: ConfigReference = { kind, name, via };
    if (extra.keys && extra.keys.length > 0) ref.keys = extra.keys;
    if (typeof extra.optional === 'boolean') ref.optional = extra.optional;
    visit(ref, (to) => (holder[field] = to));
  };

  list(spec.imagePullSecrets).forEach((secret, index) => {
    if (isMapping(secret)) add('Secret', secret, 'name', `${base}.imagePullSecrets[${label(secret, index)}]`);
  });

  forEachContainer(spec, (container, listName, _index, containerLabel) => {
    const at = `${base}.${listName}[${containerLabel}]`;
    list(container.envFrom).forEach((source, index) => {
      if (!isMapping(source)) return;
      const where = `${at}.envFrom[${index}]`;
      if (isMapping(source.configMapRef))
        add('ConfigMap', source.configMapRef, 'name', `${where}.configMapRef`, {
          optional: source.configMapRef.optional,
        });
      if (isMapping(source.secretRef))
        add('Secret', source.secretRef, 'name', `${where}.secretRef`, { optional: source.secretRef.optional });
    });
    list(container.env).forEach((variable, index) => {
      if (!isMapping(variable) || !isMapping(variable.valueFrom)) return;
      const where = `${at}.env[${label(variable, index)}].valueFrom`;
      const { configMapKeyRef, secretKeyRef } = variable.valueFrom;
      if (isMapping(configMapKeyRef)) {
        add('ConfigMap', configMapKeyRef, 'name', `${where}.configMapKeyRef`, {
          keys: typeof configMapKeyRef.key === 'string' ? [configMapKeyRef.key] : undefined,
          optional: configMapKeyRef.optional,
        });
      }
      if (isMapping(secretKeyRef)) {
        add('Secret', secretKeyRef, 'name', `${where}.secretKeyRef`, {
          keys: typeof secretKeyRef.key === 'string' ? [secretKeyRef.key] : undefined,
          optional: secretKeyRef.optional,
        });
      }
    });
  });

  list(spec.volumes).forEach((volume, index) => {
    if (!isMapping(volume)) return;
    const at = `${base}.volumes[${label(volume, index)}]`;
    if (isMapping(volume.configMap))
      add('ConfigMap', volume.configMap, 'name', `${at}.configMap`, {
        keys: itemKeys(volume.configMap.items),
        optional: volume.configMap.optional,
      });
    if (isMapping(volume.secret))
      add('Secret', volume.secret, 'secretName', `${at}.secret`, {
        keys: itemKeys(volume.secret.items),
        optional: volume.secret.optional,
      });
    if (isMapping(volume.projected)) {
      list(volume.projected.sources).forEach((source, sourceIndex) => {
        if (!isMapping(source)) return;
        const where = `${at}.projected.sources[${sourceIndex}]`;
        if (isMapping(source.configMap))
          add('ConfigMap', source.configMap, 'name', `${where}.configMap`, {
            keys: itemKeys(source.configMap.items),
            optional: source.configMap.optional,
          });
        if (isMapping(source.secret))
          add('Secret', source.secret, 'name', `${where}.secret`, {
            keys: itemKeys(source.secret.items),
            optional: source.secret.optional,
          });
      });
    }
    for (const { plugin, field, nameField } of PLUGIN_SECRETS) {
      const source = volume[plugin];
      if (!isMapping(source)) continue;
      const holder = field ? source[field] : source;
      if (isMapping(holder))
        add('Secret', holder, nameField, `${at}.${plugin}${field ? `.${field}` : `.${nameField}`}`);
    }
  });
}
