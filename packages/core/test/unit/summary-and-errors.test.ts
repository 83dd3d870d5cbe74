import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cell,
  checksumKey,
  commitUrl,
  compareUrl,
  githubContext,
  commitAndRunLinks,
  link,
  linkLine,
  runUrl,
  shortDigests,
  details,
  displayPath,
  errorMessage,
  firstImageFailure,
  markdownTable,
  parseImageListEntry,
  redact,
  resolveInWorkspace,
  SummaryBuilder,
  SUMMARY_LIMIT_BYTES,
  UserError,
} from '../../src/index.js';

describe('summaries', () => {
  test('tables escape pipes and line breaks and say how many rows were left out', () => {
    const table = markdownTable(
      ['kind', 'name'],
      [
        ['Deployment', 'a|b'],
        ['Service', 'x\ny'],
        ['Job', 'z'],
      ],
      2,
    );
    expect(table).toContain('| Deployment | a\\|b |');
    expect(table).toContain('| Service | x<br>y |');
    expect(table).not.toContain('Job');
    expect(table).toContain('1 more rows');
    expect(cell(undefined)).toBe('');
  });

  test('folded details use a fence the body cannot close', () => {
    expect(details('diff <web>', 'a\n```\nb', 'diff')).toContain('<summary>diff &lt;web&gt;</summary>');
    expect(details('x', 'a\n```\nb')).toContain('~~~~');
  });

  test('digests are cut to 12 hex characters wherever they are; other text is left alone', () => {
    const digest = 'sha256:0123456789ab' + 'c'.repeat(52);
    expect(shortDigests(`ghcr.io/acme/web:1.4.0@${digest}`)).toBe('ghcr.io/acme/web:1.4.0@sha256:0123456789ab');
    expect(shortDigests(`${digest} -> ${digest.replace('0123', 'ffff')}`)).toBe(
      'sha256:0123456789ab -> sha256:ffff456789ab',
    );
    // Not a whole sha256 digest: nothing to shorten.
    expect(shortDigests('web:1.4.0@sha256:0123456789abcdef')).toBe('web:1.4.0@sha256:0123456789abcdef');
    expect(shortDigests('nginx:1.27')).toBe('nginx:1.27');
  });

  test('links to the commit, the run and the compare view, from the run context', () => {
    const context = githubContext({
      GITHUB_SERVER_URL: 'https://github.example.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
      GITHUB_RUN_ID: '42',
    });
    expect(commitUrl(context)).toBe(`https://github.example.com/acme/shop/commit/${'c0ffee'.padEnd(40, '0')}`);
    expect(runUrl(context)).toBe('https://github.example.com/acme/shop/actions/runs/42');
    expect(compareUrl(context, 'v1.3.0', 'abc123')).toBe(
      'https://github.example.com/acme/shop/compare/v1.3.0...abc123',
    );
    // Outside GitHub (no repository): no links, and the line leaves them out.
    const local = githubContext({ GITHUB_SHA: 'abc' });
    expect([commitUrl(local), runUrl(local), compareUrl(local, 'a', 'b')]).toEqual(['', '', '']);
    expect(
      linkLine([
        ['commit abc', commitUrl(context)],
        ['run', ''],
        ['compare', compareUrl(context, 'a', 'b')],
      ]),
    ).toBe(`[commit abc](${commitUrl(context)}) · [compare](https://github.example.com/acme/shop/compare/a...b)`);
    expect(commitAndRunLinks(context)).toEqual([
      ['commit c0ffee000000', commitUrl(context)],
      ['run', runUrl(context)],
    ]);
    expect(link('a [b]', '')).toBe('a [b]');
    expect(link('a [b]', 'https://x')).toBe('[a \\[b\\]](https://x)');
  });

  test('an empty paragraph or folded section adds nothing', () => {
    expect(new SummaryBuilder().heading('H').text('').details('x', '').toString()).toBe('## H\n');
  });

  test('a summary can take Secret values out of all its text', () => {
    const summary = new SummaryBuilder((text) => text.replaceAll('hunter22', '***'))
      .heading('Deploy hunter22')
      .table(['log'], [['password=hunter22']])
      .details('log', 'hunter22');
    expect(summary.toString()).not.toContain('hunter22');
    expect(summary.toString()).toContain('| password=*** |');
  });

  test('a summary is cut under the 1 MiB limit', () => {
    const summary = new SummaryBuilder().heading('Big').text('x'.repeat(SUMMARY_LIMIT_BYTES + 10));
    const text = summary.toString();
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toContain('cut at 1 MiB');
  });
});

