// list-manifests' work once every input is checked (main.ts): load (and render) the manifests,
// validate and order them, write the bundle, the outputs and the summary. A chunk of its own in
// dist/, loaded after the inputs are read; the renderers load only when something is rendered.
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
  isInside,
  setListOutput,
  shortDigests,
  setOutput,
  type ObjectListEntry,
} from '@kra/core';
import {
  applyOrder,
  failOnIssues,
  fileOrder,
  loadManifests,
  parseWorkerBesideBundle,
  objectRef,
  pruneForListing,
  serializeBundle,
  showFile,
  uniqueImages,
  validateManifests,
  type LoadedObject,
} from '@kra/manifests';
import type { ListInputs } from './main.js';

/**
 * One entry of manifests-json: the object list contract plus where the object is written.
 * For a rendered object, `file` and `line` are its template or overlay, and `rendered` says
 * by what and where its rendered document is.
 */
interface ListedObject extends ObjectListEntry {
  file: string;
  index: number;
  line: number;
  rendered?: { by: 'helm' | 'kustomize'; file: string; line: number };
}

/** The file a rendered object is applied from (its render's output), else its own file. */
function appliedFrom(loaded: LoadedObject): LoadedObject {
  const rendered = loaded.source.rendered;
  return rendered?.file
    ? { ...loaded, source: { ...loaded.source, file: rendered.file, line: rendered.line } }
    : loaded;
}

function writeBundle(folder: string, objects: LoadedObject[]): string {
  const bundle = join(folder, 'manifests.yaml');
  // Secrets are in it: readable by the job's user only.
  writeFileSync(bundle, serializeBundle(objects), { mode: 0o600 });
  chmodSync(bundle, 0o600);
  return bundle;
}

export async function listManifests({ root, paths, exclude, validate, namespace, render }: ListInputs): Promise<void> {
  // Schema validation reads whole objects; otherwise the rest needs only their outline.
  const prune = validate !== 'schema';
  const folder = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'list-manifests-'));

  const loaded =
    paths.length === 0
      ? []
      : await loadManifests(paths, {
          exclude,
          root,
          inputName: 'paths',
          parseWorker: parseWorkerBesideBundle(),
          prune,
        });
  if (render) {
    // Loaded only when something is rendered: the tool downloader and the renderers.
    const { renderManifests } = await import('@kra/manifests/render');
    // Rendered Secret values are masked as each render is read, before anything about it is logged.
    const rendered = await renderManifests(render, { root, outputFolder: folder, onInfo: (m) => core.info(m) });
    for (const object of rendered) loaded.push(prune ? pruneForListing(object) : object);
  }
  failOnIssues(await validateManifests(loaded, validate, { root, defaultNamespace: namespace || undefined }), { root });

  const ordered = applyOrder(loaded);
  const listed: ListedObject[] = ordered.map(({ object, source }) => {
    const entry: ListedObject = {
      ...objectRef(object, namespace || undefined),
      file: showFile(source.file, root),
      index: source.index,
      line: source.line,
    };
    if (source.rendered?.file)
      entry.rendered = { by: source.rendered.by, file: source.rendered.file, line: source.rendered.line };
    return entry;
  });
  // A render's output is in RUNNER_TEMP, outside the workspace: shown as its absolute path.
  const files = fileOrder(ordered.map(appliedFrom)).map((file) =>
    isInside(file, root) ? displayPath(file, root) : file,
  );
  const images = uniqueImages(ordered);
  const bundle = writeBundle(folder, ordered);

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
