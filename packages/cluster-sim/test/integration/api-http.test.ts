/**
 * The simulator's HTTP API, exercised with plain HTTP requests: discovery, CRUD, errors as
 * Status objects, patch types, server-side apply, dry-run, selectors, limit/continue,
 * Table, watch, subresources, CRDs, RBAC, faults, the request log and TLS.
 */
import { request as httpsRequest } from 'node:https';
import { startCluster, type Cluster } from '../../src/index.js';

interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

function client(cluster: Cluster, token = cluster.adminToken) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const init: RequestInit = { method, headers: { Authorization: `Bearer ${token}`, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
    }
    const res = await fetch(cluster.url + path, init);
    const text = await res.text();
    let parsed: any;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  };
}

const configMap = (name: string, data: Record<string, string> = { a: '1' }, labels?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(labels ? { labels } : {}) },
  data,
});

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'web', image: 'nginx:1.27', env: [{ name: 'A', value: '1' }], ports: [{ containerPort: 80 }] },
        ],
      },
    },
  },
};

/** Reads a watch stream until `count` events arrived (or the stream ends). */
async function watchEvents(
  url: string,
  token: string,
  count: number,
  timeoutMs = 20000,
): Promise<{ events: any[]; ended: boolean; broken: boolean }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: any[] = [];
  let ended = false;
  let broken = false;
  try {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
    const reader = res.body!.getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      buffer += Buffer.from(value).toString('utf8');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        events.push(JSON.parse(buffer.slice(0, newline)));
        buffer = buffer.slice(newline + 1);
      }
      if (events.length >= count) break;
    }
    controller.abort();
  } catch (error) {
    // An aborted read is ours; anything else is the server dropping the connection.
    if ((error as Error).name !== 'AbortError') broken = true;
  } finally {
    clearTimeout(timer);
  }
  return { events, ended, broken };
}

