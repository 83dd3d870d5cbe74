import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateRepository } from '../../src/workspace-paths.js';
import { ScratchRepo } from '../helpers.js';

describe('locateRepository', () => {
  test('the workspace is the repository (the usual checkout)', async () => {
    const repo = new ScratchRepo();
    repo.commit('c', { 'deploy/a.yaml': 'a: 1\n' });
    const found = (await locateRepository(repo.dir, ['deploy/*.yaml']))!;
    expect(found.top).toBe(realpathSync(repo.dir));
    expect(found.toRepository('deploy/*.yaml')).toBe('deploy/*.yaml');
    expect(found.toRepository('.')).toBe('');
    expect(found.toWorkspace('deploy/a.yaml')).toBe('deploy/a.yaml');
  });

  test('the repository is a folder of the workspace (checkout with path:)', async () => {
    const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'ws-')));
    const repo = new ScratchRepo(join(workspace, 'app'));
    mkdirSync(repo.dir);
    repo.git('init', '-q', '-b', 'main');
    repo.commit('c', { 'deploy/a.yaml': 'a: 1\n' });
    const found = (await locateRepository(workspace, ['app/deploy/**/*.yaml', 'app/missing']))!;
    expect(found.top).toBe(repo.dir);
    expect(found.toRepository('app/deploy/**/*.yaml')).toBe('deploy/**/*.yaml');
    expect(found.toRepository('other/x.yaml')).toBeUndefined();
    expect(found.toWorkspace('deploy/a.yaml')).toBe('app/deploy/a.yaml');
  });

  test('the workspace is a folder of the repository', async () => {
    const repo = new ScratchRepo();
    repo.commit('c', { 'svc/deploy/a.yaml': 'a: 1\n' });
    const found = (await locateRepository(join(repo.dir, 'svc'), ['deploy']))!;
    expect(found.toRepository('deploy')).toBe('svc/deploy');
    expect(found.toWorkspace('svc/deploy/a.yaml')).toBe('deploy/a.yaml');
  });

  test('no repository anywhere', async () => {
    expect(await locateRepository(mkdtempSync(join(tmpdir(), 'plain-')), ['deploy'])).toBeUndefined();
  });
});
