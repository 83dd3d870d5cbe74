/**
 * kube-release run WORKFLOW [--event NAME] [--payload FILE] [--approve ENV,...|all]
 *                           [--secrets FILE] [--vars FILE] [--workspace DIR]
 *                           [--repository O/N] [--server-url URL] [--quiet]
 */
import { parseArgs } from 'node:util';
import { readPayload, runWorkflow } from './run.js';

const USAGE = `usage: kube-release run WORKFLOW [--event NAME] [--payload FILE] [--approve ENV,...|all] [--secrets FILE] [--vars FILE] [--workspace DIR]
                            [--repository O/N] [--server-url URL] [--quiet]

Runs a workflow file locally, as GitHub would for the event: jobs in needs order, reusable
workflows, environments (an approval prompt on a terminal, --approve otherwise) with their
own secrets and variables, concurrency; this suite's actions from their bundles, run: steps
with bash, actions/checkout from this repository. Nothing is downloaded.

  --event NAME      push (default), release, workflow_dispatch, pull_request, ...
  --payload FILE    the event payload (JSON); a release needs {"release":{"tag_name":"v1.4.0","prerelease":false}}
  --approve LIST    environments approved beforehand (comma-separated), or all
  --secrets FILE    secrets: {repository: {NAME: value}, environments: {production: {NAME: value}}} (YAML or JSON)
  --vars FILE       variables, the same shape
  --workspace DIR   where each job's workspace and temp folder are made (default: a new temp folder)
  --repository O/N  the repository's owner/name (default: from the origin remote, else local/<folder>)
  --server-url URL  the GitHub server (GITHUB_SERVER_URL), where git reaches other repositories (default https://github.com)
  --quiet           progress and summaries only, no step logs`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        event: { type: 'string' },
        payload: { type: 'string' },
        approve: { type: 'string' },
        secrets: { type: 'string' },
        vars: { type: 'string' },
        workspace: { type: 'string' },
        repository: { type: 'string' },
        'server-url': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`kube-release: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals[0] !== 'run' || positionals.length !== 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const controller = new AbortController();
  const onSignal = () => {
    process.stderr.write('\nkube-release: cancelling the run (steps get SIGINT, then SIGTERM)\n');
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { TextReporter } = await import('./reporter.js');
    const result = await runWorkflow({
      workflow: positionals[1],
      event: values.event,
      payload: values.payload ? readPayload(values.payload) : undefined,
      approve:
        values.approve === 'all'
          ? 'all'
          : (values.approve ?? '')
              .split(',')
              .map((e) => e.trim())
              .filter(Boolean),
      interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
      secrets: values.secrets,
      vars: values.vars,
      workspace: values.workspace,
      repositoryName: values.repository,
      serverUrl: values['server-url'],
      reporter: new TextReporter((text) => process.stdout.write(text), {
        colour: Boolean(process.stdout.isTTY),
        stepLogs: !values.quiet,
      }),
      signal: controller.signal,
    });
    return result.result === 'success' ? 0 : 1;
  } catch (error) {
    process.stderr.write(`kube-release: ${(error as Error).message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
