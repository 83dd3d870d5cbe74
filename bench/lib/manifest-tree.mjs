// Generates a tree of Kubernetes manifests for the benchmarks: `configs` ConfigMaps and
// Secrets (half each) and `workloads` workloads (Deployments, StatefulSets, DaemonSets,
// CronJobs), one object a file, spread over team/app folders the way a monorepo of
// services lays them out. Every workload reads a ConfigMap and a Secret (env, envFrom,
// volumes) so detect-config-changes has references to follow.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const KINDS = [
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'DaemonSet'],
  ['batch/v1', 'CronJob'],
];

function team(i) {
  return `team-${String(i % 50).padStart(2, '0')}`;
}

function configMap(i, revision = 0) {
  return `# settings of service ${i}
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings-${i}
  namespace: ${team(i)}
  labels:
    app.kubernetes.io/name: svc-${i}
    app.kubernetes.io/part-of: shop
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "checkout,search,recommendations"
  REVISION: "${revision}"
  app.properties: |
    server.port=8080
    cache.ttl=${300 + revision}
    upstream=http://svc-${i + 1}.${team(i + 1)}.svc:8080
`;
}

function secret(i, revision = 0) {
  const password = Buffer.from(`pw-${i}-${revision}-s3cr3t`).toString('base64');
  return `apiVersion: v1
kind: Secret
metadata:
  name: credentials-${i}
  namespace: ${team(i)}
type: Opaque
data:
  username: ${Buffer.from(`user-${i}`).toString('base64')}
  password: ${password}
`;
}

function workload(i, configs, revision = 0) {
  const [apiVersion, kind] = KINDS[i % KINDS.length];
  const c = i % (configs / 2);
  const pod = `      labels:
        app.kubernetes.io/name: svc-${i}
    spec:
      serviceAccountName: svc-${i}
      containers:
        - name: app
          image: registry.example.com/shop/svc-${i % 400}:1.${revision}.0
          ports:
            - containerPort: 8080
          envFrom:
            - configMapRef:
                name: settings-${c}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: credentials-${c}
                  key: password
          resources:
            requests: { cpu: 50m, memory: 64Mi }
            limits: { memory: 128Mi }
          volumeMounts:
            - name: config
              mountPath: /etc/app
      volumes:
        - name: config
          configMap:
            name: settings-${c}`;
  const indent = (text, spaces) =>
    text
      .split('\n')
      .map((line) => ' '.repeat(spaces) + line)
      .join('\n');
  const head = `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: svc-${i}
  namespace: ${team(c)}
  labels:
    app.kubernetes.io/name: svc-${i}
spec:
`;
  if (kind === 'CronJob') {
    return `${head}  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
${indent(pod.replace(/^ {4}/gm, '') + '\n  restartPolicy: OnFailure', 8)}
`;
  }
  return `${head}${kind === 'DaemonSet' ? '' : '  replicas: 2\n'}${kind === 'StatefulSet' ? `  serviceName: svc-${i}\n` : ''}  selector:
    matchLabels:
      app.kubernetes.io/name: svc-${i}
  template:
    metadata:
${pod}
`;
}

/** The files of the tree: path → content. */
export function manifestTree({ configs = 2000, workloads = 8000, revisionOf = () => 0 } = {}) {
  const files = new Map();
  for (let i = 0; i < configs / 2; i += 1) {
    files.set(`deploy/${team(i)}/svc-${i}/configmap.yaml`, configMap(i, revisionOf('configmap', i)));
    files.set(`deploy/${team(i)}/svc-${i}/secret.yaml`, secret(i, revisionOf('secret', i)));
  }
  for (let i = 0; i < workloads; i += 1) {
    const c = i % (configs / 2);
    files.set(`deploy/${team(c)}/svc-${c}/workload-${i}.yaml`, workload(i, configs, revisionOf('workload', i)));
  }
  return files;
}

export function writeTree(root, files) {
  for (const [path, content] of files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
