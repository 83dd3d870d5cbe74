/**
 * The cluster-sim command line:
 *   cluster-sim start [--port 0] [--host 127.0.0.1] [--kubeconfig out.yaml] [--tls] [--rbac]
 *                     [--clock-speed 10] [--nodes 3] [--pod-ready-delay 2000]
 *                     [--pod-rule 'image=*:broken,fail=ImagePullBackOff']...
 *                     [--fault 'verb=patch,rate=0.1,status=503']... [--registry-check]
 *                     [--config file.yaml]
 * Prints the URL and the kubeconfig path, then serves until SIGINT or SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { startCluster, type ClusterOptions } from '../index.js';
import { parsePodRule, type PodRule } from '../controllers/index.js';
import { parseFaultRule, validateFaultRule, type FaultRule } from '../faults/index.js';

export const USAGE = `usage: cluster-sim start [options]

  --port <n>              port to listen on (default 0: any free port)
  --host <addr>           interface to listen on (default 127.0.0.1)
  --kubeconfig <file>     write the admin kubeconfig there (default: a temporary file)
  --tls                   serve HTTPS with a generated CA (written into the kubeconfig)
  --rbac                  enforce RBAC (the kubeconfig's admin is in system:masters)
  --clock-speed <x>       simulated milliseconds per real millisecond (default 1)
  --nodes <n>             number of simulated nodes (default 1)
  --pod-ready-delay <ms>  simulated delay before a started container is Ready (default 0)
  --pod-rule <rule>       failure rule, e.g. 'image=*:broken,fail=ImagePullBackOff' (repeatable)
  --fault <rule>          fault rule, e.g. 'verb=patch,rate=0.1,status=503' (repeatable)
  --registry-check        ask the image's registry whether an image exists before "pulling" it
  --insecure-registry     with --registry-check: talk plain HTTP to registries
  --namespace <ns>        namespace of the kubeconfig's context
  --config <file.yaml>    the same options as YAML (keys: port, host, kubeconfig, tls, rbac,
                          clockSpeed, nodes, podReadyDelayMs, podRules, faults, registryCheck,
                          namespace); flags override it
`;

export class CliError extends Error {}

interface Parsed {
  options: ClusterOptions;
  kubeconfig?: string;
}

function number(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n))
    throw new CliError(`${flag} needs a number, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  return n;
}

function fromConfig(file: string): ClusterOptions {
  let doc: any;
  try {
    doc = yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`--config ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (doc === undefined || doc === null) return {};
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new CliError(`--config ${file}: expected a YAML mapping of options`);
  const known = new Set([
    'port',
    'host',
    'kubeconfig',
    'tls',
    'rbac',
    'clockSpeed',
    'nodes',
    'podReadyDelayMs',
    'podRules',
    'faults',
    'registryCheck',
    'namespace',
  ]);
  for (const key of Object.keys(doc))
    if (!known.has(key))
      throw new CliError(`--config ${file}: unknown option "${key}" (known: ${[...known].join(', ')})`);
  const options: ClusterOptions & { faults?: FaultRule[] } = {};
  if (doc.port !== undefined) options.port = number(`--config ${file}: port`, String(doc.port));
  if (doc.host !== undefined) options.host = String(doc.host);
  if (doc.kubeconfig !== undefined) options.kubeconfigPath = resolve(String(doc.kubeconfig));
  if (doc.tls !== undefined) options.tls = Boolean(doc.tls);
  if (doc.rbac !== undefined) options.rbac = doc.rbac;
  if (doc.clockSpeed !== undefined)
    options.clock = { speed: number(`--config ${file}: clockSpeed`, String(doc.clockSpeed)) };
  if (doc.nodes !== undefined) options.nodes = number(`--config ${file}: nodes`, String(doc.nodes));
  if (doc.podReadyDelayMs !== undefined)
    options.podReadyDelayMs = number(`--config ${file}: podReadyDelayMs`, String(doc.podReadyDelayMs));
  if (doc.namespace !== undefined) options.namespace = String(doc.namespace);
  if (doc.registryCheck !== undefined) options.registryCheck = doc.registryCheck === true ? {} : doc.registryCheck;
  try {
    if (doc.podRules !== undefined)
      options.podRules = (doc.podRules as unknown[]).map((r) =>
        typeof r === 'string' ? parsePodRule(r) : (r as PodRule),
      );
    if (doc.faults !== undefined) {
      options.faults = (doc.faults as unknown[]).map((r) => {
        const rule = typeof r === 'string' ? parseFaultRule(r) : (r as FaultRule);
        validateFaultRule(rule);
        return rule;
      });
    }
  } catch (error) {
    throw new CliError(`--config ${file}: ${(error as Error).message}`);
  }
  return options;
}

export function parseArgs(argv: string[]): Parsed & { faults: FaultRule[] } {
  const [command, ...rest] = argv;
  if (command !== 'start') throw new CliError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  const configIndex = rest.indexOf('--config');
  let options: ClusterOptions & { faults?: FaultRule[] } = {};
  if (configIndex >= 0) {
    if (!rest[configIndex + 1]) throw new CliError('--config needs a file');
    options = fromConfig(rest[configIndex + 1]);
  }
  const faults: FaultRule[] = [...(options.faults ?? [])];
  delete options.faults;
  const podRules: PodRule[] = [...(options.podRules ?? [])];
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--config':
        i++;
        break;
      case '--port':
        options.port = number(flag, value());
        break;
      case '--host':
        options.host = value();
        break;
      case '--kubeconfig':
        options.kubeconfigPath = resolve(value());
        break;
      case '--tls':
        options.tls = true;
        break;
      case '--rbac':
        options.rbac = true;
        break;
      case '--clock-speed':
        options.clock = { speed: number(flag, value()) };
        break;
      case '--nodes':
        options.nodes = number(flag, value());
        break;
      case '--pod-ready-delay':
        options.podReadyDelayMs = number(flag, value());
        break;
      case '--namespace':
        options.namespace = value();
        break;
      case '--pod-rule': {
        const text = value();
        try {
          podRules.push(parsePodRule(text));
        } catch (error) {
          throw new CliError(`--pod-rule '${text}': ${(error as Error).message}`);
        }
        break;
      }
      case '--fault': {
        const text = value();
        try {
          faults.push(parseFaultRule(text));
        } catch (error) {
          throw new CliError(`--fault '${text}': ${(error as Error).message}`);
        }
        break;
      }
      case '--registry-check':
        options.registryCheck = { ...(options.registryCheck || {}) };
        break;
      case '--insecure-registry':
        options.registryCheck = { ...(options.registryCheck || {}), insecure: true };
        break;
      case '--help':
      case '-h':
        throw new CliError(USAGE);
      default:
        throw new CliError(`unknown option "${flag}"\n${USAGE}`);
    }
  }
  if (podRules.length) options.podRules = podRules;
  return { options, faults };
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`cluster-sim: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const cluster = await startCluster({ ...parsed.options, log: (m) => process.stderr.write(`cluster-sim: ${m}\n`) });
  for (const fault of parsed.faults) cluster.injectFault(fault);
  process.stdout.write(`cluster-sim listening on ${cluster.url}\nkubeconfig: ${cluster.kubeconfigPath}\n`);
  await new Promise<void>((resolveSignal) => {
    const stop = () => resolveSignal();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await cluster.stop();
  process.stdout.write('cluster-sim stopped\n');
  return 0;
}
