import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { KubeObject, LoadedObject } from '../../src/index.js';

/** A temporary workspace folder with the given files (path → content). */
export function workspace(files: Record<string, string | Buffer> = {}): {
  root: string;
  write: (path: string, content: string | Buffer) => string;
  cleanup: () => void;
} {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kra-manifests-')));
  const write = (path: string, content: string | Buffer) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return { root, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function obj(kind: string, name: string, extra: Record<string, unknown> = {}, apiVersion?: string): KubeObject {
  const versions: Record<string, string> = {
    Deployment: 'apps/v1',
    StatefulSet: 'apps/v1',
    DaemonSet: 'apps/v1',
    ReplicaSet: 'apps/v1',
    Job: 'batch/v1',
    CronJob: 'batch/v1',
    Role: 'rbac.authorization.k8s.io/v1',
    RoleBinding: 'rbac.authorization.k8s.io/v1',
    ClusterRole: 'rbac.authorization.k8s.io/v1',
    ClusterRoleBinding: 'rbac.authorization.k8s.io/v1',
    CustomResourceDefinition: 'apiextensions.k8s.io/v1',
    Ingress: 'networking.k8s.io/v1',
    IngressClass: 'networking.k8s.io/v1',
    NetworkPolicy: 'networking.k8s.io/v1',
    PriorityClass: 'scheduling.k8s.io/v1',
    StorageClass: 'storage.k8s.io/v1',
    HorizontalPodAutoscaler: 'autoscaling/v2',
    PodDisruptionBudget: 'policy/v1',
    MutatingWebhookConfiguration: 'admissionregistration.k8s.io/v1',
    ValidatingWebhookConfiguration: 'admissionregistration.k8s.io/v1',
    APIService: 'apiregistration.k8s.io/v1',
  };
  const { metadata, ...rest } = extra as { metadata?: Record<string, unknown> };
  return { apiVersion: apiVersion ?? versions[kind] ?? 'v1', kind, metadata: { name, ...(metadata ?? {}) }, ...rest };
}

export function loaded(object: KubeObject, file = '/ws/m.yaml', index = 0, line = 1): LoadedObject {
  return { object, source: { file, index, line } };
}

/** Runs fn and returns the error it throws (failing when it does not throw). */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but none was thrown');
}

export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
