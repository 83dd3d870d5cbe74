/**
 * The `kubeconfig` input, given as YAML (or JSON) or as that text in base64, as CI secrets
 * often hold it. Nothing here quotes the input: it is a secret, whichever form it has.
 * No YAML parser: this runs before anything heavy is loaded; the text is checked later.
 */
import { InputError } from '@kra/core';

/** A top-level apiVersion or clusters key, in YAML (at the start of a line) or in JSON. */
const KUBECONFIG_KEY =
  /^(?:apiVersion|clusters)\s*:|^\s*"(?:apiVersion|clusters)"\s*:|[{,]\s*"(?:apiVersion|clusters)"\s*:/m;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+={0,2}$/;

export interface KubeconfigInput {
  /** The kubeconfig's text (decoded when it was given in base64). */
  content: string;
  encoding: 'plain' | 'base64';
}

/** Whether a text reads as a kubeconfig: a top-level apiVersion or clusters key. */
export function looksLikeKubeconfig(text: string): boolean {
  return KUBECONFIG_KEY.test(text);
}

function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 16 || !BASE64.test(compact)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
  } catch {
    return undefined; // not text: not a base64-encoded kubeconfig
  }
}

/**
 * The kubeconfig in the input: the text itself when it reads as a kubeconfig, else its base64
 * decoding when that does. Anything else is refused in one line that names the input only.
 */
export function decodeKubeconfigInput(value: string, input = 'kubeconfig'): KubeconfigInput {
  if (looksLikeKubeconfig(value)) return { content: value, encoding: 'plain' };
  const decoded = decodeBase64(value);
  if (decoded !== undefined && looksLikeKubeconfig(decoded)) return { content: decoded, encoding: 'base64' };
  throw new InputError(
    input,
    decoded !== undefined
      ? 'is base64 that does not decode to a kubeconfig (YAML with apiVersion and clusters): encode the whole file (kubectl config view --raw --minify | base64 -w0)'
      : 'is neither a kubeconfig (YAML with apiVersion and clusters) nor one in base64: put the output of kubectl config view --raw --minify in the secret, as it is or in base64',
  );
}