describe('cluster-sim HTTP API', () => {
  let cluster: Cluster;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    cluster = await startCluster({ clock: { speed: 50 }, watchHistory: 200, bookmarkIntervalMs: 200 });
    api = client(cluster);
  });
  afterAll(async () => {
    await cluster.stop();
  });

  test('version, health and discovery', async () => {
    expect((await api('GET', '/version')).body.major).toBe('1');
    expect((await api('GET', '/healthz')).text).toBe('ok');
    expect((await api('GET', '/readyz')).status).toBe(200);
    expect((await api('GET', '/livez')).status).toBe(200);
    expect((await api('GET', '/api')).body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const groups = (await api('GET', '/apis')).body;
    expect(groups.kind).toBe('APIGroupList');
    expect(groups.groups.map((g: any) => g.name)).toEqual(
      expect.arrayContaining(['apps', 'batch', 'rbac.authorization.k8s.io', 'apiextensions.k8s.io']),
    );
    const apps = (await api('GET', '/apis/apps/v1')).body;
    const deploy = apps.resources.find((r: any) => r.name === 'deployments');
    expect(deploy).toMatchObject({ kind: 'Deployment', namespaced: true, shortNames: ['deploy'] });
    expect(apps.resources.find((r: any) => r.name === 'deployments/scale')).toMatchObject({
      kind: 'Scale',
      group: 'autoscaling',
      version: 'v1',
    });
    const aggregated = await api('GET', '/apis', undefined, {
      Accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json',
    });
    expect(aggregated.headers.get('content-type')).toBe(
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    );
    const appsGroup = aggregated.body.items.find((g: any) => g.metadata.name === 'apps');
    expect(appsGroup.versions[0].resources.find((r: any) => r.resource === 'deployments')).toMatchObject({
      scope: 'Namespaced',
      // the real server leaves a resource's own group and version empty in its responseKind
      responseKind: { group: '', version: '', kind: 'Deployment' },
    });
    const openapi = (await api('GET', '/openapi/v3')).body;
    expect(openapi.paths['apis/apps/v1'].serverRelativeURL).toMatch(/^\/openapi\/v3\/apis\/apps\/v1\?hash=/);
    const appsDoc = (await api('GET', '/openapi/v3/apis/apps/v1')).body;
    const patch = appsDoc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}'].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({ group: 'apps', version: 'v1', kind: 'Deployment' });
    expect(patch.parameters.map((p: any) => p.name)).toContain('fieldValidation');
    expect((await api('GET', '/openapi/v2')).status).toBe(404);
  });

  test('create, get, update with optimistic concurrency, delete; errors are Status objects', async () => {
    const created = await api('POST', '/api/v1/namespaces/default/configmaps', configMap('crud'));
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'crud', namespace: 'default' });
    expect(created.body.metadata.uid).toBeDefined();
    expect(created.body.metadata.creationTimestamp).toMatch(/Z$/);
    const again = await api('POST', '/api/v1/namespaces/default/configmaps', configMap('crud'));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
      code: 409,
      message: 'configmaps "crud" already exists',
      details: { name: 'crud', kind: 'configmaps' },
    });

    const updated = await api('PUT', '/api/v1/namespaces/default/configmaps/crud', {
      ...created.body,
      data: { a: '2' },
    });
    expect(updated.status).toBe(200);
    expect(Number(updated.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.body.metadata.resourceVersion),
    );
    const stale = await api('PUT', '/api/v1/namespaces/default/configmaps/crud', { ...created.body, data: { a: '3' } });
    expect(stale.status).toBe(409);
    expect(stale.body.reason).toBe('Conflict');
    expect(stale.body.message).toContain(
      'the object has been modified; please apply your changes to the latest version and try again',
    );

    const missing = await api('GET', '/apis/apps/v1/namespaces/default/deployments/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      reason: 'NotFound',
      message: 'deployments.apps "nope" not found',
      details: { name: 'nope', group: 'apps', kind: 'deployments' },
    });
    const noNamespace = await api('POST', '/api/v1/namespaces/ghost/configmaps', configMap('x'));
    expect(noNamespace.status).toBe(404);
    expect(noNamespace.body.message).toBe('namespaces "ghost" not found');
    const invalid = await api('POST', '/api/v1/namespaces/default/configmaps', configMap('Bad_Name'));
    expect(invalid.status).toBe(422);
    expect(invalid.body.reason).toBe('Invalid');
    expect(invalid.body.details.causes[0]).toMatchObject({ reason: 'FieldValueInvalid', field: 'metadata.name' });
    const badJson = await api('POST', '/api/v1/namespaces/default/configmaps', '{not json');
    expect(badJson.status).toBe(400);
    expect(badJson.body.reason).toBe('BadRequest');
    const wrongType = await api('POST', '/api/v1/namespaces/default/configmaps', { ...configMap('typed'), data: 'x' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toBe(
      'ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal string into Go struct field ConfigMap.data of type map[string]string',
    );
    expect((await api('POST', '/api/v1/namespaces/default/configmaps', { metadata: 'x' })).status).toBe(400);
    // as the real server: the watch cache cannot parse it, an InternalError
    expect((await api('GET', '/api/v1/pods?watch=1&resourceVersion=abc')).status).toBe(500);
    const wrongMethod = await api('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews/x');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.reason).toBe('MethodNotAllowed');

    const deleted = await api('DELETE', '/api/v1/namespaces/default/configmaps/crud');
    expect(deleted.status).toBe(200);
    expect((await api('GET', '/api/v1/namespaces/default/configmaps/crud')).status).toBe(404);
  });

  test('defaults: deployment, service, secret', async () => {
    const d = (
      await api('POST', '/apis/apps/v1/namespaces/default/deployments', {
        ...deployment,
        metadata: { name: 'defaults' },
        spec: { ...deployment.spec, replicas: undefined },
      })
    ).body;
    expect(d.spec).toMatchObject({
      replicas: 1,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
    });
    expect(d.spec.template.spec).toMatchObject({
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
    });
    expect(d.spec.template.spec.containers[0]).toMatchObject({
      imagePullPolicy: 'IfNotPresent',
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    });
    expect(d.metadata.generation).toBe(1);
    const svc = (
      await api('POST', '/api/v1/namespaces/default/services', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'defaults' },
        spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
      })
    ).body;
    expect(svc.spec.clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);
    expect(svc.spec.ports[0]).toEqual({ port: 80, protocol: 'TCP', targetPort: 80 });
    expect(svc.spec.type).toBe('ClusterIP');
    const secret = (
      await api('POST', '/api/v1/namespaces/default/secrets', {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'defaults' },
        stringData: { password: 's3cret' },
      })
    ).body;
    expect(secret.type).toBe('Opaque');
    expect(secret.data.password).toBe(Buffer.from('s3cret').toString('base64'));
    expect(secret.stringData).toBeUndefined();
  });

  test('patch types: JSON patch, merge patch, strategic merge patch with merge keys', async () => {
    await api('POST', '/apis/apps/v1/namespaces/default/deployments', { ...deployment, metadata: { name: 'patchme' } });
    const path = '/apis/apps/v1/namespaces/default/deployments/patchme';
    const json = await api('PATCH', path, [{ op: 'replace', path: '/spec/replicas', value: 3 }], {
      'Content-Type': 'application/json-patch+json',
    });
    expect(json.body.spec.replicas).toBe(3);
    expect(json.body.metadata.generation).toBe(2);
    const failed = await api('PATCH', path, [{ op: 'test', path: '/spec/replicas', value: 9 }], {
      'Content-Type': 'application/json-patch+json',
    });
    expect(failed.status).toBe(422);
    const merge = await api(
      'PATCH',
      path,
      { metadata: { labels: { tier: 'front' } } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    expect(merge.body.metadata.labels).toEqual({ tier: 'front' });
    expect(merge.body.metadata.generation).toBe(2);
    const smp = await api(
      'PATCH',
      path,
      {
        spec: {
          template: {
            spec: {
              containers: [
                { name: 'web', env: [{ name: 'B', value: '2' }] },
                { name: 'sidecar', image: 'busybox:1.36' },
              ],
            },
          },
        },
      },
      { 'Content-Type': 'application/strategic-merge-patch+json' },
    );
    const containers = smp.body.spec.template.spec.containers;
    expect(containers.map((c: any) => c.name)).toEqual(['web', 'sidecar']);
    expect(containers[0].image).toBe('nginx:1.27');
    // items of the patch come first, in its order, then those only in the object (as the real server merges)
    expect(containers[0].env).toEqual([
      { name: 'B', value: '2' },
      { name: 'A', value: '1' },
    ]);
    const del = await api(
      'PATCH',
      path,
      { spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } } },
      { 'Content-Type': 'application/strategic-merge-patch+json' },
    );
    expect(del.body.spec.template.spec.containers.map((c: any) => c.name)).toEqual(['web']);
    const unsupported = await api('PATCH', path, {}, { 'Content-Type': 'text/plain' });
    expect(unsupported.status).toBe(415);
    const managers = del.body.metadata.managedFields.map((m: any) => `${m.manager}/${m.operation}`);
    expect(managers).toContain('node/Update');
  });

  test('server-side apply: managers, conflicts, force, removal of dropped fields, create', async () => {
    const path = '/apis/apps/v1/namespaces/default/deployments/ssa?fieldManager=deployer';
    const ct = { 'Content-Type': 'application/apply-patch+yaml' };
    const applied = { ...deployment, metadata: { name: 'ssa', namespace: 'default', labels: { team: 'a' } } };
    const created = await api('PATCH', path, applied, ct);
    expect(created.status).toBe(201);
    const entry = created.body.metadata.managedFields.find((m: any) => m.manager === 'deployer');
    expect(entry.operation).toBe('Apply');
    expect(entry.fieldsV1['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"web"}']['f:image']).toEqual({});
    expect(
      entry.fieldsV1['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"web"}']['f:ports'][
        'k:{"containerPort":80,"protocol":"TCP"}'
      ],
    ).toEqual({ '.': {}, 'f:containerPort': {} });

    const noManager = await api('PATCH', '/apis/apps/v1/namespaces/default/deployments/ssa', applied, ct);
    expect(noManager.status).toBe(422);
    expect(noManager.body.message).toContain('fieldManager: Required value: is required for apply patch');

    await api(
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/ssa?fieldManager=kubectl-edit',
      { spec: { replicas: 5 } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    const conflict = await api('PATCH', path, applied, ct);
    expect(conflict.status).toBe(409);
    expect(conflict.body.reason).toBe('Conflict');
    expect(conflict.body.message).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.replicas',
    );
    expect(conflict.body.details.causes).toEqual([
      {
        reason: 'FieldManagerConflict',
        message: 'conflict with "kubectl-edit" using apps/v1',
        field: '.spec.replicas',
      },
    ]);

    // Same value: shared ownership, no conflict.
    const shared = await api('PATCH', path, { ...applied, spec: { ...applied.spec, replicas: 5 } }, ct);
    expect(shared.status).toBe(200);

    const forced = await api('PATCH', path + '&force=true', applied, ct);
    expect(forced.status).toBe(200);
    expect(forced.body.spec.replicas).toBe(2);
    const edit = forced.body.metadata.managedFields.find((m: any) => m.manager === 'kubectl-edit');
    expect(edit?.fieldsV1?.['f:spec']?.['f:replicas']).toBeUndefined();

    // Dropping a field this manager alone owned removes it; the label goes away.
    const dropped = await api('PATCH', path, { ...applied, metadata: { name: 'ssa', namespace: 'default' } }, ct);
    expect(dropped.body.metadata.labels).toBeUndefined();

    // Two managers, two conflicting fields: the message lists both.
    const other = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'ssa', namespace: 'default' },
      spec: { replicas: 7, template: { spec: { containers: [{ name: 'web', image: 'nginx:1.28' }] } } },
    };
    const twoConflicts = await api(
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/ssa?fieldManager=other',
      other,
      ct,
    );
    expect(twoConflicts.status).toBe(409);
    expect(twoConflicts.body.message).toBe(
      'Apply failed with 2 conflicts: conflicts with "deployer":\n- .spec.replicas\n- .spec.template.spec.containers[name="web"].image',
    );
  });

  test('dryRun=All on create, update, patch, apply and delete stores nothing and emits nothing', async () => {
    const before = cluster.store.list('', 'configmaps', { namespace: 'default' }).length;
    const rv = (await api('GET', '/api/v1/namespaces/default/configmaps')).body.metadata.resourceVersion;
    const created = await api('POST', '/api/v1/namespaces/default/configmaps?dryRun=All', configMap('dry'));
    expect(created.status).toBe(201);
    expect(created.body.metadata.name).toBe('dry');
    expect(cluster.store.get('', 'configmaps', 'default', 'dry')).toBeUndefined();
    const applied = await api(
      'PATCH',
      '/api/v1/namespaces/default/configmaps/dry2?fieldManager=t&dryRun=All',
      configMap('dry2'),
      { 'Content-Type': 'application/apply-patch+yaml' },
    );
    expect(applied.status).toBe(201);
    await api('POST', '/api/v1/namespaces/default/configmaps', configMap('real'));
    const realRv = (await api('GET', '/api/v1/namespaces/default/configmaps/real')).body.metadata.resourceVersion;
    const patched = await api(
      'PATCH',
      '/api/v1/namespaces/default/configmaps/real?dryRun=All',
      { data: { a: 'dry' } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    expect(patched.body.data.a).toBe('dry');
    const deleted = await api('DELETE', '/api/v1/namespaces/default/configmaps/real?dryRun=All');
    expect(deleted.status).toBe(200);
    const after = (await api('GET', '/api/v1/namespaces/default/configmaps/real')).body;
    expect(after.data.a).toBe('1');
    expect(after.metadata.resourceVersion).toBe(realRv);
    expect(cluster.store.list('', 'configmaps', { namespace: 'default' }).length).toBe(before + 1);
    const { events } = await watchEvents(
      `${cluster.url}/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${rv}&timeoutSeconds=1`,
      cluster.adminToken,
      10,
      5000,
    );
    expect(events.map((e) => `${e.type}:${e.object.metadata.name}`)).toEqual(['ADDED:real']);
    const badDryRun = await api('POST', '/api/v1/namespaces/default/configmaps?dryRun=Some', configMap('x'));
    expect(badDryRun.status).toBe(422);
    expect(badDryRun.body.message).toBe(
      'CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: ["Some"]: supported values: "All"',
    );
  });

  test('selectors, limit and continue, Table', async () => {
    await api('POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'sel' } });
    for (let i = 0; i < 5; i++)
      await api(
        'POST',
        '/api/v1/namespaces/sel/configmaps',
        configMap(`cm-${i}`, { i: String(i) }, { index: String(i), parity: i % 2 ? 'odd' : 'even' }),
      );
    const odd = (await api('GET', '/api/v1/namespaces/sel/configmaps?labelSelector=parity%3Dodd')).body;
    expect(odd.items.map((o: any) => o.metadata.name)).toEqual(['cm-1', 'cm-3']);
    const setBased = (
      await api(
        'GET',
        `/api/v1/namespaces/sel/configmaps?labelSelector=${encodeURIComponent('index in (0,4),parity!=odd')}`,
      )
    ).body;
    expect(setBased.items.map((o: any) => o.metadata.name)).toEqual(['cm-0', 'cm-4']);
    const byName = (await api('GET', '/api/v1/configmaps?fieldSelector=metadata.name%3Dcm-2')).body;
    expect(byName.items.map((o: any) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['sel/cm-2']);
    const badField = await api('GET', '/api/v1/configmaps?fieldSelector=spec.nope%3Dx');
    expect(badField.status).toBe(400);
    const page1 = (await api('GET', '/api/v1/namespaces/sel/configmaps?limit=2&labelSelector=index')).body;
    expect(page1.items).toHaveLength(2);
    expect(page1.metadata.continue).toBeTruthy();
    const page2 = (
      await api(
        'GET',
        `/api/v1/namespaces/sel/configmaps?limit=2&labelSelector=index&continue=${encodeURIComponent(page1.metadata.continue)}`,
      )
    ).body;
    const page3 = (
      await api(
        'GET',
        `/api/v1/namespaces/sel/configmaps?limit=2&labelSelector=index&continue=${encodeURIComponent(page2.metadata.continue)}`,
      )
    ).body;
    expect([...page1.items, ...page2.items, ...page3.items].map((o: any) => o.metadata.name)).toEqual([
      'cm-0',
      'cm-1',
      'cm-2',
      'cm-3',
      'cm-4',
    ]);
    expect(page3.metadata.continue).toBeUndefined();
    const table = (
      await api('GET', '/api/v1/namespaces/sel/configmaps', undefined, {
        Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
      })
    ).body;
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c: any) => c.name)).toEqual(['Name', 'Data', 'Age']);
    expect(table.rows[0].cells[0]).toBe('cm-0');
    expect(table.rows[0].object).toMatchObject({
      kind: 'PartialObjectMetadata',
      metadata: { name: 'cm-0', namespace: 'sel' },
    });
  });

  test('watch: events, selectors turning into DELETED, bookmarks, timeout, 410 Gone', async () => {
    await api('POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'watch' } });
    const start = (await api('GET', '/api/v1/namespaces/watch/configmaps')).body.metadata.resourceVersion;
    const pending = watchEvents(
      `${cluster.url}/api/v1/namespaces/watch/configmaps?watch=1&resourceVersion=${start}&labelSelector=keep%3Dyes`,
      cluster.adminToken,
      4,
    );
    await new Promise((r) => setTimeout(r, 100));
    await api('POST', '/api/v1/namespaces/watch/configmaps', configMap('w', { a: '1' }, { keep: 'yes' }));
    await api(
      'PATCH',
      '/api/v1/namespaces/watch/configmaps/w',
      { data: { a: '2' } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    await api(
      'PATCH',
      '/api/v1/namespaces/watch/configmaps/w',
      { metadata: { labels: { keep: 'no' } } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    await api(
      'PATCH',
      '/api/v1/namespaces/watch/configmaps/w',
      { metadata: { labels: { keep: 'yes' } } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    const { events } = await pending;
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED', 'ADDED']);
    expect(events[1].object.data.a).toBe('2');

    // kubectl get -w asks for Tables: every event carries a one-row Table.
    const tables = await new Promise<any[]>((resolve, reject) => {
      fetch(`${cluster.url}/api/v1/namespaces/watch/configmaps?watch=1&resourceVersion=${start}&timeoutSeconds=1`, {
        headers: {
          Authorization: `Bearer ${cluster.adminToken}`,
          Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
        },
      })
        .then((res) => res.text())
        .then(
          (text) =>
            resolve(
              text
                .trim()
                .split('\n')
                .map((line) => JSON.parse(line)),
            ),
          reject,
        );
    });
    expect(tables[0]).toMatchObject({ type: 'ADDED', object: { kind: 'Table', apiVersion: 'meta.k8s.io/v1' } });
    expect(tables[0].object.rows[0].cells[0]).toBe('w');

    // Replay from a resourceVersion inside the window.
    const replay = await watchEvents(
      `${cluster.url}/api/v1/namespaces/watch/configmaps?watch=1&resourceVersion=${start}&timeoutSeconds=1`,
      cluster.adminToken,
      100,
      5000,
    );
    expect(replay.events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'MODIFIED', 'MODIFIED']);
    expect(replay.ended).toBe(true);

    // Bookmarks when allowed.
    const withBookmarks = await watchEvents(
      `${cluster.url}/api/v1/namespaces/watch/configmaps?watch=1&allowWatchBookmarks=true&timeoutSeconds=1`,
      cluster.adminToken,
      100,
      5000,
    );
    expect(withBookmarks.events[0].type).toBe('ADDED');
    const bookmark = withBookmarks.events.find((e) => e.type === 'BOOKMARK');
    expect(bookmark.object).toMatchObject({ kind: 'ConfigMap', apiVersion: 'v1' });
    expect(bookmark.object.metadata.resourceVersion).toBeTruthy();

    // Push the start version out of the window (200 events): 410 Gone as an ERROR event.
    for (let i = 0; i < 210; i++)
      await api(
        'PATCH',
        '/api/v1/namespaces/watch/configmaps/w',
        { data: { a: `n${i}` } },
        { 'Content-Type': 'application/merge-patch+json' },
      );
    const expired = await watchEvents(
      `${cluster.url}/api/v1/namespaces/watch/configmaps?watch=1&resourceVersion=${start}`,
      cluster.adminToken,
      1,
      5000,
    );
    expect(expired.events[0].type).toBe('ERROR');
    expect(expired.events[0].object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
    expect(expired.events[0].object.message).toMatch(/^too old resource version: \d+ \(\d+\)$/);
  });

  test('status and scale subresources', async () => {
    await api('POST', '/apis/apps/v1/namespaces/default/deployments', { ...deployment, metadata: { name: 'scaled' } });
    const scale = (await api('GET', '/apis/apps/v1/namespaces/default/deployments/scaled/scale')).body;
    expect(scale).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', spec: { replicas: 2 } });
    // Controllers write status meanwhile, so the update carries no resourceVersion (unconditional).
    const put = await api('PUT', '/apis/apps/v1/namespaces/default/deployments/scaled/scale', {
      ...scale,
      metadata: { ...scale.metadata, resourceVersion: undefined },
      spec: { replicas: 4 },
    });
    expect(put.body).toMatchObject({ spec: { replicas: 4 } });
    const patched = await api(
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/scaled/scale',
      { spec: { replicas: 1 } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    expect(patched.body.spec.replicas).toBe(1);
    const object = (await api('GET', '/apis/apps/v1/namespaces/default/deployments/scaled')).body;
    expect(object.spec.replicas).toBe(1);
    // The main resource ignores status; the status subresource ignores everything else.
    const main = await api('PUT', '/apis/apps/v1/namespaces/default/deployments/scaled', {
      ...object,
      metadata: { ...object.metadata, resourceVersion: undefined },
      status: { replicas: 99 },
    });
    expect(main.body.status?.replicas).not.toBe(99);
    const status = await api('PUT', '/apis/apps/v1/namespaces/default/deployments/scaled/status', {
      ...main.body,
      metadata: { ...main.body.metadata, resourceVersion: undefined },
      spec: { ...main.body.spec, replicas: 50 },
      status: { ...main.body.status, observedGeneration: 77 },
    });
    expect(status.body.status.observedGeneration).toBe(77);
    expect(status.body.spec.replicas).toBe(1);
  });

  test('CustomResourceDefinitions are established and served; deleting one removes its objects', async () => {
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'httproutes.gateway.example.com' },
      spec: {
        group: 'gateway.example.com',
        scope: 'Namespaced',
        names: { plural: 'httproutes', singular: 'httproute', kind: 'HTTPRoute', listKind: 'HTTPRouteList' },
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            subresources: { status: {} },
            schema: {
              openAPIV3Schema: {
                type: 'object',
                properties: { spec: { type: 'object', properties: { weight: { type: 'integer' } } } },
              },
            },
          },
        ],
      },
    };
    expect((await api('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd)).status).toBe(201);
    let established: any;
    for (let i = 0; i < 50 && !established; i++) {
      const got = (
        await api('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/httproutes.gateway.example.com')
      ).body;
      established = got.status?.conditions?.find((c: any) => c.type === 'Established' && c.status === 'True');
      if (!established) await new Promise((r) => setTimeout(r, 20));
    }
    expect(established).toBeDefined();
    expect((await api('GET', '/apis/gateway.example.com/v1')).body.resources.map((r: any) => r.name)).toEqual([
      'httproutes',
      'httproutes/status',
    ]);
    const route = {
      apiVersion: 'gateway.example.com/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'r' },
      spec: { weight: 10 },
    };
    const created = await api('POST', '/apis/gateway.example.com/v1/namespaces/default/httproutes', route);
    expect(created.status).toBe(201);
    expect(created.body.metadata.generation).toBe(1);
    const bad = await api('POST', '/apis/gateway.example.com/v1/namespaces/default/httproutes', {
      ...route,
      metadata: { name: 'bad' },
      spec: { weight: 'heavy' },
    });
    expect(bad.status).toBe(422);
    await api('DELETE', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/httproutes.gateway.example.com');
    let gone = false;
    for (let i = 0; i < 50 && !gone; i++) {
      gone =
        (await api('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/httproutes.gateway.example.com'))
          .status === 404;
      if (!gone) await new Promise((r) => setTimeout(r, 20));
    }
    expect(gone).toBe(true);
    expect((await api('GET', '/apis/gateway.example.com/v1/namespaces/default/httproutes')).status).toBe(404);
  });

  test('PersistentVolumeClaims are provisioned and bound', async () => {
    await api('POST', '/api/v1/namespaces/default/persistentvolumeclaims', {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } } },
    });
    let claim: any;
    for (let i = 0; i < 50; i++) {
      claim = (await api('GET', '/api/v1/namespaces/default/persistentvolumeclaims/data')).body;
      if (claim.status?.phase === 'Bound') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(claim.status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '2Gi' } });
    expect(claim.spec.volumeName).toBe(`pvc-${claim.metadata.uid}`);
  });

  test('ownerReferences: foreground deletion waits for dependents; orphan keeps them', async () => {
    const owner = (await api('POST', '/api/v1/namespaces/default/configmaps', configMap('owner'))).body;
    const ref = [
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid, blockOwnerDeletion: true },
    ];
    await api('POST', '/api/v1/namespaces/default/configmaps', {
      ...configMap('child'),
      metadata: { name: 'child', ownerReferences: ref },
    });
    const deleting = await api('DELETE', '/api/v1/namespaces/default/configmaps/owner', {
      propagationPolicy: 'Foreground',
    });
    expect(deleting.body.metadata.finalizers).toContain('foregroundDeletion');
    expect(deleting.body.metadata.deletionTimestamp).toBeDefined();
    for (let i = 0; i < 50 && (await api('GET', '/api/v1/namespaces/default/configmaps/owner')).status !== 404; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect((await api('GET', '/api/v1/namespaces/default/configmaps/child')).status).toBe(404);
    expect((await api('GET', '/api/v1/namespaces/default/configmaps/owner')).status).toBe(404);

    const owner2 = (await api('POST', '/api/v1/namespaces/default/configmaps', configMap('owner2'))).body;
    await api('POST', '/api/v1/namespaces/default/configmaps', {
      ...configMap('child2'),
      metadata: { name: 'child2', ownerReferences: [{ ...ref[0], name: 'owner2', uid: owner2.metadata.uid }] },
    });
    await api('DELETE', '/api/v1/namespaces/default/configmaps/owner2?propagationPolicy=Orphan');
    for (let i = 0; i < 50 && (await api('GET', '/api/v1/namespaces/default/configmaps/owner2')).status !== 404; i++)
      await new Promise((r) => setTimeout(r, 20));
    const child2 = (await api('GET', '/api/v1/namespaces/default/configmaps/child2')).body;
    expect(child2.metadata.name).toBe('child2');
    expect(child2.metadata.ownerReferences).toBeUndefined();
  });

  test('faults: 429 with Retry-After, nth 503, reset, dropped watch; the request log counts', async () => {
    await api('POST', '/api/v1/namespaces/default/configmaps', configMap('faulty'));
    cluster.resetRequests();
    const remove = cluster.injectFault({
      verb: 'list',
      resource: 'configmaps',
      status: 429,
      retryAfterSeconds: 3,
      times: 1,
    });
    const limited = await api('GET', '/api/v1/namespaces/default/configmaps');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.body).toMatchObject({ reason: 'TooManyRequests', details: { retryAfterSeconds: 3 } });
    expect((await api('GET', '/api/v1/namespaces/default/configmaps')).status).toBe(200);
    remove();
    cluster.injectFault({ verb: 'get', resource: 'configmaps', nth: 2, status: 503 });
    expect((await api('GET', '/api/v1/namespaces/default/configmaps/faulty')).status).toBe(200);
    expect((await api('GET', '/api/v1/namespaces/default/configmaps/faulty')).status).toBe(503);
    expect((await api('GET', '/api/v1/namespaces/default/configmaps/faulty')).status).toBe(200);
    cluster.clearFaults();
    cluster.injectFault({ verb: 'delete', resource: 'configmaps', reset: true, times: 1 });
    await expect(api('DELETE', '/api/v1/namespaces/default/configmaps/faulty')).rejects.toThrow();
    expect((await api('GET', '/api/v1/namespaces/default/configmaps/faulty')).status).toBe(200);
    cluster.clearFaults();
    cluster.injectFault({ verb: 'update', resource: 'configmaps', status: 409, times: 1 });
    const current = (await api('GET', '/api/v1/namespaces/default/configmaps/faulty')).body;
    const conflict = await api('PUT', '/api/v1/namespaces/default/configmaps/faulty', current);
    expect(conflict.status).toBe(409);
    expect(conflict.body.reason).toBe('Conflict');
    cluster.clearFaults();
    cluster.injectFault({ verb: 'watch', resource: 'configmaps', dropWatchAfterEvents: 2 });
    const dropped = await watchEvents(
      `${cluster.url}/api/v1/namespaces/default/configmaps?watch=1`,
      cluster.adminToken,
      100,
      5000,
    );
    expect(dropped.events).toHaveLength(2);
    expect(dropped.broken).toBe(true);
    cluster.clearFaults();
    const counts = cluster.requestCounts();
    expect(counts['list configmaps']).toBe(2);
    expect(counts['get configmaps']).toBeGreaterThanOrEqual(4);
    const log = cluster.requests();
    expect(log.find((e) => e.status === 429)).toMatchObject({
      verb: 'list',
      resource: 'configmaps',
      namespace: 'default',
      dryRun: false,
    });
  });
});

describe('cluster-sim with TLS and RBAC', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({ tls: true, rbac: true });
  });
  afterAll(async () => {
    await cluster.stop();
  });

  function tlsGet(path: string, token: string, ca: string | undefined): Promise<{ status: number; body: any }> {
    return new Promise((resolve, reject) => {
      const req = httpsRequest(cluster.url + path, { headers: { Authorization: `Bearer ${token}` }, ca }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  test('the server certificate verifies against the CA in the kubeconfig, and only against it', async () => {
    expect(cluster.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(cluster.kubeconfig).toContain(
      'certificate-authority-data: ' + Buffer.from(cluster.caCert!).toString('base64'),
    );
    const ok = await tlsGet('/api/v1/namespaces', cluster.adminToken, cluster.caCert);
    expect(ok.status).toBe(200);
    await expect(tlsGet('/api/v1/namespaces', cluster.adminToken, undefined)).rejects.toThrow(
      /self[- ]signed|unable to verify|certificate/i,
    );
  });

  test('RBAC: 401 without a token, 403 with the real message, allowed after a RoleBinding', async () => {
    const anonymous = await tlsGet('/api/v1/namespaces', 'nope', cluster.caCert);
    expect(anonymous.status).toBe(401);
    const alice = cluster.tokenFor('alice');
    const denied = await tlsGet('/apis/apps/v1/namespaces/default/deployments/web', alice, cluster.caCert);
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({
      reason: 'Forbidden',
      message:
        'deployments.apps "web" is forbidden: User "alice" cannot get resource "deployments" in API group "apps" in the namespace "default"',
      details: { name: 'web', group: 'apps', kind: 'deployments' },
    });
    const list = await tlsGet('/api/v1/nodes', alice, cluster.caCert);
    expect(list.body.message).toBe(
      'nodes is forbidden: User "alice" cannot list resource "nodes" in API group "" at the cluster scope',
    );
    const store = cluster.store;
    store.create('rbac.authorization.k8s.io', 'roles', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'reader', namespace: 'default' },
      rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list'], resourceNames: ['web'] }],
    });
    store.create('rbac.authorization.k8s.io', 'rolebindings', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'alice-reader', namespace: 'default' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' },
      subjects: [{ kind: 'User', name: 'alice' }],
    });
    expect((await tlsGet('/apis/apps/v1/namespaces/default/deployments/web', alice, cluster.caCert)).status).toBe(404);
    expect((await tlsGet('/apis/apps/v1/namespaces/default/deployments/other', alice, cluster.caCert)).status).toBe(
      403,
    );
    const sa = cluster.tokenFor('system:serviceaccount:default:deployer');
    const saDenied = await tlsGet('/api/v1/namespaces/default/secrets', sa, cluster.caCert);
    expect(saDenied.body.message).toBe(
      'secrets is forbidden: User "system:serviceaccount:default:deployer" cannot list resource "secrets" in API group "" in the namespace "default"',
    );
    expect((await tlsGet('/api', alice, cluster.caCert)).status).toBe(200);
  });
});
