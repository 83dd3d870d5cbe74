import { InputError, UserError } from '@kra/core';

/** Which kubeconfig entries a client uses: named in every access error. */
export interface AccessInfo {
  /** The input the kubeconfig came from. */
  input: string;
  context: string;
  user: string;
  server: string;
}

export function describeAccess(access: AccessInfo): string {
  return `Input "${access.input}" (context "${access.context}", user "${access.user}")`;
}

/** A kubeconfig that cannot be read or used as written (bad YAML, no such context, plain HTTP). */
export class KubeconfigError extends InputError {
  constructor(input: 'kubeconfig' | 'context', problem: string) {
    super(input, problem);
    this.name = 'KubeconfigError';
  }
}

export type AccessProblem =
  'insecure-http' | 'unauthorized' | 'forbidden' | 'tls' | 'unreachable' | 'credential-plugin';

/**
 * The cluster could not be reached or refused the kubeconfig's credentials: one line naming the
 * input, its context and user, what is wrong and what to do. Never retried.
 */
export class ClusterAccessError extends UserError {
  readonly problem: AccessProblem;
  readonly access: AccessInfo;
  constructor(problem: AccessProblem, access: AccessInfo, detail: string, options?: { cause?: unknown }) {
    super(`${describeAccess(access)}: ${detail}`, options);
    this.name = 'ClusterAccessError';
    this.problem = problem;
    this.access = access;
  }
}

/** Connection errors (by Node's error code) that a later attempt may not meet. */
const TRANSIENT = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'REQUEST_TIMEOUT',
]);

/** TLS verification failures: the kubeconfig's CA does not vouch for the server. */
const TLS = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** A failed connection: `code` is Node's (ECONNRESET, SELF_SIGNED_CERT_IN_CHAIN, ...). */
export class NetworkError extends Error {
  readonly code: string;
  readonly transient: boolean;
  readonly tls: boolean;
  constructor(method: string, path: string, code: string, options?: { cause?: unknown }) {
    super(`${method} ${path}: ${code}`, options);
    this.name = 'NetworkError';
    this.code = code;
    this.transient = TRANSIENT.has(code);
    this.tls = TLS.has(code);
  }
}

/** The code of a Node or undici error (undici's `fetch failed` carries it on its cause). */
export function errorCode(error: unknown): string {
  const own = (error as { code?: unknown })?.code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof cause === 'string' ? cause : 'UNKNOWN';
}

const TLS_WORDS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'does not name this host',
  ERR_SSL_WRONG_VERSION_NUMBER: 'could not be read: the server does not speak TLS there',
  EPROTO: 'could not be read: the server does not speak TLS there',
};

/** A connection failure, explained against the kubeconfig it came from. */
export function accessErrorOf(error: NetworkError, access: AccessInfo, attempts: number): ClusterAccessError {
  if (error.tls) {
    const what = TLS_WORDS[error.code] ?? "is not signed by the cluster's certificate-authority-data";
    return new ClusterAccessError(
      'tls',
      access,
      `the server certificate of ${access.server} ${what} (${error.code}): put the cluster's own CA in certificate-authority-data, or check the server address`,
      { cause: error },
    );
  }
  return new ClusterAccessError(
    'unreachable',
    access,
    `cannot reach the cluster at ${access.server} (${error.code}${attempts > 1 ? ` after ${attempts} attempts` : ''}): check the server address, and that the runner can reach it`,
    { cause: error },
  );
}
