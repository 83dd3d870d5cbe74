import { UserError } from '@kra/core';
import { GitRepository } from '../../src/repository.js';
import { previousReleaseTag, resolveBase, resolveRef, type ResolveBaseOptions } from '../../src/base.js';
import { ensureHistory } from '../../src/history.js';
import { ScratchRepo } from '../helpers.js';

function context(eventName: string, ref: string, payload: Record<string, unknown> = {}): ResolveBaseOptions['context'] {
  return {
    eventName,
    ref,
    refName: ref.replace(/^refs\/(heads|tags)\//, ''),
    refType: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    payload,
  };
}

describe('release tags', () => {
  // c1 v1.0.0 — c2 v1.1.0-rc.1 — c3 v1.1.0 (also v1.1.0-rc.2 and v1.0.1) — c4 v2.0.0-rc.1; side branch tag v1.5.0 not an ancestor
  const s = new ScratchRepo();
  const c1 = s.commit('c1');
  s.tag('v1.0.0');
  const c2 = s.commit('c2');
  s.tag('v1.1.0-rc.1', true);
  const c3 = s.commit('c3');
  s.tag('v1.1.0');
  s.tag('v1.1.0-rc.2');
  s.tag('v1.0.1'); // a patch tag on the same commit as v1.1.0
  const c4 = s.commit('c4');
  s.tag('v2.0.0-rc.1');
  s.git('checkout', '-q', '-b', 'side', c1);
  const side = s.commit('side');
  s.tag('v1.5.0');
  s.tag('latest');
  s.git('checkout', '-q', 'main');
  const repo = new GitRepository(s.dir);

  test('a stable release compares with the previous stable release that is an ancestor', async () => {
    expect(await previousReleaseTag(repo, c3, 'v*', 'v1.1.0')).toEqual({ tag: 'v1.0.0', commit: c1 });
    expect(await previousReleaseTag(repo, c4, 'v*', 'v2.0.0')).toEqual({ tag: 'v1.1.0', commit: c3 });
  });

  test('a pre-release compares with anything lower, and tags on the same commit are skipped', async () => {
    expect(await previousReleaseTag(repo, c4, 'v*', 'v2.0.0-rc.1')).toEqual({ tag: 'v1.1.0', commit: c3 });
    expect(await previousReleaseTag(repo, c3, 'v*', 'v1.1.0-rc.2')).toEqual({ tag: 'v1.1.0-rc.1', commit: c2 });
  });

  test('tags that are not ancestors (v1.5.0 on a side branch) are ignored; none found gives undefined', async () => {
    expect(await previousReleaseTag(repo, side, 'v*', 'v1.5.0')).toEqual({ tag: 'v1.0.0', commit: c1 });
    expect(await previousReleaseTag(repo, c1, 'v*', 'v1.0.0')).toBeUndefined();
  });

  test('a re-run gives the same answer after newer tags appear', async () => {
    const before = await previousReleaseTag(repo, c3, 'v*', 'v1.1.0');
    s.git('tag', 'v1.0.9', c1);
    try {
      expect(await previousReleaseTag(repo, c3, 'v*', 'v1.1.0')).toEqual({ tag: 'v1.0.9', commit: c1 });
      expect(before).toEqual({ tag: 'v1.0.0', commit: c1 });
      // the later release's run does not change an earlier run's answer
      expect(await previousReleaseTag(repo, c3, 'v*', 'v1.1.0')).toEqual(
        await previousReleaseTag(repo, c3, 'v*', 'v1.1.0'),
      );
    } finally {
      s.git('tag', '-d', 'v1.0.9');
    }
  });

  test('a current tag that is not a version fails naming it', async () => {
    await expect(previousReleaseTag(repo, c3, 'v*', 'latest')).rejects.toThrow(
      /Tag "latest" is not a semantic version.*"base"/,
    );
  });

  test('resolveBase on a release event and on a pushed tag', async () => {
    const release = await resolveBase(repo, {
      head: c3,
      tagPattern: 'v*',
      context: context('release', 'refs/tags/v1.1.0', { release: { tag_name: 'v1.1.0' } }),
    });
    expect(release).toMatchObject({ commit: c1, source: 'previous-tag', tag: 'v1.0.0' });
    const pushTag = await resolveBase(repo, {
      head: c4,
      tagPattern: 'v*',
      context: context('push', 'refs/tags/v2.0.0-rc.1'),
    });
    expect(pushTag).toMatchObject({ commit: c3, tag: 'v1.1.0' });
    const first = await resolveBase(repo, {
      head: c1,
      tagPattern: 'v*',
      context: context('release', 'refs/tags/v1.0.0', { release: { tag_name: 'v1.0.0' } }),
    });
    expect(first.commit).toBeUndefined();
    expect(first.description).toMatch(/first release, so every config counts as changed/);
  });
});

describe('push and pull_request bases', () => {
  const s = new ScratchRepo();
  const c1 = s.commit('c1', { a: '1' });
  const c2 = s.commit('c2', { a: '2' });
  s.git('checkout', '-q', '-b', 'feature');
  const f1 = s.commit('f1', { b: '1' });
  const f2 = s.commit('f2', { b: '2' });
  s.git('checkout', '-q', 'main');
  const c3 = s.commit('c3', { a: '3' });
  const repo = new GitRepository(s.dir);

  test('push: github.event.before; a new branch (zeros): the parent of head; a root commit: none', async () => {
    expect(
      await resolveBase(repo, {
        head: c3,
        tagPattern: 'v*',
        context: context('push', 'refs/heads/main', { before: c1 }),
      }),
    ).toMatchObject({ commit: c1, source: 'push-before' });
    expect(
      await resolveBase(repo, {
        head: f2,
        tagPattern: 'v*',
        context: context('push', 'refs/heads/feature', { before: '0'.repeat(40) }),
      }),
    ).toMatchObject({ commit: f1, source: 'parent' });
    const root = await resolveBase(repo, {
      head: c1,
      tagPattern: 'v*',
      context: context('push', 'refs/heads/main', { before: '0'.repeat(40) }),
    });
    expect(root.source).toBe('none');
    expect(root.commit).toBeUndefined();
  });

  test('pull_request: the merge base of head and the base branch commit', async () => {
    const pr = await resolveBase(repo, {
      head: f2,
      tagPattern: 'v*',
      context: context('pull_request', 'refs/pull/1/merge', { pull_request: { base: { sha: c3, ref: 'main' } } }),
    });
    expect(pr).toMatchObject({ commit: c2, source: 'merge-base' });
  });

  test('the base input wins; an unknown ref fails naming the input', async () => {
    expect(
      await resolveBase(repo, { base: 'main~1', head: f2, tagPattern: 'v*', context: context('push', 'refs/heads/x') }),
    ).toMatchObject({ commit: c2, source: 'input' });
    await expect(resolveRef(repo, 'no-such-ref', 'base')).rejects.toThrow(
      /^Input "base" is "no-such-ref", which names no commit, branch or tag/,
    );
    await expect(resolveRef(repo, '--upload-pack=evil', 'base')).rejects.toThrow(/not a valid git ref/);
  });

  test('a shallow clone fetches the history it needs from its remote', async () => {
    const clone = s.clone({ depth: 1, branch: 'feature' });
    const cloneRepo = new GitRepository(clone.dir);
    expect(await cloneRepo.isShallow()).toBe(true);
    expect(await cloneRepo.hasCommit(c3)).toBe(false);
    const pr = await resolveBase(cloneRepo, {
      head: f2,
      tagPattern: 'v*',
      context: context('pull_request', 'refs/pull/1/merge', { pull_request: { base: { sha: c3, ref: 'main' } } }),
    });
    expect(pr.commit).toBe(c2);
    expect(pr.notes.join('\n')).toMatch(/shallow.*git fetch --no-tags --unshallow origin/);
    expect(await cloneRepo.isShallow()).toBe(false);
  });

  test('a shallow clone without a remote fails with the fetch-depth: 0 fix', async () => {
    const clone = s.clone({ depth: 1, noRemote: true });
    const cloneRepo = new GitRepository(clone.dir);
    const error = await ensureHistory(cloneRepo, {
      history: true,
      tags: 'v*',
      purpose: 'the previous release tag',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /shallow and has no tag matching v\* and has no git remote.*fetch-depth: 0/,
    );
    expect((error as Error).message).not.toMatch(/\n/);
  });
});
