// helm-version / kustomize-version: a pinned release is downloaded with @actions/tool-cache
// from a local HTTP server (no download can leave this machine), checked against the
// checksum file published beside it, cached, and refused when the checksum does not match.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as toolCache from '@actions/tool-cache';
import { checksumFor, releaseUrls, resolveTool } from '../../src/render/tools.js';

const work = realpathSync(mkdtempSync(join(tmpdir(), 'kra-tools-')));
const files = new Map<string, Buffer>();
const requests: string[] = [];
let server: Server;
let base: string;

/** A release archive like the real ones: helm's binary under <os>-<arch>/, kustomize's at the top. */
function archive(name: 'helm' | 'kustomize', version: string): Buffer {
  const folder = mkdtempSync(join(work, 'archive-'));
  const inside =
    name === 'helm' ? join(folder, `${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}`) : folder;
  mkdirSync(inside, { recursive: true });
  writeFileSync(join(inside, name), `#!/bin/sh\necho "${name} ${version} from the test server"\n`);
  chmodSync(join(inside, name), 0o755);
  const out = join(folder, 'release.tar.gz');
  execFileSync('tar', ['-czf', out, '-C', folder, name === 'helm' ? inside.split('/').pop()! : name]);
  return readFileSync(out);
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Publishes a release on the test server; `checksum` overrides the published sha256. */
function publish(name: 'helm' | 'kustomize', version: string, checksum?: string): void {
  const bytes = archive(name, version);
  const urls = releaseUrls(name, version, base);
  const path = (url: string) => decodeURIComponent(new URL(url).pathname);
  files.set(path(urls.archive), bytes);
  const line = `${checksum ?? sha(bytes)}  ${urls.file}\n`;
  // kustomize's checksums.txt lists every platform's archive; helm's .sha256sum only its own.
  files.set(
    path(urls.checksums),
    Buffer.from(name === 'kustomize' ? `${'0'.repeat(64)}  kustomize_v${version}_plan9_mips.tar.gz\n${line}` : line),
  );
}

beforeAll(async () => {
  process.env.RUNNER_TOOL_CACHE = join(work, 'tool-cache');
  process.env.RUNNER_TEMP = join(work, 'temp');
  mkdirSync(process.env.RUNNER_TOOL_CACHE);
  mkdirSync(process.env.RUNNER_TEMP);
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const body = files.get(path);
    response.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a pinned helm is downloaded, verified, cached, and found in the cache the next time', async () => {
  publish('helm', '3.99.1');
  const binary = await resolveTool({ name: 'helm', version: 'v3.99.1', inputName: 'helm-version', downloadBase: base });
  expect(execFileSync(binary, { encoding: 'utf8' })).toBe('helm 3.99.1 from the test server\n');
  expect(binary.startsWith(process.env.RUNNER_TOOL_CACHE!)).toBe(true);
  expect(requests.filter((r) => r.includes('3.99.1'))).toHaveLength(2); // checksum file and archive
  const again = await resolveTool({ name: 'helm', version: '3.99.1', inputName: 'helm-version', downloadBase: base });
  expect(again).toBe(binary);
  expect(requests.filter((r) => r.includes('3.99.1'))).toHaveLength(2);
});

test('a pinned kustomize is found in checksums.txt among the other platforms', async () => {
  publish('kustomize', '5.99.0');
  const binary = await resolveTool({
    name: 'kustomize',
    version: '5.99.0',
    inputName: 'kustomize-version',
    downloadBase: base,
  });
  expect(execFileSync(binary, { encoding: 'utf8' })).toBe('kustomize 5.99.0 from the test server\n');
  expect(requests).toContain('/releases/kustomize/v5.99.0/checksums.txt');
});

test('an archive that does not match its checksum is refused and nothing is cached', async () => {
  publish('helm', '3.99.2', 'f'.repeat(64));
  await expect(
    resolveTool({ name: 'helm', version: '3.99.2', inputName: 'helm-version', downloadBase: base }),
  ).rejects.toThrow(
    /^Input "helm-version": the helm 3\.99\.2 archive from http:\/\/127\.0\.0\.1:\d+\/releases\/helm-v3\.99\.2-\S+ has sha256 [0-9a-f]{64}, but .* says f{64}: refused, nothing was installed/,
  );
  expect(toolCache.find('helm', '3.99.2')).toBe('');
  expect(existsSync(join(process.env.RUNNER_TOOL_CACHE!, 'helm', '3.99.2'))).toBe(false);
});

test('a version that does not exist, or is a range, is one line naming the input', async () => {
  await expect(
    resolveTool({ name: 'kustomize', version: '5.0.404', inputName: 'kustomize-version', downloadBase: base }),
  ).rejects.toThrow(
    /^Input "kustomize-version" is "5\.0\.404", but kustomize's checksum file could not be downloaded from .* \(HTTP 404\)/,
  );
  await expect(resolveTool({ name: 'helm', version: '^3.18', inputName: 'helm-version' })).rejects.toThrow(
    'Input "helm-version" is "^3.18": give an exact release such as 3.18.4 (no ranges)',
  );
});

test('without a version, the binary on PATH', async () => {
  const folder = mkdtempSync(join(work, 'path-'));
  writeFileSync(join(folder, 'kustomize'), '#!/bin/sh\n');
  chmodSync(join(folder, 'kustomize'), 0o755);
  const saved = process.env.PATH;
  process.env.PATH = folder;
  try {
    expect(await resolveTool({ name: 'kustomize', inputName: 'kustomize-version' })).toBe(join(folder, 'kustomize'));
    await expect(resolveTool({ name: 'helm', inputName: 'helm-version' })).rejects.toThrow(
      /^Input "helm-version" is empty and no helm is on PATH: set helm-version/,
    );
  } finally {
    process.env.PATH = saved;
  }
});

test('checksum files: sha256sum lines, a bare hash, another file’s line', () => {
  const hash = 'a'.repeat(64);
  expect(checksumFor(`${hash}  helm-v3.1.0-linux-amd64.tar.gz\n`, 'helm-v3.1.0-linux-amd64.tar.gz')).toBe(hash);
  expect(checksumFor(`${hash}\n`, 'anything.tar.gz')).toBe(hash);
  expect(checksumFor(`${hash}  other.tar.gz\n`, 'helm.tar.gz')).toBeUndefined();
  expect(checksumFor(`${hash} *dist/helm.tar.gz`, 'helm.tar.gz')).toBe(hash);
});
