import { keptWarnings, planObjects, plannedDiffs } from './apply.js';
import type { KObject } from './client.js';
import type { DeployResult } from './deploy-options.js';
import type { DeployRun } from './deploy-run.js';
import { runningImages } from './images.js';
import { objectLabel } from './names.js';
import { pruneCandidates } from './prune.js';
import { ReleaseStore, inventoryUnion, lastDeployed } from './release.js';

/** The dry run: validates and diffs every object and lists what prune would delete; changes nothing. */
export async function dryRun(run: DeployRun, objects: KObject[]): Promise<DeployResult> {
  const { client, options, result, log } = run;
  const planned = await planObjects(client, objects, objects, run.applyOptions());
  result.diffs = plannedDiffs(planned);
  for (const warning of keptWarnings(planned, run.where)) log.warning(warning);
  for (const p of planned) {
    result.objects.push({
      object: p.label,
      kind: p.object.kind,
      result: p.action === 'unchanged' ? 'unchanged' : p.action === 'create' ? 'would create' : 'would configure',
    });
    if (p.action === 'create') result.changed.created += 1;
    else if (p.action === 'configure') result.changed.configured += 1;
    else result.changed.unchanged += 1;
  }
  const records = await new ReleaseStore(client, options.namespace, options.release).list((m) => log.warning(m));
  result.previousRevision = lastDeployed(records)?.revision;
  if (options.prune) {
    const candidates = await pruneCandidates(client, options.release, inventoryUnion(records, objects), objects);
    for (const object of candidates)
      result.objects.push({ object: objectLabel(object), kind: object.kind, result: 'would prune' });
    result.prune = candidates.map(objectLabel);
    result.changed.pruned = candidates.length;
  }
  result.images = runningImages(objects).map((i) => i.image);
  result.status = 'dry-run';
  return result;
}