describe('errors', () => {
  test('user errors are one line', () => {
    const error = new UserError('bad thing\n  on two lines', { file: 'a.yaml', line: 3 });
    expect(error.message).toBe('bad thing on two lines');
    expect(error.file).toBe('a.yaml');
    expect(errorMessage('plain\nstring')).toBe('plain string');
  });

  test('redact replaces every occurrence of each secret', () => {
    expect(redact('token abcd1234 and abcd1234', ['abcd1234', undefined, 'ab'])).toBe('token *** and ***');
  });
});

describe('workspace paths', () => {
  const root = mkdtempSync(join(tmpdir(), 'ws-'));
  mkdirSync(join(root, 'k8s'));
  symlinkSync('/etc', join(root, 'escape'));

  test('paths inside the workspace resolve', () => {
    expect(resolveInWorkspace('k8s', 'paths', root)).toBe(join(root, 'k8s'));
    expect(displayPath(join(root, 'k8s', 'a.yaml'), root)).toBe('k8s/a.yaml');
    expect(displayPath(`${root}/k8s/../base/b.yaml`, root)).toBe('base/b.yaml');
    expect(displayPath(`${root}-other/c.yaml`, root)).toBe(`../${root.split('/').pop()}-other/c.yaml`);
    expect(displayPath(root, root)).toBe('.');
  });

  test('paths leaving it are refused, symlinks included, naming the input', () => {
    expect(() => resolveInWorkspace('../etc', 'paths', root)).toThrow(
      /Input "paths" path "..\/etc" is outside the workspace/,
    );
    expect(() => resolveInWorkspace('/etc/passwd', 'paths', root)).toThrow('outside the workspace');
    expect(() => resolveInWorkspace('escape/passwd', 'paths', root)).toThrow('outside the workspace');
  });
});

describe('contracts', () => {
  test('image list entries are checked and completed', () => {
    expect(
      parseImageListEntry(
        'images',
        { repository: 'ghcr.io/acme/web', tags: ['1.4.0'], digest: 'sha256:' + 'a'.repeat(64) },
        0,
      ),
    ).toEqual({
      name: 'web',
      repository: 'ghcr.io/acme/web',
      tags: ['1.4.0'],
      digest: 'sha256:' + 'a'.repeat(64),
      ref: 'ghcr.io/acme/web@sha256:' + 'a'.repeat(64),
    });
    expect(() => parseImageListEntry('images', { tags: [] }, 2)).toThrow('Input "images" item 2 has no "repository"');
    expect(() => parseImageListEntry('images', { repository: 'x', digest: 'nope' }, 0)).toThrow('is not a digest');
  });

  test('checksum keys', () => {
    expect(checksumKey({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' })).toBe(
      'apps/v1/Deployment/shop/web',
    );
    expect(checksumKey({ apiVersion: 'v1', kind: 'Namespace', name: 'shop' })).toBe('v1/Namespace//shop');
  });
});

describe('firstImageFailure', () => {
  test("a user's mistake: one line naming the image, its error and what the batch did", () => {
    const error = firstImageFailure(
      [{ name: 'web', repository: 'ghcr.io/acme/web', error: new UserError('manifest unknown') }],
      '3 tag(s) written, 1 not',
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      'web (ghcr.io/acme/web): manifest unknown — 3 tag(s) written, 1 not; the summary and the not-written output list them',
    );
  });

  test('a bug stays the error it is, stack and all', () => {
    const bug = new TypeError('x is undefined');
    expect(firstImageFailure([{ name: 'web', repository: 'r', error: bug }], '')).toBe(bug);
  });
});
