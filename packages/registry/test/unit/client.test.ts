/**
 * RegistryClient behaviour that a well-behaved registry never shows: answers scripted by
 * a small in-process HTTP server (tag pagination, wrong digests, schema 1, Retry-After,
 * resets, 501). The real registry is exercised by the integration tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  computeDigest,
  explicitCredentials,
  MediaType,
  parseReference,
  RegistryClient,
  RegistryError,
} from '../../src/index.js';

type Handler = (req: IncomingMessage, res: ServerResponse, count: number) => void;

let server: Server;
let host: string;
let handler: Handler;
let count = 0;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    count += 1;
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => handler(req, res, count));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  count = 0;
  seen.length = 0;
});

const client = () =>
  new RegistryClient({
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 50 },
    onRetry: () => undefined,
    onWarning: () => undefined,
  });
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: MediaType.ociConfig, digest: `sha256:${'1'.repeat(64)}`, size: 2 },
    layers: [],
  }),
);

test('tag lists follow Link: <…>; rel="next" across pages', async () => {
  handler = (req, res) => {
    const url = new URL(req.url!, 'http://x');
    const last = url.searchParams.get('last');
    const pages: Record<string, { tags: string[]; next?: string }> = {
      '': { tags: ['a', 'b'], next: '/v2/shop/web/tags/list?n=2&last=b' },
      b: { tags: ['c', 'd'], next: `http://${host}/v2/shop/web/tags/list?n=2&last=d` },
      d: { tags: ['e'] },
    };
    const page = pages[last ?? ''];
    res.writeHead(200, {
      'Content-Type': 'application/json',
      ...(page.next ? { Link: `<${page.next}>; rel="next"` } : {}),
    });
    res.end(JSON.stringify({ name: 'shop/web', tags: page.tags }));
  };
  const c = client();
  try {
    expect(await c.listTags(host, 'shop/web')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(c.stats().byMethodAndKind).toEqual({ 'GET tags': 3 });
  } finally {
    await c.close();
  }
});

test('a manifest whose bytes do not match Docker-Content-Digest is refused', async () => {
  handler = (_req, res) => {
    res.writeHead(200, { 'Content-Type': MediaType.ociManifest, 'Docker-Content-Digest': `sha256:${'2'.repeat(64)}` });
    res.end(manifest);
  };
  const c = client();
  try {
    await expect(c.getManifest(parseReference(`${host}/shop/web:1`))).rejects.toThrow(
      `registry ${host}: manifest shop/web:1 content has digest ${computeDigest(manifest)} but the registry said sha256:${'2'.repeat(64)} (Docker-Content-Digest)`,
    );
    await expect(c.getManifest(parseReference(`${host}/shop/web@sha256:${'3'.repeat(64)}`))).rejects.toThrow(
      /not the one asked for/,
    );
  } finally {
    await c.close();
  }
});

test('schema 1 manifests are refused with what to do', async () => {
  handler = (_req, res) => {
    res.writeHead(200, { 'Content-Type': MediaType.dockerSchema1Signed });
    res.end('{"schemaVersion":1,"name":"shop/old","fsLayers":[]}');
  };
  const c = client();
  try {
    await expect(c.getManifest(parseReference(`${host}/shop/old:1`))).rejects.toThrow(
      /manifest shop\/old:1 cannot be used: schema 1 manifest .*rebuild and push/,
    );
    await expect(c.headManifest(parseReference(`${host}/shop/old:1`))).rejects.toThrow(
      /schema 1 manifest .*rebuild and push/,
    );
  } finally {
    await c.close();
  }
});

test('429 with Retry-After is honoured, 503 and resets are retried, then the answer is used', async () => {
  const waits: string[] = [];
  handler = (req, res, n) => {
    if (n === 1) {
      res.writeHead(429, { 'Retry-After': '0', 'Content-Type': 'application/json' });
      res.end('{"errors":[{"code":"TOOMANYREQUESTS"}]}');
    } else if (n === 2) {
      req.socket.destroy();
    } else if (n === 3) {
      res.writeHead(503).end();
    } else {
      res.writeHead(200, { 'Content-Type': MediaType.ociManifest, 'Docker-Content-Digest': computeDigest(manifest) });
      res.end(manifest);
    }
  };
  const c = new RegistryClient({
    retry: { attempts: 5, baseDelayMs: 1, maxDelayMs: 50 },
    onRetry: (line) => waits.push(line),
  });
  try {
    const got = await c.getManifest(parseReference(`${host}/shop/web:1`));
    expect(got.bytes.equals(manifest)).toBe(true);
    expect(c.stats()).toMatchObject({ requests: 4, retries: 3 });
    expect(waits[0]).toMatch(/^retry 1 in 0 ms: registry .*too many requests/);
  } finally {
    await c.close();
  }
});

test('non-transient failures are not retried; retries stop at the limit with the last error', async () => {
  handler = (_req, res) => {
    res.writeHead(501).end();
  };
  const c = client();
  try {
    await expect(c.headManifest(parseReference(`${host}/shop/web:1`))).rejects.toThrow(
      `registry ${host}: manifest shop/web:1 registry failure (HTTP 501)`,
    );
    expect(c.stats().requests).toBe(1);
    handler = (_req, res) => {
      res
        .writeHead(500, { 'Content-Type': 'application/json' })
        .end('{"errors":[{"code":"UNKNOWN","message":"boom"}]}');
    };
    c.resetStats();
    await expect(c.headManifest(parseReference(`${host}/shop/web:1`))).rejects.toBeInstanceOf(RegistryError);
    expect(c.stats()).toMatchObject({ requests: 3, retries: 2 });
  } finally {
    await c.close();
  }
});

test('PUT sends the media type from the bytes as Content-Type; the answered digest is checked', async () => {
  const types: string[] = [];
  handler = (req, res) => {
    types.push(String(req.headers['content-type']));
    res.writeHead(201, { 'Docker-Content-Digest': computeDigest(manifest) }).end();
  };
  const c = client();
  try {
    expect(
      await c.putManifest(parseReference(`${host}/shop/web:2`), {
        bytes: manifest,
        mediaType: 'application/octet-stream',
      }),
    ).toBe(computeDigest(manifest));
    expect(types).toEqual([MediaType.ociManifest]);
    handler = (_req, res) => res.writeHead(201, { 'Docker-Content-Digest': `sha256:${'4'.repeat(64)}` }).end();
    await expect(c.putManifest(parseReference(`${host}/shop/web:2`), { bytes: manifest })).rejects.toThrow(
      /was stored with digest sha256:4{64}, not/,
    );
  } finally {
    await c.close();
  }
});

test('insecure registries are warned about once', async () => {
  const warnings: string[] = [];
  const c = new RegistryClient({
    insecureRegistries: ['registry.invalid:5000'],
    onWarning: (line) => warnings.push(line),
    retry: { attempts: 1 },
  });
  try {
    await c.headManifest(parseReference('registry.invalid:5000/a:1')).catch(() => undefined);
    await c.headManifest(parseReference('registry.invalid:5000/a:2')).catch(() => undefined);
    expect(warnings).toEqual([
      'registry registry.invalid:5000 is listed as insecure: it is spoken to over plain HTTP, without TLS',
    ]);
  } finally {
    await c.close();
  }
});

test('credentials go only to the registry host, not to an upload Location on another host', async () => {
  const storageHeaders: Array<string | undefined> = [];
  const storage = createServer((req, res) => {
    storageHeaders.push(req.headers.authorization);
    req.resume();
    req.on('end', () =>
      res.writeHead(201, { 'Docker-Content-Digest': computeDigest(Buffer.from('blob-content')) }).end(),
    );
  });
  await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
  const storagePort = (storage.address() as { port: number }).port;
  const registryHeaders: Array<string | undefined> = [];
  handler = (req, res) => {
    registryHeaders.push(req.headers.authorization);
    if (!req.headers.authorization) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
      return;
    }
    res.writeHead(202, { Location: `http://127.0.0.1:${storagePort}/upload/1?signature=abc` }).end();
  };
  const c = new RegistryClient({
    credentials: explicitCredentials([{ username: 'u', password: 'pass-1234' }]),
    retry: { attempts: 1 },
  });
  try {
    expect(await c.uploadBlob(parseReference(`${host}/shop/web`), Buffer.from('blob-content'))).toBe(
      computeDigest(Buffer.from('blob-content')),
    );
    expect(registryHeaders).toEqual([undefined, `Basic ${Buffer.from('u:pass-1234').toString('base64')}`]);
    expect(storageHeaders).toEqual([undefined]);
  } finally {
    await c.close();
    storage.closeAllConnections();
    await new Promise((resolve) => storage.close(resolve));
  }
});

test('a refused upload or mount keeps the registry error code in the message', async () => {
  handler = (_req, res) => {
    res.writeHead(403, { 'Content-Type': 'application/json' });
    res.end('{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}');
  };
  const c = client();
  try {
    await expect(c.uploadBlob(parseReference(`${host}/shop/web`), Buffer.from('x'))).rejects.toThrow(
      /^registry 127\.0\.0\.1:\d+: blob upload shop\/web@sha256:[0-9a-f]{64} access denied \(DENIED\): check that these credentials may push/,
    );
    await expect(
      c.mountBlob(parseReference(`${host}/shop/web`), `sha256:${'5'.repeat(64)}`, parseReference(`${host}/shop/base`)),
    ).rejects.toThrow(/blob mount shop\/base@sha256:5{64} into shop\/web access denied \(DENIED\)/);
  } finally {
    await c.close();
  }
});
