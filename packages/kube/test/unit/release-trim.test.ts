import { type KubeClient, type ReleaseRecord, ReleaseStore } from '../../src/index.js';

/** history-limit: the oldest records go, never what a rollback returns to or a rollout under way. */
function storeRecordingDeletes() {
  const deleted: string[] = [];
  const client = { delete: async (_v: string, _k: string, name: string) => void deleted.push(name) };
  return { store: new ReleaseStore(client as unknown as KubeClient, 'shop', 'web'), deleted };
}

const record = (revision: number, status: ReleaseRecord['status']) => ({ revision, status }) as ReleaseRecord;

test('the oldest records beyond the limit go', async () => {
  const { store, deleted } = storeRecordingDeletes();
  const removed = await store.trim(
    [record(1, 'superseded'), record(2, 'superseded'), record(3, 'failed'), record(4, 'deployed')],
    2,
  );
  expect(removed).toEqual([1, 2]);
  expect(deleted).toEqual(['k8s-deploy.web.v1', 'k8s-deploy.web.v2']);
});

test('a canary waiting for promote and the deployed revision it runs beside are kept, even at limit 1', async () => {
  const { store } = storeRecordingDeletes();
  expect(await store.trim([record(1, 'superseded'), record(2, 'deployed'), record(3, 'progressing')], 1)).toEqual([1]);
  expect(await store.trim([record(2, 'deployed'), record(3, 'progressing')], 1)).toEqual([]);
});

test("a run's own pending revision is kept", async () => {
  const { store } = storeRecordingDeletes();
  expect(await store.trim([record(1, 'deployed'), record(2, 'failed'), record(3, 'pending')], 1)).toEqual([2]);
});
