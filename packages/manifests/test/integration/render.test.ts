// Rendering with the real helm and kustomize (tools/build.sh) on the shared fixtures: the
// objects are exactly what `helm template` / `kustomize build` print, in apply order; each
// points at its template or overlay; bad input fails with one line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@kra/core';
import { applyOrder, type LoadedObject } from '../../src/index.js';
import { renderHelm, renderKustomize, type HelmRenderOptions } from '../../src/render/index.js';
import { HELM, KUSTOMIZE, comparable, fixtureWorkspace, toolOutput } from '../support/render.js';

const root = fixtureWorkspace(
  'microservices-demo-helm',
  'microservices-demo-kustomize',
  'podinfo/charts/podinfo',
  'podinfo/deploy',
);

function helm(options: Partial<HelmRenderOptions> & Pick<HelmRenderOptions, 'chart'>): Promise<LoadedObject[]> {
  return renderHelm({ binary: HELM, releaseName: 'shop', root, ...options });
}

/** helm template's own arguments for the same render. */
function helmArgs(chart: string, extra: string[] = []): string[] {
  return ['template', 'shop', join(root, chart), ...extra];
}

function kinds(objects: LoadedObject[]): Record<string, number> {
  const count: Record<string, number> = {};
  for (const { object } of objects) count[object.kind] = (count[object.kind] ?? 0) + 1;
  return count;
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).not.toContain('\n');
    return error as UserError;
  }
  throw new Error('expected the render to fail');
}

describe('Helm charts render to what helm template prints', () => {
  const cases: Array<{ name: string; chart: string; values?: string[]; set?: string[]; args: string[] }> = [
    { name: 'microservices-demo-helm, default values', chart: 'microservices-demo-helm', args: [] },
    {
      name: 'microservices-demo-helm with network policies',
      chart: 'microservices-demo-helm',
      set: ['networkPolicies.create=true'],
      args: ['--set', 'networkPolicies.create=true'],
    },
    {
      name: 'microservices-demo-helm with the OpenTelemetry collector',
      chart: 'microservices-demo-helm',
      set: ['opentelemetryCollector.create=true', '--set-string googleCloudOperations.tracing=true'],
      args: ['--set', 'opentelemetryCollector.create=true', '--set-string', 'googleCloudOperations.tracing=true'],
    },
    {
      name: 'podinfo with values-prod.yaml, HTTPRoute and HPA',
      chart: 'podinfo/charts/podinfo',
      values: ['podinfo/charts/podinfo/values-prod.yaml'],
      set: ['httpRoute.enabled=true', 'hpa.enabled=true', '--set-json httpRoute.hostnames=["shop.example.com"]'],
      args: [
        '--values',
        join(root, 'podinfo/charts/podinfo/values-prod.yaml'),
        '--set',
        'httpRoute.enabled=true',
        '--set',
        'hpa.enabled=true',
        '--set-json',
        'httpRoute.hostnames=["shop.example.com"]',
      ],
    },
  ];

  test.each(cases)('$name', async ({ chart, values, set, args }) => {
    const rendered = applyOrder(await helm({ chart, values, set, namespace: 'shop' }));
    const expected = toolOutput(HELM, helmArgs(chart, ['--namespace', 'shop', ...args]), root);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.map(comparable)).toEqual(expected.map(comparable));
  });

  test('the toggles change the object set', async () => {
    const plain = kinds(await helm({ chart: 'microservices-demo-helm' }));
    const policies = kinds(await helm({ chart: 'microservices-demo-helm', set: ['networkPolicies.create=true'] }));
    const otel = kinds(await helm({ chart: 'microservices-demo-helm', set: ['opentelemetryCollector.create=true'] }));
    expect(plain.NetworkPolicy).toBeUndefined();
    expect(policies.NetworkPolicy).toBeGreaterThanOrEqual(11);
    expect(otel.Deployment).toBe(plain.Deployment + 1);
    const podinfo = kinds(
      await helm({
        chart: 'podinfo/charts/podinfo',
        values: ['podinfo/charts/podinfo/values-prod.yaml'],
        set: ['httpRoute.enabled=true'],
      }),
    );
    expect(podinfo).toMatchObject({ HTTPRoute: 1, HorizontalPodAutoscaler: 1, Deployment: 2 });
  });

  test('each object points at its template, at the line of its kind', async () => {
    const rendered = await helm({ chart: 'podinfo/charts/podinfo', set: ['hpa.enabled=true', 'redis.enabled=true'] });
    const deployment = rendered.find(
      (o) => o.object.kind === 'Deployment' && o.object.metadata.name === 'shop-podinfo',
    )!;
    expect(deployment.source.file).toBe(join(root, 'podinfo/charts/podinfo/templates/deployment.yaml'));
    const templateLine = readFileSync(deployment.source.file, 'utf8').split('\n')[deployment.source.line - 1];
    expect(templateLine).toMatch(/^kind: Deployment/);
    const redis = rendered.find((o) => o.object.metadata.name === 'shop-podinfo-redis' && o.object.kind === 'Service')!;
    expect(redis.source.file).toBe(join(root, 'podinfo/charts/podinfo/templates/redis/service.yaml'));
    // The rendered document is where source.rendered says, in the file written for it.
    const out = join(root, 'podinfo-rendered.yaml');
    const written = await helm({ chart: 'podinfo/charts/podinfo', renderedFile: out });
    const service = written.find((o) => o.object.kind === 'Service' && o.object.metadata.name === 'shop-podinfo')!;
    expect(service.source.rendered).toEqual({ by: 'helm', file: out, line: expect.any(Number) });
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[service.source.rendered!.line - 1]).toBe('apiVersion: v1');
    expect(lines[service.source.rendered!.line - 2]).toBe('# Source: podinfo/templates/service.yaml');
  });

  test('include-crds, kube-version and api-versions reach helm', async () => {
    const withMonitor = await helm({
      chart: 'podinfo/charts/podinfo',
      set: ['serviceMonitor.enabled=true'],
      apiVersions: ['monitoring.coreos.com/v1'],
      kubeVersion: '1.33.0',
      includeCrds: true,
    });
    expect(withMonitor.some((o) => o.object.kind === 'ServiceMonitor')).toBe(true);
    const expected = toolOutput(
      HELM,
      helmArgs('podinfo/charts/podinfo', [
        '--set',
        'serviceMonitor.enabled=true',
        '--api-versions',
        'monitoring.coreos.com/v1',
        '--kube-version',
        '1.33.0',
        '--include-crds',
      ]),
      root,
    );
    expect(applyOrder(withMonitor).map(comparable)).toEqual(expected.map(comparable));
  });
});

