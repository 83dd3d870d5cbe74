/**
 * Rendering a Helm chart and kustomize overlays into objects, for list-manifests and
 * detect-config-changes: the inputs both actions share (readRenderInputs), the binaries
 * (resolveTool: PATH or a pinned, checksum-verified release), and the renders themselves.
 */
import { join } from 'node:path';
import { InputError, maskSecret, readBoolean, readList, readString } from '@kra/core';
import type { LoadedObject } from '../types.js';
import { type HelmRegistryLogin, renderHelm } from './helm.js';
import { renderKustomize } from './kustomize.js';
import { resolveTool } from './tools.js';

export * from './helm.js';
export * from './kustomize.js';
export * from './secrets.js';
export * from './tools.js';
export { runTool, type ToolResult } from './run-tool.js';

export interface HelmChartRequest {
  chart: string;
  values: string[];
  set: string[];
  releaseName: string;
  namespace?: string;
  kubeVersion?: string;
  apiVersions: string[];
  includeCrds: boolean;
  registryLogin?: HelmRegistryLogin;
  plainHttp: boolean;
}

export interface RenderRequest {
  helm?: HelmChartRequest;
  /** Overlay folders, rendered in order. */
  kustomize: string[];
  kustomizeEnableHelm: boolean;
  helmVersion?: string;
  kustomizeVersion?: string;
}

export interface RenderOptions {
  /** The workspace (the charts, values files and overlays must be inside it). */
  root: string;
  /** Write each render's output into this folder (one file per chart or overlay). */
  outputFolder?: string;
  /** Mirrors to download pinned versions from (tests use a local server). */
  downloadBase?: Partial<Record<'helm' | 'kustomize', string>>;
  onInfo?: (message: string) => void;
}

/** Whether the request renders anything. */
export function rendersAnything(request: RenderRequest | undefined): request is RenderRequest {
  return request !== undefined && (request.helm !== undefined || request.kustomize.length > 0);
}

/** The `paths` input may be empty only when a chart or overlays are rendered instead. */
export function requirePathsOrRendering(paths: string[], render: RenderRequest | undefined): void {
  if (paths.length === 0 && !rendersAnything(render))
    throw new InputError(
      'paths',
      'is empty: give manifest files, folders or globs, a helm-chart, or kustomize overlays',
    );
}

/**
 * The rendering inputs: helm-chart, helm-values, helm-set, helm-release-name,
 * helm-namespace (default: `namespace`), kube-version, api-versions, include-crds,
 * helm-registry-username/-password (masked at once), helm-plain-http, helm-version;
 * kustomize, kustomize-enable-helm, kustomize-version.
 */
export function readRenderInputs(defaultNamespace = ''): RenderRequest {
  const password = readString('helm-registry-password');
  maskSecret(password);
  const username = readString('helm-registry-username');
  if ((username === '') !== (password === '')) {
    throw new InputError(
      username ? 'helm-registry-password' : 'helm-registry-username',
      'is empty but the other is set: give both, or neither for a registry without a login',
    );
  }
  const chart = readString('helm-chart');
  // helm-release-name is left out: the action gives it a default.
  const helmOnly = [
    'helm-values',
    'helm-set',
    'helm-namespace',
    'kube-version',
    'api-versions',
    'helm-registry-username',
  ];
  if (chart === '') {
    const stray = helmOnly.find((name) => readString(name) !== '');
    if (stray) throw new InputError(stray, 'is set but helm-chart is empty: give the chart to render');
  }
  const helm: HelmChartRequest | undefined =
    chart === ''
      ? undefined
      : {
          chart,
          values: readList('helm-values'),
          set: readList('helm-set'),
          releaseName: readString('helm-release-name', { default: 'release' }),
          namespace: readString('helm-namespace') || defaultNamespace || undefined,
          kubeVersion: readString('kube-version') || undefined,
          apiVersions: readList('api-versions'),
          includeCrds: readBoolean('include-crds', false),
          registryLogin: username ? { username, password } : undefined,
          plainHttp: readBoolean('helm-plain-http', false),
        };
  const kustomize = readList('kustomize');
  const kustomizeEnableHelm = readBoolean('kustomize-enable-helm', false);
  if (kustomizeEnableHelm && kustomize.length === 0) {
    throw new InputError('kustomize-enable-helm', 'is true but kustomize names no overlay: give the overlay folders');
  }
  return {
    helm,
    kustomize,
    kustomizeEnableHelm,
    helmVersion: readString('helm-version') || undefined,
    kustomizeVersion: readString('kustomize-version') || undefined,
  };
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
