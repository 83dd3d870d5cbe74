import { InputError, splitList } from '@kra/core';
import type { KubeObject } from '@kra/manifests';
import { nameProblem } from '@kra/manifests/names';
import { findPodTemplate } from '@kra/manifests/pod';
import type { KObject } from './client.js';

/**
 * The `imagepullsecrets` input: Secret names, one a line (as Azure/k8s-deploy takes them),
 * each a DNS-1123 subdomain (the rule for a Secret's name); duplicates dropped.
 */
export function parseImagePullSecrets(input: string, value: string): string[] {
  const names = [...new Set(splitList(value))];
  for (const name of names) {
    const problem = nameProblem(name, 'dns1123-subdomain');
    if (problem) throw new InputError(input, `names a Secret "${name}" that ${problem}: give one Secret name a line`);
  }
  return names;
}

/**
 * Adds the named Secrets to `imagePullSecrets` of every pod template among `objects`, in place
 * (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, the jobTemplate of a CronJob, a bare
 * Pod, ...): after the names already there, each name once. Returns how many templates changed.
 */
export function addImagePullSecrets(objects: KObject[], names: string[]): number {
  if (names.length === 0) return 0;
  let changed = 0;
  for (const object of objects) {
    const spec = findPodTemplate(object as unknown as KubeObject)?.spec;
    if (!spec) continue;
    const existing: unknown[] = Array.isArray(spec.imagePullSecrets) ? spec.imagePullSecrets : [];
    const present = new Set(
      existing.map((entry) => (entry as { name?: unknown } | null)?.name).filter((n) => typeof n === 'string'),
    );
    const added = names.filter((name) => !present.has(name));
    if (added.length === 0) continue;
    spec.imagePullSecrets = [...existing, ...added.map((name) => ({ name }))];
    changed += 1;
  }
  return changed;
}
