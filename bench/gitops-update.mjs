#!/usr/bin/env node
// Benchmark: a release written into podinfo's config layout (../shared/fixtures/podinfo:
// deploy/ bases and overlays, charts/podinfo) served over smart HTTP by real git
// (git http-backend behind a token check, the tests' harness), in one run:
//   - gitops-update: the committed bundle dist/gitops-update/index.js, run the way the runner
//     runs it, mode push: shallow clone, the staging overlay's images entry and the chart's
//     values, one commit, push;
//   - the shell way: git clone --depth 1 (token as an extra header), yq -y -i on the same
//     two files (Debian's yq, the jq wrapper many workflows use), git commit, git push.
// Each does RUNS releases (6.15.1, 6.15.2, …), each one a commit; prints the median wall
// time of an update and the lines each changed in the two files (the values alone, or the
// files rewritten: comments and quoting lost).
//   node bench/gitops-update.mjs [--runs 5]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  actionEnv,
  machineLoad,
  measure,
  median,
  node24,
  printTable,
  readOutputs,
  repoRoot,
  seconds,
} from './lib/measure.mjs';

register('../packages/cluster-sim/bin/ts-hooks.mjs', import.meta.url);
const { GitServer, git } = await import('../packages/gitops/test/support/git-server.ts');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const TOKEN = 'ghs_benchTOKEN0123456789abcdefABCDEFabcd';
const PODINFO = 'ghcr.io/stefanprodan/podinfo';
const FILES = ['deploy/overlays/staging/kustomization.yaml', 'charts/podinfo/values.yaml'];

if (spawnSync('sh', ['-c', 'command -v yq']).status !== 0)
  throw new Error('yq is not installed: run "sudo apt-get install -y yq"');

/** The podinfo fixture as a config repository: deploy/ and charts/ at its top. */
function seed(server, name) {
  const work = mkdtempSync(join(tmpdir(), 'kra-bench-seed-'));
  const fixtures = join(repoRoot, '..', 'shared', 'fixtures', 'podinfo');
  spawnSync('cp', ['-r', join(fixtures, 'deploy'), join(fixtures, 'charts'), work]);
  const bare = join(server.root, `${name}.git`);
  git(server.root, 'init', '-q', '--bare', '-b', 'main', bare);
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'podinfo config');
  git(work, 'push', '-q', bare, 'HEAD:refs/heads/main');
  rmSync(work, { recursive: true, force: true });
  return bare;
}

/** Lines added + removed in FILES by the last commit. */
function changedLines(bare) {
  const numstat = git(bare, 'diff', '--numstat', 'main~1', 'main', '--', ...FILES);
  return numstat
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line.split('\t')[0]) + Number(line.split('\t')[1]), 0);
}

async function gitopsUpdate(server, version) {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'kra-bench-runner-'));
  const outputFile = join(runnerTemp, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(join(runnerTemp, 'summary'), '');
  const env = actionEnv({
    workspace: runnerTemp,
    runnerTemp,
    outputFile,
    summaryFile: join(runnerTemp, 'summary'),
    inputs: {
      repository: 'acme/podinfo-config',
      token: TOKEN,
      images: JSON.stringify([
        { name: 'podinfo', repository: PODINFO, tags: [version], digest: '', ref: `${PODINFO}:${version}` },
      ]),
      paths: FILES.join('\n'),
      mode: 'push',
      pin: 'tag',
      'push-attempts': '5',
      version,
    },
    extra: {
      GITHUB_SERVER_URL: server.url,
      GITHUB_REPOSITORY: 'acme/podinfo',
      GITHUB_ACTOR: 'octocat',
      GITHUB_SHA: '0'.repeat(40),
    },
  });
  const result = await measure(node24(), [join(repoRoot, 'dist/gitops-update/index.js')], { env });
  if (result.exitCode !== 0) throw new Error(`gitops-update failed: ${result.stdout}${result.stderr}`);
  const outputs = readOutputs(outputFile);
  if (outputs.changed !== 'true') throw new Error(`gitops-update changed nothing for ${version}`);
  rmSync(runnerTemp, { recursive: true, force: true });
  return result;
}

async function shellWay(server, version) {
  const work = mkdtempSync(join(tmpdir(), 'kra-bench-shell-'));
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
  const script = [
    'set -e',
    `git -c "http.extraheader=$HEADER" clone -q --depth 1 "$URL" repo`,
    'cd repo',
    `yq -y -i --arg v "$VERSION" '.images = [{"name": "${PODINFO}", "newTag": $v}]' ${FILES[0]}`,
    `yq -y -i --arg v "$VERSION" '.image.tag = $v' ${FILES[1]}`,
    'git add -A',
    'git -c user.name=octocat -c user.email=octocat@users.noreply.github.com commit -q -m "Release $VERSION"',
    'git -c "http.extraheader=$HEADER" push -q origin HEAD:main',
  ].join('\n');
  const result = await measure('bash', ['-c', script], {
    cwd: work,
    env: {
      ...process.env,
      HEADER: header,
      URL: `${server.url}/acme/podinfo-shell.git`,
      VERSION: version,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_TERMINAL_PROMPT: '0',
    },
  });
  if (result.exitCode !== 0) throw new Error(`the shell way failed: ${result.stderr}`);
  rmSync(work, { recursive: true, force: true });
  return result;
}

const server = await GitServer.start({ [TOKEN]: 'write' });
try {
  const ours = seed(server, 'acme/podinfo-config');
  const theirs = seed(server, 'acme/podinfo-shell');
  const times = { ours: [], shell: [] };
  let lines = { ours: 0, shell: 0 };
  for (let run = 1; run <= RUNS; run += 1) {
    const version = `6.15.${run}`;
    times.ours.push((await gitopsUpdate(server, version)).wallMs);
    times.shell.push((await shellWay(server, version)).wallMs);
    if (run === 1) lines = { ours: changedLines(ours), shell: changedLines(theirs) };
  }
  console.log(`podinfo config layout, ${RUNS} releases each, push over smart HTTP; ${await machineLoad()}`);
  const ratio = median(times.shell) / median(times.ours);
  printTable(
    ['way', 'median update', 'min', 'lines changed (first release)'],
    [
      ['gitops-update (bundle)', seconds(median(times.ours)), seconds(Math.min(...times.ours)), lines.ours],
      [
        'clone + yq -y -i + commit + push',
        seconds(median(times.shell)),
        seconds(Math.min(...times.shell)),
        lines.shell,
      ],
    ],
  );
  console.log(
    `gitops-update takes ${ratio >= 1 ? `${ratio.toFixed(2)}x less time than` : `${(1 / ratio).toFixed(2)}x the time of`} the shell way and changes ${lines.ours} line(s) where yq rewrites ${lines.shell}`,
  );
} finally {
  await server.stop();
}
