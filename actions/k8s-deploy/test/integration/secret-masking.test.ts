import type { Cluster } from '@kra/cluster-sim';
import { deployWith, post, startSim, workspaceWith } from './support.js';

/**
 * Issue 10 item 9: every Secret value of the manifests (data and stringData, raw, decoded and
 * base64, multi-line values line by line) is masked before the first log line, so a
 * CrashLoopBackOff diagnosis that repeats a container's log cannot print one; and the job
 * summary, which is not masked line by line, holds none of them.
 */
const PASSWORD = 'Sup3r-S3cret-Db-Passw0rd';
const CERT_LINES = ['MIIBszCCAVmgAwIBAgIUb3Zl', 'cnNlY3JldGNlcnRsaW5lMg=='];
const CERT = `-----BEGIN CERTIFICATE-----\n${CERT_LINES.join('\n')}\n-----END CERTIFICATE-----\n`;
const API_KEY = 'ak_live_7f3a9c1e5b2d4f60';

const manifests = `apiVersion: v1
kind: Secret
metadata:
  name: db
type: Opaque
stringData:
  password: ${PASSWORD}
data:
  tls.crt: ${Buffer.from(CERT).toString('base64')}
  api-key: ${Buffer.from(API_KEY).toString('base64')}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: leaky
spec:
  selector: { matchLabels: { app: leaky } }
  template:
    metadata: { labels: { app: leaky } }
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/leaky:1
          envFrom: [{ secretRef: { name: db } }]
`;

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startSim();
  await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'leaks' } });
  // The container prints what it was given, then crashes: the diagnosis shows these lines.
  cluster.setPodRule({
    image: 'ghcr.io/acme/leaky:*',
    fail: 'CrashLoopBackOff',
    log: `connecting with password=${PASSWORD}\ncert line ${CERT_LINES[1]}\nkey ${API_KEY} (${Buffer.from(API_KEY).toString('base64')})\npanic: refused`,
  });
});
afterAll(async () => {
  await cluster?.stop();
});

test('Secret values of the manifests are masked before the first log line and never reach the summary', async () => {
  const workspace = workspaceWith({ 'k8s/app.yaml': manifests }, false);
  const result = await deployWith(cluster, workspace, {
    manifests: 'k8s',
    namespace: 'leaks',
    release: 'leaky',
    'crashloop-restarts': 1,
    'rollback-on-failure': 'false',
  });
  expect(result.exitCode).toBe(1);
  // The diagnosis did print the container's log (masked): the test would prove nothing otherwise.
  expect(result.log).toContain('panic: refused');
  expect(result.log).toContain('connecting with password=***');

  const forms = [PASSWORD, ...CERT_LINES, API_KEY, Buffer.from(API_KEY).toString('base64')];
  const lines = result.stdout.split('\n');
  const firstLogLine = lines.findIndex((line) => !line.startsWith('::'));
  for (const form of forms) {
    const mask = lines.indexOf(`::add-mask::${form}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(mask).toBeLessThan(firstLogLine);
    expect(result.log).not.toContain(form);
    expect(result.summary).not.toContain(form);
    for (const annotation of result.annotations) expect(annotation.message).not.toContain(form);
  }
  expect(result.summary).toContain('panic: refused');
});
