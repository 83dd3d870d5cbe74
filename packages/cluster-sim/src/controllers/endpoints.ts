/**
 * Service → Endpoints and EndpointSlices, from the selector and the pods' readiness, like
 * the endpoints and endpointslice controllers: ready pods are addresses, unready ones
 * notReadyAddresses (or ready=false in a slice), terminating pods leave Endpoints and show
 * as terminating in slices. A test reads exactly which pods a Service sends traffic to.
 */
import type { KObject, StoreEvent } from '../store-api.js';
import type { Context } from './context.js';
import type { WorkQueue } from './queue.js';
import { clone, isPodReady, key, mapSelectorMatches, semanticEqual, splitKey } from './util.js';

const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const SLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
const SERVICE_NAME = 'kubernetes.io/service-name';

interface PortSpec {
  name?: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export class EndpointsController {
  readonly queue: WorkQueue;
  private readonly services = new Map<string, Map<string, Record<string, string>>>();
  private readonly podLabels = new Map<string, Map<string, Record<string, string>>>();

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('endpoints', (k) => this.sync(k));
  }

  seed(): void {
    for (const svc of this.ctx.cache.list('', 'services'))
      this.observe({ type: 'ADDED', object: svc, group: '', resource: 'services' });
    for (const pod of this.ctx.cache.list('', 'pods'))
      this.observe({ type: 'ADDED', object: pod, group: '', resource: 'pods' });
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    const ns = object.metadata.namespace ?? 'default';
    if (event.group === '' && event.resource === 'services') {
      let bucket = this.services.get(ns);
      if (!bucket) this.services.set(ns, (bucket = new Map()));
      if (event.type === 'DELETED') bucket.delete(object.metadata.name);
      else bucket.set(object.metadata.name, object.spec?.selector ?? {});
      this.queue.add(key(ns, object.metadata.name));
    } else if (event.group === '' && event.resource === 'pods') {
      let bucket = this.podLabels.get(ns);
      if (!bucket) this.podLabels.set(ns, (bucket = new Map()));
      const before = bucket.get(object.metadata.name);
      const after = event.type === 'DELETED' ? undefined : (object.metadata.labels ?? {});
      if (after) bucket.set(object.metadata.name, after);
      else bucket.delete(object.metadata.name);
      for (const [name, selector] of this.services.get(ns) ?? []) {
        if (mapSelectorMatches(selector, before) || mapSelectorMatches(selector, after)) this.queue.add(key(ns, name));
      }
    } else if (event.group === '' && event.resource === 'endpoints') {
      if (this.services.get(ns)?.has(object.metadata.name)) this.queue.add(key(ns, object.metadata.name));
    } else if (event.group === 'discovery.k8s.io' && event.resource === 'endpointslices') {
      const svc = object.metadata.labels?.[SERVICE_NAME];
      if (svc && object.metadata.labels?.[MANAGED_BY] === SLICE_CONTROLLER) this.queue.add(key(ns, svc));
    }
  }

