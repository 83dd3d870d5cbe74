/**
 * Runs a sequence on one cluster and writes down, step by step, the normalized part of each
 * answer the step compares. The two clusters' transcripts are then compared entry by entry.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWatch, send, type Endpoint } from './http.js';
import { Normalizer } from './normalize.js';
import { stepLabel, type Answer, type KubectlAnswer, type Sequence, type Step } from './sequence.js';

export interface ClusterHandle {
  kind: 'sim' | 'real';
  endpoint: Endpoint;
  adminToken: string;
  tokenFor(user: string, groups?: string[]): string;
  kubeconfigFor(token: string, namespace?: string): string;
  kubectl: string;
}

export interface TranscriptEntry {
  label: string;
  value: unknown;
}

/** The `as` of a step whose request carries a token no cluster issued (401). */
export const INVALID_TOKEN_USER = '(invalid token)';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function namespaceOf(sequence: Sequence): string {
  return ('d-' + sequence.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')).replace(/-+$/, '').slice(0, 63);
}

function substitute<T>(value: T, vars: Record<string, string>): T {
  if (typeof value === 'string')
    return value.replace(/\{([a-zA-Z]\w*)\}/g, (match, name: string) => vars[name] ?? match) as T;
  if (Array.isArray(value)) return value.map((v) => substitute(v, vars)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars)])) as T;
  return value;
}

class Run {
  readonly transcript: TranscriptEntry[] = [];
  private readonly normalizer = new Normalizer();
  private readonly tokens = new Map<string, string>();
  private readonly vars: Record<string, string>;
  private readonly tempDir = mkdtempSync(join(tmpdir(), 'kra-differential-'));

  constructor(
    private readonly cluster: ClusterHandle,
    readonly namespace: string,
  ) {
    this.vars = { ns: namespace };
  }

  private token(user = 'admin'): string {
    if (user === 'admin') return this.cluster.adminToken;
    if (user === INVALID_TOKEN_USER) return 'not-a-token-either-cluster-issued';
    let token = this.tokens.get(user);
    if (!token) {
      token = this.cluster.tokenFor(substitute(user, this.vars));
      this.tokens.set(user, token);
    }
    return token;
  }

  private async request(step: {
    method: string;
    path: string;
    body?: unknown;
    contentType?: string;
    accept?: string;
    as?: string;
  }) {
    const answer = await send(this.cluster.endpoint, {
      method: step.method,
      path: substitute(step.path, this.vars),
      body: substitute(step.body, this.vars),
      contentType: step.contentType,
      accept: step.accept,
      token: this.token(step.as),
    });
    return answer as Answer;
  }

  private normalized(answer: Answer): Answer {
    return { ...answer, body: this.normalizer.normalize(answer.body) };
  }

  private record(label: string, value: unknown): void {
    this.transcript.push({ label, value });
  }

  async steps(steps: Step[], prefix = ''): Promise<void> {
    for (const [index, step] of steps.entries()) await this.step(step, prefix + stepLabel(step, index));
  }

  private async step(step: Step, label: string): Promise<void> {
    switch (step.kind) {
      case 'request': {
        const answer = await this.request(step);
        if (step.save) Object.assign(this.vars, step.save(answer));
        const normalized = this.normalized(answer);
        this.record(label, step.view ? step.view(normalized) : { status: answer.status, body: normalized.body });
        return;
      }
      case 'until': {
        const deadline = Date.now() + (step.timeoutMs ?? 60_000);
        let answer: Answer;
        let held = false;
        for (;;) {
          answer = await this.request({ method: 'GET', path: step.path, as: step.as });
          if (step.until(answer)) {
            held = true;
            break;
          }
          if (Date.now() > deadline) break;
          await sleep(100);
        }
        const normalized = this.normalized(answer);
        const value = step.view ? step.view(normalized) : { status: answer.status, body: normalized.body };
        this.record(label, held ? value : { conditionNeverHeld: true, last: value });
        return;
      }
      case 'watch': {
        const watch = openWatch(this.cluster.endpoint, substitute(step.path, this.vars), this.token(step.as));
        const status = await watch.status;
        let ended = false;
        void watch.ended.then(() => (ended = true));
        if (step.during) await this.steps(step.during, `${label} / `);
        const deadline = Date.now() + (step.timeoutMs ?? 30_000);
        while (!ended && !step.done(watch.events) && Date.now() < deadline) await sleep(50);
        watch.close();
        const events = watch.events.map((e) => ({ type: e.type, object: this.normalizer.normalize(e.object) }));
        this.record(label, { status, events: step.view ? step.view(events) : events });
        return;
      }
      case 'kubectl': {
        const answer = await this.kubectl(step.args, step.stdin, step.as);
        const clean = (text: string) => this.normalizer.kubectlText(text, this.cluster.endpoint.url);
        const normalized = { code: answer.code, stdout: clean(answer.stdout), stderr: clean(answer.stderr) };
        this.record(label, step.view ? step.view(normalized) : normalized);
        return;
      }
    }
  }

  private kubectl(args: string[], stdin: string | undefined, user?: string): Promise<KubectlAnswer> {
    const kubeconfig = join(this.tempDir, `${user ?? 'admin'}.kubeconfig`.replace(/[^\w.-]/g, '_'));
    writeFileSync(kubeconfig, this.cluster.kubeconfigFor(this.token(user), this.namespace), { mode: 0o600 });
    return new Promise((resolve) => {
      const child = execFile(
        this.cluster.kubectl,
        substitute(args, this.vars),
        { env: { PATH: process.env.PATH, HOME: this.tempDir, KUBECONFIG: kubeconfig }, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      if (stdin !== undefined) child.stdin!.end(substitute(stdin, this.vars));
    });
  }

  dispose(): void {
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/**
 * Waits for what the namespace controllers add to a new namespace (the default ServiceAccount and
 * kube-root-ca.crt): cluster-sim adds them at once, the real controller manager a moment later, and
 * a sequence that reads or watches the namespace must not see them arrive.
 */
async function namespaceProvisioned(cluster: ClusterHandle, namespace: string): Promise<void> {
  const paths = [
    `/api/v1/namespaces/${namespace}/serviceaccounts/default`,
    `/api/v1/namespaces/${namespace}/configmaps/kube-root-ca.crt`,
  ];
  for (let attempt = 0; attempt < 200; attempt++) {
    const answers = await Promise.all(
      paths.map((path) => send(cluster.endpoint, { method: 'GET', path, token: cluster.adminToken })),
    );
    if (answers.every((a) => a.status === 200)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `${cluster.kind}: namespace ${namespace} has no default ServiceAccount or kube-root-ca.crt after 10 s`,
  );
}

/** Runs a sequence in its own namespace; returns the transcript. */
export async function runSequence(cluster: ClusterHandle, sequence: Sequence): Promise<TranscriptEntry[]> {
  const run = new Run(cluster, namespaceOf(sequence));
  try {
    const created = await send(cluster.endpoint, {
      method: 'POST',
      path: '/api/v1/namespaces',
      token: cluster.adminToken,
      body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: run.namespace } },
    });
    if (created.status !== 201)
      throw new Error(`${cluster.kind}: creating namespace ${run.namespace} answered ${created.status}`);
    await namespaceProvisioned(cluster, run.namespace);
    await run.steps(sequence.steps);
    return run.transcript;
  } finally {
    run.dispose();
  }
}
