import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  SummaryBuilder,
  code,
  commitAndRunLinks,
  displayPath,
  githubContext,
  linkLine,
  readEnum,
  readList,
  readString,
  setListOutput,
  shortDigests,
  setOutput,
  workspaceRoot,
  type ObjectListEntry,
} from '@kra/core';
import {
  VALIDATION_MODES,
  applyOrder,
  failOnIssues,
  fileOrder,
  loadManifests,
  parseWorkerBesideBundle,
  objectRef,
  serializeBundle,
  uniqueImages,
  validateManifests,
  type LoadedObject,
} from '@kra/manifests';

/** One entry of manifests-json: the object list contract plus where the object is written. */
export interface ListedObject extends ObjectListEntry {
  file: string;
  index: number;
  line: number;
}

function writeBundle(objects: LoadedObject[]): string {
  const folder = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'list-manifests-'));
  const bundle = join(folder, 'manifests.yaml');
  // Secrets are in it: readable by the job's user only.
  writeFileSync(bundle, serializeBundle(objects), { mode: 0o600 });
  chmodSync(bundle, 0o600);
  return bundle;
}

export async function main(): Promise<void> {
  const root = workspaceRoot();
  const paths = readList('paths');
  if (paths.length === 0) readString('paths', { required: true });
  const exclude = readList('exclude');
  const validate = readEnum('validate', VALIDATION_MODES, 'structure');
  const namespace = readString('namespace');

  const loaded = await loadManifests(paths, {
    exclude,
    root,
    inputName: 'paths',
    parseWorker: parseWorkerBesideBundle(),
    // Schema validation reads whole objects; otherwise the rest needs only their outline.
    prune: validate !== 'schema',
  });
  failOnIssues(await validateManifests(loaded, validate, { root, defaultNamespace: namespace || undefined }), { root });

  const ordered = applyOrder(loaded);
  const listed: ListedObject[] = ordered.map(({ object, source }) => ({
    ...objectRef(object, namespace || undefined),
    file: displayPath(source.file, root),
    index: source.index,
    line: source.line,
  }));
  const files = fileOrder(ordered).map((file) => displayPath(file, root));
  const images = uniqueImages(ordered);
  const bundle = writeBundle(ordered);

  // Everything is computed before the first output, so a failure leaves no outputs behind.
  setOutput('manifests', files.join('\n'));
  setOutput('manifests-json', JSON.stringify(listed));
  setOutput('bundle', bundle);
  setListOutput('images', images);
  setOutput('count', listed.length);

  // One write for the whole list: ten thousand separate log writes cost more than listing the objects.
  const lines = listed.map(
    (entry, i) =>
      `${String(i + 1).padStart(4)}. ${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name} (${entry.file}:${entry.line})`,
  );
  core.info(
    `${listed.length} objects in ${files.length} files, ${images.length} images; apply order:\n${lines.join('\n')}\nbundle: ${bundle}`,
  );

  const summary = new SummaryBuilder()
    .heading(`Kubernetes manifests: ${listed.length} objects in ${files.length} files`)
    .table(
      ['#', 'kind', 'name', 'namespace', 'file'],
      listed.map((entry, i) => [i + 1, entry.kind, entry.name, entry.namespace ?? '', `${entry.file}:${entry.line}`]),
    );
  if (images.length > 0) {
    summary.text(`**Images (${images.length}):** ${images.map((image) => code(shortDigests(image))).join(', ')}`);
    const pinned = images.filter((image) => shortDigests(image) !== image);
    if (pinned.length > 0) summary.details('Whole image references', pinned.join('\n'));
  }
  await summary.text(linkLine(commitAndRunLinks(githubContext()))).write();
}
