// What kustomize itself renders after an update (kubectl kustomize, the real binary): the
// entries added to podinfo's overlays and the values set in microservices-demo's component
// take effect on every workload, and the images nobody released stay as they were.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseImages, planConfigUpdate, writeConfigUpdate } from '../../src/index.js';
import { fixtureTree } from '../support/fixtures.js';

const DIGEST = `sha256:${'7'.repeat(64)}`;
const PODINFO = 'ghcr.io/stefanprodan/podinfo';

function renderedImages(dir: string): string[] {
  const text = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const images: string[] = [];
  const visit = (node: unknown, key?: string) => {
    if (Array.isArray(node)) node.forEach((item) => visit(item));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, k);
    else if (key === 'image' && typeof node === 'string') images.push(node);
  };
  for (const document of yaml.loadAll(text)) visit(document);
  return images.sort();
}

describe('kustomize renders the update', () => {
  test.each(['tag', 'digest', 'tag@digest'] as const)('podinfo overlays/production, pin %s', (pin) => {
    const root = fixtureTree({ 'podinfo/deploy': 'deploy' });
    const overlay = join(root, 'deploy/overlays/production');
    const before = renderedImages(overlay);
    const plan = planConfigUpdate({
      root,
      paths: ['deploy/overlays/production'],
      images: parseImages(`${PODINFO}:6.15.0@${DIGEST}`),
      pin,
    });
    writeConfigUpdate(root, plan);
    const written = {
      tag: `${PODINFO}:6.15.0`,
      digest: `${PODINFO}@${DIGEST}`,
      'tag@digest': `${PODINFO}:6.15.0@${DIGEST}`,
    }[pin];
    expect(renderedImages(overlay)).toEqual(
      before.map((image) => (image.startsWith(`${PODINFO}:`) ? written : image)).sort(),
    );
    expect(before.filter((image) => image.startsWith(PODINFO))).toHaveLength(9);
    expect(renderedImages(overlay)).toContain('docker.io/redis:8.8.0');
  });

  test('microservices-demo: the container-images-tag component over the base', () => {
    const root = fixtureTree({ 'microservices-demo-kustomize': 'kustomize' });
    const boutique = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
    // The top kustomization with the component, as the component's README sets it up.
    writeFileSync(
      join(root, 'kustomize/kustomization.yaml'),
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- base\ncomponents:\n- components/container-images-tag\n',
    );
    const plan = planConfigUpdate({
      root,
      paths: ['kustomize/components/container-images-tag'],
      images: parseImages(`${boutique}/frontend:0.10.7\n${boutique}/cartservice:0.10.7`),
      pin: 'tag',
    });
    writeConfigUpdate(root, plan);
    const images = renderedImages(join(root, 'kustomize'));
    expect(images).toContain(`${boutique}/frontend:0.10.7`);
    expect(images).toContain(`${boutique}/cartservice:0.10.7`);
    // The other services keep the component's placeholder tag: only the released ones moved.
    expect(images).toContain(`${boutique}/adservice:CONTAINER_IMAGES_TAG`);
  });
});
