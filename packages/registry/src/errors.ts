/**
 * Registry failures as one-line messages: which registry, what (manifest, blob, tags),
 * the HTTP status and the registry's error code, and what to do. Never a credential.
 */
import { UserError } from '@kra/core';

/** One entry of the distribution API's error body: {"errors":[{"code","message","detail"}]}. */
export interface RegistryErrorDetail {
  code: string;
  message?: string;
  detail?: unknown;
}

export interface RegistryErrorInit {
  /** The registry as written in references (127.0.0.1:5000, ghcr.io). */
  registry: string;
  /** What was asked for: "manifest shop/web:sha-abc1234", "blob shop/web@sha256:…", "tags of shop/web". */
  subject: string;
  /** HTTP status, or undefined for a network failure. */
  status?: number;
  codes?: RegistryErrorDetail[];
  /** Overrides the problem text derived from status and codes. */
  problem?: string;
  /** What the user can do. */
  hint?: string;
  /** Seconds or ms the registry asked to wait (Retry-After), in ms. */
  retryAfterMs?: number;
  cause?: unknown;
}

const PROBLEMS: Record<string, string> = {
  MANIFEST_UNKNOWN: 'not found',
  NAME_UNKNOWN: 'repository not found',
  BLOB_UNKNOWN: 'not found',
  BLOB_UPLOAD_UNKNOWN: 'upload session lost',
  BLOB_UPLOAD_INVALID: 'upload rejected',
  DIGEST_INVALID: 'digest does not match the content',
  MANIFEST_BLOB_UNKNOWN: 'refers to a blob the repository does not have',
  MANIFEST_INVALID: 'rejected as invalid',
  MANIFEST_UNVERIFIED: 'rejected: signature could not be verified',
  NAME_INVALID: 'has an invalid repository name',
  TAG_INVALID: 'has an invalid tag',
  SIZE_INVALID: 'size does not match the content',
  UNAUTHORIZED: 'authentication required or failed',
  DENIED: 'access denied',
  UNSUPPORTED: 'operation not supported by this registry',
  TOOMANYREQUESTS: 'too many requests (rate limited)',
};

const HINTS: Record<string, string> = {
  MANIFEST_UNKNOWN: 'push it first, or check the tag',
  NAME_UNKNOWN: 'push an image to it first, or check the repository name',
  BLOB_UNKNOWN: 'push the image again so its layers are uploaded',
  MANIFEST_BLOB_UNKNOWN: 'push the layers and config before the manifest',
  UNAUTHORIZED: 'check the username and password (or token) for this registry',
  DENIED: 'check that these credentials may push to and pull from this repository',
  TAG_INVALID: 'use a tag of letters, digits, "_", "." and "-"',
  TOOMANYREQUESTS: 'wait and retry, or authenticate to get a higher limit',
};

function statusProblem(status: number | undefined): string {
  switch (status) {
    case undefined:
      return 'could not be reached';
    case 401:
      return 'authentication required or failed';
    case 403:
      return 'access denied';
    case 404:
      return 'not found';
    case 405:
      return 'operation not allowed by this registry';
    case 429:
      return 'too many requests (rate limited)';
    default:
      return status >= 500 ? `registry failure (HTTP ${status})` : `failed (HTTP ${status})`;
  }
}

export class RegistryError extends UserError {
  readonly registry: string;
  readonly subject: string;
  readonly status?: number;
  readonly codes: RegistryErrorDetail[];
  readonly retryAfterMs?: number;
  readonly hint?: string;
  readonly problem: string;

  constructor(init: RegistryErrorInit) {
    const codes = init.codes ?? [];
    const code = codes[0]?.code;
    const problem = init.problem ?? (code && PROBLEMS[code]) ?? statusProblem(init.status);
    const hint =
      init.hint ?? (code ? HINTS[code] : undefined) ?? (init.status === 401 ? HINTS.UNAUTHORIZED : undefined);
    const codeText = code
      ? ` (${code})`
      : init.status !== undefined && !problem.includes(`HTTP ${init.status}`)
        ? ` (HTTP ${init.status})`
        : '';
    super(`registry ${init.registry}: ${init.subject} ${problem}${codeText}${hint ? `: ${hint}` : ''}`, {
      cause: init.cause,
    });
    this.name = 'RegistryError';
    this.registry = init.registry;
    this.subject = init.subject;
    this.status = init.status;
    this.codes = codes;
    this.retryAfterMs = init.retryAfterMs;
    this.hint = hint;
    this.problem = problem;
  }

  /** The first error code the registry gave (MANIFEST_UNKNOWN, DENIED…), if any. */
  get code(): string | undefined {
    return this.codes[0]?.code;
  }

  /** The same error with another hint, for callers that know which input to name. */
  withHint(hint: string): RegistryError {
    return new RegistryError({
      registry: this.registry,
      subject: this.subject,
      status: this.status,
      codes: this.codes,
      problem: this.problem,
      hint,
      retryAfterMs: this.retryAfterMs,
      cause: this.cause,
    });
  }
}

/** Reads the distribution error body; tolerant of registries that send HTML or nothing. */
export function parseErrorBody(body: string): RegistryErrorDetail[] {
  if (!body) return [];
  try {
    const parsed = JSON.parse(body) as { errors?: unknown; details?: unknown };
    if (Array.isArray(parsed.errors)) {
      return parsed.errors
        .filter((entry): entry is Record<string, unknown> => entry !== null && typeof entry === 'object')
        .map((entry) => ({
          code: typeof entry.code === 'string' ? entry.code.toUpperCase() : 'UNKNOWN',
          message: typeof entry.message === 'string' ? entry.message : undefined,
          detail: entry.detail,
        }));
    }
  } catch {
    // not JSON
  }
  return [];
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/** The network error code behind a fetch failure (fetch wraps it in TypeError("fetch failed").cause). */
export function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && /socket hang up|other side closed|terminated/i.test(message))
      return 'ECONNRESET';
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether a failure is worth retrying: 429, 5xx (except 501), and connection resets. */
export function isTransient(error: unknown): boolean {
  if (error instanceof RegistryError) {
    if (error.status === undefined) {
      const code = networkErrorCode(error.cause);
      return code !== undefined && TRANSIENT_CODES.has(code);
    }
    return error.status === 429 || error.status === 408 || (error.status >= 500 && error.status !== 501);
  }
  const code = networkErrorCode(error);
  return code !== undefined && TRANSIENT_CODES.has(code);
}
