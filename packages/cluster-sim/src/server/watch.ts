/**
 * Watch: a chunked stream of JSON events (ADDED, MODIFIED, DELETED, BOOKMARK, ERROR).
 * Starts from a resourceVersion (replaying the store's event window, or 410 Gone as an
 * ERROR event when that version is older than the window) or from the current state;
 * filters by namespace, name, label and field selectors, turning objects that leave the
 * selection into DELETED and objects that enter it into ADDED, like the watch cache.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KObject } from '../store-api.js';
import type { Store, StoredEvent } from '../store/store.js';
import { StatusError, badRequest, fieldForbidden, invalid } from '../api/errors.js';
import { fieldMatcher, labelMatcher } from '../api/selectors.js';
import { groupVersion, type ResourceInfo } from '../api/resources.js';

export interface WatchOptions {
  namespace?: string;
  name?: string;
  table?: (objects: KObject[]) => unknown;
  present: (object: KObject) => KObject;
  dropAfterEvents?: number;
  /** How often to send bookmarks when the client allows them (real ms). */
  bookmarkIntervalMs?: number;
}

const DEFAULT_TIMEOUT_SECONDS = 1800;

/** The serialized watch line of a stored object, shared by every watcher that sends it. */
const serialized = new WeakMap<KObject, { type: string; line: string }>();

export function serveWatch(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  info: ResourceInfo,
  store: Store,
  options: WatchOptions,
): void {
  const params = url.searchParams;
  const labels = labelMatcher(params.get('labelSelector') ?? undefined);
  const fields = fieldMatcher(info.resource, params.get('fieldSelector') ?? undefined);
  const matches = (o: KObject | undefined): boolean =>
    o !== undefined &&
    (options.namespace === undefined || o.metadata.namespace === options.namespace) &&
    (options.name === undefined || o.metadata.name === options.name) &&
    labels(o.metadata.labels) &&
    fields(o);
  const bookmarks = params.get('allowWatchBookmarks') === 'true';
  const timeoutText = params.get('timeoutSeconds');
  const timeoutSeconds = timeoutText === null ? DEFAULT_TIMEOUT_SECONDS : Number(timeoutText);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 0)
    throw badRequest(`invalid timeoutSeconds "${timeoutText}"`);
  const rvText = params.get('resourceVersion');
  const sendInitialEvents = params.get('sendInitialEvents') === 'true';
  if (params.has('sendInitialEvents')) {
    const causes = [];
    if (params.get('resourceVersionMatch') !== 'NotOlderThan')
      causes.push(
        fieldForbidden(
          'resourceVersionMatch',
          'sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
        ),
      );
    if (causes.length) throw invalid('ListOptions', 'meta.k8s.io', '', causes);
  }
  // the storage layer parses it: a 500 without a reason, as the real server answers
  if (rvText && !/^\d+$/.test(rvText))
    throw new StatusError(
      500,
      '',
      `resourceVersion: Invalid value: "${rvText}": strconv.ParseUint: parsing "${rvText}": invalid syntax`,
    );

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  res.flushHeaders();
  let sent = 0;
  let closed = false;
  let lastRv = store.resourceVersion();

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearTimeout(timeout);
    clearInterval(bookmarkTimer);
    res.end();
  };

  /** The injected fault: the events written so far reach the client, then the connection breaks mid-stream. */
  const dropConnection = (): void => {
    const socket = res.socket;
    if (!socket) {
      res.destroy();
      return;
    }
    socket.end(); // flush what was written, then FIN without the closing chunk
    setTimeout(() => socket.destroy(), 1000).unref();
  };

  const countEvent = (): void => {
    sent++;
    if (options.dropAfterEvents !== undefined && sent >= options.dropAfterEvents) {
      closed = true;
      unsubscribe();
      clearTimeout(timeout);
      clearInterval(bookmarkTimer);
      dropConnection();
    }
  };

  const write = (type: string, object: unknown): void => {
    if (closed) return;
    res.write(JSON.stringify({ type, object }) + '\n');
    if (type !== 'BOOKMARK' && type !== 'ERROR') countEvent();
  };

  const writeObject = (type: string, object: KObject) => {
    lastRv = object.metadata.resourceVersion ?? lastRv;
    if (options.table) {
      write(type, options.table([object]));
      return;
    }
    const presented = options.present(object);
    if (presented !== object) {
      write(type, presented);
      return;
    }
    // Many watchers usually share an event: serialize it once.
    if (closed) return;
    let cached = serialized.get(object);
    if (!cached || cached.type !== type) {
      cached = { type, line: JSON.stringify({ type, object }) + '\n' };
      serialized.set(object, cached);
    }
    res.write(cached.line);
    countEvent();
  };

  const bookmark = (initialEventsEnd = false) => {
    const metadata: Record<string, unknown> = { resourceVersion: lastRv };
    if (initialEventsEnd) metadata.annotations = { 'k8s.io/initial-events-end': 'true' };
    write('BOOKMARK', { kind: info.kind, apiVersion: groupVersion(info.group, info.version), metadata });
  };

  const deliver = (event: StoredEvent) => {
    if (event.group !== info.group || event.resource !== info.resource) return;
    const now = matches(event.object);
    if (event.type === 'ADDED') {
      if (now) writeObject('ADDED', event.object);
    } else if (event.type === 'DELETED') {
      if (now || matches(event.prev)) writeObject('DELETED', event.object);
    } else {
      const before = matches(event.prev);
      if (before && now) writeObject('MODIFIED', event.object);
      else if (!before && now) writeObject('ADDED', event.object);
      // leaving the selection: the last state that matched, at the event's resourceVersion (the watch cache's way)
      else if (before && !now)
        writeObject('DELETED', {
          ...event.prev!,
          metadata: { ...event.prev!.metadata, resourceVersion: String(event.rv) },
        });
    }
    if (!now && !closed) lastRv = String(event.rv);
  };

  let unsubscribe: () => void = () => undefined;
  let timeout: NodeJS.Timeout | undefined = undefined;
  let bookmarkTimer: NodeJS.Timeout | undefined;
  try {
    if (!rvText || rvText === '0' || sendInitialEvents) {
      const current = store.select(info.group, info.resource, { namespace: options.namespace });
      for (const object of current) if (matches(object)) writeObject('ADDED', object);
      lastRv = store.resourceVersion();
      if (sendInitialEvents && bookmarks) bookmark(true);
    } else {
      const rv = Number(rvText);
      if (!Number.isInteger(rv) || rv < 0) throw badRequest(`invalid resource version: ${rvText}`);
      for (const event of store.eventsSince(rv, info.group, info.resource)) deliver(event);
      lastRv = store.resourceVersion();
    }
  } catch (error) {
    if (error instanceof StatusError) {
      write('ERROR', error.toStatus());
      closed = true;
      res.end();
      return;
    }
    throw error;
  }
  if (closed) return;
  unsubscribe = store.subscribeRaw(deliver);
  timeout = setTimeout(close, timeoutSeconds * 1000);
  if (bookmarks) bookmarkTimer = setInterval(() => bookmark(), options.bookmarkIntervalMs ?? 10_000);
  req.on('close', close);
  res.on('close', close);
  res.on('error', close);
}
