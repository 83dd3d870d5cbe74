// gitops-update's work once every input is checked (main.ts): clone, write the images, commit,
// push, open or update the pull request, the outputs and the summary. A chunk of its own in
// dist/, loaded after the inputs are read.
import { rmSync } from 'node:fs';
import * as core from '@actions/core';
import { SummaryBuilder, code, runUrl, setListOutput, setOutput } from '@kra/core';
import {
  CHANGE_HEADERS,
  PullRequests,
  actorIdentity,
  changeRows,
  fileDiff,
  foldedDiffs,
  gitopsUpdate,
} from '@kra/gitops';
import type { UpdateInputs } from './main.js';

export async function update(inputs: UpdateInputs, workdir: string): Promise<void> {
  const { token, context, repository, pin, mode, images, paths, fields, branch, base } = inputs;
  const { message, title, labels, reviewers, attempts } = inputs;
  const serverUrl = context.serverUrl.replace(/\/+$/, '');
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
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
