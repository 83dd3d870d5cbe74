import { readEnum, readList, readString, workspaceRoot } from '@kra/core';
// Only the input parsers: the YAML stack, the validators and the renderers load after every input is checked.
import { VALIDATION_MODES, readRenderInputs, rendersAnything, requirePathsOrRendering } from '@kra/manifests/inputs';

export type ListInputs = ReturnType<typeof readInputs>;

/** Reads and checks every input, before the YAML stack or a renderer is loaded. */
function readInputs() {
  const root = workspaceRoot();
  const paths = readList('paths');
  const exclude = readList('exclude');
  const validate = readEnum('validate', VALIDATION_MODES, 'structure');
  const namespace = readString('namespace');
  const render = readRenderInputs(namespace);
  requirePathsOrRendering(paths, render);
  return { root, paths, exclude, validate, namespace, render: rendersAnything(render) ? render : undefined };
}

export async function main(): Promise<void> {
  const inputs = readInputs();
  // Loaded only now (a chunk of its own in dist/): the YAML stack, the validators and the listing.
  const { listManifests } = await import('./list.js');
  await listManifests(inputs);
}
