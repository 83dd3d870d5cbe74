import { groupKind } from '@kra/core';
import { autoscalersOf } from '../autoscalers.js';
import type { KObject, KubeClient } from '../client.js';
import { identity, objectLabel } from '../names.js';
import type { ReleaseRecord } from '../release.js';
import { selectsPods } from './copies.js';
import { canonical } from './state.js';

/** A Deployment of the manifests, and what the cluster runs of it now. */
export interface Workload {
  /** The Deployment as the manifests have it (prepared): the new version. */
  object: KObject;
  label: string;
  /** The live Deployment; undefined when it does not exist yet. */
  live?: KObject;
  /** The stable Deployment as last applied (from the last deployed record), else the live one without its status. */
  stable?: KObject;
  /** The Services of the manifests that select its pods. */
  services: KObject[];
  /** The HorizontalPodAutoscaler that scales it, if any (namespace/HorizontalPodAutoscaler/name). */
  autoscaler?: string;
}

export const isDeployment = (o: KObject) => groupKind(o.apiVersion, o.kind) === 'apps/Deployment';
export const isService = (o: KObject) => groupKind(o.apiVersion, o.kind) === '/Service';

/** A live object as it would be applied: metadata that is the user's, and the spec; no status or server fields. */
export function withoutServerFields(live: KObject): KObject {
  const annotations = { ...(live.metadata.annotations ?? {}) };
  delete annotations['deployment.kubernetes.io/revision'];
  delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
  const copy: KObject = {
    apiVersion: live.apiVersion,
    kind: live.kind,
    metadata: {
      name: live.metadata.name,
      ...(live.metadata.namespace ? { namespace: live.metadata.namespace } : {}),
      ...(live.metadata.labels ? { labels: { ...live.metadata.labels } } : {}),
      ...(Object.keys(annotations).length ? { annotations } : {}),
    },
  };
  for (const [key, value] of Object.entries(live))
    if (!['apiVersion', 'kind', 'metadata', 'status'].includes(key)) copy[key] = structuredClone(value);
  return copy;
}

/** The version of `object` that runs now: as the last deployed revision applied it, else the live one. */
export function stableVersion(
  object: KObject,
  previous: ReleaseRecord | undefined,
  live: KObject | undefined,
): KObject | undefined {
  const id = identity(object);
  const recorded = previous?.objects.find((o) => identity(o) === id);
  if (recorded) return structuredClone(recorded);
  return live ? withoutServerFields(live) : undefined;
}

/** The Deployments of the manifests, each with its live and stable versions, Services and HPA. */
export async function findWorkloads(
  client: KubeClient,
  objects: KObject[],
  previous: ReleaseRecord | undefined,
): Promise<Workload[]> {
  const deployments = objects.filter(isDeployment);
  const services = objects.filter(isService);
  const scaled = await autoscalersOf(client, [...new Set(deployments.map((d) => d.metadata.namespace ?? ''))]);
  return Promise.all(
    deployments.map(async (object): Promise<Workload> => {
      const live = await client.getLive(object);
      const podLabels = object.spec?.template?.metadata?.labels ?? {};
      return {
        object,
        label: objectLabel(object),
        live,
        stable: live ? stableVersion(object, previous, live) : undefined,
        services: services.filter(
          (s) => s.metadata.namespace === object.metadata.namespace && selectsPods(s, podLabels),
        ),
        autoscaler: scaled.get(identity(object)),
      };
    }),
  );
}

/** The replicas a Deployment runs now: its live spec (an HPA's choice when one scales it), else the manifest's. */
export function liveReplicas(workload: Workload): number {
  return workload.live?.spec?.replicas ?? workload.object.spec?.replicas ?? 1;
}

/** Whether the manifests change a Deployment's pod template (so its pods would roll): only those get a canary or green copy. */
export function templateChanges(workload: Workload): boolean {
  if (!workload.live || !workload.stable) return false;
  return (
    JSON.stringify(canonical(workload.object.spec?.template)) !==
    JSON.stringify(canonical(workload.stable.spec?.template))
  );
}
