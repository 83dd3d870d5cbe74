/**
 * Canonical hashes: the same content gives the same hash whatever the key order, quoting,
 * comments or YAML style it was written in.
 *
 * contentHash (ConfigMap and Secret) hashes what the pods see, as the API server stores it:
 *  - Secret: `stringData` is merged over `data` (as the API server does, stringData winning),
 *    every value as bytes: `data` base64-decoded, `stringData` UTF-8. So `stringData: {a: hi}`
 *    and `data: {a: aGk=}` hash the same. `type` counts (default Opaque).
 *  - ConfigMap: `data` as text and `binaryData` as bytes (base64-decoded), kept apart, since
 *    only `data` can feed environment variables.
 *  - sops-encrypted objects (a top-level `sops:` key) are hashed on their encrypted values
 *    as written (with the sops MAC), never decoded: their base64 is not the content.
 * Metadata (labels, annotations, immutable) is not content and does not count.
 */
import { createHash } from 'node:crypto';
import type { KubeObject, LoadedObject } from './types.js';
import { findPodTemplate } from './pod.js';
import { unwrapObject } from './scope.js';

/** JSON with object keys sorted at every level; undefined values dropped, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const child = (value as Record<string, unknown>)[key];
    if (child === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(child)}`);
  }
  return `{${parts.join(',')}}`;
}

export function sha256(text: string | Buffer): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** Whether an object is sops-encrypted (a top-level `sops:` key). */
export function isSopsEncrypted(item: KubeObject | LoadedObject): boolean {
  const object = unwrapObject(item).object;
  return object.sops !== null && typeof object.sops === 'object';
}

function entries(value: unknown): Array<[string, unknown]> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

function base64Bytes(value: unknown): string {
  return Buffer.from(text(value).replace(/\s+/g, ''), 'base64').toString('base64');
}

/**
 * The canonical content of a ConfigMap or Secret, as `sha256:<hex>` (see the file comment).
 * Other kinds are hashed whole, like objectHash.
 */
export function contentHash(item: KubeObject | LoadedObject): string {
  const object = unwrapObject(item).object;
  if (isSopsEncrypted(object)) {
    const sops = object.sops as Record<string, unknown>;
    return sha256(
      canonicalJson({
        kind: object.kind,
        type: object.type,
        data: object.data,
        stringData: object.stringData,
        binaryData: object.binaryData,
        sopsMac: sops.mac,
      }),
    );
  }
  if (object.kind === 'Secret') {
    const data: Record<string, string> = {};
    for (const [key, value] of entries(object.data)) data[key] = base64Bytes(value);
    for (const [key, value] of entries(object.stringData))
      data[key] = Buffer.from(text(value), 'utf8').toString('base64');
    return sha256(canonicalJson({ kind: 'Secret', type: text(object.type) || 'Opaque', data }));
  }
  if (object.kind === 'ConfigMap') {
    const data: Record<string, string> = {};
    for (const [key, value] of entries(object.data)) data[key] = text(value);
    const binaryData: Record<string, string> = {};
    for (const [key, value] of entries(object.binaryData)) binaryData[key] = base64Bytes(value);
    return sha256(canonicalJson({ kind: 'ConfigMap', data, binaryData }));
  }
  return objectHash(object);
}

/** Metadata fields that say nothing about what the object asks for. */
const METADATA_NOISE = [
  'resourceVersion',
  'uid',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
  'ownerReferences',
];
const ANNOTATION_NOISE = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];

/**
 * A canonical hash of a whole object without server-set metadata and `status`: equal for two
 * manifests that ask the cluster for the same thing, however they are written.
 */
export function objectHash(item: KubeObject | LoadedObject): string {
  const object = unwrapObject(item).object;
  const { status: _status, ...rest } = object;
  const metadata: Record<string, unknown> = { ...(object.metadata ?? {}) };
  for (const field of METADATA_NOISE) delete metadata[field];
  if (metadata.annotations && typeof metadata.annotations === 'object') {
    const annotations: Record<string, unknown> = { ...(metadata.annotations as Record<string, unknown>) };
    for (const key of ANNOTATION_NOISE) delete annotations[key];
    metadata.annotations = Object.keys(annotations).length > 0 ? annotations : undefined;
  }
  return sha256(canonicalJson({ ...rest, metadata }));
}

/**
 * A canonical hash of a workload's pod template (what makes its pods roll when it changes),
 * or undefined for kinds without one.
 */
export function templateHash(item: KubeObject | LoadedObject): string | undefined {
  const found = findPodTemplate(unwrapObject(item).object);
  return found ? sha256(canonicalJson(found.template)) : undefined;
}
