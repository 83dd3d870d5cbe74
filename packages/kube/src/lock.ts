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
}

/**
 * A coordination.k8s.io Lease per release, held (and renewed) for the whole deploy, so two
 * runs for one release never interleave. Writes use resourceVersion preconditions, so two
 * runs racing for a free lease cannot both win.
 */
export class ReleaseLock {
  private renewTimer?: NodeJS.Timeout;
  private held?: KObject;
  lost = false;
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

  private async renew(): Promise<void> {
    if (!this.held) return;
    try {
      const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
      if (!current || current.spec?.holderIdentity !== this.holder) {
        this.lost = true;
        return;
      }
      this.held = await this.client.replace({
        ...current,
        spec: { ...current.spec, renewTime: microTime(new Date()) },
      });
    } catch {
      // The next renewal tries again; the lease is valid for leaseDurationSeconds.
    }
  }

  /** Gives the lease up (deleting it) if we still hold it. */
  async release(): Promise<void> {
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = undefined;
    if (!this.held) return;
    this.held = undefined;
    const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
    if (current?.spec?.holderIdentity === this.holder) {
      await this.client.delete('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
    }
  }
}
