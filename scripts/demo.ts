// The README's first command (scripts/demo.sh): examples/shop's real workflows, run by the
// local workflow runner (packages/workflow-runner) against a real registry (docker-registry),
// podman, and two simulated clusters (staging and production):
//
//   1. ci.yml on a push to main                 builds the Compose services, pushes them (push-images)
//   2. release.yml for v1.4.0                   plan → tag-release → staging → approval → production
//   3. ci.yml, then release.yml for v1.5.0      web's manifest names an image nobody pushed: staging fails fast,
//                                               is rolled back to v1.4.0, production is never reached
//
// Every step is a committed bundle run as the GitHub runner runs it; each job summary is
// printed as it is written, and a table of jobs ends each run.
//
// `--cluster real` runs the same on two real control planes (kube-apiserver, etcd, the
// controllers and KWOK, built by tools/build.sh) instead of cluster-sim.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterKind } from '@kra/control-plane/test-clusters';
import { runWorkflow, TextReporter, type RunWorkflowResult } from '@kra/workflow-runner';
import { startRehearsal } from '../packages/workflow-runner/test/support/rehearsal.js';

const colour = Boolean(process.stdout.isTTY);
const bold = (text: string) => (colour ? `\x1b[1m${text}\x1b[0m` : text);

/** `--cluster sim|real`, sim by default. */
function clusterKind(argv: string[]): ClusterKind {
  const at = argv.indexOf('--cluster');
  if (at === -1) return 'sim';
  const kind = argv[at + 1];
  if (kind !== 'sim' && kind !== 'real') throw new Error(`--cluster: "${kind ?? ''}" is not sim or real`);
  return kind;
}

async function main(): Promise<void> {
  const cluster = clusterKind(process.argv.slice(2));
  const setUp = Date.now();
  const rehearsal = await startRehearsal({ cluster });
  try {
    console.log(bold(`shop repository ${rehearsal.repository}`));
    console.log(
      bold(
        `registry ${rehearsal.registry.host} (docker-registry); ${cluster === 'real' ? 'real control planes' : 'simulated clusters'}: staging ${rehearsal.staging.url}, production ${rehearsal.production.url}`,
      ),
    );
    const started = Date.now();
    const reporter = new TextReporter((text) => process.stdout.write(text), { colour });
    const run = (workflow: string, event: string, payload: Record<string, unknown>) =>
      runWorkflow({
        workflow: rehearsal.workflow(workflow),
        event,
        payload,
        repositoryName: 'acme/shop',
        actor: 'ana',
        approve: ['staging', 'production'],
        secrets: rehearsal.secrets,
        vars: rehearsal.vars,
        env: rehearsal.env,
        reporter,
      });
    const expect = (result: RunWorkflowResult, what: string, wanted: Record<string, string>) => {
      for (const [job, outcome] of Object.entries(wanted)) {
        const found = result.reports.find((report) => report.label === job);
        if (found?.result !== outcome)
          throw new Error(`${what}: expected ${job} to end ${outcome}, not ${found?.result ?? 'missing'}`);
      }
    };

    console.log(`\n${bold('1. A push to main: ci.yml builds and pushes the images')}`);
    expect(await run('ci.yml', 'push', { ref: 'refs/heads/main' }), 'ci', { images: 'success' });

    console.log(`\n${bold('2. Release v1.4.0 is published: release.yml (staging, approval, production)')}`);
    const v140 = await run('release.yml', 'release', {
      release: { tag_name: 'v1.4.0', name: 'v1.4.0', prerelease: false },
    });
    expect(v140, 'release v1.4.0', {
      'release / deploy to staging': 'success',
      'release / deploy to production': 'success',
    });

    console.log(`\n${bold('3. v1.5.0 renames the web image in its manifest, but CI pushes it under the old name')}`);
    rehearsal.commit(
      'web: image renamed to shop/storefront',
      (root) => {
        const web = join(root, 'k8s/web.yaml');
        writeFileSync(web, readFileSync(web, 'utf8').replace('/shop/web:latest', '/shop/storefront:latest'));
      },
      'v1.5.0',
    );
    expect(await run('ci.yml', 'push', { ref: 'refs/heads/main' }), 'ci', { images: 'success' });
    const v150 = await run('release.yml', 'release', {
      release: { tag_name: 'v1.5.0', name: 'v1.5.0', prerelease: false },
    });
    expect(v150, 'release v1.5.0', {
      'release / deploy to staging': 'failure',
      'release / deploy to production': 'skipped',
    });
    if (v150.jobs.release.outputs['staging-status'] !== 'rolled-back')
      throw new Error(
        `release v1.5.0: staging ended ${v150.jobs.release.outputs['staging-status'] || 'without a status'}, not rolled-back`,
      );

    const elapsed = (Date.now() - started) / 1000;
    console.log(`\n${bold('Result')}`);
    console.log('  v1.4.0 went through staging and, once approved, production.');
    console.log('  v1.5.0 failed fast in staging and was rolled back to v1.4.0; production was never touched.');
    console.log(
      `  ${elapsed.toFixed(1)} s for the four workflow runs (set-up ${((started - setUp) / 1000).toFixed(1)} s).`,
    );
  } finally {
    await rehearsal.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
