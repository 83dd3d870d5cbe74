import {
  STORES,
  type StoreFactory,
  condition,
  deployment,
  eventsFor,
  harness,
  podsOf,
  setImage,
  type Harness,
} from './support/harness.js';

describe.each(STORES)('on the %s', (_name: string, store: StoreFactory) => {
  describe('deployment controller', () => {
    let h: Harness;
    afterEach(() => h?.stop());

    test('a new deployment creates a replica set named after the template hash and becomes available', async () => {
      h = await harness({ store });
      h.store.create('apps', 'deployments', deployment('web', 'nginx:1.27'));
      await h.until(() => (h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas ?? 0) === 3);
      const d = h.store.get('apps', 'deployments', 'default', 'web')!;
      const rss = h.store.list('apps', 'replicasets', { namespace: 'default' });
      expect(rss).toHaveLength(1);
      const rs = rss[0];
      const hash = rs.metadata.labels!['pod-template-hash'];
      expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
      expect(rs.metadata.name).toBe(`web-${hash}`);
      expect(rs.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(rs.metadata.ownerReferences).toEqual([
        expect.objectContaining({ kind: 'Deployment', name: 'web', controller: true, uid: d.metadata.uid }),
      ]);
      expect(rs.metadata.annotations).toEqual(
        expect.objectContaining({
          'deployment.kubernetes.io/revision': '1',
          'deployment.kubernetes.io/desired-replicas': '3',
          'deployment.kubernetes.io/max-replicas': '4',
        }),
      );
      expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
      expect(d.status).toEqual(
        expect.objectContaining({
          observedGeneration: 1,
          replicas: 3,
          updatedReplicas: 3,
          readyReplicas: 3,
          availableReplicas: 3,
        }),
      );
      expect(d.status.unavailableReplicas).toBeUndefined();
      expect(condition(d, 'Available')).toEqual(
        expect.objectContaining({
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        }),
      );
      expect(condition(d, 'Progressing')).toEqual(
        expect.objectContaining({
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${rs.metadata.name}" has successfully progressed.`,
        }),
      );
      const pods = podsOf(h.store, `${rs.metadata.name}-`);
      expect(pods).toHaveLength(3);
      for (const pod of pods) {
        expect(pod.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
        expect(pod.metadata.ownerReferences?.[0]).toEqual(
          expect.objectContaining({ kind: 'ReplicaSet', name: rs.metadata.name, controller: true }),
        );
        expect(pod.spec.nodeName).toMatch(/^node-[123]$/);
        expect(pod.status.phase).toBe('Running');
      }
      // spread over the three nodes
      expect(new Set(pods.map((p) => p.spec.nodeName)).size).toBe(3);
      expect(eventsFor(h.store, 'web')).toContainEqual(
        expect.objectContaining({
          reason: 'ScalingReplicaSet',
          message: `Scaled up replica set ${rs.metadata.name} from 0 to 3`,
          type: 'Normal',
        }),
      );
    });

    test('a rolling update honours maxSurge and maxUnavailable at every step', async () => {
      h = await harness({ store, podReadyDelayMs: 2_000 });
      h.store.create(
        'apps',
        'deployments',
        deployment('web', 'nginx:1.27', {
          spec: { replicas: 4, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } },
        }),
      );
      await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas === 4);
      setImage(h.store, 'apps', 'deployments', 'web', 'nginx:1.28');
      let maxPods = 0;
      let minReady = 4;
      await h.until(() => {
        const active = podsOf(h.store, 'web-').filter((p) => !p.metadata.deletionTimestamp);
        maxPods = Math.max(maxPods, active.length);
        const available = h.store
          .list('apps', 'replicasets', { namespace: 'default' })
          .reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
        minReady = Math.min(minReady, available);
        const d = h.store.get('apps', 'deployments', 'default', 'web')!;
        return (
          condition(d, 'Progressing')?.reason === 'NewReplicaSetAvailable' &&
          d.status.updatedReplicas === 4 &&
          d.status.replicas === 4 &&
          d.status.availableReplicas === 4
        );
      });
      expect(maxPods).toBeLessThanOrEqual(5);
      expect(minReady).toBeGreaterThanOrEqual(4);
      const rss = h.store.list('apps', 'replicasets', { namespace: 'default' });
      expect(rss).toHaveLength(2);
      const byRevision = Object.fromEntries(
        rss.map((rs) => [rs.metadata.annotations!['deployment.kubernetes.io/revision'], rs]),
      );
      expect(byRevision['1'].spec.replicas).toBe(0);
      expect(byRevision['2'].spec.replicas).toBe(4);
      expect(byRevision['2'].spec.template.spec.containers[0].image).toBe('nginx:1.28');
      const d = h.store.get('apps', 'deployments', 'default', 'web')!;
      expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
      const messages = eventsFor(h.store, 'web').map((e) => e.message);
      expect(messages).toContain(`Scaled up replica set ${byRevision['2'].metadata.name} from 0 to 1`);
      expect(messages).toContain(`Scaled down replica set ${byRevision['1'].metadata.name} from 4 to 3`);
    });

    test('a broken image stalls the rollout and times out with ProgressDeadlineExceeded; old pods keep serving', async () => {
      h = await harness({ store, rules: [{ image: '*:broken', fail: 'ImagePullBackOff' }] });
      h.store.create('apps', 'deployments', deployment('web', 'nginx:1.27', { spec: { progressDeadlineSeconds: 60 } }));
      await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas === 3);
      setImage(h.store, 'apps', 'deployments', 'web', 'nginx:broken');
      await h.until(
        () =>
          condition(h.store.get('apps', 'deployments', 'default', 'web'), 'Progressing')?.reason ===
          'ReplicaSetUpdated',
      );
      const newRS = h.store
        .list('apps', 'replicasets', { namespace: 'default' })
        .find((rs) => rs.metadata.annotations!['deployment.kubernetes.io/revision'] === '2')!;
      await h.run(30_000, 500);
      let d = h.store.get('apps', 'deployments', 'default', 'web')!;
      expect(condition(d, 'Progressing').status).toBe('True');
      await h.until(
        () =>
          condition(h.store.get('apps', 'deployments', 'default', 'web'), 'Progressing')?.reason ===
          'ProgressDeadlineExceeded',
        120_000,
      );
      d = h.store.get('apps', 'deployments', 'default', 'web')!;
      expect(condition(d, 'Progressing')).toEqual(
        expect.objectContaining({
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${newRS.metadata.name}" has timed out progressing.`,
        }),
      );
      // maxSurge 25% of 3 → 1 new pod; maxUnavailable 25% of 3 → 0: all three old pods stay
      expect(d.status).toEqual(
        expect.objectContaining({ replicas: 4, updatedReplicas: 1, availableReplicas: 3, unavailableReplicas: 1 }),
      );
      expect(condition(d, 'Available').status).toBe('True');
      const broken = podsOf(h.store, `${newRS.metadata.name}-`)[0];
      const waiting = broken.status.containerStatuses[0].state.waiting;
      expect(['ErrImagePull', 'ImagePullBackOff']).toContain(waiting.reason);
      const events = eventsFor(h.store, broken.metadata.name);
      expect(events).toContainEqual(
        expect.objectContaining({ reason: 'Pulling', message: 'Pulling image "nginx:broken"' }),
      );
      expect(events).toContainEqual(
        expect.objectContaining({ reason: 'BackOff', message: 'Back-off pulling image "nginx:broken"' }),
      );
      expect(
        events.find((e) => e.reason === 'Failed' && e.message.startsWith('Failed to pull image "nginx:broken": ')),
      ).toBeDefined();
    });

    test('applying the old template rolls back: the old replica set is reused and gets the next revision', async () => {
      h = await harness({ store });
      h.store.create('apps', 'deployments', deployment('web', 'nginx:1.27'));
      await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas === 3);
      const first = h.store.list('apps', 'replicasets', { namespace: 'default' })[0];
      setImage(h.store, 'apps', 'deployments', 'web', 'nginx:1.28');
      await h.until(
        () =>
          condition(h.store.get('apps', 'deployments', 'default', 'web'), 'Progressing')?.reason ===
            'NewReplicaSetAvailable' &&
          h.store.get('apps', 'deployments', 'default', 'web')?.metadata.annotations?.[
            'deployment.kubernetes.io/revision'
          ] === '2',
      );
      await h.run(1_000);
      setImage(h.store, 'apps', 'deployments', 'web', 'nginx:1.27');
      await h.until(() => {
        const d = h.store.get('apps', 'deployments', 'default', 'web')!;
        return (
          d.metadata.annotations?.['deployment.kubernetes.io/revision'] === '3' &&
          d.status.updatedReplicas === 3 &&
          d.status.replicas === 3 &&
          d.status.availableReplicas === 3
        );
      });
      const rss = h.store.list('apps', 'replicasets', { namespace: 'default' });
      expect(rss).toHaveLength(2);
      const reused = rss.find((rs) => rs.metadata.uid === first.metadata.uid)!;
      expect(reused.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('3');
      expect(reused.metadata.annotations!['deployment.kubernetes.io/revision-history']).toBe('1');
      expect(reused.spec.replicas).toBe(3);
    });

    test('Recreate scales the old replica set to zero and waits for its pods to go before creating the new one', async () => {
      h = await harness({ store });
      h.store.create(
        'apps',
        'deployments',
        deployment('db', 'postgres:16', { spec: { replicas: 2, strategy: { type: 'Recreate' } } }),
      );
      await h.until(() => h.store.get('apps', 'deployments', 'default', 'db')?.status?.availableReplicas === 2);
      setImage(h.store, 'apps', 'deployments', 'db', 'postgres:17');
      let overlap = false;
      await h.until(() => {
        const pods = podsOf(h.store, 'db-');
        const images = new Set(pods.map((p) => p.spec.containers[0].image));
        if (images.size > 1) overlap = true;
        const d = h.store.get('apps', 'deployments', 'default', 'db')!;
        return d.status.updatedReplicas === 2 && d.status.availableReplicas === 2 && d.status.replicas === 2;
      });
      expect(overlap).toBe(false);
    });

    test('paused deployments do not roll out; resuming does', async () => {
      h = await harness({ store });
      h.store.create('apps', 'deployments', deployment('web', 'nginx:1.27'));
      await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas === 3);
      const d = h.store.get('apps', 'deployments', 'default', 'web')!;
      d.spec.paused = true;
      d.spec.template.spec.containers[0].image = 'nginx:1.28';
      h.store.update('apps', 'deployments', d);
      await h.run(5_000);
      expect(h.store.list('apps', 'replicasets', { namespace: 'default' })).toHaveLength(1);
      expect(condition(h.store.get('apps', 'deployments', 'default', 'web'), 'Progressing')).toEqual(
        expect.objectContaining({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' }),
      );
      const paused = h.store.get('apps', 'deployments', 'default', 'web')!;
      paused.spec.paused = false;
      h.store.update('apps', 'deployments', paused);
      await h.until(() => {
        const x = h.store.get('apps', 'deployments', 'default', 'web')!;
        return (
          condition(x, 'Progressing')?.reason === 'NewReplicaSetAvailable' &&
          x.status.updatedReplicas === 3 &&
          x.status.replicas === 3
        );
      });
    });

    test('scaling mid-rollout is proportional and the revision history limit deletes old replica sets', async () => {
      h = await harness({ store });
      h.store.create('apps', 'deployments', deployment('web', 'nginx:1', { spec: { revisionHistoryLimit: 1 } }));
      for (const tag of ['2', '3', '4']) {
        await h.until(
          () =>
            condition(h.store.get('apps', 'deployments', 'default', 'web'), 'Progressing')?.reason ===
              'NewReplicaSetAvailable' &&
            h.store.get('apps', 'deployments', 'default', 'web')!.status.replicas === 3 &&
            h.store.get('apps', 'deployments', 'default', 'web')!.status.updatedReplicas === 3,
        );
        setImage(h.store, 'apps', 'deployments', 'web', `nginx:${tag}`);
      }
      await h.until(() => {
        const d = h.store.get('apps', 'deployments', 'default', 'web')!;
        return (
          d.metadata.annotations?.['deployment.kubernetes.io/revision'] === '4' &&
          d.status.updatedReplicas === 3 &&
          d.status.replicas === 3 &&
          d.status.availableReplicas === 3
        );
      });
      await h.run(2_000);
      const rss = h.store.list('apps', 'replicasets', { namespace: 'default' });
      expect(rss.map((rs) => rs.metadata.annotations!['deployment.kubernetes.io/revision']).sort()).toEqual(['3', '4']);
      const d = h.store.get('apps', 'deployments', 'default', 'web')!;
      d.spec.replicas = 6;
      h.store.update('apps', 'deployments', d);
      await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')!.status.availableReplicas === 6);
      const newest = h.store
        .list('apps', 'replicasets', { namespace: 'default' })
        .find((rs) => rs.metadata.annotations!['deployment.kubernetes.io/revision'] === '4')!;
      expect(newest.spec.replicas).toBe(6);
      expect(newest.metadata.annotations!['deployment.kubernetes.io/desired-replicas']).toBe('6');
    });

    test('minReadySeconds delays availability', async () => {
      h = await harness({ store });
      h.store.create('apps', 'deployments', deployment('web', 'nginx:1.27', { spec: { minReadySeconds: 30 } }));
      await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')?.status?.readyReplicas === 3);
      expect(h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas).toBeUndefined();
      await h.until(
        () => h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas === 3,
        40_000,
      );
    });
  });
});

