/**
 * Runs the real kubectl against a simulated cluster, with its own HOME and cache directory.
 * Used by the rollout integration tests; a machine without kubectl fails them with the way
 * to install it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function requireKubectl(): string {
  try {
    return execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  } catch {
    throw new Error(
      'kubectl is not installed: these tests drive the simulated cluster with the real kubectl. Run ' +
        '`bash tools/build.sh` (it builds the pinned kubectl into .tmp/bin) and `source scripts/env.sh`.',
    );
  }
}

export class Kubectl {
  readonly home: string;

  constructor(private readonly kubeconfigPath: string) {
    this.home = mkdtempSync(join(tmpdir(), 'kubectl-home-'));
  }

  run(args: string[], input?: string, timeoutMs = 90_000): Promise<KubectlResult> {
    const env = {
      ...process.env,
      HOME: this.home,
      KUBECONFIG: this.kubeconfigPath,
      KUBECACHEDIR: join(this.home, 'cache'),
    };
    return new Promise((resolve) => {
      const child = execFile(
        'kubectl',
        args,
        { env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error
            ? typeof (error as { code?: unknown }).code === 'number'
              ? (error as { code: number }).code
              : 1
            : 0;
          resolve({ code, stdout: String(stdout), stderr: String(stderr) });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  }

  /** Runs kubectl and fails with its output when it exits non-zero. */
  async ok(args: string[], input?: string): Promise<string> {
    const result = await this.run(args, input);
    if (result.code !== 0)
      throw new Error(
        `kubectl ${args.join(' ')} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`,
      );
    return result.stdout;
  }

  async json(args: string[]): Promise<any> {
    return JSON.parse(await this.ok([...args, '-o', 'json']));
  }

  /** kubectl apply -f of the given YAML text. */
  apply(yaml: string, extra: string[] = []): Promise<string> {
    const file = join(this.home, `manifest-${Date.now()}-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, yaml);
    // the simulator serves no OpenAPI document (a clean 404), so client-side validation is off, as in the README
    return this.ok(['apply', '--validate=false', '-f', file, ...extra]);
  }

  cleanup(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Polls `check` (real time) until it returns a truthy value. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function deploymentYaml(
  name: string,
  image: string,
  options: {
    replicas?: number;
    progressDeadlineSeconds?: number;
    extraContainer?: string;
    maxSurge?: string;
    maxUnavailable?: string;
  } = {},
): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: default
spec:
  replicas: ${options.replicas ?? 3}
  progressDeadlineSeconds: ${options.progressDeadlineSeconds ?? 600}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: ${options.maxSurge ?? '25%'}
      maxUnavailable: ${options.maxUnavailable ?? '25%'}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: ${name}
        image: ${image}
        ports:
        - name: http
          containerPort: 8080
${options.extraContainer ?? ''}`;
}
