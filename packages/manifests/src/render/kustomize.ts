/**
 * `kustomize build` of an overlay folder, run with an argument array; `--enable-helm` (and
 * the helm binary to inflate charts with) when asked. Each object points at its overlay's
 * kustomization file: kustomize's output does not say which resource file an object came
 * from. Errors are one line naming the overlay, with a cycle of kustomizations spelled out.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError, UserError, displayPath, oneLine, resolveInWorkspace } from '@kra/core';
import { KUSTOMIZATION_FILES } from '../load.js';
import type { LoadedObject } from '../types.js';
import { parseRendered } from './rendered.js';
import { runTool } from './run-tool.js';
import { maskSecretValues } from './secrets.js';

export interface KustomizeRenderOptions {
  /** The kustomize binary (resolveTool). */
  binary: string;
  /** The overlay folder (relative to the workspace, or absolute inside it). */
  overlay: string;
  /** Pass `--enable-helm`, with this helm binary for kustomize's `helmCharts`. */
  enableHelm?: { helm: string };
  root: string;
  renderedFile?: string;
  /** The input named in errors. Default `kustomize`. */
  input?: string;
}

/** The overlay's kustomization file (absolute), or a one-line error. */
function kustomizationFile(options: KustomizeRenderOptions): string {
  const input = options.input ?? 'kustomize';
  const folder = resolveInWorkspace(options.overlay.trim(), input, options.root);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new InputError(
      input,
      `names "${options.overlay.trim()}", which is not a folder in the workspace ${options.root}: give overlay folders (each holding a kustomization.yaml)`,
    );
  }
  for (const name of KUSTOMIZATION_FILES) {
    if (existsSync(join(folder, name))) return join(folder, name);
  }
  throw new InputError(
    input,
    `names "${options.overlay.trim()}", a folder without a kustomization.yaml: give the overlay's folder`,
  );
}

/** kustomize's error as one line naming the overlay; paths shown relative to the workspace. */
export function kustomizeError(stderr: string, overlay: string, root: string): UserError {
  const prefix = root.endsWith(sep) ? root : root + sep;
  const message = oneLine(stderr)
    .replace(/^Error:\s*/, '')
    .split(prefix)
    .join('');
  const shown = displayPath(overlay, root);
  const cycle = /cycle detected: candidate root '([^']+)' contains visited root '([^']+)'/.exec(stderr);
  if (cycle) {
    const folder = relative(root, cycle[2]).split(sep).join('/') || '.';
    return new UserError(
      `${shown}: kustomize build failed: the kustomizations form a cycle (${folder} includes itself through its resources) — remove the resource that leads back to it`,
      { file: shown },
    );
  }
  // kustomize nests its reasons ("accumulating resources: accumulation err='…': …"): the last is the cause.
  const reasons = message.split(/:\s+(?=[a-z'"])/);
  const cause = reasons.slice(-2).join(': ');
  const short = cause.length > 400 ? `${cause.slice(0, 400)}…` : cause;
  return new UserError(`${shown}: kustomize build failed: ${short} — fix the overlay or the files it names`, {
    file: shown,
  });
}

/** Renders the overlay with `kustomize build`; every object points at the overlay's kustomization file. */
export async function renderKustomize(options: KustomizeRenderOptions): Promise<LoadedObject[]> {
  const file = kustomizationFile(options);
  const folder = join(file, '..');
  const args = ['build', folder];
  if (options.enableHelm) args.push('--enable-helm', '--helm-command', options.enableHelm.helm);
  const result = await runTool(options.binary, args, { cwd: options.root });
  if (result.exitCode !== 0) throw kustomizeError(result.stderr, file, options.root);
  const objects = parseRendered(
    {
      text: result.stdout,
      name: `kustomize build ${displayPath(folder, options.root)}`,
      by: 'kustomize',
      file: options.renderedFile,
      root: options.root,
    },
    (_line, loaded) => ({ file, index: loaded.source.index, line: 1 }),
  );
  maskSecretValues(objects);
  return objects;
}
