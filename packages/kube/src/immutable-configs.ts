/**
 * config-mode: immutable (Spinnaker's versioned configs). In the prepare phase every
 * ConfigMap and Secret that a pod template of the release reads gets a content-hash suffix
 * (`web-config` → `web-config-5f7c9d04e1`), is marked immutable, and every reference to it
 * is rewritten (the reference walk detect-config-changes uses, visitConfigReferences). So:
 *  - a workload's pods roll exactly when the content of a config it reads changed (its pod
 *    template names the new version), and never otherwise;
 *  - a rollback re-applies the previous revision, whose pod templates name the previous
 *    versions: the old config comes back with the old pods;
 *  - after a healthy rollout, versions that no revision in the release history uses are
 *    deleted (collectConfigVersions); prune leaves versions to this.
 * Left as they are: configs no pod template reads (nothing to roll, and something else may
 * read them by name), a Secret an Ingress names for TLS, service-account tokens, names that
 * kustomize already derived from the content (kustomizeGeneratedStem), and any object
 * annotated `kube-release.dev/config-mode: mutable`.
 */
import { mapLimit } from '@kra/core';
import {
  contentHash,
  kustomizeGeneratedStem,
  renameConfigReferences,
  visitConfigReferences,
  type KubeObject,
} from '@kra/manifests';
import type { KObject } from './client.js';
import type { DeployRun } from './deploy-run.js';
import { CONFIG_VERSION_LABEL, PREFIX, RELEASE_LABEL } from './labels.js';
import { identity, objectLabel } from './names.js';
import type { ReleaseStore } from './release.js';

/** Per object: `mutable` keeps its name under config-mode: immutable. */
export const CONFIG_MODE_ANNOTATION = `${PREFIX}/config-mode`;

const MAX_NAME = 253;

function isConfig(object: KObject): boolean {
  return (object.kind === 'ConfigMap' || object.kind === 'Secret') && object.apiVersion === 'v1';
}

/** The Secrets Ingresses name for TLS, by namespace/name: renaming them would break the Ingress. */
function ingressSecrets(objects: KObject[]): Set<string> {
  const names = new Set<string>();
  for (const object of objects) {
    if (object.kind !== 'Ingress') continue;
    for (const tls of Array.isArray(object.spec?.tls) ? object.spec.tls : []) {
      if (typeof tls?.secretName === 'string') names.add(`${object.metadata.namespace ?? ''}/${tls.secretName}`);
    }
  }
  return names;
}

/** The versioned name: the name, a dash, ten hex digits of the content hash. */
export function versionedName(object: KObject): string {
  const hash = contentHash(object as KubeObject)
    .replace(/^sha256:/, '')
    .slice(0, 10);
  const base = object.metadata.name!.slice(0, MAX_NAME - 11).replace(/[-.]+$/, '');
  return `${base}-${hash}`;
}

/**
 * The prepare step of config-mode: immutable (see the file comment), in place; does nothing
 * in the default mode (`immutable` says otherwise: a promote of a rollout started immutable). Keeps `run.where` finding the renamed objects' files.
 */
