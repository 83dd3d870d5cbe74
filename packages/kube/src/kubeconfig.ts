import { readFileSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import yaml from 'js-yaml';
import { KubeconfigError } from './access.js';

export interface LoadKubeConfigOptions {
  /** A kubeconfig file path (the written `kubeconfig` input); else KUBECONFIG, ~/.kube/config or in-cluster. */
  path?: string;
  /** Select this context instead of the file's current-context. */
  context?: string;
}

/**
 * Checks a kubeconfig's text before client-node reads it, so that nothing of its content can
 * reach a message: a YAML error is reported by line number only (js-yaml's own message quotes
 * the line, which may hold a token), and a missing section is named, never a value.
 */
export function checkKubeconfigText(text: string, input = 'kubeconfig'): void {
  let parsed: unknown;
  try {
    parsed = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line;
    throw new KubeconfigError(
      'kubeconfig',
      `is not valid YAML${line === undefined ? '' : ` (line ${line + 1})`}: fix the kubeconfig${input === 'kubeconfig' ? ' in the secret' : ''} (kubectl config view --raw --minify prints a valid one)`,
    );
  }
  const config = parsed as Record<string, unknown> | null;
  if (!config || typeof config !== 'object' || Array.isArray(config))
    throw new KubeconfigError('kubeconfig', 'is not a kubeconfig (a YAML mapping with clusters, users and contexts)');
  for (const section of ['clusters', 'users', 'contexts']) {
    const list = config[section];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new KubeconfigError('kubeconfig', `has "${section}" that is not a list`);
    list.forEach((entry, i) => {
      if (!entry || typeof entry !== 'object' || typeof (entry as { name?: unknown }).name !== 'string')
        throw new KubeconfigError('kubeconfig', `has ${section}[${i}] without a name`);
    });
  }
}

/** Loads a kubeconfig through client-node, checked first (see checkKubeconfigText), with the context selected. */
export function loadKubeConfig(options: LoadKubeConfigOptions = {}): KubeConfig {
  const kc = new KubeConfig();
  const files = options.path ? [options.path] : (process.env.KUBECONFIG ?? '').split(':').filter(Boolean);
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      if (options.path) throw new KubeconfigError('kubeconfig', `could not be read from ${file}`);
      continue; // KUBECONFIG may list files that do not exist; kubectl skips them too.
    }
    checkKubeconfigText(text);
  }
  try {
    if (options.path) kc.loadFromFile(options.path);
    else kc.loadFromDefault();
  } catch (error) {
    // The text passed checkKubeconfigText: what is left are client-node's structural checks (no values in them).
    throw new KubeconfigError('kubeconfig', `is not a usable kubeconfig: ${(error as Error).message}`);
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name);
      throw new KubeconfigError(
        'context',
        `could not be used: context "${options.context}" is not in the kubeconfig (it has: ${known.join(', ') || 'none'}): name one of those`,
      );
    }
    kc.setCurrentContext(options.context);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster)
    throw new KubeconfigError(
      'kubeconfig',
      'has no current cluster: set its current-context, or name a context in the "context" input',
    );
  return kc;
}
