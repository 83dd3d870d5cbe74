import { applyOrder, containerImages, parseManifests, pruneForListing, serializeBundle } from '../../src/index.js';

const text = `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly, namespace: jobs, labels: { app: nightly } }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers: [{ name: migrate, image: "ghcr.io/acme/migrate:1", args: [up] }]
          containers: [{ name: run, image: "ghcr.io/acme/nightly:1", env: [{ name: A, value: b }] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: read, namespace: jobs }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
subjects: [{ kind: ServiceAccount, name: default }]
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: listed }
    data: { a: b }
`;

describe('pruneForListing', () => {
  const loaded = parseManifests(text, 'k8s/app.yaml');

  test('a workload keeps apiVersion, kind, metadata and its containers’ names and images, at their paths', () => {
    const pruned = pruneForListing(loaded[0]);
    expect(pruned.object).toEqual({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly', namespace: 'jobs', labels: { app: 'nightly' } },
      spec: {
        jobTemplate: {
          spec: {
            template: {
              spec: {
                initContainers: [{ name: 'migrate', image: 'ghcr.io/acme/migrate:1' }],
                containers: [{ name: 'run', image: 'ghcr.io/acme/nightly:1' }],
              },
            },
          },
        },
      },
    });
    expect(pruned.source).toBe(loaded[0].source);
    expect(pruned.text).toBe(loaded[0].text);
    expect(containerImages(pruned)).toEqual(containerImages(loaded[0]));
  });

  test('RBAC bindings, CRDs and objects without their own text (List items) are kept whole', () => {
    expect(pruneForListing(loaded[1])).toBe(loaded[1]);
    expect(loaded[2].text).toBeUndefined();
    expect(pruneForListing(loaded[2])).toBe(loaded[2]);
  });

  test('order and bundle are the same for pruned objects', () => {
    const pruned = loaded.map(pruneForListing);
    expect(applyOrder(pruned).map((o) => o.source)).toEqual(applyOrder(loaded).map((o) => o.source));
    expect(serializeBundle(applyOrder(pruned))).toBe(serializeBundle(applyOrder(loaded)));
  });
});
