import { UserError, effectiveNamespace } from '@kra/core';
import type { KObject } from './client.js';
import { stampChecksums, stampRestarts } from './config-changes.js';
import type { DeployRun } from './deploy-run.js';
import { checkDepth } from './depth.js';
import { replaceImages } from './images.js';
import { identity, objectLabel } from './names.js';
import { MANAGED_BY, MANAGED_BY_LABEL, RELEASE_LABEL, RUN_ANNOTATION } from './labels.js';

/** What one run stamps on every object it applies (the run annotation). */
export interface RunMetadata {
  repository: string;
  sha: string;
  runUrl: string;
  actor: string;
  version: string;
}

/** Whether a kind is namespaced: from API discovery, else from a CRD in the same set; undefined when unknown. */
export type ScopeLookup = (apiVersion: string, kind: string) => Promise<boolean | undefined>;

/** A CRD in the set answers for its kind before the cluster knows it. */
export function crdScope(objects: KObject[], apiVersion: string, kind: string): boolean | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  for (const crd of objects) {
    if (crd.kind !== 'CustomResourceDefinition') continue;
    const spec = crd.spec ?? {};
    if (spec.group !== group || spec.names?.kind !== kind) continue;
    const versions: Array<{ name: string }> = Array.isArray(spec.versions) ? spec.versions : [];
    if (versions.length > 0 && !versions.some((v) => v.name === version)) continue;
    return spec.scope !== 'Cluster';
  }
  return undefined;
}

/**
 * Gives every namespaced object without a namespace the default one; cluster-scoped objects
 * lose any namespace; objects naming their own namespace keep it. Fails, naming the object,
 * when a kind is unknown to both the cluster and the set.
 */
export async function assignNamespaces(
  objects: KObject[],
  defaultNamespace: string,
  lookup: ScopeLookup,
  where: (o: KObject) => string = () => '',
): Promise<void> {
  const problems: string[] = [];
  for (const object of objects) {
    let namespaced = await lookup(object.apiVersion, object.kind);
    if (namespaced === undefined) namespaced = crdScope(objects, object.apiVersion, object.kind);
    if (namespaced === undefined) {
      problems.push(
        `${where(object)}${object.kind}/${object.metadata.name}: the cluster does not serve kind ${object.kind} in ${object.apiVersion} and no CustomResourceDefinition in the manifests defines it`,
      );
      continue;
    }
    if (namespaced) object.metadata.namespace = object.metadata.namespace || defaultNamespace;
    else delete object.metadata.namespace;
  }
  if (problems.length > 0)
    throw new UserError(
      `${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}. Nothing was applied.`,
    );
}

/** Refuses objects that cannot be applied by name, and the same object twice. */
export function checkIdentities(objects: KObject[], where: (o: KObject) => string = () => ''): void {
  const seen = new Map<string, KObject>();
  for (const object of objects) {
    if (!object.metadata?.name) {
      throw new UserError(
        `${where(object)}${object.kind} has no metadata.name (generateName cannot be applied server-side): give it a name`,
      );
    }
    const id = identity(object);
    const first = seen.get(id);
    if (first)
      throw new UserError(
        `${where(object)}${objectLabel(object)} appears twice in the manifests (first at ${where(first) || 'an earlier document'}): keep one`,
      );
    seen.set(id, object);
  }
}

/** Adds the managed-by and release labels and the run annotation, in place. */
export function labelObjects(objects: KObject[], release: string, run: RunMetadata & { revision?: number }): void {
  const annotation = JSON.stringify(run);
  for (const object of objects) {
    object.metadata.labels = {
      ...(object.metadata.labels ?? {}),
      [MANAGED_BY_LABEL]: MANAGED_BY,
      [RELEASE_LABEL]: release,
    };
    object.metadata.annotations = { ...(object.metadata.annotations ?? {}), [RUN_ANNOTATION]: annotation };
  }
}

/**
 * The prepare phase: copies the objects, settles their namespaces, then pins images, stamps
 * restarts and config hashes, checks identities and labels them. Nothing touches the cluster
 * but discovery. Sets `run.where` (file:line by identity) and the image replacements.
 */
export async function prepareObjects(run: DeployRun): Promise<KObject[]> {
  const { options, log, client, result } = run;
  checkDepth(options.objects, (o) => options.where?.(o) ?? '');
  const objects = options.objects.map((o) => structuredClone(o));
  const originals = new Map(objects.map((copy, i) => [copy, options.objects[i]]));
  const whereGiven = (o: KObject) => options.where?.(originals.get(o) ?? o) ?? '';
  // Namespaces first: restart and checksums name workloads with their namespace.
  await assignNamespaces(
    objects,
    options.namespace,
    async (apiVersion, kind) => (await client.resourceFor(apiVersion, kind))?.namespaced,
    whereGiven,
  );
  checkIdentities(objects, whereGiven);
  const located = new Map(objects.map((o) => [identity(o), whereGiven(o)]));
  run.where = (o) => located.get(identity(o)) ?? '';

  const replaced = replaceImages(objects, options.images);
  result.replacements = replaced.replacements;
  for (const entry of replaced.unmatched)
    log.warning(
      `Image ${entry.ref || entry.repository} (input "images") matches no container in the manifests: check its repository`,
    );
  const restarts = stampRestarts(objects, options.restart, new Date().toISOString(), options.namespace);
  for (const ref of restarts.unmatched)
    log.warning(
      `Workload ${effectiveNamespace(ref.namespace, { defaultNamespace: options.namespace })}/${ref.kind}/${ref.name} (input "restart") is not in the manifests: nothing to restart. An entry naming no namespace means namespace "${options.namespace}": give detect-config-changes the namespace k8s-deploy deploys to.`,
    );
  const checksums = stampChecksums(objects, options.checksums, options.namespace);
  if (checksums.unmatched.length > 0)
    log.warning(
      `${checksums.unmatched.length} key${checksums.unmatched.length === 1 ? '' : 's'} of input "checksums" name${checksums.unmatched.length === 1 ? 's' : ''} no workload in the manifests (a key naming no namespace means namespace "${options.namespace}"): ${checksums.unmatched.slice(0, 5).join(', ')}${checksums.unmatched.length > 5 ? ', …' : ''}. Give detect-config-changes the same namespace and manifests as k8s-deploy.`,
    );
  labelObjects(objects, options.release, options.run);
  return objects;
}
