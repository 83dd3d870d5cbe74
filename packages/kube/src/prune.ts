import type { KObject, KubeClient } from './client.js';
import { identity, objectLabel } from './names.js';
import { CONFIG_VERSION_LABEL, MANAGED_BY, MANAGED_BY_LABEL, RELEASE_LABEL } from './labels.js';
import type { InventoryEntry } from './release.js';

/**
 * Objects that carry this release's label (and our managed-by label) in the kinds and
 * namespaces the release has used, but are no longer in the manifests. Objects owned by
 * another object (a Deployment's ReplicaSets) are left to the garbage collector.
 */
export async function pruneCandidates(
  client: KubeClient,
  release: string,
  inventory: InventoryEntry[],
  keep: KObject[],
): Promise<KObject[]> {
  const kept = new Set(keep.map(identity));
  const selector = `${RELEASE_LABEL}=${release},${MANAGED_BY_LABEL}=${MANAGED_BY}`;
  const seen = new Set<string>();
  const found: KObject[] = [];
  for (const entry of inventory) {
    const resource = await client.resourceFor(entry.apiVersion, entry.kind);
    if (!resource) continue;
    const { items } = await client.list(
      entry.apiVersion,
      entry.kind,
      resource.namespaced ? entry.namespace : undefined,
      { labelSelector: selector },
    );
    for (const item of items) {
      const id = identity(item);
      if (kept.has(id) || seen.has(id)) continue;
      if ((item.metadata.ownerReferences ?? []).length > 0) continue;
      if (item.metadata.labels?.[CONFIG_VERSION_LABEL] !== undefined) continue; // immutable-configs.ts collects these
      if (item.metadata.namespace && entry.namespace && item.metadata.namespace !== entry.namespace) continue;
      seen.add(id);
      found.push(item);
    }
  }
  // Delete in reverse apply order: workloads before the namespaces and CRDs they live in.
  const rank = (o: KObject) => (o.kind === 'Namespace' ? 2 : o.kind === 'CustomResourceDefinition' ? 3 : 1);
  return found.sort((a, b) => rank(a) - rank(b));
}

export async function deleteObjects(client: KubeClient, objects: KObject[], dryRun = false): Promise<string[]> {
  const deleted: string[] = [];
  for (const object of objects) {
    if (
      await client.delete(object.apiVersion, object.kind, object.metadata.name!, object.metadata.namespace, { dryRun })
    )
      deleted.push(objectLabel(object));
  }
  return deleted;
}