export function versionConfigs(
  run: DeployRun,
  objects: KObject[],
  immutable = run.options.configMode === 'immutable',
): void {
  if (!immutable) return;
  const read = new Set<string>();
  for (const object of objects) {
    visitConfigReferences(object as KubeObject, (ref) =>
      read.add(`${object.metadata.namespace ?? ''}/${ref.kind}/${ref.name}`),
    );
  }
  const tls = ingressSecrets(objects);
  const renames = new Map<string, Map<string, string>>(); // namespace → kind/name → new name
  const originals = new Map<KObject, string>();
  const kept: string[] = [];
  for (const object of objects) {
    if (!isConfig(object)) continue;
    const namespace = object.metadata.namespace ?? '';
    const name = object.metadata.name!;
    const why =
      object.metadata.annotations?.[CONFIG_MODE_ANNOTATION] === 'mutable'
        ? `${CONFIG_MODE_ANNOTATION}: mutable`
        : object.type === 'kubernetes.io/service-account-token'
          ? 'a service-account token'
          : kustomizeGeneratedStem(object as KubeObject) !== undefined
            ? 'its name is already kustomize’s content hash'
            : object.kind === 'Secret' && tls.has(`${namespace}/${name}`)
              ? 'an Ingress names it for TLS'
              : !read.has(`${namespace}/${object.kind}/${name}`)
                ? 'no pod template reads it'
                : undefined;
    if (why) {
      kept.push(`${objectLabel(object)} (${why})`);
      continue;
    }
    const next = versionedName(object);
    originals.set(object, identity(object));
    let inNamespace = renames.get(namespace);
    if (!inNamespace) renames.set(namespace, (inNamespace = new Map()));
    inNamespace.set(`${object.kind}/${name}`, next);
    object.metadata.name = next;
    object.metadata.labels = { ...(object.metadata.labels ?? {}), [CONFIG_VERSION_LABEL]: name };
    object.immutable = true;
  }
  if (originals.size === 0) {
    if (kept.length > 0) run.log.info(`config-mode immutable: no config renamed; kept ${kept.join(', ')}`);
    return;
  }
  for (const object of objects) {
    const inNamespace = renames.get(object.metadata.namespace ?? '');
    if (inNamespace) renameConfigReferences(object as KubeObject, inNamespace);
  }
  const locate = run.locate;
  run.locate = (object) => {
    const original = originals.get(object);
    if (original === undefined) return locate(object);
    // The file and line of the object as it was named in the manifests.
    const name = object.metadata.labels?.[CONFIG_VERSION_LABEL] ?? object.metadata.name;
    return locate({ ...object, metadata: { ...object.metadata, name } });
  };
  run.log.info(
    `config-mode immutable: ${[...originals.keys()].map((o) => `${o.kind} ${o.metadata.labels![CONFIG_VERSION_LABEL]} → ${o.metadata.name}`).join(', ')}${kept.length > 0 ? `; kept ${kept.join(', ')}` : ''}`,
  );
}

/** Whether the objects hold config versions (a revision deployed with config-mode: immutable). */
export function hasConfigVersions(objects: KObject[]): boolean {
  return objects.some((object) => isConfig(object) && object.metadata.labels?.[CONFIG_VERSION_LABEL] !== undefined);
}

/**
 * After a healthy rollout (a basic deploy, or the promote of a canary or blue-green one): deletes this release's config versions that no revision in the
 * history (the records left after trimming) and not the objects just deployed use.
 */
export async function collectConfigVersions(run: DeployRun, store: ReleaseStore, objects: KObject[]): Promise<void> {
  try {
    await collect(run, store, objects);
  } catch (error) {
    // The release is deployed; an old version left behind is collected by the next deploy.
    run.log.warning(`Could not delete unused config versions: ${(error as Error).message}`);
  }
}

async function collect(run: DeployRun, store: ReleaseStore, objects: KObject[]): Promise<void> {
  const { client, options } = run;
  const records = await store.list((message) => run.log.warning(message));
  const used = new Set([...objects, ...records.flatMap((record) => record.objects ?? [])].map(identity));
  const namespaces = new Set(
    [...objects, ...records.flatMap((record) => record.objects ?? [])]
      .filter((object) => isConfig(object) && object.metadata.labels?.[CONFIG_VERSION_LABEL] !== undefined)
      .map((object) => object.metadata.namespace ?? options.namespace),
  );
  if (namespaces.size === 0) return;
  const selector = `${RELEASE_LABEL}=${options.release},${CONFIG_VERSION_LABEL}`;
  const unused: KObject[] = [];
  for (const namespace of namespaces) {
    for (const kind of ['ConfigMap', 'Secret']) {
      const { items } = await client.list('v1', kind, namespace, { labelSelector: selector });
      for (const item of items) if (!used.has(identity(item))) unused.push(item);
    }
  }
  await mapLimit(unused, options.concurrency, (object) =>
    client.delete(object.apiVersion, object.kind, object.metadata.name!, object.metadata.namespace),
  );
  for (const object of unused)
    run.mark(objectLabel(object), 'deleted: no revision in the history uses this config version');
}
