// An overlay that sets no images and uses several released ones (examples/gitops's staging
// overlay: web and worker from base/) gains them all in one images: list, in each list style.
import { cpSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { parseImages, planConfigUpdate } from '../../src/index.js';

const DIGEST = `sha256:${'e'.repeat(64)}`;
const images = parseImages(
  JSON.stringify(
    ['web', 'worker'].map((name) => ({
      name,
      repository: `localhost:5000/shop/${name}`,
      tags: ['1.4.0'],
      digest: DIGEST,
      ref: `localhost:5000/shop/${name}@${DIGEST}`,
    })),
  ),
  { version: 'v1.4.0' },
);

function configRepository(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kra-gitops-entries-')));
  // The repository's top is the tests' working folder (as FIXTURES assumes).
  cpSync(resolve(process.cwd(), 'examples/gitops/config-repository'), root, { recursive: true });
  return root;
}

describe('images: entries added to an overlay', () => {
  test('a kustomization without images: gets one list holding every released image it uses', () => {
    const root = configRepository();
    const plan = planConfigUpdate({ root, paths: ['overlays/staging'], images, pin: 'tag' });
    expect(plan.problems).toEqual([]);
    const [file] = plan.files;
    expect(file.after).toBe(
      `${file.before}images:\n  - name: localhost:5000/shop/web\n    newTag: 1.4.0\n  - name: localhost:5000/shop/worker\n    newTag: 1.4.0\n`,
    );
    expect(file.changes.map((change) => [change.field, change.after])).toEqual([
      ['images[+]', 'localhost:5000/shop/web:1.4.0'],
      ['images[+]', 'localhost:5000/shop/worker:1.4.0'],
    ]);
  });

  test.each([
    ['an empty images:', 'images:\n'],
    ['an empty flow list', 'images: []\n'],
    ['a block list of another image', 'images:\n  - name: redis\n    newTag: 7-alpine\n'],
  ])('%s gets both, and the file reads back with them', (_name, images_) => {
    const root = configRepository();
    const path = join(root, 'overlays/staging/kustomization.yaml');
    writeFileSync(path, `resources:\n  - ../../base\n${images_}`);
    const plan = planConfigUpdate({ root, paths: ['overlays/staging'], images, pin: 'tag@digest' });
    expect(plan.problems).toEqual([]);
    const entries = (yaml.load(plan.files[0].after) as { images: Array<Record<string, string>> }).images;
    expect(entries.filter((entry) => entry.name !== 'redis')).toEqual(
      ['web', 'worker'].map((name) => ({ name: `localhost:5000/shop/${name}`, newTag: '1.4.0', digest: DIGEST })),
    );
  });
});
