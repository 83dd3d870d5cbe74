/**
 * Pod templates and the container images in them, for every built-in kind that runs pods.
 */
import type { KubeObject, LoadedObject, ObjectMeta } from './types.js';
import { apiGroup, unwrapObject } from './scope.js';

export interface PodTemplate {
  /** The object holding the pod's `metadata` and `spec` (the object itself for a Pod). */
  template: Record<string, unknown>;
  /** The pod spec. */
  spec: Record<string, unknown>;
  /** The pod template's metadata, attached to the template (created empty when the manifest has none), so callers can stamp annotations. */
  metadata: ObjectMeta;
  /** Dotted path of the template in the object: `spec.template`, `spec.jobTemplate.spec.template`, `template`; `` for a Pod. */
  path: string;
  /** Dotted path of the pod spec: `spec.template.spec`, `spec` for a Pod. */
  specPath: string;
}

/** Where each workload kind keeps its pod template, by kind (the group is checked too). */
const TEMPLATE_PATHS: Record<string, { groups: readonly string[]; path: readonly string[] }> = {
  Pod: { groups: [''], path: [] },
  PodTemplate: { groups: [''], path: ['template'] },
  ReplicationController: { groups: [''], path: ['spec', 'template'] },
  Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
  ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
  StatefulSet: { groups: ['apps'], path: ['spec', 'template'] },
  DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
  Job: { groups: ['batch'], path: ['spec', 'template'] },
  CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template'] },
};

/** The kinds that have a pod template. */
export const WORKLOAD_KINDS: readonly string[] = Object.keys(TEMPLATE_PATHS).filter((kind) => kind !== 'PodTemplate');

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The pod template without changing the object (metadata may be absent). */
export function findPodTemplate(
  object: KubeObject,
): { template: Record<string, unknown>; spec: Record<string, unknown>; path: string } | undefined {
  const where = TEMPLATE_PATHS[object.kind];
  if (!where || !where.groups.includes(apiGroup(object.apiVersion))) return undefined;
  let node: unknown = object;
  for (const key of where.path) {
    if (!isMapping(node)) return undefined;
    node = node[key];
  }
  if (!isMapping(node) || !isMapping(node.spec)) return undefined;
  return { template: node, spec: node.spec, path: where.path.join('.') };
}

/**
 * The pod template of a Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob
 * (`spec.jobTemplate.spec.template`), ReplicationController or PodTemplate; undefined for
 * other kinds or when the manifest has no pod spec there.
 */
export function podTemplateOf(item: KubeObject | LoadedObject): PodTemplate | undefined {
  const object = unwrapObject(item).object;
  const found = findPodTemplate(object);
  if (!found) return undefined;
  if (!isMapping(found.template.metadata)) found.template.metadata = {};
  return {
    template: found.template,
    spec: found.spec,
    metadata: found.template.metadata as ObjectMeta,
    path: found.path,
    specPath: found.path ? `${found.path}.spec` : 'spec',
  };
}

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';
export const CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

export interface ContainerImage {
  container: string;
  image: string;
  list: ContainerList;
  /** `spec.template.spec.containers[web].image` (containers are named by their name; by index when unnamed). */
  path: string;
  /** The container's index in its list. */
  index: number;
}

/** Visits each container of a pod spec: init containers, containers, ephemeral containers. */
export function forEachContainer(
  spec: Record<string, unknown>,
  visit: (container: Record<string, unknown>, list: ContainerList, index: number, label: string) => void,
): void {
  for (const list of CONTAINER_LISTS) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isMapping(container)) return;
      const label = typeof container.name === 'string' && container.name !== '' ? container.name : String(index);
      visit(container, list, index, label);
    });
  }
}

/** Every container image of an object's pod template, in init, regular, ephemeral order. */
export function containerImages(item: KubeObject | LoadedObject): ContainerImage[] {
  const object = unwrapObject(item).object;
  const found = findPodTemplate(object);
  if (!found) return [];
  const specPath = found.path ? `${found.path}.spec` : 'spec';
  const images: ContainerImage[] = [];
  forEachContainer(found.spec, (container, list, index, label) => {
    if (typeof container.image !== 'string' || container.image.trim() === '') return;
    images.push({
      container: typeof container.name === 'string' ? container.name : '',
      image: container.image.trim(),
      list,
      path: `${specPath}.${list}[${label}].image`,
      index,
    });
  });
  return images;
}

/** The distinct images of all objects, in the order they first appear. */
export function uniqueImages(objects: Iterable<KubeObject | LoadedObject>): string[] {
  const seen = new Set<string>();
  for (const item of objects) for (const { image } of containerImages(item)) seen.add(image);
  return [...seen];
}
