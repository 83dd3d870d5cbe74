import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../../src/index.js';

const probe = join(fileURLToPath(new URL('.', import.meta.url)), '../fixtures/probe-action');

describe('runAction', () => {
  test('runs an action as the GitHub runner does', async () => {
    const result = await runAction({
      action: probe,
      inputs: { greeting: 'hello' },
      github: { sha: 'abc123def' },
      event: { action: 'published' },
      eventName: 'release',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      greeting: 'hello',
      'tag-pattern': 'v*',
      sha: 'abc123def',
      'event-action': 'published',
      cwd: result.workspace,
    });
    expect(Number(result.outputs['node-major'])).toBeGreaterThanOrEqual(24);
    expect(result.exportedEnv).toEqual({ EXPORTED: 'yes' });
    expect(result.state).toEqual({ cleanup: '/tmp/probe-file' });
    expect(result.summary).toBe('| a | b |\n');
    expect(result.log).toContain('token is ***');
    expect(result.log).not.toContain('s3cr3t-value');
    expect(result.annotations).toEqual([
      { level: 'warning', message: 'look\nhere', file: 'k8s/a.yaml', line: 4, title: undefined },
    ]);
    expect(result.post?.stdout).toBe('post sees state /tmp/probe-file\n');
  });

  test('reports failure with the exit code and the error annotation', async () => {
    const result = await runAction({ action: probe, inputs: { greeting: 'x', fail: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toContain('it failed');
    expect(result.post).toBeDefined();
  });
});
