import type { Cluster } from '@kra/cluster-sim';
import type { ActionResult } from '@kra/local-runner';
import { adminClient, deployWith, get, post } from './support.js';

/** Manifests and checks for the canary and blue-green scenarios. */

export interface AppOptions {
  replicas?: number;
  namespace?: string;
  /** The version label every pod carries (what a metrics query groups by). */
  version?: string;
}

/** A Deployment and the Service in front of it, selecting app=<name>. */
export function app(name: string, image: string, options: AppOptions = {}): string {
  const ns = options.namespace ? `, namespace: ${options.namespace}` : '';
  const version = options.version ? `, version: "${options.version}"` : '';
  return `apiVersion: v1
kind: Service
metadata: { name: ${name}${ns} }
spec:
  selector: { app: ${name} }
  ports: [{ name: http, port: 80, targetPort: 8080 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}${ns}, labels: { app: ${name} } }
spec:
  replicas: ${options.replicas ?? 2}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name}${version} } }
    spec:
      containers:
        - name: app
          image: ${image}
          ports: [{ containerPort: 8080 }]
`;
}

/** Joins manifests into one multi-document file. */
export const docs = (...parts: string[]) => parts.map((p) => p.trim()).join('\n---\n') + '\n';

export async function deployment(cluster: Cluster, namespace: string, name: string): Promise<any> {
  return get(cluster, `/apis/apps/v1/namespaces/${namespace}/deployments/${name}`);
}

export const imagesOf = (d: any): string[] => d.spec.template.spec.containers.map((c: any) => c.image);

export async function service(cluster: Cluster, namespace: string, name: string): Promise<any> {
  return get(cluster, `/api/v1/namespaces/${namespace}/services/${name}`);
}

/** The release's records: [revision, status, phase] oldest first. */
export async function records(
  cluster: Cluster,
  namespace: string,
  release: string,
): Promise<Array<[number, string, string]>> {
  const { ReleaseStore } = await import('@kra/kube');
  const client = adminClient(cluster);
  try {
    const list = await new ReleaseStore(client, namespace, release).list();
    return list.map((r) => [r.revision, r.status, r.progress?.phase ?? '']);
  } finally {
    client.close();
  }
}

export async function createNamespace(cluster: Cluster, name: string): Promise<void> {
  await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
}

/**
 * What an HPA controller does: it writes the replicas of its target through the scale
 * subresource, as its own field manager.
 */
export async function scaleAsAutoscaler(
  cluster: Cluster,
  namespace: string,
  name: string,
  replicas: number,
): Promise<void> {
  const client = adminClient(cluster);
  try {
    await client.request('PATCH', `/apis/apps/v1/namespaces/${namespace}/deployments/${name}/scale`, {
      query: { fieldManager: 'horizontal-pod-autoscaler' },
      body: { spec: { replicas } },
      contentType: 'application/merge-patch+json',
    });
  } finally {
    client.close();
  }
}

/** Inputs every canary and blue-green run of a release shares. */
export function runner(cluster: Cluster, workspace: string, base: Record<string, string>) {
  return (inputs: Record<string, string> = {}, options: Parameters<typeof deployWith>[3] = {}): Promise<ActionResult> =>
    deployWith(cluster, workspace, { 'scale-down-delay': '0s', ...base, ...inputs }, options);
}

/** The error annotation of a failed run (its one line). */
export const errorOf = (result: ActionResult) => result.annotations.find((a) => a.level === 'error')?.message ?? '';
