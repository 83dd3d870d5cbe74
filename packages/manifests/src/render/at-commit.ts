/**
 * Rendering a chart and overlays as they were at a commit, for detect-config-changes: the
 * commit's files are written to a temp folder (one `git ls-tree` and one `git cat-file
 * --batch`, packages/git) and rendered there with the same inputs, so the chart, its values
 * files and the overlays (with the bases they reach) are that commit's. An oci:// chart comes
 * from its registry at both commits, with each commit's values files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { InputError, UserError } from '@kra/core';
import { readFilesAtCommits, type RepositoryPaths } from '@kra/git';
import type { LoadedObject } from '../types.js';
import { isOciChart } from './helm.js';
import { renderManifests, type RenderRequest } from './index.js';

/** The workspace paths a render reads, to find the repository by (the chart folder, the overlays). */
export function renderAnchors(request: RenderRequest | undefined): string[] {
  if (!request) return [];
  const chart = request.helm && !isOciChart(request.helm.chart) ? [request.helm.chart] : [];
  return [...chart, ...request.kustomize];
}

/** The request with its workspace paths made repository paths (a path outside the repository is refused). */
function inRepository(request: RenderRequest, located: RepositoryPaths): RenderRequest {
  const map = (path: string, input: string) => {
    const mapped = located.toRepository(path.trim());
    if (mapped === undefined) {
      throw new InputError(input, `names "${path.trim()}", which is not inside the git repository at ${located.top}`);
    }
    return mapped === '' ? '.' : mapped;
  };
  const helm = request.helm;
  return {
    ...request,
    helm: helm && {
      ...helm,
      chart: isOciChart(helm.chart) ? helm.chart : map(helm.chart, 'helm-chart'),
      values: helm.values.map((file) => map(file, 'helm-values')),
    },
    kustomize: request.kustomize.map((overlay) => map(overlay, 'kustomize')),
  };
}

/**
 * The rendered objects at `commit`; their files are shown relative to the workspace. A
 * render that fails is a one-line error naming the commit (`at base v1.3.0: …`).
 */
export async function renderAtCommit(
  located: RepositoryPaths,
  commit: string,
  request: RenderRequest,
  commitName: string,
): Promise<LoadedObject[]> {
  const mapped = inRepository(request, located);
  const tree = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'detect-config-changes-'));
  try {
    const files = await readFilesAtCommits(located.repository, [commit], { select: (paths) => paths });
    for (const file of files.get(commit) ?? []) {
      const target = join(tree, ...file.path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content, { mode: 0o600 });
    }
    files.clear();
    let objects: LoadedObject[];
    try {
      objects = await renderManifests(mapped, { root: tree });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const message = error.message
        .split(tree + sep)
        .join('')
        .split(tree)
        .join('.');
      throw new UserError(`At ${commitName}: ${message}`);
    }
    const shown = (file: string) =>
      isAbsolute(file) ? located.toWorkspace(relative(tree, file).split(sep).join('/')) : file;
    return objects.map((loaded) => ({ ...loaded, source: { ...loaded.source, file: shown(loaded.source.file) } }));
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
