import { UserError } from '@kra/core';
import type { KObject } from '../client.js';
import { TRACK_LABEL } from '../labels.js';
import { objectLabel } from '../names.js';

/** The copies a rollout runs beside the user's workloads. */
export type Track = 'canary' | 'baseline' | 'green';

/**
 * Whether a copy's pods stay selected by the user's Services. `shared`: yes (canary by pod,
 * where the replica ratio is the traffic split). `separate`: no — the values of the
 * Deployment's selector labels get `-<track>` appended, so the user's Services (and an HPA
 * on the stable Deployment) see only stable pods, and traffic reaches the copy only through
 * its own Service, by weight or by switch.
 */
export type Separation = 'shared' | 'separate';

const LABEL_VALUE_MAX = 63;
/** Metadata a copy does not take over from the object it copies. */
const NOT_COPIED = ['deployment.kubernetes.io/revision', 'kubectl.kubernetes.io/last-applied-configuration'];

function matchLabelsOf(deployment: KObject): Record<string, string> {
  const selector = deployment.spec?.selector ?? {};
  if (selector.matchExpressions?.length)
    throw new UserError(
      `${objectLabel(deployment)}: its selector uses matchExpressions, which a canary or blue-green copy cannot be told apart by: select its pods with matchLabels`,
    );
  return { ...(selector.matchLabels ?? {}) };
}

/** A label value with the track appended, checked against the 63-character limit. */
function suffixed(owner: KObject, key: string, value: string, track: Track): string {
  const result = `${value}-${track}`;
  if (result.length > LABEL_VALUE_MAX)
    throw new UserError(
      `${objectLabel(owner)}: label ${key}=${value} would become ${result}, over 63 characters: shorten the label value`,
    );
  return result;
}

/** The labels a copy's pods carry: the template's, with the track, and (separate) the selector values suffixed. */
export function copyPodLabels(deployment: KObject, track: Track, separation: Separation): Record<string, string> {
  const matchLabels = matchLabelsOf(deployment);
  const labels: Record<string, string> = { ...(deployment.spec?.template?.metadata?.labels ?? {}) };
  if (separation === 'separate')
    for (const key of Object.keys(matchLabels))
      labels[key] = suffixed(deployment, key, labels[key] ?? matchLabels[key], track);
  labels[TRACK_LABEL] = track;
  return labels;
}

/** The selector of a copy: the Deployment's, with the track, and (separate) its values suffixed. */
function copySelector(deployment: KObject, track: Track, separation: Separation): Record<string, string> {
  const matchLabels = matchLabelsOf(deployment);
  const selector: Record<string, string> = {};
  for (const [key, value] of Object.entries(matchLabels))
    selector[key] = separation === 'separate' ? suffixed(deployment, key, value, track) : value;
  selector[TRACK_LABEL] = track;
  return selector;
}

/** Name, namespace, labels and annotations of a copy of `object`. */
export function copyMetadata(object: KObject, name: string, track: Track): KObject['metadata'] {
  const annotations = { ...(object.metadata.annotations ?? {}) };
  for (const key of NOT_COPIED) delete annotations[key];
  return {
    name,
    ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
    labels: { ...(object.metadata.labels ?? {}), [TRACK_LABEL]: track },
    ...(Object.keys(annotations).length ? { annotations } : {}),
  };
}

/**
 * A Deployment running beside the user's: named `<name>-<track>`, with the given pod
 * template's version (the new one for canary and green, the stable one for baseline) and its
 * own selector.
 */
export function copyDeployment(deployment: KObject, track: Track, separation: Separation, replicas: number): KObject {
  const name = `${deployment.metadata.name}-${track}`;
  const template = structuredClone(deployment.spec?.template ?? {});
  template.metadata = { ...(template.metadata ?? {}), labels: copyPodLabels(deployment, track, separation) };
  return {
    apiVersion: deployment.apiVersion,
    kind: deployment.kind,
    metadata: copyMetadata(deployment, name, track),
    spec: {
      ...structuredClone(deployment.spec ?? {}),
      replicas,
      selector: { matchLabels: copySelector(deployment, track, separation) },
      template,
    },
  };
}

/** Whether a Service selects pods with these labels. */
export function selectsPods(service: KObject, labels: Record<string, string>): boolean {
  const selector: Record<string, string> = service.spec?.selector ?? {};
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

/** Service fields a copy must not take over: addresses and ports the cluster allocated to the original. */
const SERVICE_FIELDS_NOT_COPIED = [
  'clusterIP',
  'clusterIPs',
  'externalIPs',
  'loadBalancerIP',
  'loadBalancerSourceRanges',
  'loadBalancerClass',
  'externalTrafficPolicy',
  'healthCheckNodePort',
  'allocateLoadBalancerNodePorts',
  'externalName',
];

/**
 * A ClusterIP Service `name` in front of a copy: the user's Service with the selector values
 * of the Deployment's selector keys suffixed, so it selects exactly the copy's pods.
 */
export function copyService(service: KObject, deployment: KObject, name: string, track: Track): KObject {
  const matchLabels = matchLabelsOf(deployment);
  const selector: Record<string, string> = { ...(service.spec?.selector ?? {}) };
  for (const key of Object.keys(selector))
    if (key in matchLabels) selector[key] = suffixed(service, key, selector[key], track);
  const spec = structuredClone(service.spec ?? {});
  for (const field of SERVICE_FIELDS_NOT_COPIED) delete spec[field];
  spec.type = 'ClusterIP';
  spec.selector = selector;
  spec.ports = (spec.ports ?? []).map((port: Record<string, unknown>) => {
    const { nodePort: _nodePort, ...rest } = port;
    return rest;
  });
  return { apiVersion: service.apiVersion, kind: service.kind, metadata: copyMetadata(service, name, track), spec };
}

/**
 * Fails when a user's Service would still select a separated copy's pods: its selector uses
 * none of the Deployment's selector keys, so it would send stable traffic to the new version.
 */
export function checkSeparated(services: KObject[], deployment: KObject, track: Track): void {
  const labels = copyPodLabels(deployment, track, 'separate');
  for (const service of services)
    if (selectsPods(service, labels))
      throw new UserError(
        `${objectLabel(service)} selects ${JSON.stringify(service.spec.selector)}, none of the selector labels of ${objectLabel(deployment)} (${Object.keys(matchLabelsOf(deployment)).join(', ')}), so it would also send its traffic to the ${track} pods: add one of those labels to the Service's selector`,
      );
}
