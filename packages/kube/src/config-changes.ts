import type { ConfigChecksums } from '@kra/core';
import { InputError, effectiveNamespace, identityKey, parseChecksumKey, parseJsonOrList } from '@kra/core';
import { podTemplateOf } from '@kra/manifests';
import type { KObject } from './client.js';
import { CONFIG_HASH_ANNOTATION, RESTARTED_AT_ANNOTATION } from './labels.js';
import { identity } from './names.js';

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

/** Whether a restart entry names this object: by identity after defaulting its namespace to the deploy's. */
function matches(ref: WorkloadRef, object: KObject, defaultNamespace: string): boolean {
  const namespace = effectiveNamespace(ref.namespace, { defaultNamespace });
  if (ref.apiVersion !== undefined)
    return identityKey({ apiVersion: ref.apiVersion, kind: ref.kind, namespace, name: ref.name }) === identity(object);
  // A line such as `deployment/web` names no group: the kind in any group, in any case.
  return (
    ref.kind.toLowerCase() === object.kind.toLowerCase() &&
    ref.name === object.metadata.name &&
    namespace === (object.metadata.namespace ?? '')
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
 * (so they roll, as `kubectl rollout restart` does). Entries naming no namespace mean
 * `defaultNamespace` (where the deploy puts objects naming none). Returns the identities
 * restarted and the entries that matched nothing.
 */
export function stampRestarts(
  objects: KObject[],
  refs: WorkloadRef[],
  now: string,
  defaultNamespace: string,
): { restarted: string[]; unmatched: WorkloadRef[] } {
  const restarted: string[] = [];
  const unmatched: WorkloadRef[] = [];
  for (const ref of refs) {
    let any = false;
    for (const object of objects) {
      if (matches(ref, object, defaultNamespace) && stampTemplate(object, RESTARTED_AT_ANNOTATION, now)) {
        any = true;
        restarted.push(identity(object));
      }
    }
    if (!any) unmatched.push(ref);
  }
  return { restarted, unmatched };
}

/**
 * Stamps the config hash from detect-config-changes on each workload's pod template, so its
 * pods roll exactly when the content of the config they read changed. Keys are matched by
 * identity, a key naming no namespace in `defaultNamespace`. Returns the identities stamped
 * and the keys that matched nothing.
 */
export function stampChecksums(
  objects: KObject[],
  checksums: ConfigChecksums,
  defaultNamespace: string,
): { stamped: string[]; unmatched: string[] } {
  const byIdentity = new Map(objects.map((object) => [identity(object), object]));
  const stamped: string[] = [];
  const unmatched: string[] = [];
  for (const [key, hash] of Object.entries(checksums)) {
    const entry = parseChecksumKey(key);
    const id = entry ? identityKey(entry, { defaultNamespace }) : undefined;
    const object = id === undefined ? undefined : byIdentity.get(id);
    if (object && stampTemplate(object, CONFIG_HASH_ANNOTATION, hash)) stamped.push(id!);
    else unmatched.push(key);
  }
  return { stamped, unmatched };
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
