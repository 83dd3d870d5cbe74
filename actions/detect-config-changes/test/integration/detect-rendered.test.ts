// detect-config-changes on rendered output: podinfo's chart and its kustomize dev overlay
// in a real git repository, rendered at base and at head with the same inputs (the real
// helm and kustomize of tools/build.sh), objects compared, not text.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runAction, type ActionResult } from '@kra/local-runner';
import { ScratchRepo } from '../../../../packages/git/test/helpers.js';

const FIXTURES = join(repoRoot(), '..', 'shared', 'fixtures');

interface Affected {
  kind: string;
  name: string;
  namespace?: string;
  specChanged: boolean;
  restart: boolean;
  configs: Array<{ kind: string; name: string; change: string }>;
}

/**
 * v0.9.0: only a README. v1.0.0: podinfo's chart and deploy/ overlays. v1.1.0: the chart's
 * Redis ConfigMap and the overlays' redis.conf (a configMapGenerator file) changed.
 */
function history() {
  const repo = new ScratchRepo();
  repo.commit('c0', { 'README.md': '# shop\n' });
  repo.tag('v0.9.0', true);
  cpSync(join(FIXTURES, 'podinfo/charts/podinfo'), join(repo.dir, 'podinfo/charts/podinfo'), { recursive: true });
  cpSync(join(FIXTURES, 'podinfo/deploy'), join(repo.dir, 'podinfo/deploy'), { recursive: true });
  const c1 = repo.commit('c1', { 'values-shop.yaml': 'redis:\n  enabled: true\n' });
  repo.tag('v1.0.0', true);
  const template = join(repo.dir, 'podinfo/charts/podinfo/templates/redis/config.yaml');
  const redisConf = join(repo.dir, 'podinfo/deploy/bases/cache/redis.conf');
  const c2 = repo.commit('c2', {
    'podinfo/charts/podinfo/templates/redis/config.yaml': readFileSync(template, 'utf8').replace(
      'maxmemory 64mb',
      'maxmemory 96mb',
    ),
    'podinfo/deploy/bases/cache/redis.conf': `${readFileSync(redisConf, 'utf8')}\ntimeout 30\n`,
  });
  repo.tag('v1.1.0', true);
  return { repo, c1, c2 };
}

function detect(dir: string, tag: string, sha: string): Promise<ActionResult> {
  return runAction({
    action: 'detect-config-changes',
    workspace: dir,
    timeoutMs: 60_000,
    env: { PATH: `${join(repoRoot(), '.tmp', 'bin')}:${process.env.PATH}` },
    eventName: 'release',
    event: { action: 'published', release: { tag_name: tag } },
    github: { sha, ref: `refs/tags/${tag}` },
    inputs: {
      'helm-chart': 'podinfo/charts/podinfo',
      'helm-values': 'values-shop.yaml',
      'helm-release-name': 'web',
      kustomize: 'podinfo/deploy/overlays/dev',
      namespace: 'shop',
    },
  });
}

describe('detect-config-changes renders a chart and an overlay at both refs', () => {
  const { repo, c1, c2 } = history();
  let release: ActionResult;
  let first: ActionResult;
  beforeAll(async () => {
    release = await detect(repo.dir, 'v1.1.0', c2);
    first = await detect(repo.dir, 'v1.0.0', c1);
  });

  test('the chart’s ConfigMap is modified; the generated one is modified under its new name', () => {
    expect(release.exitCode).toBe(0);
    expect(release.outputs.base).toBe(c1);
    const changed = JSON.parse(release.outputs['changed-configs-json']) as Array<Record<string, string>>;
    expect(changed).toHaveLength(2);
    expect(changed[0]).toEqual({
      kind: 'ConfigMap',
      name: expect.stringMatching(/^redis-config-[a-z0-9]{10}$/),
      namespace: 'dev',
      change: 'modified',
    });
    expect(changed[0].name).not.toBe('redis-config-bd2fcfgt6k');
    expect(changed[1]).toEqual({ kind: 'ConfigMap', name: 'web-podinfo-redis', namespace: 'shop', change: 'modified' });
  });

  test('their readers are affected but roll by themselves: nothing to restart', () => {
    const affected = JSON.parse(release.outputs['affected-workloads-json']) as Affected[];
    const byName = Object.fromEntries(affected.map((w) => [`${w.namespace}/${w.name}`, w]));
    // The generated name changed, so the cache Deployment's pod template did.
    expect(byName['dev/cache']).toMatchObject({ kind: 'Deployment', specChanged: true, restart: false });
    // The chart stamps a checksum of its config on the Redis pod template.
    expect(byName['shop/web-podinfo-redis']).toMatchObject({ kind: 'Deployment', specChanged: true, restart: false });
    expect(JSON.parse(release.outputs['restart-json'])).toEqual([]);
    expect(byName['dev/cache'].configs[0]).toMatchObject({ kind: 'ConfigMap', change: 'modified' });
  });

  test('checksums cover the rendered workloads that read a config', () => {
    const checksums = JSON.parse(release.outputs.checksums) as Record<string, string>;
    expect(Object.keys(checksums)).toEqual(
      expect.arrayContaining(['apps/v1/Deployment/dev/cache', 'apps/v1/Deployment/shop/web-podinfo-redis']),
    );
  });

  test('a chart that is not there at base: a warning, and everything at head counts as added', () => {
    expect(first.exitCode).toBe(0);
    const warnings = first.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(
      warnings.some((w) =>
        /^Not rendered at base v0\.9\.0 .*: At base v0\.9\.0: Input "helm-chart" is "podinfo\/charts\/podinfo", which is not a folder/.test(
          w,
        ),
      ),
    ).toBe(true);
    const changed = JSON.parse(first.outputs['changed-configs-json']) as Array<Record<string, string>>;
    expect(changed.every((c) => c.change === 'added')).toBe(true);
    expect(changed.map((c) => c.name)).toEqual(
      expect.arrayContaining(['web-podinfo-redis', 'redis-config-bd2fcfgt6k']),
    );
  });

  test('a template error at head fails with one line at the template', async () => {
    repo.commit('c3', { 'podinfo/charts/podinfo/templates/redis/config.yaml': '{{ if }}\n' });
    repo.tag('v1.2.0', true);
    const broken = await detect(repo.dir, 'v1.2.0', repo.git('rev-parse', 'HEAD'));
    expect(broken.exitCode).toBe(1);
    expect(broken.outputs).toEqual({});
    expect(broken.annotations.at(-1)?.message).toMatch(
      /^At head [0-9a-f]{12}: podinfo\/charts\/podinfo\/templates\/redis\/config\.yaml:1: helm template failed: .*missing value for if/,
    );
  });
});
