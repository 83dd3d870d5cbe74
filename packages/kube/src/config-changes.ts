import type { ConfigChecksums, ObjectListEntry } from '@kra/core';
import { InputError, checksumKey, parseJsonOrList } from '@kra/core';
import { podTemplateOf } from '@kra/manifests';
import type { KObject } from './client.js';
import { CONFIG_HASH_ANNOTATION, RESTARTED_AT_ANNOTATION } from './labels.js';

/** A workload to restart: from detect-config-changes' `restart` output. */
export interface WorkloadRef {
  apiVersion?: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** `restart`: a JSON array of workloads, or one `kind/name`, `namespace/kind/name` or `Kind namespace/name` a line. */
export function parseRestartInput(input: string, value: string): WorkloadRef[] {
  return parseJsonOrList<WorkloadRef>(
    input,
    value,
    (line) => {
      // detect-config-changes' restart-list: "Deployment shop/web" (or "Deployment web").
      const spaced = /^(\S+)\s+(?:([^/\s]+)\/)?([^/\s]+)$/.exec(line);
      if (spaced) return { kind: spaced[1], name: spaced[3], ...(spaced[2] ? { namespace: spaced[2] } : {}) };
      const parts = line.split('/');
      if (parts.length === 2) return { kind: parts[0], name: parts[1] };
      if (parts.length === 3) return { namespace: parts[0], kind: parts[1], name: parts[2] };
      throw new InputError(
        input,
        `line "${line}" is not kind/name, namespace/kind/name or "Kind namespace/name" (for example Deployment/web, shop/Deployment/web or Deployment shop/web)`,
      );
    },
    (item) => {
      const entry = item as Record<string, unknown>;
      if (!entry || typeof entry !== 'object' || typeof entry.kind !== 'string' || typeof entry.name !== 'string') {
        throw new InputError(
          input,
          'items must be objects with "kind" and "name": pass the "restart-json" output of detect-config-changes',
        );
      }
      return {
        apiVersion: typeof entry.apiVersion === 'string' ? entry.apiVersion : undefined,
        kind: entry.kind,
        namespace: typeof entry.namespace === 'string' && entry.namespace ? entry.namespace : undefined,
        name: entry.name,
      };
    },
  );
}

function matches(ref: WorkloadRef, object: KObject): boolean {
  return (
    ref.kind.toLowerCase() === object.kind.toLowerCase() &&
    ref.name === object.metadata.name &&
    (ref.namespace === undefined || ref.namespace === object.metadata.namespace) &&
    (ref.apiVersion === undefined || ref.apiVersion === object.apiVersion)
  );
}

function stampTemplate(object: KObject, key: string, value: string): boolean {
  const template = podTemplateOf(object as any);
  if (!template) return false;
  const metadata = template.metadata as Record<string, any>;
  metadata.annotations = { ...(metadata.annotations ?? {}), [key]: value };
  return true;
}

/**
 * Stamps kubectl.kubernetes.io/restartedAt on the pod templates of the listed workloads
 * (so they roll, as `kubectl rollout restart` does). Returns the refs that matched nothing.
 */
export function stampRestarts(
  objects: KObject[],
  refs: WorkloadRef[],
  now: string,
): { restarted: string[]; unmatched: WorkloadRef[] } {
  const restarted: string[] = [];
  const unmatched: WorkloadRef[] = [];
  for (const ref of refs) {
    const targets = objects.filter((object) => matches(ref, object));
    let any = false;
    for (const object of targets) {
      if (stampTemplate(object, RESTARTED_AT_ANNOTATION, now)) {
        any = true;
        restarted.push(`${object.metadata.namespace ?? ''}/${object.kind}/${object.metadata.name}`);
      }
    }
    if (!any) unmatched.push(ref);
  }
  return { restarted, unmatched };
}

/**
 * Stamps the config hash from detect-config-changes on each workload's pod template, so its
 * pods roll exactly when the content of the config they read changed.
 */
export function stampChecksums(
  objects: KObject[],
  checksums: ConfigChecksums,
): { stamped: string[]; unmatched: string[] } {
  const stamped: string[] = [];
  const used = new Set<string>();
  for (const object of objects) {
    const entry: ObjectListEntry = {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name ?? '',
      namespace: object.metadata.namespace,
    };
    const key = checksumKey(entry);
    const fallback = checksumKey({ ...entry, namespace: undefined });
    const hit = checksums[key] !== undefined ? key : checksums[fallback] !== undefined ? fallback : undefined;
    if (!hit) continue;
    if (stampTemplate(object, CONFIG_HASH_ANNOTATION, checksums[hit])) {
      stamped.push(key);
      used.add(hit);
    }
  }
  return { stamped, unmatched: Object.keys(checksums).filter((key) => !used.has(key)) };
}

/** The `checksums` input: a JSON object of checksumKey → sha256:… */
export function parseChecksums(input: string, value: Record<string, unknown>): ConfigChecksums {
  const result: ConfigChecksums = {};
  for (const [key, hash] of Object.entries(value)) {
    if (typeof hash !== 'string')
      throw new InputError(
        input,
        `value of "${key}" is not a string: pass the "checksums" output of detect-config-changes`,
      );
    if (key.split('/').length < 4) throw new InputError(input, `key "${key}" is not apiVersion/kind/namespace/name`);
    result[key] = hash;
  }
  return result;
}
