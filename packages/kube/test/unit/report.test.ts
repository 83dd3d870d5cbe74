import type { KObject } from '../../src/client.js';
import type { DeployResult } from '../../src/deploy-options.js';
import { imageChanges } from '../../src/images.js';
import { type DeployHeading, deploySummary, serverHost } from '../../src/report.js';
import { redactor } from '../../src/secrets.js';

const A = `sha256:0123456789ab${'a'.repeat(52)}`;
const B = `sha256:ba9876543210${'b'.repeat(52)}`;

const workload = (kind: string, name: string, containers: Record<string, string>): KObject => ({
  apiVersion: 'apps/v1',
  kind,
  metadata: { name, namespace: 'shop' },
  spec: {
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: Object.entries(containers).map(([container, image]) => ({ name: container, image })) },
    },
  },
});

const previous = [
  workload('Deployment', 'web', { web: `ghcr.io/acme/web:1.3.0@${A}`, proxy: 'envoyproxy/envoy:v1.31' }),
  workload('Deployment', 'legacy', { legacy: 'ghcr.io/acme/legacy:0.9' }),
];
const current = [
  workload('Deployment', 'web', { web: `ghcr.io/acme/web:1.4.0@${B}`, proxy: 'envoyproxy/envoy:v1.31' }),
  workload('StatefulSet', 'db', { db: 'postgres:17' }),
];

function result(overrides: Partial<DeployResult> = {}): DeployResult {
  return {
    status: 'deployed',
    revision: 4,
    previousRevision: 3,
    rolledBack: false,
    objects: [{ object: 'shop/Deployment/web', kind: 'Deployment', result: 'configured', ready: 'ready' }],
    changed: { created: 0, configured: 1, unchanged: 0, pruned: 0 },
    images: [],
    replacements: [],
    imageChanges: imageChanges(previous, current),
    timeline: [],
    diffs: [],
    prune: [],
    ...overrides,
  };
}

const heading: DeployHeading = {
  release: 'shop',
  version: '1.4.0',
  environment: 'production',
  server: 'https://admin:s3cret-pass@kube.example.com:6443/prefix',
  namespace: 'shop',
  links: [
    ['commit 0123456789ab', 'https://github.com/acme/shop/commit/0123456789abcdef'],
    ['run', 'https://github.com/acme/shop/actions/runs/7'],
  ],
};

describe('image changes since the previous revision', () => {
  test("pair each workload container's image in the previous record with this revision's", () => {
    expect(imageChanges(previous, current)).toEqual([
      {
        object: 'shop/Deployment/web',
        container: 'web',
        before: `ghcr.io/acme/web:1.3.0@${A}`,
        after: `ghcr.io/acme/web:1.4.0@${B}`,
      },
      {
        object: 'shop/Deployment/web',
        container: 'proxy',
        before: 'envoyproxy/envoy:v1.31',
        after: 'envoyproxy/envoy:v1.31',
      },
      { object: 'shop/StatefulSet/db', container: 'db', before: undefined, after: 'postgres:17' },
      { object: 'shop/Deployment/legacy', container: 'legacy', before: 'ghcr.io/acme/legacy:0.9' },
    ]);
    // A first deploy: everything is new.
    expect(imageChanges([], current).every((c) => c.before === undefined)).toBe(true);
  });
});

describe('the deploy summary', () => {
  const text = deploySummary(result(), heading).toString();

  test('its heading names the release, version, environment, cluster host and namespace; never credentials', () => {
    expect(text.split('\n')[0]).toBe(
      '## ✅ Release `shop` revision 4 deployed · version `1.4.0` · environment `production` · cluster `kube.example.com:6443` · namespace `shop`',
    );
    expect(text).not.toContain('s3cret-pass');
    expect(text).not.toContain('admin');
    expect(serverHost('https://10.0.0.1')).toBe('10.0.0.1');
    expect(serverHost('not a url')).toBe('');
  });

  test('the objects table comes first, then links to the commit and the run', () => {
    expect(text).toMatch(/^## .*\n\n\| object \| result \| ready \|\n/);
    expect(text).toContain(
      '[commit 0123456789ab](https://github.com/acme/shop/commit/0123456789abcdef) · [run](https://github.com/acme/shop/actions/runs/7)',
    );
  });

  test('images: one row per workload container, before → after, digests cut to 12 hex characters', () => {
    expect(text).toContain('### Images (since revision 3: 3 of 4 changed)');
    expect(text).toContain('| workload | container | before | after |');
    expect(text).toContain(
      '| `shop/Deployment/web` | web | `ghcr.io/acme/web:1.3.0@sha256:0123456789ab` | `ghcr.io/acme/web:1.4.0@sha256:ba9876543210` |',
    );
    expect(text).toContain('| `shop/Deployment/web` | proxy | `envoyproxy/envoy:v1.31` | unchanged |');
    expect(text).toContain('| `shop/StatefulSet/db` | db | new | `postgres:17` |');
    expect(text).toContain('| `shop/Deployment/legacy` | legacy | `ghcr.io/acme/legacy:0.9` | not in this revision |');
    // The whole references, folded.
    const folded = text.slice(text.indexOf('<details><summary>Whole image references</summary>'));
    expect(folded).toContain(`shop/Deployment/web web: ghcr.io/acme/web:1.3.0@${A} -> ghcr.io/acme/web:1.4.0@${B}`);
    expect(folded).toContain('shop/StatefulSet/db db: (none) -> postgres:17');
    expect(text.split('<details>')[0]).not.toContain(A);
  });

  test('a first deploy says so, and a run outside GitHub has no links', () => {
    const first = deploySummary(
      result({ revision: 1, previousRevision: undefined, imageChanges: imageChanges([], current) }),
      {
        ...heading,
        environment: '',
        links: [
          ['commit abc', ''],
          ['run', ''],
        ],
      },
    ).toString();
    expect(first.split('\n')[0]).toBe(
      '## ✅ Release `shop` revision 1 deployed · version `1.4.0` · cluster `kube.example.com:6443` · namespace `shop`',
    );
    expect(first).toContain('### Images (first deploy: 3 of 3 changed)');
    expect(first).not.toContain('](');
  });

  test('no Secret value of the manifests reaches it, even when a container log repeats one', () => {
    const secretValue = 'hunter2-db-password';
    const failed = result({
      status: 'rolled-back',
      rolledBack: true,
      failure: `shop/Deployment/web: CrashLoopBackOff (connecting with ${secretValue})`,
      diagnosis: {
        object: 'shop/Deployment/web',
        reason: 'CrashLoopBackOff',
        message: 'back-off',
        podEvents: [],
        objectEvents: [],
        log: `panic: login failed for password ${secretValue}`,
        otherPods: [],
      },
    });
    const summary = deploySummary(failed, { ...heading, redact: redactor([secretValue]) }).toString();
    expect(summary).toContain('panic: login failed for password ***');
    expect(summary).not.toContain(secretValue);
  });
});
