import * as core from '@actions/core';

/**
 * Masks a secret in every later log line. The runner masks line by line, so a
 * multi-line secret (a kubeconfig, a PEM key) is masked line by line too, along with
 * its base64 form, which is how it appears inside Kubernetes objects and configs.
 */
export function maskSecret(value: string | undefined): void {
  if (!value) return;
  const seen = new Set<string>();
  const add = (part: string) => {
    const trimmed = part.trim();
    if (trimmed.length < 4 || seen.has(trimmed)) return;
    seen.add(trimmed);
    core.setSecret(trimmed);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line);
  add(Buffer.from(value).toString('base64'));
}

/** Replaces every occurrence of the given secrets in a text (for messages built before masking applies). */
export function redact(text: string, secrets: Iterable<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join('***');
  }
  return result;
}
