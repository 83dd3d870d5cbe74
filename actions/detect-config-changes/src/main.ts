import { githubContext, readList, readString, workspaceRoot } from '@kra/core';
// Only the input parsers: git, the YAML stack and the renderers load after every input is checked.
import { readRenderInputs, rendersAnything, requirePathsOrRendering } from '@kra/manifests/inputs';

export type DetectInputs = ReturnType<typeof readInputs>;

/** Reads and checks every input, before git, the YAML stack or a renderer is loaded. */
function readInputs() {
  const paths = readList('paths');
  const namespace = readString('namespace');
  const render = readRenderInputs(namespace);
  requirePathsOrRendering(paths, render);
  const context = githubContext();
  return {
    root: workspaceRoot(),
    paths,
    exclude: readList('exclude'),
    head: readString('head'),
    base: readString('base'),
    tagPattern: readString('tag-pattern', { default: 'v*' }),
    namespace,
    context,
    render: rendersAnything(render) ? render : undefined,
  };
}

export async function main(): Promise<void> {
  const inputs = readInputs();
  // Loaded only now (a chunk of its own in dist/): the two-ref comparison and the summary.
  const { detectConfigChanges } = await import('./detect.js');
  await detectConfigChanges(inputs);
}
