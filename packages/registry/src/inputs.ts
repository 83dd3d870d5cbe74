// The parsers of push-images' and tag-release's inputs, on a subpath of their own
// (`@kra/registry/inputs`): the actions read and check every input with these before they load
// the OCI client (undici) and the container engine wrapper (@actions/exec), so a wrong input
// fails at once. Nothing imported from here may reach client.ts, head-request.ts or
// engine/engine.ts (test/bundles.test.ts checks the bundles).
export { sameRepository, tagProblem } from './reference.js';
export { imageListLines, writeImageListOutputs } from './image-list.js';
export { imageSourcesFromInputs } from './compose/sources.js';
export { planPush } from './engine/push.js';
export { DEFAULT_PUSH_TAGS, renderTagTemplate, renderTags, tagContextFromGitHub } from './tags/templates.js';
export {
  DEFAULT_RELEASE_TAGS,
  parseReleaseVersion,
  prereleaseFromEvent,
  releaseTags,
  versionFromEvent,
} from './tags/release.js';
export { environmentTag, parseEnvironmentRules, resolveEnvironment } from './tags/environments.js';
export { releaseImages } from './tags/release-images.js';
