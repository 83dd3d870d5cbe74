import { InputError, displayPath, resolveInWorkspace } from '@kra/core';
import { composeImageSources, listImageSources, type ImageSource } from './targets.js';
import { findDefaultComposeFiles, loadComposeProject } from './load.js';

/**
 * The images an action works on, from its inputs: the `images` list, else the Compose
 * files (`compose-file`, default the workspace's compose.yaml as docker compose picks it).
 * Shared by push-images and tag-release so both name images the same way.
 */
export interface SourceInputs {
  /** The workspace root. */
  root: string;
  images: readonly string[];
  composeFiles: readonly string[];
  services: readonly string[];
  includeThirdParty?: boolean;
  onWarning?: (message: string) => void;
  onInfo?: (message: string) => void;
}

export function imageSourcesFromInputs(inputs: SourceInputs): { sources: ImageSource[]; from: string } {
  if (inputs.images.length > 0) {
    if (inputs.composeFiles.length > 0)
      throw new InputError('images', 'and compose-file are both set: use one of them');
    return { sources: listImageSources(inputs.images), from: 'input "images"' };
  }
  const files =
    inputs.composeFiles.length > 0
      ? inputs.composeFiles.map((file) => resolveInWorkspace(file, 'compose-file', inputs.root))
      : findDefaultComposeFiles(inputs.root, inputs.onWarning);
  if (files.length === 0) {
    throw new InputError(
      'compose-file',
      'is empty and the workspace has no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml: set compose-file, or list the images in images',
    );
  }
  const project = loadComposeProject(files, {
    display: (path) => displayPath(path, inputs.root),
    onWarning: inputs.onWarning,
  });
  const { images, skipped } = composeImageSources(project, {
    services: inputs.services,
    includeThirdParty: inputs.includeThirdParty,
  });
  for (const skip of skipped)
    inputs.onInfo?.(`skipping service ${skip.service}${skip.image ? ` (${skip.image})` : ''}: ${skip.reason}`);
  return {
    sources: images,
    from: `${files.map((file) => displayPath(file, inputs.root)).join(', ')} (project ${project.name})`,
  };
}
