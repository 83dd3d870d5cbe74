// The parsers of gitops-update's inputs, on a subpath of their own (`@kra/gitops/inputs`): the
// action reads and checks every input with these before it loads the YAML stack, the diff and
// the GitHub client, so a wrong input fails at once. Nothing imported from here may reach
// `yaml`, `diff` or `@actions/github` (test/bundles.test.ts checks the bundle).
export { PINS, checkPin, parseImages } from './images.js';
export { releaseVersion, versionFromEvent } from './release.js';
export { renderTemplate, type TemplateValues } from './templates.js';
export { tokenForms } from './git-access.js';
export { parseFieldRule } from './field-rules.js';
export type { PublishMode } from './publish.js';
