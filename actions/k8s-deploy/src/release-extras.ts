/**
 * What a release pipeline adds around a deploy: the version-order guard before it, and the
 * environment URL output and the webhook notification after it. Inputs: allow-downgrade,
 * url, environment, notify-webhook (a secret).
 */
import { execFileSync } from 'node:child_process';
import * as core from '@actions/core';
import {
  type GitHubContext,
  UserError,
  deployMessage,
  maskSecret,
  postWebhook,
  readBoolean,
  readString,
  runUrl,
  setOutput,
} from '@kra/core';
import {
  type DeployResult,
  type KObject,
  type KubeClient,
  olderThanLive,
  releaseUrl,
  renderUrlTemplate,
} from '@kra/kube';

function committer(context: GitHubContext): string {
  try {
    const name = execFileSync('git', ['log', '-1', '--format=%cn', context.sha], {
      cwd: context.workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (name) return name;
  } catch {
    /* no checkout: fall back to the event */
  }
  return context.payload.head_commit?.committer?.name ?? context.payload.release?.author?.login ?? context.actor;
}

export async function releaseExtras(options: {
  client: KubeClient;
  context: GitHubContext;
  namespace: string;
  release: string;
  version: string;
  objects: KObject[];
  dryRun: boolean;
  /** A deploy is checked against the live version; a promote or reject moves what is already there. */
  checkDowngrade: boolean;
}) {
  const webhook = readString('notify-webhook');
  maskSecret(webhook);
  const template = readString('url');
  const environment = readString('environment');
  if (options.checkDowngrade && !options.dryRun && !readBoolean('allow-downgrade', false)) {
    const refusal = await olderThanLive(options.client, options);
    if (refusal) throw new UserError(refusal);
  }
  return async (result: DeployResult): Promise<void> => {
    const url = template
      ? renderUrlTemplate(template, options)
      : result.status === 'deployed' || result.status === 'progressing'
        ? await releaseUrl(options.client, options.objects).catch(() => undefined)
        : undefined;
    setOutput('url', url ?? '');
    if (!webhook) return;
    const { context } = options;
    const problem = await postWebhook(
      webhook,
      deployMessage({
        release: options.release,
        version: options.version,
        environment,
        status: result.status,
        committer: committer(context),
        runUrl: runUrl(context),
        commitUrl: context.repository ? `${context.serverUrl}/${context.repository}/commit/${context.sha}` : '',
        sha: context.sha,
        url,
      }),
    );
    if (problem) core.warning(problem);
  };
}
