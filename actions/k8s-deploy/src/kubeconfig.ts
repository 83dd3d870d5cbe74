import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, maskSecret } from '@kra/core';
import { decodeKubeconfigInput } from '@kra/kube/inputs';

const SECRET_KEYS =
  /^\s*-?\s*"?(token|client-key-data|client-certificate-data|password|id-token|refresh-token|client-secret|access-token)"?\s*:\s*"?([^"\s]+)"?\s*$/;

/** Masks a kubeconfig: every line, and every credential value inside it on its own (and in base64). */
function maskKubeconfig(content: string): void {
  maskSecret(content);
  for (const line of content.split(/\r?\n/)) {
    const match = SECRET_KEYS.exec(line);
    if (match) maskSecret(match[2]);
  }
}

/**
 * The `kubeconfig` input's text ('' when it is empty), plain or decoded from base64. Masked in
 * every form before anything else: as given (each line, and the whole), and decoded.
 */
export function readKubeconfigInput(): string {
  const value = core.getInput('kubeconfig');
  if (!value.trim()) return '';
  maskKubeconfig(value);
  const { content, encoding } = decodeKubeconfigInput(value);
  if (encoding === 'base64') maskKubeconfig(content);
  return content;
}

/** Writes the `kubeconfig` input to RUNNER_TEMP (mode 0600) and remembers the path for the post step. */
export function writeKubeconfig(content: string): string {
  const dir = process.env.RUNNER_TEMP;
  if (!dir)
    throw new InputError(
      'kubeconfig',
      'needs RUNNER_TEMP, which the runner sets: run this action in a GitHub workflow',
    );
  const path = join(dir, `k8s-deploy-kubeconfig-${randomBytes(6).toString('hex')}.yaml`);
  writeFileSync(path, content, { mode: 0o600 });
  core.saveState('kubeconfig-path', path);
  return path;
}

/** Masks the credentials of a kubeconfig file an earlier step wrote. */
export function maskKubeconfigFile(path: string): void {
  for (const file of path.split(':').filter(Boolean)) {
    if (existsSync(file)) maskKubeconfig(readFileSync(file, 'utf8'));
  }
}

export function removeKubeconfig(path: string): boolean {
  if (!path || !existsSync(path)) return false;
  rmSync(path, { force: true });
  return true;
}