describe.each(STORES)('adoption on the %s', (_name: string, store: StoreFactory) => {
  let h: Harness;
  afterEach(() => h?.stop());

  test('a deployment re-created after an orphaning delete adopts its replica set and pods instead of starting over', async () => {
    h = await harness({ store });
    h.store.create('apps', 'deployments', deployment('web', 'nginx:1.27'));
    await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas === 3);
    const rs = h.store.list('apps', 'replicasets', { namespace: 'default' })[0];
    const pods = podsOf(h.store, 'web-')
      .map((p) => p.metadata.name)
      .sort();
    // what `kubectl delete deployment web --cascade=orphan` leaves behind: the replica set without its owner
    const orphan = h.store.get('apps', 'replicasets', 'default', rs.metadata.name)!;
    orphan.metadata.ownerReferences = [];
    h.store.update('apps', 'replicasets', orphan);
    h.store.delete('apps', 'deployments', 'default', 'web', 'Orphan');
    await h.run(1_000);
    h.store.create('apps', 'deployments', deployment('web', 'nginx:1.27'));
    await h.until(() => h.store.get('apps', 'deployments', 'default', 'web')?.status?.availableReplicas === 3);
    await h.run(2_000);
    const rss = h.store.list('apps', 'replicasets', { namespace: 'default' });
    expect(rss.map((r) => r.metadata.uid)).toEqual([rs.metadata.uid]);
    const d = h.store.get('apps', 'deployments', 'default', 'web')!;
    expect(rss[0].metadata.ownerReferences).toEqual([
      expect.objectContaining({ uid: d.metadata.uid, controller: true }),
    ]);
    expect(
      podsOf(h.store, 'web-')
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual(pods);
  });

  test('a replica set adopts a matching pod nobody controls, and scales down to its replicas', async () => {
    h = await harness({ store });
    h.store.create('apps', 'replicasets', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'cache', namespace: 'default' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'cache' } },
        template: { metadata: { labels: { app: 'cache' } }, spec: { containers: [{ name: 'c', image: 'redis:7' }] } },
      },
    });
    await h.until(() => h.store.get('apps', 'replicasets', 'default', 'cache')?.status?.readyReplicas === 2);
    h.store.create('', 'pods', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'stray', namespace: 'default', labels: { app: 'cache' } },
      spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'redis:7' }] },
    });
    await h.run(3_000);
    const owned = podsOf(h.store, '').filter((p) =>
      p.metadata.ownerReferences?.some((r) => r.name === 'cache' && r.controller),
    );
    expect(owned).toHaveLength(2);
    expect(eventsFor(h.store, 'cache').map((e) => e.reason)).toContain('SuccessfulDelete');
  });
});
