import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { InputError, githubContext, maskSecret, readEnum, readInteger, readList, readString, runUrl } from '@kra/core';
import { runGit } from '@kra/git';
// Only the input parsers: the YAML stack, the diff and the GitHub client load after every input is checked.
import {
  PINS,
  checkPin,
  parseFieldRule,
  parseImages,
  releaseVersion,
  renderTemplate,
  tokenForms,
  versionFromEvent,
  type PublishMode,
  type TemplateValues,
} from '@kra/gitops/inputs';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export type UpdateInputs = Awaited<ReturnType<typeof readInputs>>;

async function checkBranchName(branch: string, input: string): Promise<void> {
  const { exitCode } = await runGit(['check-ref-format', `refs/heads/${branch}`], { cwd: tmpdir(), okExitCodes: [1] });
  if (exitCode !== 0 || branch.startsWith('-')) {
    throw new InputError(
      input,
      `gives "${branch}", which is not a valid branch name: use letters, digits, "/", "-", "_" and "."`,
    );
  }
}

/** Reads and checks every input (the token masked first), before anything heavy is loaded or cloned. */
async function readInputs() {
  // The token is masked before anything else is read or printed.
  const token = readString('token');
  maskSecret(token);
  for (const form of tokenForms(token)) core.setSecret(form);

  const context = githubContext();
  const repository = readString('repository', { default: context.repository });
  if (!REPOSITORY.test(repository))
    throw new InputError('repository', `is "${repository}": use owner/name, such as acme/config`);
  const pin = readEnum('pin', PINS, 'tag');
  const mode = readEnum<PublishMode>('mode', ['pull-request', 'push'], 'pull-request');
  const imagesText = core.getInput('images');
  if (imagesText.trim() === '') {
    throw new InputError(
      'images',
      'is required: pass the images output of tag-release (or push-images), or references one a line',
    );
  }
  const givenVersion = readString('version');
  const images = parseImages(imagesText, {
    tag: readString('tag'),
    version: (givenVersion || versionFromEvent(context) || '').replace(/^v(?=\d)/, ''),
  });
  if (images.length === 0)
    throw new InputError('images', 'holds no image: pass the images output of tag-release, or references one a line');
  checkPin(images, pin);
  const version = releaseVersion(givenVersion, context, images);
  const environment = readString('environment');
  const values: TemplateValues = {
    version,
    environment,
    images: images.map((image) => `${image.name} ${image.tag ?? image.digest?.slice(0, 19)}`).join(', '),
    repository: context.repository,
    sha: context.sha,
    'short-sha': context.sha.slice(0, 7),
    'run-url': runUrl(context),
  };
  const paths = readList('paths').map((path) => renderTemplate(path, values, 'paths', ['version', 'environment']));
  if (paths.length === 0)
    throw new InputError('paths', 'is required: name the files or folders to update, such as deploy/overlays/staging');
  const fields = readList('fields').map((line) => {
    const rule = parseFieldRule(line);
    if (!rule)
      throw new InputError('fields', `has "${line}": write key.path=image, such as frontend.image.tag=frontend`);
    return rule;
  });
  const branch =
    mode === 'pull-request'
      ? renderTemplate(readString('branch', { default: 'release/{{version}}' }), values, 'branch')
      : '';
  if (branch) await checkBranchName(branch, 'branch');
  const base = readString('base');
  if (branch && branch === base)
    throw new InputError(
      'branch',
      `is the base branch "${base}": give the pull request its own branch, or use mode: push`,
    );
  const defaultMessage = version
    ? `Release ${version}${environment ? ` to ${environment}` : ''}`
    : `Update ${values.images}${environment ? ` in ${environment}` : ''}`;
  const message = renderTemplate(readString('commit-message') || defaultMessage, values, 'commit-message');
  const title = renderTemplate(readString('title') || message.split('\n')[0], values, 'title');
  const labels = readList('labels');
  const reviewers = readList('reviewers').flatMap((line) =>
    line
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );
  const attempts = readInteger('push-attempts', { default: 5, min: 1, max: 20 });
  if (!token)
    throw new InputError('token', `is empty: give a token that can write ${repository} (see the action's README)`);
  return {
    token,
    context,
    repository,
    pin,
    mode,
    images,
    paths,
    fields,
    branch,
    base,
    message,
    title,
    labels,
    reviewers,
    attempts,
  };
}

export async function main(): Promise<void> {
  const inputs = await readInputs();
  const { context, repository, mode, base, branch, images, pin, paths } = inputs;
  const workdir = mkdtempSync(join(context.runnerTemp || tmpdir(), 'gitops-update-'));
  core.info(
    `updating ${repository} (${mode === 'push' ? `push to ${base || 'its default branch'}` : `pull request from ${branch}`}): ${images.map((image) => image.repository).join(', ')} pinned by ${pin}, in ${paths.join(', ')}`,
  );
  // Loaded only now (a chunk of its own in dist/): the YAML stack, the diff and the GitHub client.
  const { update } = await import('./update.js');
  await update(inputs, workdir);
}
