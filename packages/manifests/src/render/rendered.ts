/**
 * What helm and kustomize print, read like a manifest file: the same parser, limits and
 * one-line errors (parseManifests), each object then pointed at where it came from (its
 * template or overlay) with `source.rendered` giving its place in the render's output.
 */
import { writeFileSync } from 'node:fs';
import type { LoadedObject, RenderedLocation, SourceLocation } from '../types.js';
import { DEFAULT_MAX_FILE_BYTES, parseManifests } from '../yaml.js';

/** A render's output is a whole chart or overlay: allowed to be larger than one manifest file. */
const MAX_RENDER_BYTES = 8 * DEFAULT_MAX_FILE_BYTES;

export interface RenderedText {
  text: string;
  /** How the output is named in messages when no file holds it (`helm template charts/web`). */
  name: string;
  by: RenderedLocation['by'];
  /** Write the output here (mode 0600: it may hold Secrets) and point `source.rendered.file` at it. */
  file?: string;
  root?: string;
}

/**
 * Parses rendered output into objects; `locate` gives each one its source (template or
 * overlay) from its line in the output. Objects keep their document's text, so the bundle
 * writes exactly what the tool printed.
 */
export function parseRendered(
  rendered: RenderedText,
  locate: (renderedLine: number, loaded: LoadedObject) => Omit<SourceLocation, 'rendered'>,
): LoadedObject[] {
  if (rendered.file) writeFileSync(rendered.file, rendered.text, { mode: 0o600 });
  const objects = parseManifests(rendered.text, rendered.file ?? rendered.name, {
    root: rendered.root,
    maxFileBytes: MAX_RENDER_BYTES,
  });
  return objects.map((loaded) => {
    const renderedAt: RenderedLocation = { by: rendered.by, line: loaded.source.line };
    if (rendered.file) renderedAt.file = rendered.file;
    const source: SourceLocation = { ...locate(loaded.source.line, loaded), rendered: renderedAt };
    if (loaded.source.item !== undefined) source.item = loaded.source.item;
    return { ...loaded, source };
  });
}
