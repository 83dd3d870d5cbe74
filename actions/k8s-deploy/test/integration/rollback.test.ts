import { gunzipSync } from 'node:zlib';
import { clusterKinds, deployWith, get, post, startOn, workspaceWith, type TestCluster } from './support.js';

/** action: rollback through the release records, and the imagepullsecrets input. */
const configMap = (value: string) => `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { value: "${value}" }
`;

const deployment = (name: string, image: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: 1
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
${extra}      containers:
        - name: app
          image: ${image}
`;

/** The records of a release: revision, status, message, version and objects, oldest first. */
async function records(cluster: TestCluster, namespace: string, release: string) {
  const list = await get(
    cluster,
    `/api/v1/namespaces/${namespace}/secrets?labelSelector=kube-release.dev%2Frecord%3D${release}`,
  );
  return list.items
    .map((secret: any) => JSON.parse(gunzipSync(Buffer.from(secret.data.release, 'base64')).toString('utf8')))
    .map((r: any, i: number) => ({ ...r, status: list.items[i].metadata.labels['kube-release.dev/status'] }))
    .sort((a: any, b: any) => a.revision - b.revision);
}

describe.each(clusterKinds())('on %s', (kind) => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startOn(kind);
    await cluster.setPodRule({ image: '*:broken', fail: 'ImagePullBackOff' });
    for (const name of ['rollback', 'pull'])
      await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const webImage = async () =>
    (await get(cluster, '/apis/apps/v1/namespaces/rollback/deployments/web')).spec.template.spec.containers[0].image;
  const settings = async () => (await get(cluster, '/api/v1/namespaces/rollback/configmaps/settings')).data.value;

  test('rollback: to the previous successful revision by default, to a named one, and the refusals', async () => {
    const workspace = workspaceWith(
      { 'k8s/cm.yaml': configMap('one'), 'k8s/web.yaml': deployment('web', 'web:1') },
      false,
    );
    const base = { namespace: 'rollback', release: 'shop', timeout: '2m' };
    const deployVersion = (version: string, image: string, value: string) =>
      deployWith(
        cluster,
        workspaceWith({ 'k8s/cm.yaml': configMap(value), 'k8s/web.yaml': deployment('web', image) }, false),
        { ...base, manifests: 'k8s', version },
      );

    // No records yet: nothing to roll back.
    const empty = await deployWith(cluster, workspace, { ...base, action: 'rollback' });
    expect(empty.exitCode).toBe(1);
    expect(empty.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Nothing to roll back: release "shop" has no release records in this namespace. Deploy it first, or set namespace to the one it was deployed to',
    ]);

    for (const [version, image, value] of [
      ['1.0.0', 'web:1', 'one'],
      ['2.0.0', 'web:2', 'two'],
      ['3.0.0', 'web:3', 'three'],
    ])
      expect((await deployVersion(version, image, value)).exitCode).toBe(0);
    // Revision 4 fails and is rolled back to 3: it never ran as the release.
    const broken = await deployVersion('4.0.0', 'web:broken', 'four');
    expect(broken.outputs.status).toBe('rolled-back');

    // Default: the newest successful revision before the deployed one (3): revision 2. No manifests needed.
    const back = await deployWith(cluster, workspace, { ...base, action: 'rollback' });
    expect(back.stderr).toBe('');
    expect(back.exitCode).toBe(0);
    expect(back.outputs).toMatchObject({
      status: 'deployed',
      revision: '5',
      'previous-revision': '3',
      'rolled-back': 'false',
    });
    expect(back.outputs.images).toBe('web:2');
    expect(back.log).toContain('Rolling back release "shop" on ');
    expect(back.summary).toMatch(/^## ✅ Release `shop` revision 5 deployed/);
    expect(back.summary).toContain(
      '**Rollback:** rolled back to revision 2 (version 2.0.0): revision 5 runs its objects',
    );
    expect(await webImage()).toBe('web:2');
    expect(await settings()).toBe('two');
    let history = await records(cluster, 'rollback', 'shop');
    expect(history.map((r: any) => [r.revision, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'superseded'],
      [4, 'rolled-back'],
      [5, 'deployed'],
    ]);
    // The new revision holds the objects of revision 2 (labels and run annotation aside) and its version.
    const strip = (objects: any[]) =>
      objects.map((o) => ({ ...o, metadata: { ...o.metadata, annotations: undefined } }));
    expect(history[4]).toMatchObject({ version: '2.0.0', message: 'rollback to revision 2', images: ['web:2'] });
    expect(strip(history[4].objects)).toEqual(strip(history[1].objects));

    // A named revision; manifests given to a rollback are left aside, with a warning.
    const toFirst = await deployWith(cluster, workspace, {
      ...base,
      action: 'rollback',
      revision: '1',
      manifests: 'k8s',
    });
    expect(toFirst.exitCode).toBe(0);
    expect(toFirst.outputs).toMatchObject({ status: 'deployed', revision: '6', 'previous-revision': '5' });
    expect(toFirst.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContain(
      'Inputs "manifests" and "images" are left aside by a rollback: revision 1 is restored from its release record',
    );
    expect(await webImage()).toBe('web:1');
    expect(await settings()).toBe('one');

    // Refusals, one line each, nothing written.
    const refusal = async (inputs: Record<string, string>) => {
      const result = await deployWith(cluster, workspace, { ...base, action: 'rollback', ...inputs });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      return errors[0].message;
    };
    expect(await refusal({ revision: '99' })).toBe(
      'Input "revision": release "shop" has no revision 99 (its records: 1, 2, 3, 4, 5, 6): name one of those',
    );
    expect(await refusal({ revision: '4' })).toBe(
      'Input "revision": revision 4 of release "shop" never deployed (it is rolled-back): name a revision that was deployed or superseded',
    );
    expect(await refusal({ revision: 'two' })).toBe(
      'Input "revision" is "two": use a whole number from 1 to 1000000000',
    );
    expect(await refusal({ action: 'deploy', manifests: 'k8s', revision: '2' })).toBe(
      'Input "revision" is set but action is deploy: set action: rollback to return to that revision',
    );
    history = await records(cluster, 'rollback', 'shop');
    expect(history.map((r: any) => r.revision)).toEqual([1, 2, 3, 4, 5, 6]);

    // A rollback that fails is reported, and not rolled back itself: the release stays where the rollback got.
    await cluster.setPodRule({ image: 'web:3', fail: 'ImagePullBackOff' });
    const failed = await deployWith(cluster, workspace, { ...base, action: 'rollback', revision: '3', timeout: '1m' });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs).toMatchObject({ status: 'failed', revision: '7', 'rolled-back': 'false' });
    expect(failed.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toContainEqual(
      expect.stringMatching(
        /^Release "shop" revision 7 rollback failed: rollback\/Deployment\/web: (ErrImagePull|ImagePullBackOff) .*\. Nothing was rolled back \(a rollback is not rolled back itself\): revision 7 stays as far as it got\. Fix the cause, then roll back or deploy again$/,
      ),
    );
    expect(await webImage()).toBe('web:3');
    history = await records(cluster, 'rollback', 'shop');
    expect(history.map((r: any) => [r.revision, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'superseded'],
      [4, 'rolled-back'],
      [5, 'superseded'],
      [6, 'deployed'],
      [7, 'failed'],
    ]);
    expect(history[6].message).toMatch(
      /^rollback to revision 3: rollback\/Deployment\/web: (ErrImagePull|ImagePullBackOff) /,
    );
  });

  test('rollback is refused while a canary rollout waits for promote or reject', async () => {
    const files = (image: string) => ({ 'k8s/web.yaml': deployment('web', image) });
    const base = { manifests: 'k8s', namespace: 'rollback', release: 'canary', timeout: '2m' };
    expect((await deployWith(cluster, workspaceWith(files('cweb:1'), false), base)).exitCode).toBe(0);
    expect((await deployWith(cluster, workspaceWith(files('cweb:2'), false), base)).exitCode).toBe(0);
    const canary = await deployWith(cluster, workspaceWith(files('cweb:3'), false), {
      ...base,
      strategy: 'canary',
      percentage: '20',
    });
    expect(canary.outputs).toMatchObject({ status: 'progressing', phase: 'paused', revision: '3' });
    const refused = await deployWith(cluster, workspaceWith({}, false), {
      namespace: 'rollback',
      release: 'canary',
      action: 'rollback',
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Rollback refused: release "canary" has a canary rollout in progress (revision 3, paused): finish it with action: promote or action: reject first',
    ]);
    // Once rejected, the rollback goes to revision 1.
    const rejected = await deployWith(cluster, workspaceWith({}, false), {
      namespace: 'rollback',
      release: 'canary',
      action: 'reject',
    });
    expect(rejected.outputs.status).toBe('rejected');
    const back = await deployWith(cluster, workspaceWith({}, false), {
      namespace: 'rollback',
      release: 'canary',
      action: 'rollback',
    });
    expect(back.exitCode).toBe(0);
    expect(back.outputs).toMatchObject({
      status: 'deployed',
      revision: '4',
      'previous-revision': '2',
      images: 'cweb:1',
    });
  });

  test('imagepullsecrets: merged into every pod template before the apply, and kept in the record', async () => {
    const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: job
              image: ghcr.io/acme/job:1
`;
    const pod = `apiVersion: v1
kind: Pod
metadata: { name: debug }
spec:
  containers:
    - name: shell
      image: ghcr.io/acme/shell:1
`;
    const workspace = workspaceWith(
      {
        'k8s/web.yaml': deployment('web', 'ghcr.io/acme/web:1', '      imagePullSecrets: [{ name: quay }]\n'),
        'k8s/cron.yaml': cronJob,
        'k8s/pod.yaml': pod,
      },
      false,
    );
    const inputs = {
      manifests: 'k8s',
      namespace: 'pull',
      release: 'pull',
      imagepullsecrets: 'ghcr\nquay\n\nghcr-mirror',
    };
    const dry = await deployWith(cluster, workspace, { ...inputs, 'dry-run': 'true' });
    expect(dry.exitCode).toBe(0);
    expect(dry.log).toMatch(/imagePullSecrets/);
    const result = await deployWith(cluster, workspace, inputs);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const names = (list: any[]) => list.map((s) => s.name);
    const web = await get(cluster, '/apis/apps/v1/namespaces/pull/deployments/web');
    expect(names(web.spec.template.spec.imagePullSecrets)).toEqual(['quay', 'ghcr', 'ghcr-mirror']);
    const cron = await get(cluster, '/apis/batch/v1/namespaces/pull/cronjobs/nightly');
    expect(names(cron.spec.jobTemplate.spec.template.spec.imagePullSecrets)).toEqual(['ghcr', 'quay', 'ghcr-mirror']);
    const debug = await get(cluster, '/api/v1/namespaces/pull/pods/debug');
    expect(names(debug.spec.imagePullSecrets)).toEqual(['ghcr', 'quay', 'ghcr-mirror']);
    const [record] = await records(cluster, 'pull', 'pull');
    const recorded = record.objects.find((o: any) => o.kind === 'Deployment');
    expect(names(recorded.spec.template.spec.imagePullSecrets)).toEqual(['quay', 'ghcr', 'ghcr-mirror']);

    const invalid = await deployWith(cluster, workspace, { ...inputs, imagepullsecrets: 'ghcr\nGHCR_pull' });
    expect(invalid.exitCode).toBe(1);
    expect(invalid.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Input "imagepullsecrets" names a Secret "GHCR_pull" that must be a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit: give one Secret name a line',
    ]);
  });
});
