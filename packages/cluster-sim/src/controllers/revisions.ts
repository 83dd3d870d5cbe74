/**
 * ControllerRevisions for StatefulSets and DaemonSets: one per distinct pod template,
 * numbered like the real history (a template that comes back gets the next number).
 */
import type { KObject } from '../store-api.js';
import type { Context } from './context.js';
import { clone, controllerRef, semanticEqual, templateHash } from './util.js';

export interface Revisions {
  update: KObject;
  all: KObject[];
}

function revisionData(template: unknown): Record<string, unknown> {
  return { spec: { template: { ...(clone(template) as Record<string, unknown>), $patch: 'replace' } } };
}

export function templateOf(revision: KObject): any {
  const t = clone(revision.data?.spec?.template ?? {});
  delete t.$patch;
  return t;
}

/** Finds or creates the revision of the owner's current template. */
export function syncRevisions(ctx: Context, owner: KObject): Revisions {
  const all = ctx.owners
    .controlled(owner.metadata.uid, 'apps', 'controllerrevisions')
    .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  const template = owner.spec?.template;
  const next = (all.length ? (all[all.length - 1].revision ?? 0) : 0) + 1;
  const equal = all.filter((r) => semanticEqual(templateOf(r), template));
  if (equal.length) {
    const latest = all[all.length - 1];
    const match = equal[equal.length - 1];
    if (match === latest) return { update: match, all };
    const copy = clone(match);
    copy.revision = next;
    const updated = ctx.store.update('apps', 'controllerrevisions', copy);
    return { update: updated, all: all.map((r) => (r === match ? updated : r)) };
  }
  const collision: number = owner.status?.collisionCount ?? 0;
  const hash = templateHash(template, collision);
  const revision: KObject = {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: `${owner.metadata.name}-${hash}`,
      namespace: owner.metadata.namespace,
      labels: {
        ...(owner.spec?.selector?.matchLabels ?? owner.spec?.template?.metadata?.labels ?? {}),
        'controller.kubernetes.io/hash': hash,
      },
      ownerReferences: [controllerRef(owner)],
    },
    data: revisionData(template),
    revision: next,
  };
  const created = ctx.store.create('apps', 'controllerrevisions', revision);
  return { update: created, all: [...all, created] };
}

/** Deletes revisions beyond revisionHistoryLimit that no pod and no status uses. */
export function truncateHistory(ctx: Context, owner: KObject, all: KObject[], live: Set<string>): void {
  const limit: number = owner.spec?.revisionHistoryLimit ?? 10;
  const unused = all.filter((r) => !live.has(r.metadata.name));
  const excess = unused.length - limit;
  for (let i = 0; i < excess; i++)
    ctx.store.delete('apps', 'controllerrevisions', unused[i].metadata.namespace, unused[i].metadata.name);
}
