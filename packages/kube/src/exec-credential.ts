import { spawn } from 'node:child_process';
import { type AccessInfo, ClusterAccessError } from './access.js';

/** A kubeconfig user's `exec` entry (client-go's ExecConfig). */
export interface ExecConfig {
  command: string;
  args?: string[];
  env?: Array<{ name: string; value: string }> | null;
  apiVersion?: string;
  provideClusterInfo?: boolean;
}

export interface ExecCredentialStatus {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  expirationTimestamp?: string;
}

export interface ExecPluginOptions {
  access: AccessInfo;
  /** How long the plugin may take: the step's timeout. */
  timeoutMs: number;
  /** The input that sets the timeout, for the message. */
  timeoutInput?: string;
  /** Called with every credential the plugin gives, before it is used (to mask it). */
  onSecret?: (value: string) => void;
  /** For provideClusterInfo. */
  cluster?: { server: string; certificateAuthorityData?: string; insecureSkipTlsVerify?: boolean };
  /** Stops a running plugin (cancellation). */
  signal?: AbortSignal;
}

const MAX_OUTPUT = 1024 * 1024;

/**
 * Runs a kubeconfig's credential plugin the way client-go does (KUBERNETES_EXEC_INFO, no
 * shell, non-interactive) and keeps its credential until it expires. Unlike client-node's
 * ExecAuth, it is bounded by the step's timeout (the plugin and its children are killed), its
 * output never reaches an error message, and every credential is handed to `onSecret` first.
 * Works as a client-node authenticator, so the API client and watches share it.
 */
export class ExecCredentialPlugin {
  private cached?: ExecCredentialStatus;
  private pending?: Promise<ExecCredentialStatus>;

  constructor(
    private readonly userName: string,
    private readonly exec: ExecConfig,
    private readonly options: ExecPluginOptions,
  ) {}

  /** client-node's Authenticator: this plugin answers for its user only. */
  isAuthProvider(user: { name?: string } | null | undefined): boolean {
    return user?.name === this.userName;
  }

  async applyAuthentication(
    _user: unknown,
    opts: { headers?: Record<string, unknown>; cert?: unknown; key?: unknown },
  ) {
    const status = await this.credential();
    if (status.clientCertificateData) opts.cert = status.clientCertificateData;
    if (status.clientKeyData) opts.key = status.clientKeyData;
    if (status.token) opts.headers = { ...(opts.headers ?? {}), Authorization: `Bearer ${status.token}` };
  }

  /** The current credential, from the plugin when there is none or it has expired. */
  credential(): Promise<ExecCredentialStatus> {
    const expires = Date.parse(this.cached?.expirationTimestamp ?? '');
    if (this.cached && (Number.isNaN(expires) || expires > Date.now() + 10_000)) return Promise.resolve(this.cached);
    this.pending ??= this.run().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private fail(detail: string): ClusterAccessError {
    return new ClusterAccessError(
      'credential-plugin',
      this.options.access,
      `the credential plugin "${this.exec.command}" ${detail}`,
    );
  }

  private run(): Promise<ExecCredentialStatus> {
    const apiVersion = this.exec.apiVersion ?? 'client.authentication.k8s.io/v1';
    const cluster = this.exec.provideClusterInfo ? this.options.cluster : undefined;
    const info = {
      apiVersion,
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        ...(cluster
          ? {
              cluster: {
                server: cluster.server,
                'certificate-authority-data': cluster.certificateAuthorityData,
                'insecure-skip-tls-verify': cluster.insecureSkipTlsVerify,
              },
            }
          : {}),
      },
    };
    const env: NodeJS.ProcessEnv = { ...process.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
    for (const entry of this.exec.env ?? []) env[entry.name] = entry.value;
    const seconds = Math.round(this.options.timeoutMs / 1000);
    return new Promise<ExecCredentialStatus>((resolve, reject) => {
      let stdout = '';
      let size = 0;
      let settled = false;
      // Its own process group, so the plugin's children are stopped with it.
      const child = spawn(this.exec.command, this.exec.args ?? [], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      const stop = () => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      };
      const finish = (error: ClusterAccessError | undefined, status?: ExecCredentialStatus) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.options.signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(status!);
      };
      const onAbort = () => {
        stop();
        finish(this.fail('was stopped: the step was cancelled'));
      };
      const timer = setTimeout(() => {
        stop();
        finish(
          this.fail(
            `gave no credentials within ${seconds}s (input "${this.options.timeoutInput ?? 'timeout'}") and was stopped: make it work without a terminal, or raise the timeout`,
          ),
        );
      }, this.options.timeoutMs);
      this.options.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        size += chunk.length;
        if (size > MAX_OUTPUT) {
          stop();
          finish(this.fail(`printed more than ${MAX_OUTPUT} bytes: it must print one ExecCredential`));
        } else stdout += chunk;
      });
      // Its stderr may hold credentials too: read (so the plugin never blocks on a full pipe), never shown.
      child.stderr.on('data', () => undefined);
      child.on('error', (error: NodeJS.ErrnoException) =>
        finish(
          this.fail(
            error.code === 'ENOENT'
              ? 'was not found (ENOENT): install it on the runner, or fix users[].user.exec.command'
              : `could not be started (${error.code ?? 'error'}): check users[].user.exec.command`,
          ),
        ),
      );
      child.on('close', (code, signal) => {
        if (code !== 0)
          return finish(
            this.fail(
              `${signal ? `was killed by ${signal}` : `exited with code ${code}`} (its output is not shown: it may hold credentials): run it by hand on the runner to see why`,
            ),
          );
        const status = parseCredential(stdout);
        if (!status)
          return finish(
            this.fail(
              `printed output that is not an ExecCredential: it must print {"apiVersion":"${apiVersion}","kind":"ExecCredential","status":{"token":"…"}} (or clientCertificateData and clientKeyData)`,
            ),
          );
        for (const value of [status.token, status.clientCertificateData, status.clientKeyData])
          if (value) this.options.onSecret?.(value);
        this.cached = status;
        finish(undefined, status);
      });
    });
  }
}

/** The status of an ExecCredential, or undefined when the text is not one with a usable credential. */
export function parseCredential(text: string): ExecCredentialStatus | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const object = parsed as { kind?: unknown; status?: Record<string, unknown> } | null;
  if (!object || object.kind !== 'ExecCredential' || !object.status || typeof object.status !== 'object')
    return undefined;
  const { token, clientCertificateData, clientKeyData, expirationTimestamp } = object.status;
  const text_ = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const status: ExecCredentialStatus = {
    token: text_(token),
    clientCertificateData: text_(clientCertificateData),
    clientKeyData: text_(clientKeyData),
    expirationTimestamp: text_(expirationTimestamp),
  };
  if (!status.token && !(status.clientCertificateData && status.clientKeyData)) return undefined;
  return status;
}
