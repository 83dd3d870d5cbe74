/**
 * The rendering inputs list-manifests and detect-config-changes share (readRenderInputs) and what
 * they ask to render: read and checked before anything heavy loads (the YAML stack, the tool
 * downloader), so this module imports @kra/core alone. `@kra/manifests/inputs` exports it.
 */
import { InputError, maskSecret, readBoolean, readList, readString } from '@kra/core';
import type { HelmRegistryLogin } from './helm.js';

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
