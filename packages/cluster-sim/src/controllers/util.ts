/** Small helpers shared by the controllers: selectors, int-or-percent, conditions, hashing, time. */
import { cloneJson } from '../json-clone.js';
import type { KObject } from '../store-api.js';

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>;
}

/** metav1.LabelSelectorAsSelector semantics: an empty selector matches everything, a missing one nothing. */
export function selectorMatches(
  selector: LabelSelector | undefined | null,
  labels: Record<string, string> | undefined,
): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !(e.values ?? []).includes(l[e.key])) return false;
        break;
      case 'NotIn':
        if (has && (e.values ?? []).includes(l[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

export function selectorIsEmpty(selector: LabelSelector | undefined | null): boolean {
  return (
    !selector ||
    (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0)
  );
}

/** A Service's map selector: every pair must match; an empty map selects nothing (no endpoints managed). */
export function mapSelectorMatches(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  let empty = true;
  for (const k of Object.keys(selector)) {
    if (l[k] !== selector[k]) return false;
    empty = false;
  }
  return !empty;
}

/** intstr.GetScaledValueFromIntOrPercent. */
export function scaledValue(
  value: number | string | undefined,
  total: number,
  roundUp: boolean,
  fallback: number | string,
): number {
  const v = value === undefined || value === null ? fallback : value;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) {
    const n = Number(v);
    if (Number.isInteger(n)) return n;
    throw new Error(`invalid value for IntOrString: invalid value "${v}": must be an integer or percentage (e.g '5%')`);
  }
  const scaled = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
  lastProbeTime?: string | null;
}

export function getCondition(conditions: Condition[] | undefined, type: string): Condition | undefined {
  return (conditions ?? []).find((c) => c.type === type);
}

// the last second rfc3339 formatted, and its text (most calls ask for the current second)
let formattedSecond = NaN;
let formatted = '';

/** RFC 3339 with second precision, as metav1.Time serialises. */
export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== formattedSecond) {
    formatted = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    formattedSecond = second;
  }
  return formatted;
}

export function parseTime(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** Drops null/undefined, empty maps and empty lists, and sorts keys: Go's semantic equality treats nil and empty alike. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  if (value === null || value === undefined) return undefined;
  return value;
}

/** True when canonical(value) is undefined: null, undefined, or a list or map of only such values. */
function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isEmptyValue(item)) return false;
    return true;
  }
  for (const key of Object.keys(value)) if (!isEmptyValue((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** Equality of canonical(a) and canonical(b), compared in place (no canonical copies, no JSON text). */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const emptyA = isEmptyValue(a);
  const emptyB = isEmptyValue(b);
  if (emptyA || emptyB) return emptyA && emptyB;
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    // canonical drops empty items: compare the others in order
    const other = b as unknown[];
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < a.length && isEmptyValue(a[i])) i++;
      while (j < other.length && isEmptyValue(other[j])) j++;
      if (i >= a.length || j >= other.length) return i >= a.length && j >= other.length;
      if (!semanticEqual(a[i], other[j])) return false;
      i++;
      j++;
    }
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of Object.keys(ra))
    if (!isEmptyValue(ra[key]) && !semanticEqual(ra[key], Object.hasOwn(rb, key) ? rb[key] : undefined)) return false;
  for (const key of Object.keys(rb))
    if (!isEmptyValue(rb[key]) && (!Object.hasOwn(ra, key) || isEmptyValue(ra[key]))) return false;
  return true;
}

/** FNV-1a, 32 bit, as hash/fnv New32a. */
function fnv32a(text: string, seed?: number): number {
  let hash = 0x811c9dc5;
  const bytes = Buffer.from(text, 'utf8');
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  if (seed !== undefined && seed !== 0) {
    // collisionCount is written into the hasher as 4 little-endian bytes, like the controller does
    for (let i = 0; i < 4; i++) {
      hash ^= (seed >>> (8 * i)) & 0xff;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash >>> 0;
}

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** k8s.io/apimachinery/pkg/util/rand.SafeEncodeString: maps each byte to a vowel-free alphabet. */
function safeEncode(text: string): string {
  let out = '';
  for (const ch of Buffer.from(text, 'utf8')) out += SAFE_ALPHABET[ch % SAFE_ALPHABET.length];
  return out;
}

/** The pod-template-hash of a pod template (labels without the hash itself). */
export function templateHash(template: unknown, collisionCount?: number): string {
  return safeEncode(String(fnv32a(JSON.stringify(canonical(withoutHashLabel(template))) ?? '', collisionCount)));
}

/** A pod template without its pod-template-hash label (shallow copies of the changed levels; the template is not changed). */
export function withoutHashLabel(template: unknown): unknown {
  const t = (template ?? {}) as { metadata?: { labels?: Record<string, string> } };
  const labels = t.metadata?.labels;
  if (!labels || typeof labels !== 'object' || !Object.hasOwn(labels, 'pod-template-hash')) return t;
  const { 'pod-template-hash': _hash, ...rest } = labels;
  return { ...t, metadata: { ...t.metadata, labels: rest } };
}

export function clone<T>(value: T): T {
  return cloneJson(value);
}

export function key(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function splitKey(k: string): { namespace: string | undefined; name: string } {
  const i = k.indexOf('/');
  return i < 0 ? { namespace: undefined, name: k } : { namespace: k.slice(0, i), name: k.slice(i + 1) };
}

export function controllerRef(object: KObject): {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller: true;
  blockOwnerDeletion: true;
} {
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.metadata.name,
    uid: object.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

export function controllerOf(object: KObject): { kind: string; name: string; uid: string } | undefined {
  return object.metadata.ownerReferences?.find((r) => r.controller);
}

export function isPodReady(pod: KObject): boolean {
  return getCondition(pod.status?.conditions, 'Ready')?.status === 'True';
}

/** podutil.IsPodAvailable: ready for at least minReadySeconds. */
export function isPodAvailable(pod: KObject, minReadySeconds: number, now: number): boolean {
  const ready = getCondition(pod.status?.conditions, 'Ready');
  if (!ready || ready.status !== 'True') return false;
  if (!minReadySeconds) return true;
  const since = parseTime(ready.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 < now;
}

/** controller.IsPodActive: not finished and not being deleted. */
export function isPodActive(pod: KObject): boolean {
  return pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function statusCode(error: unknown): number | undefined {
  const e = error as { code?: unknown; status?: { code?: unknown } } | undefined;
  if (typeof e?.code === 'number') return e.code;
  if (typeof e?.status?.code === 'number') return e.status.code;
  return undefined;
}

/** Removes zero counts and empty fields, as the API's omitempty status fields do. */
export function omitZero<T extends Record<string, unknown>>(status: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(status)) {
    if (v === undefined || v === null || v === 0 || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}
