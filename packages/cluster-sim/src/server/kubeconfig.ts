/** Kubeconfig files pointing at the simulator. */
import yaml from 'js-yaml';

export interface KubeconfigOptions {
  server: string;
  token: string;
  caCert?: string;
  clusterName?: string;
  user?: string;
  namespace?: string;
}

export function kubeconfigYaml(options: KubeconfigOptions): string {
  const clusterName = options.clusterName ?? 'cluster-sim';
  const user = options.user ?? 'kubernetes-admin';
  const cluster: Record<string, unknown> = { server: options.server };
  if (options.caCert) cluster['certificate-authority-data'] = Buffer.from(options.caCert).toString('base64');
  const context: Record<string, unknown> = { cluster: clusterName, user };
  if (options.namespace) context.namespace = options.namespace;
  return yaml.dump(
    {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: clusterName, cluster }],
      contexts: [{ name: clusterName, context }],
      'current-context': clusterName,
      preferences: {},
      users: [{ name: user, user: { token: options.token } }],
    },
    { lineWidth: -1 },
  );
}
