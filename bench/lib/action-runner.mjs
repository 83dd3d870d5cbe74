// Runs the bundled k8s-deploy as the runner would (INPUT_* variables, a workspace), line by
// line, and kubectl beside it; shared by the k8s-deploy benchmarks that need their log lines.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24, repoRoot } from './measure.mjs';

export const K8S_DEPLOY_BUNDLE = join(repoRoot, 'dist', 'k8s-deploy', 'index.js');

/** A temporary workspace holding the given files. */
export function workspace(files) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-k8s-deploy-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/**
 * Runs the bundle with `inputs`; `onLine(line, at)` sees each log line as it is written.
 * Resolves { code, started, end, ms, stdout, stderr }.
 */
export function runBundle(dir, kubeconfigPath, inputs, onLine) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: String(Date.now()),
    GITHUB_ACTOR: 'bench',
    KUBECONFIG: kubeconfigPath,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = String(value);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [K8S_DEPLOY_BUNDLE], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) onLine?.(line, Date.now());
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, started, end: Date.now(), ms: Date.now() - started, stdout, stderr }));
  });
}

/** Runs kubectl against a kubeconfig; resolves { code, out }. */
export function kubectl(args, kubeconfigPath) {
  return new Promise((resolve) => {
    const child = spawn('kubectl', args, {
      env: { ...process.env, KUBECONFIG: kubeconfigPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** The sum of request counts whose `verb resource` key matches. */
export function sumCounts(counts, pattern = /.*/) {
  return Object.entries(counts)
    .filter(([key]) => pattern.test(key))
    .reduce((total, [, n]) => total + n, 0);
}
