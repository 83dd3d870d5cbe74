/**
 * ConfigMaps and Secrets named by kustomize's generators: `redis-config-bd2fcfgt6k`, the
 * suffix being kustomize's hash of the object's content (api/hasher: sha256 of a JSON
 * encoding of kind, name, data, binaryData / type, stringData, its first ten hex digits with
 * 0, 1, 3, a, e turned into g, h, k, m, t). The name in that encoding is always empty:
 * kustomize looks it up as one field called "metadata/name", which no object has. A name counts as generated only when its suffix
 * is that hash of the object it names, so an ordinary name that happens to end in ten such
 * letters is not mistaken for one. Their names change when their content does, so their
 * readers roll by themselves: detect-config-changes reports them without a restart, and
 * k8s-deploy's immutable configs leave them as they are.
 */
import { createHash } from 'node:crypto';
import type { KubeObject } from './types.js';

const SUFFIX = /^(.+)-([2456789bcdfghkmt]{10})$/;

/** JSON as Go's encoding/json writes it: map keys sorted, and <, >, &, U+2028, U+2029 escaped. */
function goJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value).replace(
      /[<>&\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${goJson(key)}:${goJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A field as kustomize's hasher reads it: a mapping as itself, a missing one as "", a scalar as its text. */
function field(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  if (isMapping(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      copy[key] = item === null || item === undefined ? null : typeof item === 'object' ? item : String(item);
    return copy;
  }
  return String(value);
}

/** kustomize's content hash of a ConfigMap or Secret (see the file comment). */
export function kustomizeHash(object: KubeObject): string {
  const name = '';
  const record = object as Record<string, unknown>;
  const encoded: Record<string, unknown> =
    object.kind === 'Secret'
      ? { kind: 'Secret', type: field(record.type), name, data: field(record.data) }
      : { kind: 'ConfigMap', name, data: field(record.data) };
  const extra = object.kind === 'Secret' ? 'stringData' : 'binaryData';
  if (isMapping(record[extra])) encoded[extra] = field(record[extra]);
  const hex = createHash('sha256').update(goJson(encoded)).digest('hex');
  return hex
    .slice(0, 10)
    .replace(/[013ae]/g, (c) => ({ '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' })[c as '0' | '1' | '3' | 'a' | 'e']);
}

/**
 * The name a kustomize generator gave the object, without its hash suffix (`redis-config`),
 * or undefined when the object's name does not end in its own content hash.
 */
export function kustomizeGeneratedStem(object: KubeObject): string | undefined {
  if (object.kind !== 'ConfigMap' && object.kind !== 'Secret') return undefined;
  const match = SUFFIX.exec(object.metadata?.name ?? '');
  if (!match) return undefined;
  return kustomizeHash(object) === match[2] ? match[1] : undefined;
}
