/**
 * Every label and annotation k8s-deploy writes to a cluster, under one DNS-style prefix
 * defined here and nowhere else (plus the app.kubernetes.io/ recommended labels).
 */
export const PREFIX = 'kube-release.dev';

/** `app.kubernetes.io/managed-by` value on every object we apply. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY = 'k8s-deploy';

/** The release an object belongs to (the `release` input). */
export const RELEASE_LABEL = `${PREFIX}/release`;
/** On release records: the revision number. */
export const REVISION_LABEL = `${PREFIX}/revision`;
/** On release records: deployed, failed, superseded, rolled-back, pending. */
export const STATUS_LABEL = `${PREFIX}/status`;
/** On release records (and the Lease): marks the object as ours. */
export const RECORD_LABEL = `${PREFIX}/record`;

/** On a Helm hook k8s-deploy ran (instead of the release label: hooks are not release objects, prune leaves them). */
export const HELM_HOOK_LABEL = `${PREFIX}/helm-hook-of`;
/** On a content-hashed ConfigMap or Secret (config-mode: immutable): the name it was given in the manifests. */
export const CONFIG_VERSION_LABEL = `${PREFIX}/config-version-of`;
/** On the copies a canary or blue-green rollout runs beside the user's workloads: canary, baseline or green. */
export const TRACK_LABEL = `${PREFIX}/track`;

/** One annotation with the run's metadata as JSON: repository, sha, run URL, actor, version, revision. */
export const RUN_ANNOTATION = `${PREFIX}/run`;
/** On pod templates: a hash of the config (ConfigMaps/Secrets) the workload reads, from detect-config-changes. */
export const CONFIG_HASH_ANNOTATION = `${PREFIX}/config-hash`;
/** kubectl's own restart annotation, so `kubectl rollout restart` and we agree. */
export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

/** The Secret type of release records. */
export const RELEASE_SECRET_TYPE = `${PREFIX}/release.v1`;

/** The default field manager for server-side apply. */
export const DEFAULT_FIELD_MANAGER = 'k8s-deploy';

/** The name of the Secret holding revision `revision` of `release`. */
export function recordName(release: string, revision: number): string {
  return `k8s-deploy.${release}.v${revision}`;
}

/** The name of the Lease that serialises deploys of `release`. */
export function leaseName(release: string): string {
  return `k8s-deploy.${release}`;
}

const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A release name must be usable as a label value and inside a Secret name. */
export function releaseNameProblem(name: string): string | undefined {
  if (name.length > 53) return `is ${name.length} characters long: use at most 53`;
  if (!RELEASE_NAME.test(name))
    return `is "${name}": use lowercase letters, digits and "-", starting and ending with a letter or digit`;
  return undefined;
}