  private sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const ns = namespace ?? 'default';
    const svc = this.ctx.cache.get('', 'services', ns, name);
    if (!svc || svc.metadata.deletionTimestamp) {
      const ep = this.ctx.cache.get('', 'endpoints', ns, name);
      if (ep && !svc) this.ctx.store.delete('', 'endpoints', ns, name);
      return;
    }
    const selector: Record<string, string> = svc.spec?.selector ?? {};
    if (Object.keys(selector).length === 0) return; // endpoints of selector-less services are the user's
    const pods: KObject[] = [];
    for (const [podName, labels] of this.podLabels.get(ns) ?? []) {
      if (!mapSelectorMatches(selector, labels)) continue;
      const pod = this.ctx.cache.get('', 'pods', ns, podName);
      if (pod) pods.push(pod);
    }
    pods.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    this.syncEndpoints(svc, pods);
    this.syncSlices(svc, pods);
  }

  private resolvePorts(svc: KObject, pod: KObject): PortSpec[] | undefined {
    const out: PortSpec[] = [];
    for (const p of svc.spec?.ports ?? []) {
      const target = p.targetPort ?? p.port;
      let port: number | undefined;
      if (typeof target === 'number') port = target;
      else if (/^\d+$/.test(String(target))) port = Number(target);
      else {
        for (const c of pod.spec?.containers ?? []) {
          const found = (c.ports ?? []).find(
            (cp: { name?: string; protocol?: string }) =>
              cp.name === target && (cp.protocol ?? 'TCP') === (p.protocol ?? 'TCP'),
          );
          if (found) {
            port = found.containerPort;
            break;
          }
        }
      }
      if (port === undefined) continue;
      const spec: PortSpec = { port, protocol: p.protocol ?? 'TCP' };
      if (p.name) spec.name = p.name;
      if (p.appProtocol) spec.appProtocol = p.appProtocol;
      out.push(spec);
    }
    return out;
  }

  private syncEndpoints(svc: KObject, pods: KObject[]): void {
    const ns = svc.metadata.namespace ?? 'default';
    const tolerateUnready = !!svc.spec?.publishNotReadyAddresses;
    const subsets = new Map<string, { addresses: any[]; notReadyAddresses: any[]; ports: PortSpec[] }>();
    for (const pod of pods) {
      if (!pod.status?.podIP) continue;
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
      if (pod.metadata.deletionTimestamp && !tolerateUnready) continue;
      const ports = this.resolvePorts(svc, pod) ?? [];
      const portKey = JSON.stringify(ports);
      let subset = subsets.get(portKey);
      if (!subset) subsets.set(portKey, (subset = { addresses: [], notReadyAddresses: [], ports }));
      const address: Record<string, unknown> = {
        ip: pod.status.podIP,
        nodeName: pod.spec?.nodeName,
        targetRef: { kind: 'Pod', namespace: ns, name: pod.metadata.name, uid: pod.metadata.uid },
      };
      if (pod.spec?.hostname && pod.spec?.subdomain === svc.metadata.name) address.hostname = pod.spec.hostname;
      if (isPodReady(pod) || tolerateUnready) subset.addresses.push(address);
      else subset.notReadyAddresses.push(address);
    }
    const list = [...subsets.values()].map((s) => {
      const out: Record<string, unknown> = {};
      if (s.addresses.length) out.addresses = s.addresses.sort((a, b) => String(a.ip).localeCompare(String(b.ip)));
      if (s.notReadyAddresses.length)
        out.notReadyAddresses = s.notReadyAddresses.sort((a, b) => String(a.ip).localeCompare(String(b.ip)));
      if (s.ports.length) out.ports = s.ports;
      return out;
    });
    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
    if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
    const existing = this.ctx.cache.get('', 'endpoints', ns, svc.metadata.name);
    if (!existing) {
      const ep: KObject = {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: svc.metadata.name, namespace: ns, labels },
      };
      if (list.length) ep.subsets = list;
      this.ctx.store.create('', 'endpoints', ep);
      return;
    }
    if (semanticEqual(existing.subsets ?? [], list) && semanticEqual(existing.metadata.labels ?? {}, labels)) return;
    const copy = clone(existing);
    copy.metadata.labels = labels;
    if (list.length) copy.subsets = list;
    else delete copy.subsets;
    this.ctx.store.update('', 'endpoints', copy);
  }

  private syncSlices(svc: KObject, pods: KObject[]): void {
    const ns = svc.metadata.namespace ?? 'default';
    const tolerateUnready = !!svc.spec?.publishNotReadyAddresses;
    const groups = new Map<string, { ports: PortSpec[]; endpoints: any[] }>();
    for (const pod of pods) {
      if (!pod.status?.podIP) continue;
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
      const ports = this.resolvePorts(svc, pod) ?? [];
      const portKey = JSON.stringify(ports);
      let group = groups.get(portKey);
      if (!group) groups.set(portKey, (group = { ports, endpoints: [] }));
      const terminating = !!pod.metadata.deletionTimestamp;
      const serving = isPodReady(pod) || tolerateUnready;
      const endpoint: Record<string, unknown> = {
        addresses: [pod.status.podIP],
        conditions: { ready: serving && (!terminating || tolerateUnready), serving, terminating },
        nodeName: pod.spec?.nodeName,
        targetRef: { kind: 'Pod', namespace: ns, name: pod.metadata.name, uid: pod.metadata.uid },
      };
      if (pod.spec?.hostname && pod.spec?.subdomain === svc.metadata.name) endpoint.hostname = pod.spec.hostname;
      group.endpoints.push(endpoint);
    }
    if (groups.size === 0) groups.set('[]', { ports: [], endpoints: [] });
    const labels: Record<string, string> = {
      ...(svc.metadata.labels ?? {}),
      [SERVICE_NAME]: svc.metadata.name,
      [MANAGED_BY]: SLICE_CONTROLLER,
    };
    if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
    const existing = this.ctx.owners
      .controlled(svc.metadata.uid, 'discovery.k8s.io', 'endpointslices')
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    const wanted = [...groups.values()];
    for (let i = 0; i < Math.max(existing.length, wanted.length); i++) {
      const slice = existing[i];
      const want = wanted[i];
      if (!want) {
        this.ctx.store.delete('discovery.k8s.io', 'endpointslices', ns, slice.metadata.name);
        continue;
      }
      const body = { addressType: 'IPv4', endpoints: want.endpoints, ports: want.ports };
      if (!slice) {
        this.ctx.store.create('discovery.k8s.io', 'endpointslices', {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: {
            generateName: `${svc.metadata.name}-`,
            namespace: ns,
            labels,
            ownerReferences: [
              {
                apiVersion: 'v1',
                kind: 'Service',
                name: svc.metadata.name,
                uid: svc.metadata.uid ?? '',
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          },
          ...body,
        } as unknown as KObject);
        continue;
      }
      if (
        semanticEqual(slice.endpoints ?? [], body.endpoints) &&
        semanticEqual(slice.ports ?? [], body.ports) &&
        semanticEqual(slice.metadata.labels ?? {}, labels)
      ) {
        continue;
      }
      const copy = clone(slice);
      copy.metadata.labels = labels;
      copy.endpoints = body.endpoints;
      copy.ports = body.ports;
      copy.addressType = slice.addressType ?? 'IPv4';
      this.ctx.store.update('discovery.k8s.io', 'endpointslices', copy);
    }
  }
}
