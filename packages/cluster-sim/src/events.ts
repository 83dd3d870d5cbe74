/**
 * Records core/v1 Events the way client-go's event recorder does for the real controllers
 * and the kubelet: one Event per (object, reason, message, source); a repeat bumps `count`
 * and `lastTimestamp` on the existing Event instead of creating a new one.
 */
import type { Clock, ControllerStore, KObject } from './store-api.js';
import { rfc3339 } from './controllers/util.js';

type EventType = 'Normal' | 'Warning';

interface EventSource {
  component: string;
  host?: string;
}

interface InvolvedObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export interface EventRecorder {
  /** Records an Event about `object` (a stored object or an explicit reference). */
  record(object: KObject | InvolvedObject, type: EventType, reason: string, message: string, source: EventSource): void;
}

const MAX_CACHE = 4096;

function toInvolved(object: KObject | InvolvedObject): InvolvedObject {
  if ('metadata' in object && object.metadata && typeof object.metadata === 'object') {
    const o = object as KObject;
    return {
      apiVersion: o.apiVersion,
      kind: o.kind,
      name: o.metadata.name,
      namespace: o.metadata.namespace,
      uid: o.metadata.uid,
      resourceVersion: o.metadata.resourceVersion,
    };
  }
  return object as InvolvedObject;
}

export function createEventRecorder(store: ControllerStore, clock: Clock): EventRecorder {
  // the Events we wrote last, by aggregation key (only we write them: no need to read them back)
  const cache = new Map<string, KObject>();
  let sequence = 0;

  const timestamp = (): string => rfc3339(clock.now());

  return {
    record(object, type, reason, message, source) {
      const involved = toInvolved(object);
      const namespace = involved.namespace ?? 'default';
      const key = [
        source.component,
        source.host ?? '',
        involved.kind,
        namespace,
        involved.name,
        involved.uid ?? '',
        involved.fieldPath ?? '',
        type,
        reason,
        message,
      ].join('\u0000');
      const now = timestamp();
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        try {
          const updated = store.update('', 'events', { ...cached, count: (cached.count ?? 1) + 1, lastTimestamp: now });
          cache.set(key, updated); // re-inserted: recently used entries stay at the end
          return;
        } catch {
          // deleted or changed by someone else: record a fresh Event
        }
      }
      const nanos = BigInt(clock.now()) * 1_000_000n + BigInt(sequence++ % 1_000_000);
      const name = `${involved.name}.${nanos.toString(16)}`;
      const event: KObject = {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name, namespace },
        involvedObject: Object.fromEntries(Object.entries(involved).filter(([, v]) => v !== undefined)),
        reason,
        message,
        source: source.host ? { component: source.component, host: source.host } : { component: source.component },
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        type,
        eventTime: null,
        reportingComponent: source.component,
        reportingInstance: source.host ?? '',
      };
      let created: KObject;
      try {
        created = store.create('', 'events', event);
      } catch {
        return; // the namespace is going away; events are best effort, as in client-go
      }
      cache.set(key, created);
      if (cache.size > MAX_CACHE) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
    },
  };
}
