// Real config layouts from ../shared/fixtures: podinfo's kustomize overlays and Helm values,
// microservices-demo's kustomize component and plain manifests. After each update, nothing but
// the changed values differs (byte for byte, line endings included), a second parser reads the
// same documents with only the images changed, and planning again finds nothing to do.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImages, planConfigUpdate, writeConfigUpdate, type ReleasedImage } from '../../src/index.js';
import { expectOnlyValuesChanged, fixtureTree, loadAll, replaceStrings } from '../support/fixtures.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;
const PODINFO = 'ghcr.io/stefanprodan/podinfo';
const BOUTIQUE = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const SERVICES = [
  'adservice',
  'cartservice',
  'checkoutservice',
  'currencyservice',
  'emailservice',
  'frontend',
  'loadgenerator',
  'paymentservice',
  'productcatalogservice',
  'recommendationservice',
  'shippingservice',
];

/** tag-release's images output for a release: the CI tag first, then the release tags. */
function released(repositories: string[], version: string): ReleasedImage[] {
  return parseImages(
    JSON.stringify(
      repositories.map((repository) => ({
        name: repository.split('/').pop(),
        repository,
        tags: ['main-0a1b2c3', version, version.split('.').slice(0, 2).join('.'), 'latest'],
        digest: DIGEST,
        ref: `${repository}@${DIGEST}`,
      })),
    ),
    { version: `v${version}` },
  );
}

describe('podinfo (kustomize overlays over bases outside the paths)', () => {
  test.each(['staging', 'production', 'dev'])(
    'overlays/%s gains an images entry in its own list style; nothing else moves',
    (overlay) => {
      const root = fixtureTree({ podinfo: 'podinfo' });
      const path = `podinfo/deploy/overlays/${overlay}/kustomization.yaml`;
      const plan = planConfigUpdate({
        root,
        paths: [`podinfo/deploy/overlays/${overlay}`],
        images: released([PODINFO], '6.15.0'),
        pin: 'tag',
      });
      expect(plan.unmatched).toEqual([]);
      expect(plan.files.map((file) => file.path)).toEqual([path]);
      const [file] = plan.files;
      // resources are written "  - ../../bases/backend": the new list is indented the same way.
      expect(file.after).toBe(`${file.before}images:\n  - name: ${PODINFO}\n    newTag: 6.15.0\n`);
      expectOnlyValuesChanged(file);
      writeConfigUpdate(root, plan);
      expect(readFileSync(join(root, path), 'utf8')).toBe(file.after);
      // Done: a second run finds every value in place.
      const again = planConfigUpdate({
        root,
        paths: [`podinfo/deploy/overlays/${overlay}`],
        images: released([PODINFO], '6.15.0'),
        pin: 'tag',
      });
      expect(again.files).toEqual([]);
      expect(again.unmatched).toEqual([]);
    },
  );

  test('with the bases under the paths, the manifests change and the overlays are left alone', () => {
    const root = fixtureTree({ podinfo: 'podinfo' });
    const plan = planConfigUpdate({
      root,
      paths: ['podinfo/deploy/bases', 'podinfo/deploy/overlays'],
      images: released([PODINFO], '6.15.0'),
      pin: 'digest',
    });
    expect(plan.files.map((file) => file.path).filter((path) => path.includes('overlays'))).toEqual([]);
    expect(plan.changes).toHaveLength(9); // four workloads, five CronJob containers
    for (const file of plan.files) {
      const lines = expectOnlyValuesChanged(file);
      expect(lines.every((line) => line.endsWith(`image: ${PODINFO}@${DIGEST}`))).toBe(true);
      expect(loadAll(file.after)).toEqual(
        replaceStrings(loadAll(file.before), { [`${PODINFO}:6.14.1`]: `${PODINFO}@${DIGEST}` }),
      );
    }
  });

  test('charts/podinfo/values.yaml: the image tag by its repository, redis untouched', () => {
    const root = fixtureTree({ 'podinfo/charts': 'charts' });
    const plan = planConfigUpdate({
      root,
      paths: ['charts/podinfo/values.yaml'],
      images: released([PODINFO], '6.15.0'),
      pin: 'tag',
    });
    expect(plan.changes.map(({ field, before, after, line }) => ({ field, before, after, line }))).toEqual([
      { field: 'image.tag', before: '6.14.1', after: '6.15.0', line: 11 },
    ]);
    const [file] = plan.files;
    expectOnlyValuesChanged(file);
    const before = loadAll(file.before)[0] as { image: { tag: string } };
    expect(loadAll(file.after)[0]).toEqual({ ...before, image: { ...before.image, tag: '6.15.0' } });
  });

  test('the chart folder: values files change, templates (Go templates, not YAML) are not read', () => {
    const root = fixtureTree({ 'podinfo/charts': 'charts' });
    const plan = planConfigUpdate({
      root,
      paths: ['charts'],
      images: released([PODINFO], '6.15.0'),
      pin: 'tag@digest',
    });
    expect(plan.scanned).toBe(3); // Chart.yaml, values.yaml, values-prod.yaml
    expect(plan.files.map((file) => file.path)).toEqual([
      'charts/podinfo/values-prod.yaml',
      'charts/podinfo/values.yaml',
    ]);
    for (const file of plan.files) {
      expect(expectOnlyValuesChanged(file)).toEqual([`  tag: 6.15.0@${DIGEST}`]);
    }
  });

  test('a named field: Chart.yaml appVersion follows the release', () => {
    const root = fixtureTree({ 'podinfo/charts': 'charts' });
    const plan = planConfigUpdate({
      root,
      paths: ['charts/podinfo/Chart.yaml'],
      images: released([PODINFO], '6.15.0'),
      pin: 'digest',
      fields: [{ path: ['appVersion'], image: 'podinfo', part: 'tag', text: 'appVersion=podinfo:tag' }],
    });
    expect(plan.changes.map(({ field, before, after }) => `${field} ${before} -> ${after}`)).toEqual([
      `appVersion 6.14.1 -> 6.15.0@${DIGEST}`,
    ]);
    expectOnlyValuesChanged(plan.files[0]);
  });
});

