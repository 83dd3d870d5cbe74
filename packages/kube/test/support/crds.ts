/**
 * CustomResourceDefinitions for canary and blue-green tests: the Gateway API's standard CRDs
 * as clusters install them (../shared/fixtures/gateway-api/), and SMI's TrafficSplit at the
 * versions a test wants served. Pass them to cluster-sim's `crds` option.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { repoRoot } from '@kra/local-runner';
import type { KObject } from '@kra/cluster-sim';

const GATEWAY_API = join(repoRoot(), '..', 'shared', 'fixtures', 'gateway-api');

/** GatewayClass, Gateway, HTTPRoute, GRPCRoute and ReferenceGrant (Gateway API v1.6.1, standard channel). */
export function gatewayApiCrds(): KObject[] {
  return ['gatewayclasses', 'gateways', 'httproutes', 'grpcroutes', 'referencegrants'].flatMap((name) =>
    (yaml.loadAll(readFileSync(join(GATEWAY_API, `${name}.yaml`), 'utf8')) as KObject[]).filter(Boolean),
  );
}

/**
 * SMI's TrafficSplit (split.smi-spec.io), served at `versions` (the last one stored), with the
 * schema of the SMI spec: a root service and weighted backends.
 */
export function trafficSplitCrd(versions: string[]): KObject {
  const backendWeight = (version: string) =>
    version === 'v1alpha1' ? { 'x-kubernetes-int-or-string': true } : { type: 'integer', minimum: 0 };
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'trafficsplits.split.smi-spec.io' },
    spec: {
      group: 'split.smi-spec.io',
      scope: 'Namespaced',
      names: {
        kind: 'TrafficSplit',
        listKind: 'TrafficSplitList',
        plural: 'trafficsplits',
        singular: 'trafficsplit',
        shortNames: ['ts'],
      },
      versions: versions.map((name, index) => ({
        name,
        served: true,
        storage: index === versions.length - 1,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                required: ['service', 'backends'],
                properties: {
                  service: { type: 'string' },
                  backends: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['service', 'weight'],
                      properties: { service: { type: 'string' }, weight: backendWeight(name) },
                    },
                  },
                  matches: { type: 'array', items: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
                },
              },
            },
          },
        },
      })),
    },
  };
}