describe('kustomize overlays render to what kustomize build prints', () => {
  test.each([
    'microservices-demo-kustomize',
    'microservices-demo-kustomize/base',
    'microservices-demo-kustomize/tests/memorystore-with-all-components',
    'podinfo/deploy/overlays/dev',
    'podinfo/deploy/overlays/staging',
    'podinfo/deploy/overlays/production',
  ])('%s', async (overlay) => {
    const rendered = applyOrder(await renderKustomize({ binary: KUSTOMIZE, overlay, root }));
    const expected = toolOutput(KUSTOMIZE, ['build', join(root, overlay)], root);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.map(comparable)).toEqual(expected.map(comparable));
    for (const loaded of rendered) {
      expect(loaded.source.file).toBe(join(root, overlay, 'kustomization.yaml'));
      expect(loaded.source.rendered?.by).toBe('kustomize');
    }
  });

  test('an overlay inflating a chart with --enable-helm (kustomize with helm 4)', async () => {
    const { cpSync, mkdirSync } = await import('node:fs');
    const dir = fixtureWorkspace();
    mkdirSync(join(dir, 'overlay'));
    cpSync(join(root, 'podinfo/charts/podinfo'), join(dir, 'overlay/charts/podinfo'), { recursive: true });
    writeFileSync(
      join(dir, 'overlay/kustomization.yaml'),
      'helmGlobals:\n  chartHome: charts\nhelmCharts:\n- name: podinfo\n  releaseName: web\n  valuesInline:\n    hpa:\n      enabled: true\nnamePrefix: prod-\n',
    );
    const rendered = applyOrder(
      await renderKustomize({ binary: KUSTOMIZE, overlay: 'overlay', root: dir, enableHelm: { helm: HELM } }),
    );
    const expected = toolOutput(
      KUSTOMIZE,
      ['build', join(dir, 'overlay'), '--enable-helm', '--helm-command', HELM],
      dir,
    );
    expect(rendered.map(comparable)).toEqual(expected.map(comparable));
    expect(
      rendered.some(
        (o) => o.object.kind === 'HorizontalPodAutoscaler' && o.object.metadata.name === 'prod-web-podinfo',
      ),
    ).toBe(true);
    const without = await failure(renderKustomize({ binary: KUSTOMIZE, overlay: 'overlay', root: dir }));
    expect(without.message).toMatch(/^overlay\/kustomization\.yaml: kustomize build failed: .*enable-helm/);
  });

  test('configMapGenerator names carry their content hash', async () => {
    const rendered = await renderKustomize({ binary: KUSTOMIZE, overlay: 'podinfo/deploy/overlays/dev', root });
    const names = rendered.filter((o) => o.object.kind === 'ConfigMap').map((o) => o.object.metadata.name);
    expect(names).toContain('redis-config-bd2fcfgt6k');
  });
});

