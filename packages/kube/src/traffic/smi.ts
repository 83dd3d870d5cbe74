import { UserError } from '@kra/core';
import type { KObject, KubeClient } from '../client.js';
import { type Track, copyMetadata } from '../progressive/copies.js';
import type { RouteInput, TrafficRouter } from './types.js';

const SMI_GROUP = 'split.smi-spec.io';
/** Newest first: the first the cluster serves is used. */
const VERSIONS = ['v1alpha4', 'v1alpha3', 'v1alpha2', 'v1alpha1'];

/** The TrafficSplit apiVersion the cluster serves (newest first), from API discovery. */
export async function trafficSplitVersion(client: KubeClient): Promise<string> {
  for (const version of VERSIONS) {
    const apiVersion = `${SMI_GROUP}/${version}`;
    if (await client.resourceFor(apiVersion, 'TrafficSplit')) return apiVersion;
  }
  throw new UserError(
    `The cluster serves no TrafficSplit (${SMI_GROUP} ${VERSIONS.join(', ')}): install your service mesh's SMI extension, or choose the gateway-api method`,
  );
}

/**
 * A TrafficSplit `<service>-rollout` whose root is the user's Service, splitting its traffic
 * between it (the stable pods: the copies are not selected by it) and the copy's Service.
 * v1alpha1 wants weights as quantities; later versions as integers.
 */
export function trafficSplit(
  apiVersion: string,
  service: KObject,
  copy: KObject,
  weight: number,
  track: Track,
): KObject {
  const asWeight = (w: number) => (apiVersion.endsWith('/v1alpha1') ? `${w}` : w);
  return {
    apiVersion,
    kind: 'TrafficSplit',
    metadata: copyMetadata(
      { ...service, metadata: { ...service.metadata, annotations: undefined } },
      `${service.metadata.name}-rollout`,
      track,
    ),
    spec: {
      service: service.metadata.name,
      backends: [
        { service: service.metadata.name, weight: asWeight(100 - weight) },
        { service: copy.metadata.name, weight: asWeight(weight) },
      ],
    },
  };
}

/** SMI: a TrafficSplit per Service, in the version the cluster serves. */
export const smiRouter: TrafficRouter = {
  name: 'smi',
  separate: true,
  entries: () => [],
  async route({ client, pairs, weight, track }: RouteInput) {
    const apiVersion = await trafficSplitVersion(client);
    return pairs.map((pair) => trafficSplit(apiVersion, pair.service, pair.copy, weight, track));
  },
};
