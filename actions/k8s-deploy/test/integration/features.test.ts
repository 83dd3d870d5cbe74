import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  adminClient,
  clusterKinds,
  deployWith,
  everything,
  get,
  post,
  startOn,
  tokensOf,
  workspaceWith,
  type TestCluster,
} from './support.js';

/** CRDs with their custom resources, mixed namespaces, prune, dry run and diff, field manager conflicts. */
describe.each(clusterKinds())('on %s', (kind) => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startOn(kind);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const crdAndResource = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { plural: widgets, singular: widget, kind: Widget, listKind: WidgetList }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size: { type: integer }
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: blue
spec:
  size: 3
`;

  const mixedNamespaces = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
---
apiVersion: v1
kind: Namespace
metadata:
  name: team-b
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: team-a
data: { color: red }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: team-b
data: { color: green }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data: { color: default }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: widget-reader
rules:
  - apiGroups: [example.com]
    resources: [widgets]
    verbs: [get, list]
`;

  test('a CRD and its custom resource in one set, across mixed namespaces', async () => {
    // The Widget comes before its CRD in the files, and the namespaces after what lives in them.
    const workspace = workspaceWith(
      {
        'k8s/a-widget.yaml': crdAndResource.split('---\n').reverse().join('---\n'),
        'k8s/b-namespaces.yaml': mixedNamespaces,
      },
      false,
    );
    const result = await deployWith(cluster, workspace, {
      manifests: 'k8s',
      namespace: 'default',
      release: 'platform',
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.changed)).toEqual({ created: 8, configured: 0, unchanged: 0, pruned: 0 });
    const crd = await get(cluster, '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com');
    expect(crd.status.conditions.find((c: any) => c.type === 'Established').status).toBe('True');
    expect((await get(cluster, '/apis/example.com/v1/namespaces/default/widgets/blue')).spec.size).toBe(3);
    expect((await get(cluster, '/api/v1/namespaces/team-a/configmaps/settings')).data.color).toBe('red');
    expect((await get(cluster, '/api/v1/namespaces/team-b/configmaps/settings')).data.color).toBe('green');
    expect((await get(cluster, '/api/v1/namespaces/default/configmaps/settings')).data.color).toBe('default');
    const role = await get(cluster, '/apis/rbac.authorization.k8s.io/v1/clusterroles/widget-reader');
    expect(role.metadata.namespace).toBeUndefined();
    // The CRD was established before the Widget was applied.
    const lines = result.log.split('\n');
    const established = lines.findIndex((l) => /CustomResourceDefinition\/widgets.example.com: established/.test(l));
    const widget = lines.findIndex((l) => /default\/Widget\/blue created/.test(l));
    expect(established).toBeGreaterThan(
      lines.findIndex((l) => /CustomResourceDefinition\/widgets.example.com created/.test(l)),
    );
    expect(widget).toBeGreaterThan(established);
  });

  test('prune deletes what left the manifests, after showing it in a dry run', async () => {
    const two = `apiVersion: v1
kind: ConfigMap
metadata: { name: keep }
data: { a: "1" }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: drop }
data: { b: "2" }
`;
    const workspace = workspaceWith({ 'k8s/config.yaml': two }, false);
    const inputs = { manifests: 'k8s', namespace: 'prune-test', release: 'pruner' };
    await post(cluster, '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'prune-test' },
    });
    // Something of the same kind that is not ours: never pruned.
    await post(cluster, '/api/v1/namespaces/prune-test/configmaps', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'not-ours' },
      data: {},
    });
    expect((await deployWith(cluster, workspace, inputs)).exitCode).toBe(0);

    const one = workspaceWith({ 'k8s/config.yaml': two.split('---\n')[0] }, false);
    const preview = await deployWith(cluster, one, { ...inputs, prune: true, 'dry-run': true });
    expect(preview.exitCode).toBe(0);
    expect(preview.outputs.status).toBe('dry-run');
    expect(preview.log).toContain('Would prune: prune-test/ConfigMap/drop');
    expect(preview.summary).toContain('| `prune-test/ConfigMap/drop` | would prune |');
    expect(await get(cluster, '/api/v1/namespaces/prune-test/configmaps/drop')).toBeDefined();

    const pruned = await deployWith(cluster, one, { ...inputs, prune: true });
    expect(pruned.exitCode).toBe(0);
    expect(JSON.parse(pruned.outputs.changed)).toEqual({ created: 0, configured: 0, unchanged: 1, pruned: 1 });
    expect(await get(cluster, '/api/v1/namespaces/prune-test/configmaps/drop')).toBeUndefined();
    expect(await get(cluster, '/api/v1/namespaces/prune-test/configmaps/keep')).toBeDefined();
    expect(await get(cluster, '/api/v1/namespaces/prune-test/configmaps/not-ours')).toBeDefined();
  });

  test('a dry run validates and diffs everything and writes nothing', async () => {
    const workspace = workspaceWith({}, true);
    await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dry' } });
    const secret = `apiVersion: v1
kind: Secret
metadata: { name: api }
stringData: { token: dry-run-secret-value-123 }
`;
    const first = workspaceWith({ 'extra/secret.yaml': secret }, false);
    expect(
      (await deployWith(cluster, first, { manifests: 'extra', namespace: 'dry', release: 'dry-secret' })).exitCode,
    ).toBe(0);

    cluster.resetRequests();
    const changedSecret = workspaceWith(
      { 'manifests/secret.yaml': secret.replace('dry-run-secret-value-123', 'dry-run-secret-value-456') },
      false,
    );
    const result = await deployWith(cluster, workspace, {
      manifests: 'manifests',
      namespace: 'dry',
      release: 'dry-secret',
      'dry-run': true,
    });
    const result2 = await deployWith(cluster, changedSecret, {
      manifests: 'manifests',
      namespace: 'dry',
      release: 'dry-secret',
      'dry-run': true,
    });
    expect(result.exitCode).toBe(0);
    expect(result2.exitCode).toBe(0);
    expect(result.outputs.status).toBe('dry-run');
    const writes = cluster
      .requests()
      .filter((r) => ['create', 'update', 'patch', 'delete', 'deletecollection'].includes(r.verb));
    expect(writes.length).toBeGreaterThanOrEqual(36);
    expect(writes.filter((w) => !w.dryRun)).toEqual([]);
    expect((await get(cluster, '/apis/apps/v1/namespaces/dry/deployments')).items).toEqual([]);
    // The diff: folded per object in the summary, in the log, Secret values masked.
    expect(result.summary).toContain('<details><summary>dry/Deployment/frontend (create)</summary>');
    expect(result.log).toContain('+++ applied/dry/Deployment/frontend');
    expect(result2.log).toContain('--- live/dry/Secret/api');
    expect(result2.summary).toMatch(/\*\*\* \(changed\)/);
    for (const r of [result, result2]) {
      const text = everything(r);
      expect(text).not.toContain('dry-run-secret-value');
      for (const token of tokensOf(cluster.kubeconfig)) expect(text).not.toContain(token);
    }
  });

  test('a conflict with another field manager fails naming fields and manager, and applies nothing', async () => {
    await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'conflict' } });
    const client = adminClient(cluster);
    const deployment = (replicas: number) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'conflict' },
      spec: {
        replicas,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
        },
      },
    });
    await client.apply(deployment(5), { fieldManager: 'hpa-operator' });
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata: { name: before-web }
data: { a: "1" }
---
${JSON.stringify(deployment(2))}
`;
    const workspace = workspaceWith({ 'k8s/app.yaml': yaml }, false);
    const result = await deployWith(cluster, workspace, {
      manifests: 'k8s',
      namespace: 'conflict',
      release: 'conflicted',
    });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error')!.message;
    expect(error).toContain('conflict/Deployment/web: apply conflict: .spec.replicas (owned by "hpa-operator")');
    expect(error).toContain('nothing was applied');
    expect(error).toContain('force-conflicts: true');
    expect(await get(cluster, '/api/v1/namespaces/conflict/configmaps/before-web')).toBeUndefined();

    const forced = await deployWith(cluster, workspace, {
      manifests: 'k8s',
      namespace: 'conflict',
      release: 'conflicted',
      'force-conflicts': true,
    });
    expect(forced.exitCode).toBe(0);
    expect((await get(cluster, '/apis/apps/v1/namespaces/conflict/deployments/web')).spec.replicas).toBe(2);
  });

  test('bad input is one clear line and applies nothing', async () => {
    const workspace = workspaceWith(
      {
        'k8s/bad.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok }\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: broken }\nspec:\n  replcas: 2\n',
      },
      false,
    );
    const result = await deployWith(cluster, workspace, {
      manifests: 'k8s',
      namespace: 'default',
      release: 'bad-input',
    });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error')!;
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/broken/);
    expect(await get(cluster, '/api/v1/namespaces/default/configmaps/ok')).toBeUndefined();

    const badInput = await deployWith(cluster, workspace, { manifests: 'k8s', strategy: 'rolling' });
    expect(badInput.exitCode).toBe(1);
    expect(badInput.annotations[0].message).toBe('Input "strategy" is "rolling": use one of basic, canary, blue-green');
  });

  test('the example app (examples/shop) deploys from a list-manifests style bundle in RUNNER_TEMP', async () => {
    const workspace = workspaceWith({}, false);
    cpSync(new URL('../../../../examples/shop/k8s', import.meta.url), join(workspace, 'k8s'), { recursive: true });
    // A bundle file in RUNNER_TEMP, as list-manifests writes it.
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const bundle = join(runnerTemp, 'manifests-bundle.yaml');
    const dir = join(workspace, 'k8s');
    writeFileSync(
      bundle,
      readdirSync(dir)
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n---\n'),
    );
    const result = await deployWith(cluster, workspace, { manifests: bundle, release: 'shop-example' }, { runnerTemp });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('deployed');
    const deployments = (await get(cluster, '/apis/apps/v1/namespaces/shop/deployments')).items;
    expect(deployments.length).toBe(3);
  });
});
