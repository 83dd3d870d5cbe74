import { Watch } from '@kubernetes/client-node/dist/watch.js';
import type { KObject, KubeClient } from './client.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatcherOptions {
  apiVersion: string;
  kind: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Called for every object seen: the initial list (as ADDED), then each watch event. */
  onEvent: (type: WatchEventType, object: KObject) => void;
  /** Called when the watch could not be (re-)established at all. */
  onError?: (error: unknown) => void;
  /** Diagnostic messages (reconnects). */
  onDebug?: (message: string) => void;
}

/**
 * A list-then-watch of one collection, like an informer without the cache machinery: it
 * lists, then watches from the list's resourceVersion; when the server or the network
 * drops the watch it resumes from the last resourceVersion it saw, and relists when that
 * version has expired (410 Gone). Objects are kept by name.
 */
export class ResourceWatcher {
  readonly objects = new Map<string, KObject>();
  private resourceVersion = '';
  private abort?: AbortController;
  private stopped = false;
  private failures = 0;
  private path = '';

  constructor(
    private readonly client: KubeClient,
    private readonly options: WatcherOptions,
  ) {}

  /** Lists and starts watching; resolves once the initial list has been delivered. */
  async start(): Promise<void> {
    this.path = await this.client.collectionPath(this.options.apiVersion, this.options.kind, this.options.namespace);
    await this.relist();
    this.watch();
  }

  stop(): void {
    this.stopped = true;
    this.abort?.abort();
  }

  private key(object: KObject): string {
    return `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
  }

  private async relist(): Promise<void> {
    const { items, resourceVersion } = await this.client.list(
      this.options.apiVersion,
      this.options.kind,
      this.options.namespace,
      {
        labelSelector: this.options.labelSelector,
        fieldSelector: this.options.fieldSelector,
      },
    );
    const seen = new Set<string>();
    for (const item of items) {
      seen.add(this.key(item));
      this.objects.set(this.key(item), item);
      this.options.onEvent('ADDED', item);
    }
    for (const [key, object] of [...this.objects]) {
      if (!seen.has(key)) {
        this.objects.delete(key);
        this.options.onEvent('DELETED', object);
      }
    }
    this.resourceVersion = resourceVersion;
  }

  private watch(): void {
    if (this.stopped) return;
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
          if (this.stopped) return;
          if (type === 'ERROR') {
            if (object?.code === 410) expired = true;
            return;
          }
          sawEvent = true;
          const version = object?.metadata?.resourceVersion;
          if (version) this.resourceVersion = version;
          if (type === 'BOOKMARK') return;
          const item = { apiVersion: this.options.apiVersion, kind: this.options.kind, ...object } as KObject;
          if (type === 'DELETED') this.objects.delete(this.key(item));
          else this.objects.set(this.key(item), item);
          this.options.onEvent(type as WatchEventType, item);
        },
        (error: any) => {
          if (this.stopped) return;
          if (sawEvent) this.failures = 0;
          if (error?.statusCode === 410) expired = true;
          this.options.onDebug?.(
            `watch ${this.path} ended${error ? ` (${error.message ?? error})` : ''}; resuming from ${expired ? 'a new list' : this.resourceVersion}`,
          );
          void this.resume(expired, error);
        },
      )
      .then((controller) => {
        if (this.stopped) controller.abort();
        else this.abort = controller;
      })
      .catch((error) => {
        if (!this.stopped) void this.resume(false, error);
      });
  }

  private async resume(relist: boolean, cause: unknown): Promise<void> {
    this.failures += 1;
    // A short, growing pause so a server that refuses watches is not hammered.
    const delay = Math.min(2000, 50 * 2 ** Math.min(this.failures, 6));
    await new Promise((resolve) => setTimeout(resolve, this.failures > 1 ? delay : 0));
    if (this.stopped) return;
    try {
      if (relist || this.failures > 8) await this.relist();
      this.watch();
    } catch (error) {
      if (this.failures > 20) this.options.onError?.(error ?? cause);
      else void this.resume(true, error);
    }
  }
}
