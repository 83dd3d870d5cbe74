// The parsers of k8s-deploy's inputs, on a subpath of their own (`@kra/kube/inputs`): the action
// reads and checks every input with these before it loads the cluster client
// (@kubernetes/client-node) and the rest of this package, so a wrong input fails at once.
// Nothing imported from here may reach client.ts, kubeconfig.ts or watcher.ts
// (test/bundles.test.ts checks the bundle).
export { DEFAULT_FIELD_MANAGER, releaseNameProblem } from './labels.js';
export { parseImagesInput } from './images.js';
export { parseChecksums, parseRestartInput } from './config-changes.js';
export { checkSecrets, parseAnalysis } from './analysis/config.js';
export { parseSteps, resolvePlan } from './progressive/plan.js';
export { CANARY_METHODS, ROUTE_METHODS } from './traffic/methods.js';
export { parseImagePullSecrets } from './pull-secrets.js';
export { decodeKubeconfigInput } from './kubeconfig-input.js';
