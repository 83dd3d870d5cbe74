/** Container logs of the simulated pods: the current run and the previous one (for --previous). */

const MAX_LINES = 5000;

interface ContainerLog {
  current: string[];
  previous?: string[];
}

export class PodLogs {
  private readonly byPod = new Map<string, Map<string, ContainerLog>>();

  private entry(uid: string, container: string): ContainerLog {
    let pod = this.byPod.get(uid);
    if (!pod) this.byPod.set(uid, (pod = new Map()));
    let log = pod.get(container);
    if (!log) pod.set(container, (log = { current: [] }));
    return log;
  }

  /** A run of the container starts; a restarted container begins a new log. */
  start(uid: string, container: string, lines: string[], restarted: boolean): void {
    const log = this.entry(uid, container);
    if (restarted) log.current = [];
    log.current.push(...lines);
    this.trim(log);
  }

  append(uid: string, container: string, lines: string[]): void {
    const log = this.entry(uid, container);
    log.current.push(...lines);
    this.trim(log);
  }

  /**
   * The run ended and the container will restart: its log is the last terminated one, which
   * the kubelet serves for `--previous` from now on, and for a plain read while the container
   * waits in back-off (both follow `lastState.terminated`).
   */
  terminated(uid: string, container: string): void {
    const log = this.entry(uid, container);
    log.previous = [...log.current];
  }

  read(uid: string, container: string, tailLines?: number, previous = false): string | undefined {
    const log = this.byPod.get(uid)?.get(container);
    if (!log) return undefined;
    const lines = previous ? log.previous : log.current;
    if (!lines) return undefined;
    const selected =
      tailLines !== undefined && tailLines >= 0 ? lines.slice(Math.max(0, lines.length - tailLines)) : lines;
    return selected.length ? `${selected.join('\n')}\n` : '';
  }

  drop(uid: string): void {
    this.byPod.delete(uid);
  }

  private trim(log: ContainerLog): void {
    if (log.current.length > MAX_LINES) log.current.splice(0, log.current.length - MAX_LINES);
  }
}
