import { Watch } from '@kubernetes/client-node/dist/watch.js';
import { type KObject, type KubeClient, isRetryable } from './client.js';
import { identity } from './names.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/**
 * Where a watcher is: `idle` before start, `listing` during a (re)list, `watching` with a
 * watch open, `reconnecting` between a dropped watch and the next one, `stopped` after
 * stop(), `failed` when it gave up (onError was called).
 */
export type WatcherState = 'idle' | 'listing' | 'watching' | 'reconnecting' | 'stopped' | 'failed';

export interface WatcherOptions {
  apiVersion: string;
  kind: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Called for every object seen: the initial list (as ADDED), then each watch event. */
  onEvent: (type: WatchEventType, object: KObject) => void;
  /** Called once when the watch could not be (re-)established at all. */
  onError?: (error: unknown) => void;
  /** Diagnostic messages (reconnects). */
  onDebug?: (message: string) => void;
}

/**
 * A list-then-watch of one collection, like an informer without the cache machinery: it
 * lists, then watches from the list's resourceVersion; when the server or the network
 * drops the watch it resumes from the last resourceVersion it saw, and relists when that
 * version has expired (410 Gone). Objects are kept by identity.
 */
export class ResourceWatcher {
  readonly objects = new Map<string, KObject>();
  private current: WatcherState = 'idle';
  private resourceVersion = '';
  private abort?: AbortController;
  private failures = 0;
  private path = '';

  constructor(
    private readonly client: KubeClient,
    private readonly options: WatcherOptions,
  ) {}

  get state(): WatcherState {
    return this.current;
  }

  private get ended(): boolean {
    return this.current === 'stopped' || this.current === 'failed';
  }

  /** Lists and starts watching; resolves once the initial list has been delivered. */
  async start(): Promise<void> {
    if (this.current !== 'idle') return;
    this.current = 'listing';
    this.path = await this.client.collectionPath(this.options.apiVersion, this.options.kind, this.options.namespace);
    await this.relist();
    this.watch();
  }

  /** Stops for good: no event is delivered after this returns. */
  stop(): void {
    if (this.ended) return;
    this.current = 'stopped';
    this.abort?.abort();
  }

  private async relist(): Promise<void> {
    const { items, resourceVersion } = await this.client.list(
      this.options.apiVersion,
      this.options.kind,
      this.options.namespace,
      { labelSelector: this.options.labelSelector, fieldSelector: this.options.fieldSelector },
    );
    if (this.ended) return;
    const seen = new Set<string>();
    for (const item of items) {
      const id = identity(item);
      seen.add(id);
      this.objects.set(id, item);
      this.options.onEvent('ADDED', item);
    }
    for (const [id, object] of [...this.objects]) {
      if (!seen.has(id)) {
        this.objects.delete(id);
        this.options.onEvent('DELETED', object);
      }
    }
    this.resourceVersion = resourceVersion;
  }

  private watch(): void {
    if (this.ended) return;
    this.current = 'watching';
    const watch = new Watch(this.client.kc);
    let expired = false;
    let sawEvent = false;
    watch
      .watch(
        this.path,
        {
          resourceVersion: this.resourceVersion || undefined,
          labelSelector: this.options.labelSelector,
          fieldSelector: this.options.fieldSelector,
          allowWatchBookmarks: true,
        },
        (type: string, object: any) => {
          if (this.ended) return;
          if (type === 'ERROR') {
            if (object?.code === 410) expired = true;
            return;
          }
          sawEvent = true;
          const version = object?.metadata?.resourceVersion;
          if (version) this.resourceVersion = version;
          if (type === 'BOOKMARK') return;
          const item = { apiVersion: this.options.apiVersion, kind: this.options.kind, ...object } as KObject;
          if (type === 'DELETED') this.objects.delete(identity(item));
          else this.objects.set(identity(item), item);
          this.options.onEvent(type as WatchEventType, item);
        },
        (error: any) => {
          if (this.ended) return;
          if (sawEvent) this.failures = 0;
          if (error?.statusCode === 410) expired = true;
          this.options.onDebug?.(
            `watch ${this.path} ended${error ? ` (${error.message ?? error})` : ''}; resuming from ${expired ? 'a new list' : this.resourceVersion}`,
          );
          void this.resume(expired, error);
        },
      )
      .then((controller) => {
        if (this.ended) controller.abort();
        else this.abort = controller;
      })
      .catch((error) => {
        if (!this.ended) void this.resume(false, error);
      });
  }

  private async resume(relist: boolean, cause: unknown): Promise<void> {
    this.current = 'reconnecting';
    this.failures += 1;
    // A short, growing pause so a server that refuses watches is not hammered.
    const delay = Math.min(2000, 50 * 2 ** Math.min(this.failures, 6));
    await new Promise((resolve) => setTimeout(resolve, this.failures > 1 ? delay : 0));
    if (this.ended) return;
    try {
      if (relist || this.failures > 8) await this.relist();
      this.watch();
    } catch (error) {
      if (this.ended) return;
      // A refusal or an access problem does not get better with time: only transient errors are tried again.
      if (this.failures > 20 || !isRetryable(error)) {
        this.current = 'failed';
        this.options.onError?.(error ?? cause);
      } else void this.resume(true, error);
    }
  }
}
