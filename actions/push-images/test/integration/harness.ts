/**
 * Shared by the push-images and tag-release black-box tests: a workspace with a Compose
 * project, the bundled action run through local-runner with a private podman, and checks
 * that no password reached what was captured.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionResult, type RunActionOptions } from '@kra/local-runner';
import type { ImageListEntry } from '@kra/core';
import { pinnedImage } from '@kra/registry';

export const SHA = 'abcdef0123456789abcdef0123456789abcdef01';
export const SHORT = 'abcdef0';

export function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kra-ws-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

export function run(action: string, options: Omit<RunActionOptions, 'action'>): Promise<ActionResult> {
  return runAction({
    action,
    post: true,
    timeoutMs: 300_000,
    ...options,
    github: { sha: SHA, ref: 'refs/heads/main', ...options.github },
  });
}

/** The image list of push-images or tag-release (`images-json`), checked against its text form (`images`). */
export function images(result: ActionResult): ImageListEntry[] {
  const entries = JSON.parse(result.outputs['images-json']) as ImageListEntry[];
  expect(result.outputs.images).toBe(entries.map(pinnedImage).join('\n'));
  return entries;
}

/** Everything the step showed or wrote, with the runner's own ::add-mask:: commands left out. */
export function captured(result: ActionResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [
    stdout,
    result.stderr,
    result.log,
    result.summary,
    JSON.stringify(result.outputs),
    result.post?.stdout ?? '',
    result.post?.stderr ?? '',
  ].join('\n');
}

/** The one-line failure message of a failed step (the ::error:: command). */
export function failure(result: ActionResult): string {
  const errors = result.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message);
  return errors.join('\n');
}
