/**
 * The StatefulSet controller: pods <name>-0..N-1 created in order (OrderedReady waits for
 * each to be Running and Ready) or all at once (Parallel), scaled down from the highest
 * ordinal, and rolling updates in reverse ordinal order down to `partition`, tracked by
 * ControllerRevisions (currentRevision / updateRevision).
 */
import type { KObject, StoreEvent } from '../store-api.js';
import { type Context, deletePod } from './context.js';
import type { WorkQueue } from './queue.js';
import { podFromTemplate } from './replicaset.js';
import { syncRevisions, templateOf, truncateHistory } from './revisions.js';
import {
  clone,
  controllerOf,
  controllerRef,
  errorMessage,
  isPodAvailable,
  isPodReady,
  key,
  semanticEqual,
  splitKey,
  statusCode,
} from './util.js';

const SOURCE = { component: 'statefulset-controller' };
const REVISION_LABEL = 'controller-revision-hash';

const ordinalOf = (set: KObject, pod: KObject): number => {
  const prefix = `${set.metadata.name}-`;
  if (!pod.metadata.name.startsWith(prefix)) return -1;
  const rest = pod.metadata.name.slice(prefix.length);
  return /^\d+$/.test(rest) ? Number(rest) : -1;
};

const runningAndReady = (pod: KObject): boolean => pod.status?.phase === 'Running' && isPodReady(pod);
const terminating = (pod: KObject): boolean => !!pod.metadata.deletionTimestamp;
const healthy = (pod: KObject): boolean => runningAndReady(pod) && !terminating(pod);

