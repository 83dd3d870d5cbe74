// The real-world app in ../shared/fixtures/microservices-demo (Google's Online Boutique):
// one file per service, its kustomization.yaml, and the same app as one multi-document file.
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  applyOrder,
  canonicalJson,
  configReferences,
  containerImages,
  fileOrder,
  loadManifests,
  objectRef,
  uniqueImages,
  validateManifests,
  type LoadedObject,
} from '../../src/index.js';

// Through symlinks, as the loader reports files (shared/ may be linked beside the checkout).
const fixtures = realpathIfPresent(resolve(process.cwd(), '..', 'shared', 'fixtures'));

function realpathIfPresent(path: string): string {
  return existsSync(path) ? realpathSync(path) : path;
}
const demo = join(fixtures, 'microservices-demo');
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

const notes: string[] = [];
let perService: LoadedObject[];
let single: LoadedObject[];

beforeAll(async () => {
  if (!existsSync(demo))
    throw new Error(
      `the shared fixtures are missing: expected ${demo} (run the tests from the repository root, with ../shared beside it)`,
    );
  perService = await loadManifests(['microservices-demo'], {
    root: fixtures,
    exclude: ['microservices-demo/release-kubernetes-manifests.yaml'],
    onSkip: (note) => notes.push(note),
  });
  single = await loadManifests(['microservices-demo/release-kubernetes-manifests.yaml'], { root: fixtures });
});

const identity = (item: LoadedObject) => `${item.object.kind}/${item.object.metadata.name}`;
/** The per-service files use short image names that kustomize/skaffold rewrite; compare the rest. */
const withoutImages = (item: LoadedObject) => canonicalJson(item.object).replace(/"image":"[^"]*"/g, '"image":"…"');

describe('microservices-demo', () => {
  test('kustomization.yaml is skipped with a debug note, not loaded as an object', () => {
    expect(notes).toEqual([
      'microservices-demo/kustomization.yaml: skipped, a kustomization file is not an object to apply (list the files it names instead)',
    ]);
    expect(perService.some((item) => item.object.kind === 'Kustomization')).toBe(false);
  });

  test('all 11 services are found, each with its Deployment and its image', () => {
    const deployments = perService
      .filter((item) => item.object.kind === 'Deployment')
      .map((item) => item.object.metadata.name);
    expect(deployments).toEqual(expect.arrayContaining(SERVICES));
    const releaseImages = uniqueImages(single);
    for (const service of SERVICES) {
      expect(releaseImages).toContain(
        `us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/${service}:v0.10.6`,
      );
    }
    expect(releaseImages).toEqual(
      expect.arrayContaining(['redis:alpine', expect.stringMatching(/^busybox:1\.38\.0@sha256:[0-9a-f]{64}$/)]),
    );
    expect(releaseImages).toHaveLength(13);
    const sourceImages = uniqueImages(perService);
    expect(sourceImages).toEqual(expect.arrayContaining([...SERVICES, 'redis:alpine']));
  });

  test('the loadgenerator init container image is found with its path', () => {
    const loadgenerator = single.find(
      (item) => item.object.kind === 'Deployment' && item.object.metadata.name === 'loadgenerator',
    )!;
    expect(containerImages(loadgenerator).map((image) => [image.list, image.container, image.path])).toEqual([
      ['initContainers', 'frontend-check', 'spec.template.spec.initContainers[frontend-check].image'],
      ['containers', 'main', 'spec.template.spec.containers[main].image'],
    ]);
  });

  test.each([
    ['the per-service files', () => perService],
    ['the single release file', () => single],
  ])(
    'in apply order (%s), every ServiceAccount comes before every Deployment, Services before Deployments',
    (_name, objects) => {
      const kinds = applyOrder(objects()).map((item) => item.object.kind);
      expect(kinds.lastIndexOf('ServiceAccount')).toBeLessThan(kinds.indexOf('Deployment'));
      expect(kinds.lastIndexOf('Service')).toBeLessThan(kinds.indexOf('Deployment'));
      expect(new Set(kinds)).toEqual(new Set(['ServiceAccount', 'Service', 'Deployment']));
    },
  );

  test('the single-file form gives the same objects as the per-service files', () => {
    const byIdentity = (items: LoadedObject[]) => new Map(items.map((item) => [identity(item), item]));
    const a = byIdentity(perService);
    const b = byIdentity(single);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(perService).toHaveLength(single.length);
    for (const [key, item] of a) expect(`${key} ${withoutImages(b.get(key)!)}`).toBe(`${key} ${withoutImages(item)}`);
  });

  test('objects keep the line of their document in the real files', () => {
    const frontendSa = single.find((item) => identity(item) === 'ServiceAccount/frontend')!;
    expect(frontendSa.source).toEqual({ file: join(demo, 'release-kubernetes-manifests.yaml'), index: 3, line: 144 });
    const adservice = perService.find((item) => identity(item) === 'Deployment/adservice')!;
    expect(adservice.source).toEqual({ file: join(demo, 'adservice.yaml'), index: 0, line: 15 });
  });

  test('files in apply order start with the files holding ServiceAccounts', () => {
    const files = fileOrder(perService).map((file) => file.slice(demo.length + 1));
    expect(files).toHaveLength(11);
    expect(files[0]).toBe('adservice.yaml');
  });

  test('object refs use the default namespace, and the app validates against the schemas', async () => {
    expect(objectRef(single[0], 'boutique')).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'frontend',
      namespace: 'boutique',
    });
    expect(await validateManifests(single, 'schema')).toEqual([]);
    expect(await validateManifests(perService, 'schema')).toEqual([]);
  });

  test('the workloads reference no ConfigMap or Secret', () => {
    expect(single.flatMap((item) => configReferences(item))).toEqual([]);
  });
});
