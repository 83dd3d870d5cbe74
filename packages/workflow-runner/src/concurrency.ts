/**
 * Concurrency groups as GitHub runs them: at most one running and one pending job or
 * workflow per group. A newcomer waits behind the running one; if another was already
 * waiting, that one is cancelled (the newest pending wins). With cancel-in-progress the
 * running one is cancelled instead. Groups are shared by every run given the same object,
 * so two releases started together in one process queue as they would on GitHub.
 */
export type Acquired = { release(): void } | { cancelled: string };

interface Holder {
  /** Cancels a running holder (aborts its job). */
  cancelRunning(reason: string): void;
  /** Ends a pending holder's wait as cancelled. */
  cancelPending?(reason: string): void;
  grant?(): void;
}

interface Group {
  running?: Holder;
  pending?: Holder;
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, Group>();

  /**
   * Waits for the group. `cancel` aborts the caller's job if a later arrival with
   * cancel-in-progress takes the group. `onWait` is told when the caller has to wait.
   */
  acquire(
    name: string,
    options: { cancelInProgress: boolean; cancel: (reason: string) => void; onWait?: (message: string) => void },
  ): Promise<Acquired> {
    let group = this.groups.get(name);
    if (!group) {
      group = {};
      this.groups.set(name, group);
    }
    const current = group;
    const holder: Holder = { cancelRunning: options.cancel };
    const lease = () => ({ release: () => this.release(name, current, holder) });
    if (!current.running) {
      current.running = holder;
      return Promise.resolve(lease());
    }
    return new Promise<Acquired>((resolve) => {
      holder.grant = () => resolve(lease());
      holder.cancelPending = (reason) => resolve({ cancelled: reason });
      if (current.pending)
        current.pending.cancelPending?.(`Canceling since a higher priority waiting request for '${name}' exists`);
      current.pending = holder;
      if (options.cancelInProgress)
        current.running?.cancelRunning(`Canceling since a higher priority waiting request for '${name}' exists`);
      options.onWait?.(`Waiting for the concurrency group '${name}': another run holds it`);
    });
  }

  private release(name: string, group: Group, holder: Holder): void {
    if (group.running !== holder) return;
    group.running = group.pending;
    group.pending = undefined;
    if (group.running) group.running.grant?.();
    else this.groups.delete(name);
  }
}
