/**
 * The deployment controller: Deployment → ReplicaSets, following
 * pkg/controller/deployment (sync.go, rolling.go, recreate.go, progress.go) step by step,
 * so rollouts progress, stall and time out as on a real cluster.
 */
import type { KObject, StoreEvent } from '../../store-api.js';
import { type Context, adoptOrphans } from '../context.js';
import type { WorkQueue } from '../queue.js';
import {
  type Condition,
  clone,
  omitZero,
  controllerOf,
  controllerRef,
  getCondition,
  key,
  selectorIsEmpty,
  selectorMatches,
  splitKey,
  statusCode,
  templateHash,
} from '../util.js';
import {
  type DeploymentStatus,
  FailedRSCreateReason,
  FoundNewRSReason,
  MinimumReplicasAvailable,
  MinimumReplicasUnavailable,
  NewReplicaSetReason,
  NewRSAvailableReason,
  POD_TEMPLATE_HASH,
  PausedDeployReason,
  REVISION,
  ReplicaSetUpdatedReason,
  ResumedDeployReason,
  TimedOutReason,
  activeReplicaSets,
  byCreation,
  byRevision,
  bySizeNewer,
  bySizeOlder,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  desiredReplicasAnnotation,
  equalIgnoreHash,
  findNewReplicaSet,
  hasProgressDeadline,
  isRollingUpdate,
  maxReplicasAnnotation,
  maxRevision,
  maxSurge,
  maxUnavailable,
  newCondition,
  removeCondition,
  replicasAnnotationsNeedUpdate,
  setCondition,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  specReplicas,
  statusOf,
  sumSpec,
  sumStatus,
} from './util.js';

const SOURCE = { component: 'deployment-controller' };

