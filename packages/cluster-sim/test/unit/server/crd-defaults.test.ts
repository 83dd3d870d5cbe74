import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { repoRoot } from '@kra/local-runner';
import { createStore } from '../../../src/store/index.js';

/** Custom resources get their CRD schema's defaults, as on a real API server (here: Gateway API's HTTPRoute). */
const crd = yaml.load(
  readFileSync(join(repoRoot(), '..', 'shared', 'fixtures', 'gateway-api', 'httproutes.yaml'), 'utf8'),
) as any;

test('an HTTPRoute gets the defaults of its CRD: a rule without matches matches /, a backend is a core Service of weight 1', () => {
  const store = createStore();
  store.create('apiextensions.k8s.io', 'customresourcedefinitions', crd);
  store.housekeeping(); // establishes the CRD
  const route = store.create('gateway.networking.k8s.io', 'httproutes', {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      parentRefs: [{ name: 'gateway' }],
      rules: [
        { backendRefs: [{ name: 'web', port: 80 }] },
        { matches: [{ path: { value: '/api' } }], backendRefs: [{ name: 'api', port: 80, weight: 3 }] },
      ],
    },
  });
  expect(route.spec.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gateway' }]);
  expect(route.spec.rules[0].matches).toEqual([{ path: { type: 'PathPrefix', value: '/' } }]);
  expect(route.spec.rules[0].backendRefs).toEqual([{ group: '', kind: 'Service', name: 'web', port: 80, weight: 1 }]);
  // A default fills only what was left out; given values stay.
  expect(route.spec.rules[1].matches).toEqual([{ path: { type: 'PathPrefix', value: '/api' } }]);
  expect(route.spec.rules[1].backendRefs[0].weight).toBe(3);
  // Nothing under a missing parent: no hostnames, filters or timeouts appear.
  expect(route.spec.hostnames).toBeUndefined();
  expect(route.spec.rules[0].filters).toBeUndefined();
  store.stop();
});
