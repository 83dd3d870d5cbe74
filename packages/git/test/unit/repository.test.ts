import { GitError, runGit } from '../../src/exec.js';
import { GitRepository, isZeroId } from '../../src/repository.js';
import { ScratchRepo } from '../helpers.js';

describe('GitRepository', () => {
  const scratch = new ScratchRepo();
  const first = scratch.commit('first', {
    'k8s/a.yaml': 'kind: A\n',
    'k8s/b.yml': 'kind: B\n',
    'bin/blob': Buffer.from([0, 1, 2, 255]).toString('latin1'),
    'sp ace/ü.yaml': 'x: 1\n',
  });
  scratch.tag('v1.0.0');
  const second = scratch.commit('second', { 'k8s/a.yaml': 'kind: A2\n' });
  scratch.tag('v1.1.0', true);
  const repo = new GitRepository(scratch.dir);

  test('resolves refs to commits, and says undefined for unknown ones', async () => {
    expect(await repo.resolveCommit('HEAD')).toBe(second);
    expect(await repo.resolveCommit('v1.0.0')).toBe(first);
    expect(await repo.resolveCommit('v1.1.0')).toBe(second); // annotated: peeled to the commit
    expect(await repo.resolveCommit('HEAD~1')).toBe(first);
    expect(await repo.resolveCommit('no-such-branch')).toBeUndefined();
    expect(await repo.resolveCommit('--output=/tmp/x')).toBeUndefined();
    expect(await repo.hasCommit(first)).toBe(true);
    expect(await repo.hasCommit('f'.repeat(40))).toBe(false);
    expect(await repo.hasCommit('HEAD')).toBe(false); // ids only
  });

  test('answers ancestry, merge base, parents, shallowness and remotes', async () => {
    expect(await repo.isAncestor(first, second)).toBe(true);
    expect(await repo.isAncestor(second, first)).toBe(false);
    expect(await repo.mergeBase(first, second)).toBe(first);
    expect(await repo.parents(second)).toEqual([first]);
    expect(await repo.parents(first)).toEqual([]);
    expect(await repo.isShallow()).toBe(false);
    expect(await repo.remotes()).toEqual([]);
    expect(await repo.topLevel()).toBe(scratch.dir);
  });

  test('lists tags with the commit they point at, lightweight and annotated', async () => {
    expect(await repo.tags('v*')).toEqual([
      { name: 'v1.0.0', commit: first },
      { name: 'v1.1.0', commit: second },
    ]);
    expect(await repo.tags('x*')).toEqual([]);
  });

  test('lists a tree with sizes and reads every blob through one cat-file process', async () => {
    const tree = await repo.listTree(first);
    expect(tree.map((e) => e.path).sort()).toEqual(['bin/blob', 'k8s/a.yaml', 'k8s/b.yml', 'sp ace/ü.yaml']);
    const a = tree.find((e) => e.path === 'k8s/a.yaml')!;
    expect(a).toMatchObject({ mode: '100644', type: 'blob', size: 8 });
    const blobs = await repo.readBlobs(tree.map((e) => e.object));
    expect(blobs.get(a.object)!.toString()).toBe('kind: A\n');
    const bin = tree.find((e) => e.path === 'bin/blob')!;
    expect(blobs.get(bin.object)!.length).toBe(bin.size);
    await expect(repo.readBlobs(['0123456789012345678901234567890123456789'])).rejects.toThrow(/no object/);
  });

  test('a failing command rejects with git’s own reason', async () => {
    await expect(runGit(['rev-parse', '--verify', 'nope'], { cwd: scratch.dir })).rejects.toBeInstanceOf(GitError);
    await expect(runGit(['log', 'nope'], { cwd: scratch.dir })).rejects.toThrow(/git log nope failed: .*nope/);
  });

  test('zero ids are recognised', () => {
    expect(isZeroId('0'.repeat(40))).toBe(true);
    expect(isZeroId(first)).toBe(false);
  });
});
