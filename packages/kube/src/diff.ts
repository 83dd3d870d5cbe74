import { createTwoFilesPatch } from 'diff';
import yaml from 'js-yaml';
import type { KObject } from './client.js';
import { MAX_DEPTH, deeperThan } from './depth.js';
import { RUN_ANNOTATION } from './labels.js';

/** Metadata the server sets, which says nothing about what the manifests asked for. */
const SERVER_METADATA = [
  'managedFields',
  'resourceVersion',
  'uid',
  'generation',
  'creationTimestamp',
  'selfLink',
  'deletionGracePeriodSeconds',
];
/** Annotations written by controllers or by us on every run. */
const NOISY_ANNOTATIONS = [
  'deployment.kubernetes.io/revision',
  'kubectl.kubernetes.io/last-applied-configuration',
  RUN_ANNOTATION,
];

/**
 * The object without server-set fields (managedFields, status, resourceVersion, uid,
 * generation, creationTimestamp, controller annotations) and without our per-run annotation,
 * so two versions compare equal exactly when the content the user controls is equal.
 */
export function normalizeForDiff(object: KObject | undefined): Record<string, unknown> | undefined {
  if (!object) return undefined;
  const copy = structuredClone(object) as Record<string, any>;
  delete copy.status;
  const metadata = copy.metadata ?? {};
  for (const key of SERVER_METADATA) delete metadata[key];
  if (metadata.annotations) {
    for (const key of NOISY_ANNOTATIONS) delete metadata.annotations[key];
    if (Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
  }
  return copy;
}

/** Whether two versions hold the same content; an object too deep to compare never does. */
export function sameContent(a: KObject | undefined, b: KObject | undefined): boolean {
  if (deeperThan(a) || deeperThan(b)) return false;
  return stableYaml(normalizeForDiff(a)) === stableYaml(normalizeForDiff(b));
}

function stableYaml(value: unknown): string {
  if (value === undefined) return '';
  return yaml.dump(value, { sortKeys: true, lineWidth: -1, noRefs: true });
}

const MASK = '***';

/**
 * Secret values never reach a diff: each value of data/stringData becomes ***, and
 * "*** (changed)" on the new side where the value differs, so a change shows without it.
 */
export function maskSecretPair(before: Record<string, any> | undefined, after: Record<string, any> | undefined): void {
  const isSecret = (o: Record<string, any> | undefined) => o?.kind === 'Secret';
  if (!isSecret(before) && !isSecret(after)) return;
  for (const field of ['data', 'stringData']) {
    const old = before?.[field] as Record<string, unknown> | undefined;
    const next = after?.[field] as Record<string, unknown> | undefined;
    const oldValues = { ...(old ?? {}) };
    if (old) for (const key of Object.keys(old)) old[key] = MASK;
    if (next) {
      for (const key of Object.keys(next)) {
        const changed = old !== undefined && key in oldValues && oldValues[key] !== next[key];
        next[key] = changed ? `${MASK} (changed)` : MASK;
      }
    }
  }
}

/** A unified diff of the live object against the object as it would be applied; '' when equal. */
export function objectDiff(label: string, live: KObject | undefined, applied: KObject | undefined): string {
  if (deeperThan(live) || deeperThan(applied))
    return `(${label} is nested deeper than ${MAX_DEPTH} levels: not compared)`;
  const before = normalizeForDiff(live);
  const after = normalizeForDiff(applied);
  maskSecretPair(before, after);
  const oldText = stableYaml(before);
  const newText = stableYaml(after);
  if (oldText === newText) return '';
  const patch = createTwoFilesPatch(
    live ? `live/${label}` : '/dev/null',
    applied ? `applied/${label}` : '/dev/null',
    oldText,
    newText,
    '',
    '',
    { context: 3 },
  );
  // Drop the "Index:"/"===" preamble lines createTwoFilesPatch adds.
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('Index:') && !/^=+$/.test(line))
    .join('\n')
    .trimEnd();
}
