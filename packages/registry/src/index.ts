/**
 * @kra/registry: image references and an OCI distribution client (token auth, manifest
 * PUT, blob mount, streamed copy) on undici. Compose files (src/compose), tag templates
 * (src/tags) and the container engine wrapper (src/engine) are exported from here too.
 */
export {
  DOCKER_HUB,
  DOCKER_HUB_API,
  DOCKER_HUB_LEGACY,
  InvalidReferenceError,
  REPOSITORY_NAME_LENGTH_MAX,
  TAG_LENGTH_MAX,
  apiHost,
  familiarString,
  makeReference,
  normaliseRegistry,
  parseReference,
  repositoryKey,
  repositoryProblem,
  sameRepository,
  tagProblem,
  tryParseReference,
  validateTag,
  writtenRepository,
} from './reference.js';
export type { ImageReference, RepositoryLocation } from './reference.js';
export { imageListLines, parseImageListInput, pinnedImage, pinnedTag, writeImageListOutputs } from './image-list.js';
export type { ImageInput } from './image-list.js';
export { computeDigest, digester, isDigest, matchesDigest, validateDigest } from './digest.js';
export {
  MANIFEST_ACCEPT,
  MediaType,
  isImageManifestMediaType,
  isIndexMediaType,
  isNonDistributable,
  isSchema1MediaType,
} from './media-types.js';
export type { Descriptor, ParsedManifest } from './media-types.js';
export { RegistryError, isTransient, networkErrorCode, parseErrorBody } from './errors.js';
export type { RegistryErrorDetail, RegistryErrorInit } from './errors.js';
export { Authenticator, parseWwwAuthenticate, repositoryScope, scopesCover } from './auth.js';
export type { Challenge } from './auth.js';
export {
  DOCKER_HUB_SERVER_URL,
  chainCredentials,
  configFilePaths,
  dockerConfigCredentials,
  explicitCredentials,
  parseConfigKey,
  runCredentialHelper,
  standardCredentials,
} from './credentials.js';
export type {
  Credential,
  CredentialStore,
  DockerConfigOptions,
  ExplicitCredential,
  HelperResult,
} from './credentials.js';
export { chooseScheme, isLoopbackHost, normaliseInsecureEntry, registryBaseUrl, splitHostPort } from './transport.js';
export type { Scheme, SchemeChoice } from './transport.js';
export { RegistryClient, manifestMediaType } from './client.js';
export type {
  BlobCopyResult,
  BlobInfo,
  CopyImageResult,
  Manifest,
  ManifestInfo,
  RegistryClientOptions,
  RegistryStats,
  RequestKind,
} from './client.js';

// Compose files, tag templates and release tags, the container engine (push-images, tag-release).
export * from './compose/index.js';
export * from './tags/index.js';
export * from './engine/index.js';
