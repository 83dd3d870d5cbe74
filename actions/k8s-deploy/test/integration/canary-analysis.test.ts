import type { Cluster } from '@kra/cluster-sim';
import {
  type TestExporter,
  type TestPrometheus,
  startExporter,
  startPrometheus,
} from '../../../../packages/kube/test/support/prometheus.js';
import { everything, startSim, tokensOf, workspaceWith } from './support.js';
import { app, createNamespace, deployment, errorOf, imagesOf, records, runner } from './progressive-support.js';

/**
 * Automated analysis, on the bundle, against a real Prometheus scraping an exporter whose
 * error rate per version the test sets: a healthy canary passes every check and promotes
 * itself; a failing one is rejected by analysis with the measured values in the log and the
 * summary; one without data pauses instead of promoting. No token is ever printed.
 */
const EXPORTER_TOKEN = 'exporter-bearer-4d1f8e2a';
const PROMETHEUS_TOKEN = 'prometheus-bearer-9b7c3d5e';
const QUERY =
  'sum(rate(http_requests_total{version="{{version}}",code=~"5.."}[5s])) / sum(rate(http_requests_total{version="{{version}}"}[5s]))';

let cluster: Cluster;
let exporter: TestExporter;
let prometheus: TestPrometheus;
beforeAll(async () => {
  exporter = await startExporter(EXPORTER_TOKEN);
  exporter.setErrorRate('2.0.0', 0.01);
  exporter.setErrorRate('3.0.0', 0.4);
  prometheus = await startPrometheus([exporter.target]);
  cluster = await startSim();
  await createNamespace(cluster, 'pay');
  await prometheus.waitForData(QUERY.replaceAll('{{version}}', '3.0.0'));
}, 90_000);
afterAll(async () => {
  await cluster?.stop();
  await prometheus?.stop();
  await exporter?.close();
});

const analysis = () => `
- name: error-rate
  type: prometheus
  address: ${prometheus.url}
  query: '${QUERY}'
  success: result < 0.05
  failure: result >= 0.2
  interval: 1s
  count: 3
  bearer-token: ${PROMETHEUS_TOKEN}
- name: ready
  type: http
  url: ${exporter.url}/status/{{version}}
  headers: { Authorization: 'Bearer ${EXPORTER_TOKEN}' }
  json-path: $.ready
  equals: 'true'
  interval: 1s
  count: 2
`;

test('one canary passes its analysis and promotes itself, one is rejected by it, one without data pauses', async () => {
  const workspace = workspaceWith({ 'k8s/app.yaml': app('pay', 'pay:1.0.0', { replicas: 4 }) }, false);
  const run = runner(cluster, workspace, {
    manifests: 'k8s',
    namespace: 'pay',
    release: 'pay',
    strategy: 'canary',
    analysis: analysis(),
  });
  const first = await run({ version: '1.0.0' });
  expect(first.outputs.phase).toBe('promoted');

  // No untimed pause: the run goes through every step, measures, and promotes.
  const healthy = await run({
    version: '2.0.0',
    images: 'pay:2.0.0',
    steps: '- weight: 25\n- analysis: [error-rate, ready]\n- weight: 75\n- pause: 2s',
  });
  expect(healthy.stderr).toBe('');
  expect(healthy.exitCode).toBe(0);
  expect(healthy.outputs).toMatchObject({ status: 'deployed', phase: 'promoted', weight: '100' });
  expect(imagesOf(await deployment(cluster, 'pay', 'pay'))).toEqual(['pay:2.0.0']);
  expect(await deployment(cluster, 'pay', 'pay-canary')).toBeUndefined();
  expect(healthy.log).toMatch(/analysis error-rate: 0\.01\d* — successful/);
  expect(healthy.log).toContain('analysis ready: $.ready = true — successful');
  expect(healthy.log).toContain('step 2: analysis passed (5 measurements)');
  expect(healthy.summary).toContain('```mermaid\nxychart-beta\n  title "error-rate (success result < 0.05)"');
  expect(healthy.summary).toMatch(/\| error-rate \| 2 \| \d\d:\d\d:\d\d \| 0\.01\d* \| ✅ successful \|/);

  // 40% errors: the first measurement fails (failure-limit 0); traffic goes back, the canary goes.
  const failing = await run({
    version: '3.0.0',
    images: 'pay:3.0.0',
    steps: '- weight: 25\n- analysis: error-rate\n- pause: until-promoted',
  });
  expect(failing.exitCode).toBe(1);
  expect(failing.outputs).toMatchObject({ status: 'rolled-back', phase: 'aborted', weight: '0' });
  expect(errorOf(failing)).toMatch(
    /^Release "pay" revision 3 failed: check "error-rate" failed: 1 of 1 measurements failed \(failure-limit 0\): 0\.4\d* against success result < 0\.05, failure result >= 0\.2\. rejected: traffic is back on revision 2 and the canary is removed$/,
  );
  expect(failing.log).toMatch(/analysis error-rate: 0\.4\d* — failed/);
  expect(failing.summary).toMatch(/\| 2 \| analysis error-rate \| ❌ failed \|/);
  expect(failing.summary).toMatch(/❌ failed: 0\.4\d* against success result < 0\.05, failure result >= 0\.2/);
  expect(failing.summary).toContain('xychart-beta');
  expect(imagesOf(await deployment(cluster, 'pay', 'pay'))).toEqual(['pay:2.0.0']);
  expect(await deployment(cluster, 'pay', 'pay-canary')).toBeUndefined();
  expect(await deployment(cluster, 'pay', 'pay-baseline')).toBeUndefined();

  // No series for this version: inconclusive, so it pauses instead of promoting, and says why.
  const nodata = await run({
    version: '4.0.0',
    images: 'pay:4.0.0',
    steps: '- weight: 10\n- analysis: error-rate\n- weight: 100',
  });
  expect(nodata.exitCode).toBe(0);
  expect(nodata.outputs).toMatchObject({ status: 'progressing', phase: 'paused', weight: '17' });
  expect(nodata.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: expect.stringMatching(
        /^check "error-rate" was inconclusive: 3 of 3 measurements inconclusive \(inconclusive-limit 0\): the query returned no series/,
      ),
    }),
  );
  expect(nodata.summary).toContain('action: promote');
  expect((await deployment(cluster, 'pay', 'pay-canary')).spec.replicas).toBe(1);
  const rejected = await run({ action: 'reject' });
  expect(rejected.outputs.status).toBe('rejected');
  expect(await records(cluster, 'pay', 'pay')).toEqual([
    [1, 'superseded', 'promoted'],
    [2, 'deployed', 'promoted'],
    [3, 'failed', 'aborted'],
    [4, 'rejected', 'rejected'],
  ]);
  for (const result of [first, healthy, failing, nodata, rejected]) {
    const text = everything(result);
    for (const secret of [EXPORTER_TOKEN, PROMETHEUS_TOKEN, ...tokensOf(cluster.kubeconfig)])
      expect(text).not.toContain(secret);
  }
});
