import type { KObject, KubeClient } from '../client.js';
import type { Track } from '../progressive/copies.js';

/** A Service of the manifests and the Service in front of the copy of its workload (`<service>-canary`, `<service>-preview`). */
export interface ServicePair {
  service: KObject;
  copy: KObject;
}

export interface RouteInput {
  client: KubeClient;
  /** The stable versions of the objects `entries` found: what runs now, exactly as last applied. */
  bases: KObject[];
  pairs: ServicePair[];
  /** Percent of the traffic that goes to the copies. */
  weight: number;
  /** What the copies are: canary or green. */
  track: Track;
}

/**
 * How traffic is split between the user's workloads and the copies beside them. A router
 * writes objects: those with the name of an object of the manifests replace it in place (an
 * HTTPRoute's backend weights, a Service's selector) and are restored from their stable
 * version afterwards; the others are its own (a canary Ingress, a TrafficSplit) and are
 * deleted afterwards.
 */
export interface TrafficRouter {
  readonly name: string;
  /** Whether the copies' pods are kept out of the user's Services: every method but canary by pod. */
  readonly separate: boolean;
  /** The objects of the manifests that traffic to these Services runs through (their stable versions are the bases). */
  entries(objects: KObject[], services: KObject[]): KObject[];
  /** The objects that send `weight`% of the Services' traffic to the copies. */
  route(input: RouteInput): Promise<KObject[]>;
  /** What to do when `entries` finds nothing, in one line; undefined when nothing is needed. */
  missing?(services: KObject[]): string;
}

/** Whether an object reference names one of the Services (same namespace unless the reference says another). */
export function pairFor(
  pairs: ServicePair[],
  name: string | undefined,
  namespace: string | undefined,
  kind = 'Service',
  group = '',
): ServicePair | undefined {
  if (kind !== 'Service' || group !== '') return undefined;
  return pairs.find((p) => p.service.metadata.name === name && p.service.metadata.namespace === namespace);
}
