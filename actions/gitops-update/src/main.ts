import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  InputError,
  SummaryBuilder,
  code,
  githubContext,
  maskSecret,
  readEnum,
  readInteger,
  readList,
  readString,
  runUrl,
  setListOutput,
  setOutput,
} from '@kra/core';
import { runGit } from '@kra/git';
import {
  CHANGE_HEADERS,
  PINS,
  PullRequests,
  actorIdentity,
  changeRows,
  checkPin,
  fileDiff,
  foldedDiffs,
  gitopsUpdate,
  parseFieldRule,
  parseImages,
  releaseVersion,
  renderTemplate,
  tokenForms,
  versionFromEvent,
  type PublishMode,
  type TemplateValues,
} from '@kra/gitops';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

async function checkBranchName(branch: string, input: string): Promise<void> {
  const { exitCode } = await runGit(['check-ref-format', `refs/heads/${branch}`], { cwd: tmpdir(), okExitCodes: [1] });
  if (exitCode !== 0 || branch.startsWith('-')) {
    throw new InputError(
      input,
      `gives "${branch}", which is not a valid branch name: use letters, digits, "/", "-", "_" and "."`,
    );
  }
}

export async function main(): Promise<void> {
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

  const serverUrl = context.serverUrl.replace(/\/+$/, '');
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const workdir = mkdtempSync(join(context.runnerTemp || tmpdir(), 'gitops-update-'));
  core.info(
    `updating ${repository} (${mode === 'push' ? `push to ${base || 'its default branch'}` : `pull request from ${branch}`}): ${images.map((image) => image.repository).join(', ')} pinned by ${pin}, in ${paths.join(', ')}`,
  );
  let result;
  try {
    result = await gitopsUpdate({
      access: { repository, url: `${serverUrl}/${repository}.git`, serverUrl, token },
      base,
      mode,
      branch,
      paths,
      images,
      pin,
      fields,
      message,
      title,
      labels,
      reviewers,
      identity: actorIdentity(context),
      workdir,
      attempts,
      runUrl: runUrl(context),
      pullRequests: mode === 'pull-request' ? new PullRequests(token, apiUrl, repository) : undefined,
      onInfo: (line) => core.info(line),
      onWarning: (line) => core.warning(line),
    });
  } finally {
    // The runner empties RUNNER_TEMP at the end of the job (the clone holds no credential):
    // only a clone outside it is removed here.
    if (!context.runnerTemp) rmSync(workdir, { recursive: true, force: true });
  }

  for (const image of result.unmatched) {
    core.warning(
      `${image.repository} matches nothing under ${paths.join(', ')} in ${repository}: no kustomize images entry, Helm repository, container image or Flux marker names it (check the paths, or name the field with the fields input)`,
    );
  }
  for (const problem of result.problems) core.warning(problem);
  core.info(
    `${result.scanned} YAML file(s) read, ${result.changes.length} value(s) written in ${result.files.length} file(s)`,
  );
  for (const file of result.files) {
    core.startGroup(`${file.path}: ${file.changes.length} value(s)`);
    core.info(fileDiff(file));
    core.endGroup();
  }

  const pull = result.pullRequest;
  setOutput('changed', result.changed);
  setOutput('commit', result.commit);
  setOutput('branch', result.branch);
  setOutput('pull-request-number', pull ? String(pull.number) : '');
  setOutput('pull-request-url', pull?.url ?? '');
  setListOutput(
    'changed-files',
    result.files.map((file) => file.path),
  );

  const commitUrl = `${serverUrl}/${repository}/commit/${result.commit}`;
  const summary = new SummaryBuilder().heading(`gitops-update: ${repository}`);
  if (result.changes.length > 0) summary.table(CHANGE_HEADERS, changeRows(result.changes));
  summary.text(
    [
      result.changed
        ? `Committed [${result.commit.slice(0, 12)}](${commitUrl}) to ${code(result.branch)}${result.attempts > 1 ? ` after ${result.attempts} attempts (other releases landed first; the update was applied again on them)` : ''}.`
        : `Nothing to change: ${code(result.branch)} at [${result.commit.slice(0, 12)}](${commitUrl}) already has every value.`,
      pull
        ? `Pull request: [#${pull.number}](${pull.url})${'created' in pull && pull.created ? ' (opened)' : ''}.`
        : '',
      result.unmatched.length > 0
        ? `Not found under the paths: ${result.unmatched.map((image) => code(image.repository)).join(', ')}.`
        : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  if (result.files.length > 0) summary.text(foldedDiffs(result.files));
  await summary.write();
}
