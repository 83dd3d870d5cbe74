// The parsers of list-manifests' inputs, on a subpath of their own (`@kra/manifests/inputs`): the
// action reads and checks every input with these before it loads the YAML stack, the validators
// and the renderers, so a wrong input fails at once. Nothing imported from here may reach
// js-yaml, load.ts or render/tools.ts (test/bundles.test.ts checks the bundle).
export { readRenderInputs, rendersAnything, requirePathsOrRendering } from './render/inputs.js';

/** How the objects are validated (list-manifests' `validate` input). */
export type ValidationMode = 'structure' | 'schema' | 'none';
export const VALIDATION_MODES: readonly ValidationMode[] = ['structure', 'schema', 'none'];
