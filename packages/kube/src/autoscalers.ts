import { groupKind } from '@kra/core';
import { ApiError, type KObject, type KubeClient } from './client.js';
import type { DeployRun } from './deploy-run.js';
import { identity, objectLabel } from './names.js';

/** Kinds an HPA scales through their scale subresource. */
const SCALABLE = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/ReplicaSet']);

/** The HPAs of some namespaces, by the identity of the workload each scales. HPAs the run may not read count as none. */
export async function autoscalersOf(client: KubeClient, namespaces: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (namespaces.length === 0 || !(await client.resourceFor('autoscaling/v2', 'HorizontalPodAutoscaler'))) return found;
  for (const namespace of namespaces) {
    try {
      const { items } = await client.list('autoscaling/v2', 'HorizontalPodAutoscaler', namespace);
      for (const hpa of items) {
        const ref = hpa.spec?.scaleTargetRef ?? {};
        const target = {
          apiVersion: ref.apiVersion ?? 'apps/v1',
          kind: ref.kind ?? '',
          metadata: { name: ref.name, namespace },
        };
        found.set(identity(target), objectLabel(hpa));
      }
    } catch (error) {
      if (error instanceof ApiError && (error.status === 403 || error.status === 404)) continue;
      throw error;
    }
  }
  return found;
}

/**
 * A workload that an HPA in the cluster scales is applied with its live replica count, not
 * the manifest's: the HPA owns `spec.replicas` (its writes made it their field manager), so
 * applying another count would conflict with it, or, forced, fight it. Changes the objects in
 * place; returns the labels of those it changed.
 */
export async function keepAutoscaledReplicas(run: DeployRun, objects: KObject[]): Promise<string[]> {
  const scalable = objects.filter(
    (o) => SCALABLE.has(groupKind(o.apiVersion, o.kind)) && o.spec?.replicas !== undefined,
  );
  const scaled = await autoscalersOf(run.client, [...new Set(scalable.map((o) => o.metadata.namespace ?? ''))]);
  const changed: string[] = [];
  for (const object of scalable) {
    const hpa = scaled.get(identity(object));
    if (!hpa) continue;
    const live = await run.client.getLive(object);
    const replicas = live?.spec?.replicas;
    if (replicas === undefined || replicas === object.spec.replicas) continue;
    run.log.info(
      `${objectLabel(object)} is scaled by ${hpa}: applied with its live ${replicas} replicas (the manifest says ${object.spec.replicas})`,
    );
    object.spec = { ...object.spec, replicas };
    changed.push(objectLabel(object));
  }
  return changed;
}