describe('bad input is one line', () => {
  const broken = fixtureWorkspace('podinfo/charts/podinfo');
  const service = join(broken, 'podinfo/charts/podinfo/templates/service.yaml');
  const original = readFileSync(service, 'utf8');
  const withLine5 = (text: string) => {
    const lines = original.split('\n');
    lines[4] = text;
    writeFileSync(service, lines.join('\n'));
  };
  const render = (options: Partial<HelmRenderOptions> = {}) =>
    renderHelm({ binary: HELM, releaseName: 'shop', root: broken, chart: 'podinfo/charts/podinfo', ...options });
  afterEach(() => writeFileSync(service, original));

  test('a template error names the template file and line from helm', async () => {
    withLine5('  name: {{ .Values.nope.deeper }}');
    const error = await failure(render());
    expect(error.message).toMatch(
      /^podinfo\/charts\/podinfo\/templates\/service\.yaml:5: helm template failed: .*nil pointer evaluating .*deeper/,
    );
    expect(error.file).toBe('podinfo/charts/podinfo/templates/service.yaml');
    expect(error.line).toBe(5);
    withLine5('  name: {{ if }}');
    expect((await failure(render())).message).toMatch(
      /^podinfo\/charts\/podinfo\/templates\/service\.yaml:5: helm template failed: .*missing value for if/,
    );
  });

  test('a template that renders invalid YAML names the template', async () => {
    const bad = join(broken, 'podinfo/charts/podinfo/templates/bad.yaml');
    writeFileSync(bad, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: [\n');
    try {
      const error = await failure(render());
      expect(error.message).toMatch(
        /^podinfo\/charts\/podinfo\/templates\/bad\.yaml: helm template rendered invalid YAML \(.*line 4.*\) — fix the template's indentation or quoting$/,
      );
      expect(error.file).toBe('podinfo/charts/podinfo/templates/bad.yaml');
    } finally {
      const { rmSync } = await import('node:fs');
      rmSync(bad);
    }
  });

  test('a value given to the render never comes back in helm’s message', async () => {
    withLine5('  name: {{ fail (printf "bad token %s" .Values.token) }}');
    const error = await failure(render({ set: ['token=hunter2-s3cret'] }));
    expect(error.message).toMatch(/service\.yaml:5: helm template failed: bad token \*\*\*/);
    expect(error.message).not.toContain('hunter2-s3cret');
    const json = await failure(render({ set: ['--set-json config={"password":"hunter2-s3cret"'] }));
    expect(json.message).not.toContain('hunter2-s3cret');
    expect(json.message).toMatch(/^Input "helm-chart": helm template failed: failed parsing --set-json/);
  });

  test('a missing values file', async () => {
    const error = await failure(render({ values: ['podinfo/charts/podinfo/values-missing.yaml'] }));
    expect(error.message).toBe(
      `Input "helm-values" names "podinfo/charts/podinfo/values-missing.yaml", which is not a file in the workspace ${broken}: check the path (relative to the repository root)`,
    );
  });

  test('a chart path outside the workspace', async () => {
    const error = await failure(render({ chart: '../../etc' }));
    expect(error.message).toMatch(/^Input "helm-chart" path "\.\.\/\.\.\/etc" is outside the workspace/);
    const values = await failure(render({ values: ['/etc/passwd'] }));
    expect(values.message).toMatch(/^Input "helm-values" path "\/etc\/passwd" is outside the workspace/);
  });

  test('a helm-set line in no known form', async () => {
    expect((await failure(render({ set: ['--set-file cert=/etc/passwd'] }))).message).toMatch(
      /^Input "helm-set" has a line starting with --set-file: only key=value/,
    );
    expect((await failure(render({ set: ['justakey'] }))).message).toMatch(
      /^Input "helm-set" has a line that is not key=value/,
    );
  });

  test('a kustomize cycle', async () => {
    const cyclic = fixtureWorkspace();
    writeFileSync(join(cyclic, 'kustomization.yaml'), 'resources:\n- overlay\n');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(cyclic, 'overlay'));
    writeFileSync(join(cyclic, 'overlay', 'kustomization.yaml'), 'resources:\n- ..\n');
    const error = await failure(renderKustomize({ binary: KUSTOMIZE, overlay: 'overlay', root: cyclic }));
    expect(error.message).toMatch(
      /^overlay\/kustomization\.yaml: kustomize build failed: the kustomizations form a cycle \(.* includes itself through its resources\)/,
    );
  });

  test('an overlay that is not a folder, or has no kustomization', async () => {
    expect((await failure(renderKustomize({ binary: KUSTOMIZE, overlay: 'nope', root }))).message).toMatch(
      /^Input "kustomize" names "nope", which is not a folder in the workspace/,
    );
    expect((await failure(renderKustomize({ binary: KUSTOMIZE, overlay: 'podinfo/charts', root }))).message).toMatch(
      /^Input "kustomize" names "podinfo\/charts", a folder without a kustomization.yaml/,
    );
  });
});
