import { gunzipSync, gzipSync } from 'node:zlib';
import type { KObject, KubeClient } from './client.js';
import { collectionIdentity } from './names.js';
import type { ProgressState } from './progressive/state.js';
import {
  MANAGED_BY,
  MANAGED_BY_LABEL,
  RECORD_LABEL,
  RELEASE_SECRET_TYPE,
  REVISION_LABEL,
  STATUS_LABEL,
  recordName,
} from './labels.js';

/**
 * pending while a run deploys it; deployed, then superseded by the next; failed or rolled-back
 * when it did not become ready; cancelled when the runner stopped the run (the run, or its post
 * step, undid it); interrupted when a run left it pending and the next deploy found it so;
 * progressing while a canary or blue-green rollout runs beside the deployed revision (its state
 * in `progress`); rejected when such a rollout was rejected and removed.
 */
export type ReleaseStatus =
  | 'pending'
  | 'deployed'
  | 'failed'
  | 'superseded'
  | 'rolled-back'
  | 'cancelled'
  | 'interrupted'
  | 'progressing'
  | 'rejected';

/** A kind in a namespace that a release has used: where prune looks. */
export interface InventoryEntry {
  apiVersion: string;
  kind: string;
  namespace?: string;
}

/** One revision of a release, as stored in its record Secret. */
export interface ReleaseRecord {
  release: string;
  revision: number;
  status: ReleaseStatus;
  /** ISO time the deploy started, and when the status last changed. */
  time: string;
  updated: string;
  repository: string;
  sha: string;
  version: string;
  actor: string;
  runUrl: string;
  /** The images the workloads run in this revision. */
  images: string[];
  /** The objects exactly as applied (labels and annotations included). */
  objects: KObject[];
  /** The kinds and namespaces used, so a later prune knows where to look. */
  inventory: InventoryEntry[];
  /** Why it failed, or what happened to it (rolled back to revision N). */
  message?: string;
  /** Canary and blue-green: the rollout's strategy, phase, step, weights, images, digest and history. */
  progress?: ProgressState;
}

const DATA_KEY = 'release';

/** The record as a Secret: type kube-release.dev/release.v1, the record gzipped in data.release. */
export function encodeRecord(record: ReleaseRecord, namespace: string): KObject {
  const payload = gzipSync(Buffer.from(JSON.stringify(record)), { level: 9 }).toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: RELEASE_SECRET_TYPE,
    metadata: {
      name: recordName(record.release, record.revision),
      namespace,
      labels: {
        [MANAGED_BY_LABEL]: MANAGED_BY,
        [RECORD_LABEL]: record.release,
        [REVISION_LABEL]: String(record.revision),
        [STATUS_LABEL]: record.status,
      },
    },
    data: { [DATA_KEY]: payload },
  };
}

export function decodeRecord(secret: KObject): ReleaseRecord {
  const data = secret.data?.[DATA_KEY];
  if (typeof data !== 'string') throw new Error(`release record ${secret.metadata.name} has no data.${DATA_KEY}`);
  const record = JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')) as ReleaseRecord;
  const status = secret.metadata.labels?.[STATUS_LABEL];
  if (status) record.status = status as ReleaseStatus;
  return record;
}

/** The kinds and namespaces of a set of objects. */
export function inventoryOf(objects: KObject[]): InventoryEntry[] {
  const seen = new Map<string, InventoryEntry>();
  for (const o of objects) {
    const entry: InventoryEntry = {
      apiVersion: o.apiVersion,
      kind: o.kind,
      ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
    };
    seen.set(collectionIdentity(entry.apiVersion, entry.kind, entry.namespace), entry);
  }
  return [...seen.values()];
}

/** Every kind and namespace the release has used in its records, plus those of `objects` (the newest win). */
export function inventoryUnion(records: ReleaseRecord[], objects: KObject[]): InventoryEntry[] {
  const seen = new Map<string, InventoryEntry>();
  for (const e of [...records.flatMap((r) => r.inventory ?? []), ...inventoryOf(objects)])
    seen.set(collectionIdentity(e.apiVersion, e.kind, e.namespace), e);
  return [...seen.values()];
}

/** Reads and writes the release records of one release in one namespace. */
export class ReleaseStore {
  constructor(
    private readonly client: KubeClient,
    readonly namespace: string,
    readonly release: string,
  ) {}

  /** Every record, oldest first. Unreadable records are skipped (reported through onWarning). */
  async list(onWarning?: (message: string) => void): Promise<ReleaseRecord[]> {
    const { items } = await this.client.list('v1', 'Secret', this.namespace, {
      labelSelector: `${RECORD_LABEL}=${this.release}`,
    });
    const records: ReleaseRecord[] = [];
    for (const item of items) {
      if (item.type !== RELEASE_SECRET_TYPE) continue;
      try {
        records.push(decodeRecord(item));
      } catch (error) {
        onWarning?.(`skipping release record ${item.metadata.name}: ${(error as Error).message}`);
      }
    }
    return records.sort((a, b) => a.revision - b.revision);
  }

  async save(record: ReleaseRecord): Promise<void> {
    record.updated = new Date().toISOString();
    await this.client.apply(encodeRecord(record, this.namespace), { fieldManager: 'k8s-deploy-release', force: true });
  }

  async setStatus(record: ReleaseRecord, status: ReleaseStatus, message?: string): Promise<void> {
    record.status = status;
    if (message !== undefined) record.message = message;
    await this.save(record);
  }

  /** Deletes the oldest records beyond `limit`, never the newest deployed one. Returns the revisions deleted. */
  async trim(records: ReleaseRecord[], limit: number): Promise<number[]> {
    if (limit <= 0 || records.length <= limit) return [];
    // Kept whatever the limit: what a rollback returns to, and a rollout still under way (a
    // canary or blue-green waiting for promote, or a run's own pending revision).
    const newestDeployed = lastDeployed(records);
    const removable = records.filter(
      (r) => r !== newestDeployed && r.status !== 'progressing' && r.status !== 'pending',
    );
    const excess = records.length - limit;
    const doomed = removable.slice(0, excess);
    for (const record of doomed)
      await this.client.delete('v1', 'Secret', recordName(this.release, record.revision), this.namespace);
    return doomed.map((r) => r.revision);
  }
}

/** The newest record that is (still) deployed: what a rollback returns to. */
export function lastDeployed(records: ReleaseRecord[]): ReleaseRecord | undefined {
  return [...records].reverse().find((r) => r.status === 'deployed');
}
