import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@kra/core';
import { readFilesAtCommits } from '../../src/files-at-commits.js';
import { GitRepository } from '../../src/repository.js';
import { ScratchRepo } from '../helpers.js';

describe('readFilesAtCommits', () => {
  const s = new ScratchRepo();
  const first = s.commit('first', { 'k8s/a.yaml': 'a: 1\n', 'k8s/b.yaml': 'b: 1\n', 'other.txt': 'x' });
  symlinkSync('a.yaml', join(s.dir, 'k8s', 'link.yaml'));
  const second = s.commit('second', { 'k8s/b.yaml': 'b: 2\n', 'k8s/big.yaml': 'x'.repeat(2048) });
  const repo = new GitRepository(s.dir);
  const selectK8s = (paths: string[]) => paths.filter((path) => path.startsWith('k8s/') && path !== 'k8s/big.yaml');

  test('reads the selected files of each commit; symlinks are not files', async () => {
    const files = await readFilesAtCommits(repo, [second, first], { select: selectK8s });
    expect(files.get(first)!.map((f) => [f.path, f.content.toString()])).toEqual([
      ['k8s/a.yaml', 'a: 1\n'],
      ['k8s/b.yaml', 'b: 1\n'],
    ]);
    expect(files.get(second)!.map((f) => [f.path, f.content.toString()])).toEqual([
      ['k8s/a.yaml', 'a: 1\n'],
      ['k8s/b.yaml', 'b: 2\n'],
    ]);
    // the unchanged file is one blob, shared
    expect(files.get(first)![0].object).toBe(files.get(second)![0].object);
  });

  test('the selector sees every regular file and which commit it is choosing for', async () => {
    const seen: Array<[string, string[]]> = [];
    await readFilesAtCommits(repo, [first], { select: (paths, commit) => (seen.push([commit, paths]), []) });
    expect(seen).toEqual([[first, ['k8s/a.yaml', 'k8s/b.yaml', 'other.txt']]]);
  });

  test('a selected file over maxBytes is refused before it is read, naming file and commit', async () => {
    const error = await readFilesAtCommits(repo, [second], {
      select: (paths) => paths.filter((path) => path.startsWith('k8s/')),
      maxBytes: 1024,
      describe: () => 'head v2',
      display: (path) => `./${path}`,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      './k8s/big.yaml at head v2 is 2 KiB, over the 1 KiB limit for a manifest: exclude it (input "exclude") or split it',
    );
    expect((error as UserError).file).toBe('./k8s/big.yaml');
  });
});