export class DeploymentController {
  readonly queue: WorkQueue;

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('deployment', (k) => this.sync(k));
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    if (event.group === '' && event.resource === 'pods' && event.type === 'DELETED') {
      // Recreate waits for the old pods to be gone (deletePod in the real controller)
      const rsRef = controllerOf(object);
      if (rsRef?.kind !== 'ReplicaSet') return;
      const rs = this.ctx.cache.get('apps', 'replicasets', object.metadata.namespace, rsRef.name);
      const owner = rs && controllerOf(rs);
      if (owner?.kind === 'Deployment') this.queue.add(key(object.metadata.namespace, owner.name));
      return;
    }
    if (event.group !== 'apps') return;
    if (event.resource === 'deployments') {
      this.queue.add(key(object.metadata.namespace, object.metadata.name));
    } else if (event.resource === 'replicasets') {
      const owner = controllerOf(object);
      if (owner?.kind === 'Deployment') this.queue.add(key(object.metadata.namespace, owner.name));
      else if (!owner && event.type !== 'DELETED') {
        // an orphan: the deployments that select it may adopt it
        for (const d of this.ctx.cache.list('apps', 'deployments', object.metadata.namespace)) {
          if (selectorMatches(d.spec?.selector, object.metadata.labels))
            this.queue.add(key(d.metadata.namespace, d.metadata.name));
        }
      }
    }
  }

  private replicaSetsOf(d: KObject): KObject[] {
    return this.ctx.owners.controlled(d.metadata.uid, 'apps', 'replicasets');
  }

  sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const stored = this.ctx.cache.get('apps', 'deployments', namespace, name);
    if (!stored) return;
    const d = clone(stored);
    if (selectorIsEmpty(d.spec?.selector)) {
      if (d.metadata.generation !== d.status?.observedGeneration) {
        this.ctx.events.record(
          d,
          'Warning',
          'SelectingAll',
          'This deployment is selecting all pods. A non-empty selector is required.',
          SOURCE,
        );
        this.writeStatus(d, { ...(d.status ?? {}), observedGeneration: d.metadata.generation });
      }
      return;
    }
    adoptOrphans(this.ctx, d, 'apps', 'replicasets', (rs) => selectorMatches(d.spec.selector, rs.metadata.labels));
    const rsList = this.replicaSetsOf(d);
    if (d.metadata.deletionTimestamp) {
      this.syncStatusOnly(d, rsList);
      return;
    }
    this.checkPausedConditions(d);
    if (d.spec?.paused) {
      this.syncScale(d, rsList);
      return;
    }
    if (this.isScalingEvent(d, rsList)) {
      this.syncScale(d, this.replicaSetsOf(d));
      return;
    }
    if (d.spec?.strategy?.type === 'Recreate') this.rolloutRecreate(d, this.replicaSetsOf(d));
    else this.rolloutRolling(d, this.replicaSetsOf(d));
  }

  // ---- sync.go ----

  private checkPausedConditions(d: KObject): void {
    if (!hasProgressDeadline(d)) return;
    const status: DeploymentStatus = clone(d.status ?? {});
    const cond = getCondition(status.conditions, 'Progressing');
    if (cond?.reason === TimedOutReason) return;
    const paused = !!d.spec?.paused;
    let changed = false;
    if (paused && cond?.reason !== PausedDeployReason) {
      setCondition(
        status,
        newCondition('Progressing', 'Unknown', PausedDeployReason, 'Deployment is paused', this.ctx.clock.now()),
      );
      changed = true;
    } else if (!paused && cond?.reason === PausedDeployReason) {
      setCondition(
        status,
        newCondition('Progressing', 'Unknown', ResumedDeployReason, 'Deployment is resumed', this.ctx.clock.now()),
      );
      changed = true;
    }
    if (changed) this.writeStatus(d, status);
  }

  private syncStatusOnly(d: KObject, rsList: KObject[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS, d);
  }

  /** sync(): scaling and paused deployments. */
  private syncScale(d: KObject, rsList: KObject[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    this.scale(d, newRS, oldRSs);
    if (d.spec?.paused) this.cleanupDeployment(oldRSs, d);
    const fresh = this.replicaSetsOf(d);
    const freshNew = newRS ? fresh.find((r) => r.metadata.uid === newRS.metadata.uid) : undefined;
    this.syncDeploymentStatus(fresh, freshNew, d);
  }

  private isScalingEvent(d: KObject, rsList: KObject[]): boolean {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    for (const rs of activeReplicaSets([...oldRSs, newRS])) {
      const desired = desiredReplicasAnnotation(rs);
      if (desired === undefined) continue;
      if (desired !== specReplicas(d)) return true;
    }
    return false;
  }

  private getAllReplicaSetsAndSyncRevision(
    d: KObject,
    rsList: KObject[],
    create: boolean,
  ): { newRS: KObject | undefined; oldRSs: KObject[] } {
    const existing = findNewReplicaSet(d, rsList);
    const oldRSs = rsList.filter((rs) => rs !== existing);
    const newRS = this.getNewReplicaSet(d, rsList, oldRSs, create);
    return { newRS, oldRSs };
  }

  private getNewReplicaSet(d: KObject, rsList: KObject[], oldRSs: KObject[], create: boolean): KObject | undefined {
    const now = this.ctx.clock.now();
    const existing = findNewReplicaSet(d, rsList);
    const newRevision = maxRevision(oldRSs) + 1;
    if (existing) {
      const rsCopy = clone(existing);
      const annotationsUpdated = setNewReplicaSetAnnotations(d, rsCopy, newRevision, true);
      const minReadyNeedsUpdate = (rsCopy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0);
      if (annotationsUpdated || minReadyNeedsUpdate) {
        if (d.spec.minReadySeconds) rsCopy.spec.minReadySeconds = d.spec.minReadySeconds;
        else delete rsCopy.spec.minReadySeconds;
        return this.ctx.store.update('apps', 'replicasets', rsCopy);
      }
      const status: DeploymentStatus = clone(d.status ?? {});
      let needsStatus = this.setDeploymentRevision(d, existing.metadata.annotations?.[REVISION] ?? '');
      if (hasProgressDeadline(d) && !getCondition(status.conditions, 'Progressing')) {
        setCondition(
          status,
          newCondition(
            'Progressing',
            'True',
            FoundNewRSReason,
            `Found new replica set "${existing.metadata.name}"`,
            now,
          ),
        );
        needsStatus = true;
      }
      if (needsStatus) this.writeStatus(d, status);
      return existing;
    }
    if (!create) return undefined;

    const collisionCount: number = d.status?.collisionCount ?? 0;
    const hash = templateHash(d.spec.template, collisionCount);
    const template = clone(d.spec.template ?? {});
    template.metadata = {
      ...(template.metadata ?? {}),
      labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash },
    };
    const selector = clone(d.spec.selector ?? {});
    selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash };
    const newRS: KObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        labels: template.metadata.labels,
        annotations: {},
        ownerReferences: [controllerRef(d)],
      },
      spec: {
        replicas: 0,
        ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
        selector,
        template,
      },
    };
    const newReplicas = this.newRSNewReplicas(d, [...oldRSs, newRS], newRS);
    newRS.spec.replicas = newReplicas;
    setNewReplicaSetAnnotations(d, newRS, newRevision, false);

    let created: KObject;
    let alreadyExists = false;
    try {
      created = this.ctx.store.create('apps', 'replicasets', newRS);
    } catch (error) {
      if (statusCode(error) !== 409) {
        const status: DeploymentStatus = clone(d.status ?? {});
        const msg = `Failed to create new replica set "${newRS.metadata.name}": ${(error as Error).message}`;
        if (hasProgressDeadline(d))
          setCondition(status, newCondition('Progressing', 'False', FailedRSCreateReason, msg, now));
        this.ctx.events.record(d, 'Warning', FailedRSCreateReason, msg, SOURCE);
        this.writeStatus(d, status);
        throw error;
      }
      const current = this.ctx.cache.get('apps', 'replicasets', d.metadata.namespace, newRS.metadata.name);
      if (
        current &&
        controllerOf(current)?.uid === d.metadata.uid &&
        equalIgnoreHash(current.spec?.template, d.spec.template)
      ) {
        created = current;
        alreadyExists = true;
      } else {
        // a hash collision: bump collisionCount and try again with a different name
        this.writeStatus(d, { ...(clone(d.status ?? {}) as DeploymentStatus), collisionCount: collisionCount + 1 });
        throw Object.assign(new Error(`hash collision for replica set "${newRS.metadata.name}"`), { code: 409 });
      }
    }
    if (!alreadyExists && newReplicas > 0) {
      this.ctx.events.record(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${created.metadata.name} from 0 to ${newReplicas}`,
        SOURCE,
      );
    }
    let needsStatus = this.setDeploymentRevision(d, String(newRevision));
    const status: DeploymentStatus = clone(d.status ?? {});
    if (!alreadyExists && hasProgressDeadline(d)) {
      setCondition(
        status,
        newCondition(
          'Progressing',
          'True',
          NewReplicaSetReason,
          `Created new replica set "${created.metadata.name}"`,
          now,
        ),
      );
      needsStatus = true;
    }
    if (needsStatus) this.writeStatus(d, status);
    return created;
  }

  /**
   * The revision annotation on the deployment itself, set in `d`; true when it changed. The real
   * controller writes it with the status, through the status subresource (which takes annotations).
   */
  private setDeploymentRevision(d: KObject, revision: string): boolean {
    if (!revision || d.metadata.annotations?.[REVISION] === revision) return false;
    d.metadata.annotations = { ...(d.metadata.annotations ?? {}), [REVISION]: revision };
    return true;
  }

  private writeStatus(d: KObject, status: DeploymentStatus): void {
    const current = this.ctx.cache.get('apps', 'deployments', d.metadata.namespace, d.metadata.name);
    if (!current) return;
    const { conditions, terminatingReplicas, ...counts } = status;
    const written: DeploymentStatus = omitZero(counts);
    if (terminatingReplicas !== undefined) written.terminatingReplicas = terminatingReplicas;
    if (conditions && conditions.length) written.conditions = conditions;
    const metadata = { ...current.metadata, annotations: d.metadata.annotations };
    if (!metadata.annotations) delete metadata.annotations;
    const updated = this.ctx.store.updateStatus('apps', 'deployments', { ...current, metadata, status: written }); // the store copies it
    d.status = updated.status;
    d.metadata.annotations = updated.metadata.annotations;
    d.metadata.resourceVersion = updated.metadata.resourceVersion;
  }

  /** NewRSNewReplicas: how big the new replica set may be right now. */
  private newRSNewReplicas(d: KObject, allRSs: KObject[], newRS: KObject): number {
    if (!isRollingUpdate(d)) return specReplicas(d);
    const current = sumSpec(allRSs);
    const maxTotal = specReplicas(d) + maxSurge(d);
    if (current >= maxTotal) return specReplicas(newRS);
    const scaleUp = Math.min(maxTotal - current, specReplicas(d) - specReplicas(newRS));
    return specReplicas(newRS) + scaleUp;
  }

  private scaleReplicaSetAndRecordEvent(rs: KObject, newScale: number, d: KObject): boolean {
    if (specReplicas(rs) === newScale) return false;
    return this.scaleReplicaSet(rs, newScale, d, specReplicas(rs) < newScale ? 'up' : 'down');
  }

  private scaleReplicaSet(rs: KObject, newScale: number, d: KObject, operation: 'up' | 'down'): boolean {
    const sizeNeedsUpdate = specReplicas(rs) !== newScale;
    const desired = specReplicas(d);
    const annotationsNeedUpdate = replicasAnnotationsNeedUpdate(rs, desired, desired + maxSurge(d));
    if (!sizeNeedsUpdate && !annotationsNeedUpdate) return false;
    const current = this.ctx.cache.get('apps', 'replicasets', rs.metadata.namespace, rs.metadata.name);
    if (!current) return false;
    const copy = clone(current);
    const oldScale = specReplicas(copy);
    copy.spec.replicas = newScale;
    setReplicasAnnotations(copy, desired, desired + maxSurge(d));
    const updated = this.ctx.store.update('apps', 'replicasets', copy);
    Object.assign(rs, updated);
    if (sizeNeedsUpdate) {
      this.ctx.events.record(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${operation} replica set ${rs.metadata.name} from ${oldScale} to ${newScale}`,
        SOURCE,
      );
    }
    return sizeNeedsUpdate;
  }

  /** scale(): proportional scaling of a deployment whose replicas changed mid-rollout. */
  private scale(d: KObject, newRS: KObject | undefined, oldRSs: KObject[]): void {
    const desired = specReplicas(d);
    const active = this.findActiveOrLatest(newRS, oldRSs);
    if (active) {
      if (specReplicas(active) !== desired) this.scaleReplicaSetAndRecordEvent(active, desired, d);
      return;
    }
    if (this.isSaturated(d, newRS)) {
      for (const old of activeReplicaSets(oldRSs)) this.scaleReplicaSetAndRecordEvent(old, 0, d);
      return;
    }
    if (!isRollingUpdate(d)) return;
    const allRSs = activeReplicaSets([...oldRSs, newRS]);
    const allReplicas = sumSpec(allRSs);
    const allowed = desired > 0 ? desired + maxSurge(d) : 0;
    const toAdd = allowed - allReplicas;
    if (toAdd > 0) allRSs.sort(bySizeNewer);
    else if (toAdd < 0) allRSs.sort(bySizeOlder);
    let added = 0;
    const sizes = new Map<string, number>();
    for (const rs of allRSs) {
      if (toAdd !== 0) {
        const proportion = this.proportion(rs, d, toAdd, added);
        sizes.set(rs.metadata.name, specReplicas(rs) + proportion);
        added += proportion;
      } else sizes.set(rs.metadata.name, specReplicas(rs));
    }
    if (toAdd !== 0 && allRSs.length > 0) {
      const leftover = toAdd - added;
      const first = allRSs[0].metadata.name;
      sizes.set(first, Math.max(0, (sizes.get(first) ?? 0) + leftover));
    }
    for (const rs of allRSs) this.scaleReplicaSet(rs, sizes.get(rs.metadata.name) ?? 0, d, toAdd > 0 ? 'up' : 'down');
  }

  private proportion(rs: KObject, d: KObject, toAdd: number, added: number): number {
    if (specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
    const fraction = this.fraction(rs, d);
    const allowed = toAdd - added;
    return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
  }

  private fraction(rs: KObject, d: KObject): number {
    if (specReplicas(d) === 0) return -specReplicas(rs);
    const deploymentReplicas = specReplicas(d) + maxSurge(d);
    const annotated = maxReplicasAnnotation(rs) ?? statusOf(d, 'replicas');
    if (!annotated) return 0;
    const size = (specReplicas(rs) * deploymentReplicas) / annotated;
    return Math.round(size) - specReplicas(rs);
  }

  private findActiveOrLatest(newRS: KObject | undefined, oldRSs: KObject[]): KObject | undefined {
    if (!newRS && oldRSs.length === 0) return undefined;
    const sorted = [...oldRSs].sort(byCreation).reverse();
    const all = activeReplicaSets([...sorted, newRS]);
    if (all.length === 0) return newRS ?? sorted[0];
    if (all.length === 1) return all[0];
    return undefined;
  }

  private isSaturated(d: KObject, rs: KObject | undefined): boolean {
    if (!rs) return false;
    const desired = desiredReplicasAnnotation(rs);
    if (desired === undefined) return false;
    return (
      specReplicas(rs) === specReplicas(d) &&
      desired === specReplicas(d) &&
      statusOf(rs, 'availableReplicas') === specReplicas(d)
    );
  }

  // ---- rolling.go ----

  private rolloutRolling(d: KObject, rsList: KObject[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, true);
    const allRSs = [...oldRSs, ...(newRS ? [newRS] : [])];
    if (newRS && this.reconcileNewReplicaSet(allRSs, newRS, d)) return this.syncRolloutStatus(allRSs, newRS, d);
    if (this.reconcileOldReplicaSets(allRSs, activeReplicaSets(oldRSs), newRS, d))
      return this.syncRolloutStatus(allRSs, newRS, d);
    if (deploymentComplete(d, d.status ?? {})) this.cleanupDeployment(oldRSs, d);
    this.syncRolloutStatus(allRSs, newRS, d);
  }

  private reconcileNewReplicaSet(allRSs: KObject[], newRS: KObject, d: KObject): boolean {
    const desired = specReplicas(d);
    if (specReplicas(newRS) === desired) return false;
    if (specReplicas(newRS) > desired) return this.scaleReplicaSetAndRecordEvent(newRS, desired, d);
    return this.scaleReplicaSetAndRecordEvent(newRS, this.newRSNewReplicas(d, allRSs, newRS), d);
  }

  private reconcileOldReplicaSets(
    allRSs: KObject[],
    oldRSs: KObject[],
    newRS: KObject | undefined,
    d: KObject,
  ): boolean {
    if (sumSpec(oldRSs) === 0) return false;
    const allPods = sumSpec(allRSs);
    const minAvailable = specReplicas(d) - maxUnavailable(d);
    const newRSUnavailable = newRS ? specReplicas(newRS) - statusOf(newRS, 'availableReplicas') : 0;
    const maxScaledDown = allPods - minAvailable - newRSUnavailable;
    if (maxScaledDown <= 0) return false;
    const cleaned = this.cleanupUnhealthyReplicas(oldRSs, d, maxScaledDown);
    const scaledDown = this.scaleDownOldReplicaSetsForRollingUpdate([...oldRSs, ...(newRS ? [newRS] : [])], oldRSs, d);
    return cleaned + scaledDown > 0;
  }

  private cleanupUnhealthyReplicas(oldRSs: KObject[], d: KObject, maxCleanup: number): number {
    let total = 0;
    for (const rs of [...oldRSs].sort(byCreation)) {
      if (total >= maxCleanup) break;
      const replicas = specReplicas(rs);
      const available = statusOf(rs, 'availableReplicas');
      if (replicas === 0 || replicas === available) continue;
      const count = Math.min(maxCleanup - total, replicas - available);
      this.scaleReplicaSetAndRecordEvent(rs, replicas - count, d);
      total += count;
    }
    return total;
  }

  private scaleDownOldReplicaSetsForRollingUpdate(allRSs: KObject[], oldRSs: KObject[], d: KObject): number {
    const minAvailable = specReplicas(d) - maxUnavailable(d);
    const available = sumStatus(allRSs, 'availableReplicas');
    if (available <= minAvailable) return 0;
    const toScaleDown = available - minAvailable;
    let total = 0;
    for (const rs of [...oldRSs].sort(byCreation)) {
      if (total >= toScaleDown) break;
      if (specReplicas(rs) === 0) continue;
      const count = Math.min(specReplicas(rs), toScaleDown - total);
      this.scaleReplicaSetAndRecordEvent(rs, specReplicas(rs) - count, d);
      total += count;
    }
    return total;
  }

  // ---- recreate.go ----

  private rolloutRecreate(d: KObject, rsList: KObject[]): void {
    let { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    let allRSs = [...oldRSs, ...(newRS ? [newRS] : [])];
    let scaledDown = false;
    for (const rs of activeReplicaSets(oldRSs)) if (this.scaleReplicaSetAndRecordEvent(rs, 0, d)) scaledDown = true;
    if (scaledDown) return this.syncRolloutStatus(allRSs, newRS, d);
    if (this.oldPodsRunning(newRS, oldRSs)) return this.syncRolloutStatus(allRSs, newRS, d);
    if (!newRS) {
      ({ newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, this.replicaSetsOf(d), true));
      allRSs = [...oldRSs, ...(newRS ? [newRS] : [])];
    }
    if (newRS) this.scaleReplicaSetAndRecordEvent(newRS, specReplicas(d), d);
    if (deploymentComplete(d, d.status ?? {})) this.cleanupDeployment(oldRSs, d);
    this.syncRolloutStatus(allRSs, newRS, d);
  }

  private oldPodsRunning(newRS: KObject | undefined, oldRSs: KObject[]): boolean {
    if (sumStatus(oldRSs, 'replicas') > 0) return true;
    for (const rs of oldRSs) {
      if (rs === newRS) continue;
      for (const pod of this.ctx.owners.controlled(rs.metadata.uid, '', 'pods')) {
        const phase = pod.status?.phase;
        if (phase === 'Failed' || phase === 'Succeeded') continue;
        return true;
      }
    }
    return false;
  }

  // ---- history ----

  private cleanupDeployment(oldRSs: KObject[], d: KObject): void {
    const limit = typeof d.spec?.revisionHistoryLimit === 'number' ? d.spec.revisionHistoryLimit : 10;
    const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
    const diff = cleanable.length - limit;
    if (diff <= 0) return;
    cleanable.sort(byRevision);
    for (let i = 0; i < diff; i++) {
      const rs = cleanable[i];
      if (statusOf(rs, 'replicas') !== 0 || specReplicas(rs) !== 0) continue;
      if ((rs.metadata.generation ?? 0) > statusOf(rs, 'observedGeneration') || rs.metadata.deletionTimestamp) continue;
      this.ctx.store.delete('apps', 'replicasets', rs.metadata.namespace, rs.metadata.name);
    }
  }

  // ---- progress.go ----

  private calculateStatus(
    allRSs: Array<KObject | undefined>,
    newRS: KObject | undefined,
    d: KObject,
  ): DeploymentStatus {
    const available = sumStatus(allRSs, 'availableReplicas');
    const total = sumSpec(allRSs);
    const status: DeploymentStatus = {
      observedGeneration: d.metadata.generation,
      replicas: sumStatus(allRSs, 'replicas'),
      updatedReplicas: sumStatus([newRS], 'replicas'),
      readyReplicas: sumStatus(allRSs, 'readyReplicas'),
      availableReplicas: available,
      unavailableReplicas: Math.max(0, total - available),
      terminatingReplicas: sumStatus(allRSs, 'terminatingReplicas'),
      conditions: clone((d.status?.conditions as Condition[] | undefined) ?? []),
    };
    if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
    const now = this.ctx.clock.now();
    if (available >= specReplicas(d) - maxUnavailable(d)) {
      setCondition(
        status,
        newCondition('Available', 'True', MinimumReplicasAvailable, 'Deployment has minimum availability.', now),
      );
    } else {
      setCondition(
        status,
        newCondition(
          'Available',
          'False',
          MinimumReplicasUnavailable,
          'Deployment does not have minimum availability.',
          now,
        ),
      );
    }
    return status;
  }

  private freshReplicaSets(
    allRSs: Array<KObject | undefined>,
    newRS: KObject | undefined,
  ): { all: KObject[]; newRS: KObject | undefined } {
    const all: KObject[] = [];
    let fresh: KObject | undefined;
    for (const rs of allRSs) {
      if (!rs) continue;
      const current = this.ctx.cache.get('apps', 'replicasets', rs.metadata.namespace, rs.metadata.name);
      if (!current) continue;
      all.push(current);
      if (newRS && current.metadata.uid === newRS.metadata.uid) fresh = current;
    }
    return { all, newRS: fresh };
  }

  private syncDeploymentStatus(allRSs: Array<KObject | undefined>, newRS: KObject | undefined, d: KObject): void {
    const fresh = this.freshReplicaSets(allRSs, newRS);
    const status = this.calculateStatus(fresh.all, fresh.newRS, d);
    if (!sameStatus(d.status, status)) this.writeStatus(d, status);
  }

  private syncRolloutStatus(allRSs: Array<KObject | undefined>, newRSIn: KObject | undefined, d: KObject): void {
    const { all, newRS } = this.freshReplicaSets(allRSs, newRSIn);
    const status = this.calculateStatus(all, newRS, d);
    const now = this.ctx.clock.now();
    if (!hasProgressDeadline(d)) removeCondition(status, 'Progressing');
    const currentCond = getCondition(d.status?.conditions, 'Progressing');
    const isComplete =
      (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && currentCond?.reason === NewRSAvailableReason;
    if (hasProgressDeadline(d) && !isComplete) {
      if (deploymentComplete(d, status)) {
        const msg = newRS
          ? `ReplicaSet "${newRS.metadata.name}" has successfully progressed.`
          : 'Deployment has successfully progressed.';
        setCondition(status, newCondition('Progressing', 'True', NewRSAvailableReason, msg, now));
      } else if (deploymentProgressing(d, status)) {
        const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" is progressing.` : 'Deployment is progressing.';
        const condition = newCondition('Progressing', 'True', ReplicaSetUpdatedReason, msg, now);
        if (currentCond) {
          if (currentCond.status === 'True') condition.lastTransitionTime = currentCond.lastTransitionTime;
          removeCondition(status, 'Progressing');
        }
        setCondition(status, condition);
      } else if (deploymentTimedOut(d, status, now)) {
        const msg = newRS
          ? `ReplicaSet "${newRS.metadata.name}" has timed out progressing.`
          : `Deployment "${d.metadata.name}" has timed out progressing.`;
        setCondition(status, newCondition('Progressing', 'False', TimedOutReason, msg, now));
      }
    }
    const failure = this.replicaFailure(all, newRS);
    if (failure) setCondition(status, failure);
    else removeCondition(status, 'ReplicaFailure');
    if (sameStatus(d.status, status)) {
      this.requeueStuckDeployment(d, status, now);
      return;
    }
    this.writeStatus(d, status);
    this.requeueStuckDeployment(d, status, now);
  }

  private replicaFailure(allRSs: KObject[], newRS: KObject | undefined): Condition | undefined {
    const candidates = newRS ? [newRS] : allRSs;
    for (const rs of candidates) {
      const c = getCondition(rs.status?.conditions, 'ReplicaFailure');
      if (c && c.status === 'True') return { ...c, lastUpdateTime: c.lastTransitionTime };
    }
    return undefined;
  }

  /** requeueStuckDeployment: check the deadline again when it would expire. */
  private requeueStuckDeployment(d: KObject, status: DeploymentStatus, now: number): void {
    const cond = getCondition(status.conditions, 'Progressing');
    if (!hasProgressDeadline(d) || !cond) return;
    if (deploymentComplete(d, status) || cond.reason === TimedOutReason) return;
    const from = Date.parse(cond.lastUpdateTime ?? '');
    if (Number.isNaN(from)) return;
    const after = from + d.spec.progressDeadlineSeconds * 1000 - now;
    // "Before(now)" is strict: check one millisecond after the deadline, or at once when it passed
    this.queue.addAfter(key(d.metadata.namespace, d.metadata.name), Math.max(0, after + 1));
  }
}

function sameStatus(a: unknown, b: DeploymentStatus): boolean {
  const norm = (s: unknown): string => {
    const o = { ...((s as Record<string, unknown>) ?? {}) };
    for (const k of Object.keys(o)) if (o[k] === 0 || o[k] === undefined) delete o[k];
    const conditions = ((o.conditions as Condition[] | undefined) ?? []).map((c) =>
      JSON.stringify(Object.entries(c).sort()),
    );
    o.conditions = conditions.sort();
    return JSON.stringify(Object.entries(o).sort());
  };
  return norm(a) === norm(b);
}
