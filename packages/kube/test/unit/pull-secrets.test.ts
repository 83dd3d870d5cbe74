import type { KObject } from '../../src/client.js';
import { addImagePullSecrets, parseImagePullSecrets } from '../../src/pull-secrets.js';

const spec = () => ({ containers: [{ name: 'app', image: 'ghcr.io/acme/app:1' }] });
const workload = (apiVersion: string, kind: string, body: Record<string, unknown>): KObject =>
  ({ apiVersion, kind, metadata: { name: kind.toLowerCase() }, ...body }) as KObject;

const workloads = (): KObject[] => [
  workload('apps/v1', 'Deployment', { spec: { template: { spec: spec() } } }),
  workload('apps/v1', 'StatefulSet', { spec: { template: { spec: spec() } } }),
  workload('apps/v1', 'DaemonSet', { spec: { template: { spec: spec() } } }),
  workload('apps/v1', 'ReplicaSet', { spec: { template: { spec: spec() } } }),
  workload('batch/v1', 'Job', { spec: { template: { spec: spec() } } }),
  workload('batch/v1', 'CronJob', {
    spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: spec() } } } },
  }),
  workload('v1', 'Pod', { spec: spec() }),
];

const pullSecretsOf = (object: KObject): unknown => {
  const s = object.spec;
  if (object.kind === 'Pod') return s.imagePullSecrets;
  if (object.kind === 'CronJob') return s.jobTemplate.spec.template.spec.imagePullSecrets;
  return s.template.spec.imagePullSecrets;
};

describe('imagepullsecrets', () => {
  test('every pod template gets the Secrets: Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod', () => {
    const objects = workloads();
    expect(addImagePullSecrets(objects, ['ghcr', 'quay.io-pull'])).toBe(7);
    for (const object of objects)
      expect([object.kind, pullSecretsOf(object)]).toEqual([object.kind, [{ name: 'ghcr' }, { name: 'quay.io-pull' }]]);
  });

  test('names already in a template stay first and are not repeated; other kinds are left alone', () => {
    const deployment = workload('apps/v1', 'Deployment', {
      spec: { template: { spec: { ...spec(), imagePullSecrets: [{ name: 'quay' }, { name: 'ghcr' }] } } },
    });
    const configMap = workload('v1', 'ConfigMap', { data: { spec: 'x' } });
    const service = workload('v1', 'Service', { spec: { ports: [{ port: 80 }] } });
    const before = [structuredClone(configMap), structuredClone(service)];
    expect(addImagePullSecrets([deployment, configMap, service], ['ghcr', 'docker', 'ghcr'])).toBe(1);
    expect(pullSecretsOf(deployment)).toEqual([{ name: 'quay' }, { name: 'ghcr' }, { name: 'docker' }]);
    expect([configMap, service]).toEqual(before);
    // Nothing new to add: the template is not touched.
    expect(addImagePullSecrets([deployment], ['quay', 'docker'])).toBe(0);
    expect(pullSecretsOf(deployment)).toEqual([{ name: 'quay' }, { name: 'ghcr' }, { name: 'docker' }]);
  });

  test('a kind with a pod template in a group that does not run pods is left alone', () => {
    const custom = workload('example.com/v1', 'Deployment', { spec: { template: { spec: spec() } } });
    expect(addImagePullSecrets([custom], ['ghcr'])).toBe(0);
    expect(pullSecretsOf(custom)).toBeUndefined();
  });

  test('the input: one name a line, comments and blanks skipped, duplicates once', () => {
    expect(parseImagePullSecrets('imagepullsecrets', 'ghcr\n\n# registry of the team\n quay.io-pull \nghcr\n')).toEqual(
      ['ghcr', 'quay.io-pull'],
    );
    expect(parseImagePullSecrets('imagepullsecrets', '')).toEqual([]);
  });

  test('a name that is no DNS-1123 subdomain is one line naming the input', () => {
    for (const bad of ['Ghcr', 'ghcr_pull', '-ghcr', 'a,b', 'x'.repeat(254)]) {
      expect(() => parseImagePullSecrets('imagepullsecrets', `ok\n${bad}`)).toThrow(
        /^Input "imagepullsecrets" names a Secret ".*" that must be (a DNS-1123 subdomain|no more than 253 characters)/,
      );
    }
  });
});