export class StatefulSetController {
  readonly queue: WorkQueue;

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('statefulset', (k) => this.sync(k));
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    if (event.group === 'apps' && event.resource === 'statefulsets')
      this.queue.add(key(object.metadata.namespace, object.metadata.name));
    else if (event.group === '' && event.resource === 'pods') {
      const owner = controllerOf(object);
      if (owner?.kind === 'StatefulSet') this.queue.add(key(object.metadata.namespace, owner.name));
    }
  }

  private sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const stored = this.ctx.cache.get('apps', 'statefulsets', namespace, name);
    if (!stored || stored.metadata.deletionTimestamp) return;
    const set = clone(stored);
    const { update, all } = syncRevisions(this.ctx, set);
    const current = all.find((r) => r.metadata.name === set.status?.currentRevision) ?? update;
    const replicas: number = set.spec?.replicas ?? 1;
    const parallel = set.spec?.podManagementPolicy === 'Parallel';
    const strategy = set.spec?.updateStrategy?.type ?? 'RollingUpdate';
    const partition: number =
      strategy === 'RollingUpdate' ? (set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0) : 0;

    const pods = this.ctx.owners.controlled(set.metadata.uid, '', 'pods');
    const byOrdinal = new Map<number, KObject>();
    const condemned: KObject[] = [];
    for (const pod of pods) {
      const ord = ordinalOf(set, pod);
      if (ord < 0) continue;
      if (ord < replicas) byOrdinal.set(ord, pod);
      else condemned.push(pod);
    }
    condemned.sort((a, b) => ordinalOf(set, b) - ordinalOf(set, a));

    const revisionFor = (ord: number): KObject => (strategy === 'RollingUpdate' && ord < partition ? current : update);

    let blocked = false;
    for (let ord = 0; ord < replicas && !blocked; ord++) {
      const pod = byOrdinal.get(ord);
      if (!pod) {
        this.createPod(set, ord, revisionFor(ord));
        if (!parallel) blocked = true;
        continue;
      }
      if (pod.status?.phase === 'Failed' && !terminating(pod)) {
        this.deletePod(set, pod);
        if (!parallel) blocked = true;
        continue;
      }
      if (!parallel && (!runningAndReady(pod) || terminating(pod))) blocked = true;
    }

    if (!blocked) {
      for (const pod of condemned) {
        if (terminating(pod)) {
          if (!parallel) {
            blocked = true;
            break;
          }
          continue;
        }
        if (!parallel && [...byOrdinal.values()].some((p) => !healthy(p))) {
          blocked = true;
          break;
        }
        this.deletePod(set, pod);
        if (!parallel) {
          blocked = true;
          break;
        }
      }
    }

    if (!blocked && strategy === 'RollingUpdate') {
      for (let ord = replicas - 1; ord >= partition; ord--) {
        const pod = byOrdinal.get(ord);
        if (!pod) break;
        if (pod.metadata.labels?.[REVISION_LABEL] !== update.metadata.name && !terminating(pod)) {
          this.deletePod(set, pod);
          break;
        }
        if (!healthy(pod)) break;
      }
    }

    this.updateStatus(set, current, update, all);
  }

  /** Deletes a pod of the set and records SuccessfulDelete, as the StatefulSet controller does. */
  private deletePod(set: KObject, pod: KObject): void {
    deletePod(this.ctx, pod);
    this.ctx.events.record(
      set,
      'Normal',
      'SuccessfulDelete',
      `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`,
      SOURCE,
    );
  }

  private createPod(set: KObject, ord: number, revision: KObject): void {
    const podName = `${set.metadata.name}-${ord}`;
    const pod = podFromTemplate(set, templateOf(revision), '');
    delete pod.metadata.generateName;
    pod.metadata.name = podName;
    pod.metadata.labels = {
      ...(pod.metadata.labels ?? {}),
      [REVISION_LABEL]: revision.metadata.name,
      'statefulset.kubernetes.io/pod-name': podName,
      'apps.kubernetes.io/pod-index': String(ord),
    };
    pod.spec.hostname = podName;
    if (set.spec?.serviceName) pod.spec.subdomain = set.spec.serviceName;
    for (const claim of set.spec?.volumeClaimTemplates ?? []) {
      const claimName = `${claim.metadata?.name}-${podName}`;
      this.ensureClaim(set, claim, claimName, podName);
      const volumes: any[] = (pod.spec.volumes ??= []);
      if (!volumes.some((v) => v.name === claim.metadata?.name))
        volumes.push({ name: claim.metadata?.name, persistentVolumeClaim: { claimName } });
    }
    const node = this.ctx.pickNode(pod);
    if (node) pod.spec.nodeName = node;
    try {
      this.ctx.store.create('', 'pods', pod);
      this.ctx.events.record(
        set,
        'Normal',
        'SuccessfulCreate',
        `create Pod ${podName} in StatefulSet ${set.metadata.name} successful`,
        SOURCE,
      );
    } catch (error) {
      if (statusCode(error) === 409) return;
      this.ctx.events.record(
        set,
        'Warning',
        'FailedCreate',
        `create Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${errorMessage(error)}`,
        SOURCE,
      );
      throw error;
    }
  }

  private ensureClaim(set: KObject, claim: KObject, claimName: string, podName: string): void {
    const ns = set.metadata.namespace;
    if (this.ctx.cache.get('', 'persistentvolumeclaims', ns, claimName)) return;
    const pvc: KObject = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: claimName,
        namespace: ns,
        labels: { ...(set.spec?.selector?.matchLabels ?? {}), ...(claim.metadata?.labels ?? {}) },
      },
      spec: clone(claim.spec ?? {}),
    };
    if (set.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete')
      pvc.metadata.ownerReferences = [{ ...controllerRef(set), controller: false }];
    try {
      const created = this.ctx.store.create('', 'persistentvolumeclaims', pvc);
      this.ctx.store.updateStatus('', 'persistentvolumeclaims', {
        ...created,
        status: {
          phase: 'Bound',
          accessModes: claim.spec?.accessModes ?? ['ReadWriteOnce'],
          capacity: { storage: claim.spec?.resources?.requests?.storage ?? '1Gi' },
        },
      });
      this.ctx.events.record(
        set,
        'Normal',
        'SuccessfulCreate',
        `create Claim ${claimName} Pod ${podName} in StatefulSet ${set.metadata.name} success`,
        SOURCE,
      );
    } catch (error) {
      if (statusCode(error) !== 409) throw error;
    }
  }

  private updateStatus(set: KObject, current: KObject, update: KObject, all: KObject[]): void {
    const now = this.ctx.clock.now();
    const pods = this.ctx.owners.controlled(set.metadata.uid, '', 'pods').filter((p) => ordinalOf(set, p) >= 0);
    const live = pods;
    const minReady: number = set.spec?.minReadySeconds ?? 0;
    const status: Record<string, any> = {
      observedGeneration: set.metadata.generation,
      replicas: live.length,
      readyReplicas: live.filter(runningAndReady).length,
      availableReplicas: live.filter((p) => runningAndReady(p) && isPodAvailable(p, minReady, now)).length,
      currentReplicas: live.filter((p) => p.metadata.labels?.[REVISION_LABEL] === current.metadata.name).length,
      updatedReplicas: live.filter((p) => p.metadata.labels?.[REVISION_LABEL] === update.metadata.name).length,
      currentRevision: current.metadata.name,
      updateRevision: update.metadata.name,
      collisionCount: set.status?.collisionCount ?? 0,
    };
    const strategy = set.spec?.updateStrategy?.type ?? 'RollingUpdate';
    if (
      strategy === 'RollingUpdate' &&
      status.updatedReplicas === status.replicas &&
      status.readyReplicas === status.replicas
    ) {
      status.currentRevision = status.updateRevision;
      status.currentReplicas = status.updatedReplicas;
    }
    for (const f of ['readyReplicas', 'availableReplicas', 'currentReplicas', 'updatedReplicas'])
      if (status[f] === 0 && f !== 'availableReplicas') delete status[f];
    if (!semanticEqual(set.status ?? {}, status))
      this.ctx.store.updateStatus('apps', 'statefulsets', { ...set, status });
    const used = new Set<string>([status.currentRevision, status.updateRevision]);
    for (const p of pods) if (p.metadata.labels?.[REVISION_LABEL]) used.add(p.metadata.labels[REVISION_LABEL]);
    truncateHistory(this.ctx, set, all, used);
    if (minReady > 0 && status.readyReplicas > status.availableReplicas)
      this.queue.addAfter(key(set.metadata.namespace, set.metadata.name), minReady * 1000 + 1000);
  }
}