describe('microservices-demo', () => {
  test('components/container-images-tag: all eleven newTag values, the licence header and layout kept', () => {
    const root = fixtureTree({ 'microservices-demo-kustomize': 'kustomize' });
    const path = 'kustomize/components/container-images-tag/kustomization.yaml';
    const plan = planConfigUpdate({
      root,
      paths: ['kustomize/components/container-images-tag'],
      images: released(
        SERVICES.map((service) => `${BOUTIQUE}/${service}`),
        '0.10.7',
      ),
      pin: 'tag',
    });
    expect(plan.unmatched).toEqual([]);
    expect(plan.files.map((file) => file.path)).toEqual([path]);
    const [file] = plan.files;
    expect(expectOnlyValuesChanged(file)).toEqual(SERVICES.map(() => '  newTag: 0.10.7'));
    expect(file.after).toBe(file.before.replaceAll('newTag: CONTAINER_IMAGES_TAG', 'newTag: 0.10.7'));
  });

  test('tag@digest adds a digest line under each newTag, at its indentation', () => {
    const root = fixtureTree({ 'microservices-demo-kustomize/components': 'components' });
    const plan = planConfigUpdate({
      root,
      paths: ['components/container-images-tag/kustomization.yaml'],
      images: released([`${BOUTIQUE}/frontend`], '0.10.7'),
      pin: 'tag@digest',
    });
    const [file] = plan.files;
    expect(file.after).toBe(
      file.before.replace(
        `frontend\n  newTag: CONTAINER_IMAGES_TAG\n`,
        `frontend\n  newTag: 0.10.7\n  digest: ${DIGEST}\n`,
      ),
    );
  });

  test('plain manifests: the release file (many documents) changes only its container images', () => {
    const root = fixtureTree({ 'microservices-demo': 'manifests' });
    const images = released(
      SERVICES.map((service) => `${BOUTIQUE}/${service}`),
      '0.10.7',
    );
    const plan = planConfigUpdate({ root, paths: ['manifests/release-kubernetes-manifests.yaml'], images, pin: 'tag' });
    expect(plan.unmatched).toEqual([]);
    const [file] = plan.files;
    const lines = expectOnlyValuesChanged(file);
    expect(lines).toHaveLength(11);
    const replacements = Object.fromEntries(
      SERVICES.map((service) => [`${BOUTIQUE}/${service}:v0.10.6`, `${BOUTIQUE}/${service}:0.10.7`]),
    );
    expect(loadAll(file.after)).toEqual(replaceStrings(loadAll(file.before), replacements));
    // busybox (pinned by digest) and redis are someone else's images.
    expect(file.after).toContain(
      'image: busybox:1.38.0@sha256:fd8d9aa63ba2f0982b5304e1ee8d3b90a210bc1ffb5314d980eb6962f1a9715d',
    );
    expect(file.after).toContain('image: redis:alpine');
  });

  test('plain manifests with CRLF line endings keep them, and only the value changes', () => {
    const root = fixtureTree({ 'microservices-demo': 'manifests' });
    const path = join(root, 'manifests/frontend.yaml');
    const crlf = readFileSync(path, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(path, crlf);
    // The per-service files write bare names (image: frontend): released as such.
    const plan = planConfigUpdate({
      root,
      paths: ['manifests/frontend.yaml'],
      images: parseImages(`frontend:0.10.7@${DIGEST}`),
      pin: 'tag',
    });
    const [file] = plan.files;
    expect(file.after).toBe(crlf.replace('image: frontend\r\n', 'image: frontend:0.10.7\r\n'));
    expect(expectOnlyValuesChanged(file)).toEqual(['          image: frontend:0.10.7\r']);
  });

  test('an image that nothing names is reported, not written', () => {
    const root = fixtureTree({ 'microservices-demo': 'manifests' });
    const plan = planConfigUpdate({
      root,
      paths: ['manifests'],
      images: parseImages('ghcr.io/acme/unknown:1.0.0'),
      pin: 'tag',
    });
    expect(plan.files).toEqual([]);
    expect(plan.unmatched.map((image) => image.repository)).toEqual(['ghcr.io/acme/unknown']);
  });
});
