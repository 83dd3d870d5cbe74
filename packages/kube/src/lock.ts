import { UserError, sleep } from '@kra/core';
import { type KObject, type KubeClient, isConflict } from './client.js';
import { MANAGED_BY, MANAGED_BY_LABEL, RECORD_LABEL, leaseName } from './labels.js';

/** MicroTime as the API wants it: RFC 3339 with microseconds. */
export function microTime(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export interface LeaseState {
  holder: string;
  renewTime?: string;
  acquireTime?: string;
  leaseDurationSeconds: number;
}

/** Whether a lease is free for `holder`: nobody holds it, we do, or its holder stopped renewing it. */
export function leaseAvailable(state: LeaseState | undefined, holder: string, now: number): boolean {
  if (!state || !state.holder || state.holder === holder) return true;
  const renewed = Date.parse(state.renewTime ?? state.acquireTime ?? '');
  if (Number.isNaN(renewed)) return true;
  return renewed + state.leaseDurationSeconds * 1000 < now;
}

function stateOf(lease: KObject | undefined): LeaseState | undefined {
  if (!lease) return undefined;
  return {
    holder: lease.spec?.holderIdentity ?? '',
    renewTime: lease.spec?.renewTime,
    acquireTime: lease.spec?.acquireTime,
    leaseDurationSeconds: lease.spec?.leaseDurationSeconds ?? 60,
  };
}

export interface LockOptions {
  /** How long a lease lives without renewal: a killed run's lease expires after this. */
  leaseDurationSeconds?: number;
  onWait?: (holder: string) => void;
  /** Called once when the lease is lost: another holder took it, or it expired without renewal. */
  onLost?: (problem: LockLostError) => void;
  /** Stops waiting for the lease (cancellation). */
  signal?: AbortSignal;
}

/** This run no longer holds its release's lock: it must not write anything more. */
export class LockLostError extends UserError {
  constructor(release: string, lease: string, how: string) {
    super(
      `Release "${release}": this run lost its lock (Lease ${lease}) ${how}, so it stopped before writing anything more. Another deploy may be running: check the release's history before deploying again.`,
    );
    this.name = 'LockLostError';
  }
}

/** The run was cancelled (SIGINT or SIGTERM from the runner) before it could do this. */
export class CancelledError extends Error {
  constructor(what: string) {
    super(`cancelled before ${what}`);
    this.name = 'CancelledError';
  }
}

/**
 * A coordination.k8s.io Lease per release, held (and renewed) for the whole deploy, so two
 * runs for one release never interleave. Writes use resourceVersion preconditions, so two
 * runs racing for a free lease cannot both win.
 */
export class ReleaseLock {
  private renewTimer?: NodeJS.Timeout;
  private held?: KObject;
  /** When the lease was last written by us (epoch ms). */
  private renewedAt = 0;
  /** Set once the lease is lost; every later write must stop. */
  lost?: LockLostError;
  readonly name: string;
  readonly leaseDurationSeconds: number;

  constructor(
    private readonly client: KubeClient,
    readonly namespace: string,
    readonly releaseName: string,
    readonly holder: string,
    private readonly options: LockOptions = {},
  ) {
    this.name = leaseName(releaseName);
    this.leaseDurationSeconds = options.leaseDurationSeconds ?? 30;
  }

  private lease(spec: Record<string, unknown>, base?: KObject): KObject {
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels: { [MANAGED_BY_LABEL]: MANAGED_BY, [RECORD_LABEL]: this.releaseName },
        ...(base?.metadata.resourceVersion ? { resourceVersion: base.metadata.resourceVersion } : {}),
      },
      spec,
    };
  }

  async acquire(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let announced = '';
    for (;;) {
      const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
      const state = stateOf(current);
      if (leaseAvailable(state, this.holder, Date.now())) {
        const now = microTime(new Date());
        const spec = {
          holderIdentity: this.holder,
          leaseDurationSeconds: this.leaseDurationSeconds,
          acquireTime: now,
          renewTime: now,
          leaseTransitions: (current?.spec?.leaseTransitions ?? 0) + (current && state?.holder !== this.holder ? 1 : 0),
        };
        try {
          this.held = current
            ? await this.client.replace(this.lease(spec, current))
            : await this.client.create(this.lease(spec));
          this.renewedAt = Date.now();
          this.startRenewing();
          return;
        } catch (error) {
          // Someone else won the race (409), or our create was retried after it landed: look again.
          if (!isConflict(error)) throw error;
          continue;
        }
      }
      if (state && announced !== state.holder) {
        announced = state.holder;
        this.options.onWait?.(state.holder);
      }
      if (this.options.signal?.aborted) throw new CancelledError('the lock was acquired');
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new UserError(
          `Another deploy of release "${this.releaseName}" holds the lock (Lease ${this.namespace}/${this.name}): ${state?.holder} since ${state?.acquireTime ?? '?'}. ` +
            `Waited ${Math.round(timeoutMs / 1000)}s (lock-timeout); wait for that run to finish, or raise lock-timeout. A lease of a killed run expires ${this.leaseDurationSeconds}s after its last renewal.`,
        );
      }
      await sleep(Math.min(remaining, 250 + Math.random() * 500));
    }
  }

  private startRenewing(): void {
    const every = Math.max(1000, (this.leaseDurationSeconds * 1000) / 3);
    this.renewTimer = setInterval(() => void this.renew(), every);
    this.renewTimer.unref();
  }

  private loseIt(how: string): LockLostError {
    if (!this.lost) {
      this.lost = new LockLostError(this.releaseName, `${this.namespace}/${this.name}`, how);
      if (this.renewTimer) clearInterval(this.renewTimer);
      this.renewTimer = undefined;
      this.options.onLost?.(this.lost);
    }
    return this.lost;
  }

  /** The lease as the cluster has it now: lost when someone else holds it or it is gone. */
  async verify(): Promise<void> {
    this.check();
    const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
    if (!current) throw this.loseIt('(it was deleted)');
    if (current.spec?.holderIdentity !== this.holder)
      throw this.loseIt(`to ${current.spec?.holderIdentity || 'nobody'}`);
  }

  /** Throws when the lease is lost, or has expired since our last renewal (someone may have taken it). */
  check(): void {
    if (this.lost) throw this.lost;
    if (this.held && Date.now() > this.renewedAt + this.leaseDurationSeconds * 1000)
      throw this.loseIt(`(it expired: not renewed for ${this.leaseDurationSeconds}s)`);
  }

  private async renew(): Promise<void> {
    if (!this.held || this.lost) return;
    try {
      this.check();
      const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
      if (!current) return void this.loseIt('(it was deleted)');
      if (current.spec?.holderIdentity !== this.holder)
        return void this.loseIt(`to ${current.spec?.holderIdentity || 'nobody'}`);
      this.held = await this.client.replace({
        ...current,
        spec: { ...current.spec, renewTime: microTime(new Date()) },
      });
      this.renewedAt = Date.now();
    } catch {
      // Lost (check threw), or the next renewal tries again: the lease is valid for leaseDurationSeconds.
    }
  }

  /** Whether a request path is this lock's own Lease (its writes are never stopped by a cancellation). */
  isLeasePath(path: string): boolean {
    return path.startsWith(`/apis/coordination.k8s.io/v1/namespaces/${this.namespace}/leases`);
  }

  /** Gives the lease up (deleting it) if we still hold it. */
  async release(): Promise<void> {
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = undefined;
    if (!this.held || this.lost) return;
    this.held = undefined;
    const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
    if (current?.spec?.holderIdentity === this.holder) {
      await this.client.delete('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
    }
  }
}
