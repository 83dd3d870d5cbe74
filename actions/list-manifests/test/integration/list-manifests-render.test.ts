// The bundled list-manifests rendering a Helm chart and kustomize overlays, run as the
// runner runs it: outputs as for plain files (the bundle, the rendered files in manifests),
// objects pointing at templates and overlays, and rendered Secret values masked before the
// first log line and absent from outputs and the summary.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { repoRoot, runAction, type ActionResult } from '@kra/local-runner';

const FIXTURES = join(repoRoot(), '..', 'shared', 'fixtures');

interface Listed {
  kind: string;
  name: string;
  namespace?: string;
  file: string;
  line: number;
  rendered?: { by: string; file: string; line: number };
}

function workspace(...folders: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'list-manifests-render-'));
  for (const folder of folders) {
    mkdirSync(dirname(join(dir, folder)), { recursive: true });
    cpSync(join(FIXTURES, folder), join(dir, folder), { recursive: true });
  }
  return dir;
}

function list(inputs: Record<string, string>, dir: string): Promise<ActionResult> {
  // The pinned helm and kustomize of tools/build.sh, as a runner has them on PATH.
  const path = `${join(repoRoot(), '.tmp', 'bin')}:${process.env.PATH}`;
  return runAction({ action: 'list-manifests', inputs, workspace: dir, env: { PATH: path }, timeoutMs: 60_000 });
}

describe('a chart and overlays, listed', () => {
  const dir = workspace('podinfo/charts/podinfo', 'podinfo/deploy', 'microservices-demo');
  let result: ActionResult;
  beforeAll(async () => {
    result = await list(
      {
        paths: 'microservices-demo/cartservice.yaml',
        'helm-chart': 'podinfo/charts/podinfo',
        'helm-values': 'podinfo/charts/podinfo/values-prod.yaml',
        'helm-set': 'httpRoute.enabled=true\n--set-string podAnnotations.team=shop',
        'helm-release-name': 'web',
        kustomize: 'podinfo/deploy/overlays/staging',
        namespace: 'shop',
      },
      dir,
    );
  });

  test('succeeds with plain files, the chart and the overlay in one apply order', () => {
    expect(result.exitCode).toBe(0);
    const objects = JSON.parse(result.outputs['manifests-json']) as Listed[];
    expect(Number(result.outputs.count)).toBe(objects.length);
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.name === 'web-podinfo')!;
    expect(deployment).toMatchObject({ namespace: 'shop', file: 'podinfo/charts/podinfo/templates/deployment.yaml' });
    expect(deployment.rendered).toMatchObject({ by: 'helm' });
    const staging = objects.find((o) => o.kind === 'Deployment' && o.name === 'frontend')!;
    expect(staging).toMatchObject({
      namespace: 'staging',
      file: 'podinfo/deploy/overlays/staging/kustomization.yaml',
      line: 1,
    });
    expect(objects.find((o) => o.name === 'redis-cart')?.file).toBe('microservices-demo/cartservice.yaml');
    const kinds = objects.map((o) => o.kind);
    expect(kinds.indexOf('Namespace')).toBe(0);
    expect(kinds.lastIndexOf('ConfigMap')).toBeLessThan(kinds.indexOf('Deployment'));
  });

  test('manifests lists files k8s-deploy can read: the rendered outputs in RUNNER_TEMP', () => {
    const files = result.outputs.manifests.split('\n');
    expect(files).toContain('microservices-demo/cartservice.yaml');
    const rendered = files.filter((file) => file.startsWith(result.runnerTemp));
    expect(rendered).toHaveLength(2);
    for (const file of rendered) {
      const documents = yaml.loadAll(readFileSync(file, 'utf8')) as unknown[];
      expect(documents.length).toBeGreaterThan(3);
    }
  });

  test('the bundle holds every object in apply order, as the tools printed them', () => {
    const objects = JSON.parse(result.outputs['manifests-json']) as Listed[];
    const text = readFileSync(result.outputs.bundle, 'utf8');
    const documents = yaml.loadAll(text) as Array<{ kind: string; metadata: { name: string } }>;
    expect(documents.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(objects.map((o) => `${o.kind}/${o.name}`));
    expect(text).toContain('# Source: podinfo/templates/deployment.yaml');
    expect(text).toContain('team: "shop"');
  });
});

describe.each([
  ['a values file', 'BEGIN-0451-certificate-from-a-values-file'],
  ['helm-set', 'BEGIN-0452-certificate-from-helm-set'],
])('a rendered Secret from %s stays secret', (from, certificate) => {
  const dir = workspace('microservices-demo-helm');
  writeFileSync(
    join(dir, 'secret-values.yaml'),
    `cartDatabase:\n  externalRedisTlsOrigination:\n    enable: true\n${from === 'a values file' ? `    certificate: ${certificate}\n` : ''}`,
  );
  const encoded = Buffer.from(certificate).toString('base64');
  let result: ActionResult;
  beforeAll(async () => {
    result = await list(
      {
        'helm-chart': 'microservices-demo-helm',
        'helm-values': 'secret-values.yaml',
        'helm-set': from === 'helm-set' ? `cartDatabase.externalRedisTlsOrigination.certificate=${certificate}` : '',
      },
      dir,
    );
  });

  test('its values are masked before the first log line about the objects', () => {
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    const maskedAt = lines.findIndex((line) => line === `::add-mask::${certificate}`);
    const encodedAt = lines.findIndex((line) => line === `::add-mask::${encoded}`);
    expect(maskedAt).toBeGreaterThanOrEqual(0);
    expect(encodedAt).toBeGreaterThanOrEqual(0);
    const firstListing = lines.findIndex((line) => / objects in \d+ files/.test(line));
    expect(maskedAt).toBeLessThan(firstListing);
    expect(encodedAt).toBeLessThan(firstListing);
  });

  test('no value in outputs or the summary, the Secret listed by name', () => {
    for (const text of [JSON.stringify(result.outputs), result.summary]) {
      expect(text).not.toContain(certificate);
      expect(text).not.toContain(encoded);
    }
    const objects = JSON.parse(result.outputs['manifests-json']) as Listed[];
    expect(objects.find((o) => o.kind === 'Secret')?.name).toBe('exernal-redis-tls-origination');
  });
});

describe('bad input fails with one line and no outputs', () => {
  test('a chart outside the workspace', async () => {
    const result = await list({ 'helm-chart': '../elsewhere' }, workspace());
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({});
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.at(-1)?.message).toMatch(/^Input "helm-chart" path "\.\.\/elsewhere" is outside the workspace/);
  });

  test('a helm input without helm-chart, and nothing to list', async () => {
    const stray = await list({ paths: 'x.yaml', 'helm-values': 'values.yaml' }, workspace());
    expect(stray.annotations.at(-1)?.message).toBe(
      'Input "helm-values" is set but helm-chart is empty: give the chart to render',
    );
    const nothing = await list({}, workspace());
    expect(nothing.annotations.at(-1)?.message).toBe(
      'Input "paths" is empty: give manifest files, folders or globs, a helm-chart, or kustomize overlays',
    );
  });
});
