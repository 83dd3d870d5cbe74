/**
 * The control-plane command line, with cluster-sim's flags where they mean the same:
 *   control-plane start --kubeconfig out.yaml [--port N] [--rbac] [--pod-ready-delay MS]
 *                       [--pod-rule 'image=*:broken,fail=ImagePullBackOff']... [--nodes N]
 *                       [--namespace NS]
 * Prints one line when the cluster is ready, serves until SIGINT or SIGTERM, then stops every
 * process and removes its temporary folder and the kubeconfig.
 */
import { resolve } from 'node:path';
import { parsePodRule, type PodRule } from '@kra/cluster-sim';
import { startControlPlane, type ControlPlaneOptions } from '../index.js';

export const USAGE = `usage: control-plane start --kubeconfig <file> [options]

  --kubeconfig <file>     write the admin kubeconfig there (removed on stop)
  --port <n>              the API server's port (default 0: any free port)
  --rbac                  authorize with RBAC (the kubeconfig's admin is in system:masters)
  --nodes <n>             number of KWOK nodes (default 1)
  --pod-ready-delay <ms>  delay before a started container is Ready (default 0)
  --pod-rule <rule>       cluster-sim's pod rule, e.g. 'image=*:broken,fail=ImagePullBackOff' (repeatable)
  --namespace <ns>        namespace of the kubeconfig's context
`;

export class CliError extends Error {}

function number(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isInteger(n) || n < 0)
    throw new CliError(`${flag} needs a whole number, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  return n;
}

export function parseArgs(argv: string[]): ControlPlaneOptions & { kubeconfigPath: string } {
  const [command, ...rest] = argv;
  if (command !== 'start') throw new CliError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  const options: ControlPlaneOptions = {};
  const podRules: PodRule[] = [];
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--kubeconfig':
        options.kubeconfigPath = resolve(value());
        break;
      case '--port':
        options.port = number(flag, value());
        break;
      case '--rbac':
        options.rbac = true;
        break;
      case '--nodes':
        options.nodes = number(flag, value());
        if (options.nodes < 1) throw new CliError('--nodes needs at least 1');
        break;
      case '--pod-ready-delay':
        options.podReadyDelayMs = number(flag, value());
        break;
      case '--pod-rule':
        try {
          podRules.push(parsePodRule(value()));
        } catch (error) {
          throw new CliError(`--pod-rule: ${(error as Error).message}`);
        }
        break;
      case '--namespace':
        options.namespace = value();
        break;
      default:
        throw new CliError(`unknown option "${flag}"\n${USAGE}`);
    }
  }
  if (!options.kubeconfigPath) throw new CliError(`--kubeconfig <file> is required\n${USAGE}`);
  if (podRules.length) options.podRules = podRules;
  return options as ControlPlaneOptions & { kubeconfigPath: string };
}

export async function main(argv: string[]): Promise<number> {
  let options: ControlPlaneOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`control-plane: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const started = Date.now();
  let cluster;
  try {
    cluster = await startControlPlane({ ...options, log: (m) => process.stderr.write(`${m}\n`) });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(
    `control-plane ready at ${cluster.url} in ${((Date.now() - started) / 1000).toFixed(1)} s; kubeconfig: ${cluster.kubeconfigPath}\n`,
  );
  await new Promise<void>((done) => {
    // The handlers stay installed: a second signal while stopping must not end this process
    // before its children are stopped.
    let stopping: Promise<void> | undefined;
    const shutdown = () => {
      stopping ??= cluster.stop().then(done);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  return 0;
}
