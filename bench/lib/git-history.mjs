// A git repository with two tagged commits of a generated manifest tree that differ in
// `changed` files (ConfigMaps, Secrets and workloads), for the detect-config-changes benchmark.
import { execFileSync } from 'node:child_process';
import { manifestTree, writeTree } from './manifest-tree.mjs';

function git(dir, ...args) {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  }).trim();
}

/**
 * Writes v1.0.0 (the tree) and v1.1.0 (the same tree with `changed` files changed: 30% ConfigMaps,
 * 20% Secrets, 50% workload images) into `dir`. Returns the two commits and what changed.
 */
export function twoRefHistory(dir, { configs = 2000, workloads = 8000, changed = 500 } = {}) {
  const changedConfigMaps = Math.round(changed * 0.3);
  const changedSecrets = Math.round(changed * 0.2);
  const changedWorkloads = changed - changedConfigMaps - changedSecrets;
  git(dir, 'init', '-q', '-b', 'main');
  const before = manifestTree({ configs, workloads });
  writeTree(dir, before);
  git(dir, 'add', '--all');
  git(dir, 'commit', '-q', '-m', 'v1.0.0');
  git(dir, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  const base = git(dir, 'rev-parse', 'HEAD');
  // Spread the changes over the tree: every n-th object of each kind.
  const step = (count, total) => Math.max(1, Math.floor(total / count));
  const picks = (count, total) => new Set(Array.from({ length: count }, (_, i) => i * step(count, total)));
  const maps = picks(changedConfigMaps, configs / 2);
  const secrets = picks(changedSecrets, configs / 2);
  const loads = picks(changedWorkloads, workloads);
  const after = manifestTree({
    configs,
    workloads,
    revisionOf: (kind, i) =>
      (kind === 'configmap' && maps.has(i)) ||
      (kind === 'secret' && secrets.has(i)) ||
      (kind === 'workload' && loads.has(i))
        ? 1
        : 0,
  });
  const differing = [...after].filter(([path, content]) => before.get(path) !== content);
  writeTree(dir, new Map(differing));
  git(dir, 'add', '--all');
  git(dir, 'commit', '-q', '-m', 'v1.1.0');
  git(dir, 'tag', '-a', 'v1.1.0', '-m', 'v1.1.0');
  const head = git(dir, 'rev-parse', 'HEAD');
  const diffFiles = git(dir, 'diff', '--name-only', base, head).split('\n').filter(Boolean).length;
  return {
    base,
    head,
    diffFiles,
    changedConfigMaps,
    changedSecrets,
    changedWorkloads,
    git: (...args) => git(dir, ...args),
  };
}
