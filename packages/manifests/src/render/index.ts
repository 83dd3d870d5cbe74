/**
 * Rendering a Helm chart and kustomize overlays into objects, for list-manifests and
 * detect-config-changes: the inputs both actions share (readRenderInputs, in inputs.ts), the binaries
 * (resolveTool: PATH or a pinned, checksum-verified release), and the renders themselves.
 */
import { join } from 'node:path';
import type { LoadedObject } from '../types.js';
import { renderHelm } from './helm.js';
import type { RenderRequest } from './inputs.js';
import { renderKustomize } from './kustomize.js';
import { resolveTool } from './tools.js';

export * from './helm.js';
export * from './kustomize.js';
export * from './secrets.js';
export * from './tools.js';
export { runTool, type ToolResult } from './run-tool.js';
export * from './inputs.js';

export interface RenderOptions {
  /** The workspace (the charts, values files and overlays must be inside it). */
  root: string;
  /** Write each render's output into this folder (one file per chart or overlay). */
  outputFolder?: string;
  /** Mirrors to download pinned versions from (tests use a local server). */
  downloadBase?: Partial<Record<'helm' | 'kustomize', string>>;
  onInfo?: (message: string) => void;
}

/** A file name for a render's output: the chart or overlay path, made safe. */
function outputName(prefix: string, path: string, index: number): string {
  const slug = path
    .replace(/^oci:\/\//i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(-80);
  return `${String(index + 1).padStart(2, '0')}-${prefix}-${slug || 'root'}.yaml`;
}

/**
 * Renders the chart, then each overlay, in that order; the objects of all of them, each
 * pointing at its template or overlay. Secret values are masked as each render is read.
 */
export async function renderManifests(request: RenderRequest, options: RenderOptions): Promise<LoadedObject[]> {
  const { root } = options;
  const objects: LoadedObject[] = [];
  const needsHelm = request.helm !== undefined || (request.kustomize.length > 0 && request.kustomizeEnableHelm);
  const helm = needsHelm
    ? await resolveTool({
        name: 'helm',
        version: request.helmVersion,
        inputName: 'helm-version',
        downloadBase: options.downloadBase?.helm,
        onInfo: options.onInfo,
      })
    : undefined;
  let rendered = 0;
  const outputFile = (prefix: string, path: string) =>
    options.outputFolder ? join(options.outputFolder, outputName(prefix, path, rendered++)) : undefined;
  if (request.helm) {
    const chart = request.helm;
    options.onInfo?.(`Rendering the Helm chart ${chart.chart} (release ${chart.releaseName})`);
    objects.push(
      ...(await renderHelm({
        ...chart,
        binary: helm!,
        root,
        renderedFile: outputFile('helm', chart.chart),
      })),
    );
  }
  if (request.kustomize.length > 0) {
    const kustomize = await resolveTool({
      name: 'kustomize',
      version: request.kustomizeVersion,
      inputName: 'kustomize-version',
      downloadBase: options.downloadBase?.kustomize,
      onInfo: options.onInfo,
    });
    for (const overlay of request.kustomize) {
      options.onInfo?.(`Rendering the kustomize overlay ${overlay}`);
      objects.push(
        ...(await renderKustomize({
          binary: kustomize,
          overlay,
          enableHelm: request.kustomizeEnableHelm ? { helm: helm! } : undefined,
          root,
          renderedFile: outputFile('kustomize', overlay),
        })),
      );
    }
  }
  return objects;
}
