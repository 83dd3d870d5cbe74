import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KeepAliveHead } from '../../src/head-request.js';

describe('KeepAliveHead', () => {
  let server: Server;
  let connections = 0;
  let base: string;
  const seen: Array<{ path: string; authorization?: string }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ path: request.url ?? '', authorization: request.headers.authorization });
      if (request.url === '/redirect') {
        response.writeHead(307, { Location: '/v2/shop/web/manifests/1' });
        response.end();
        return;
      }
      // What a registry answers to HEAD: the length of the body it would send, and no body.
      response.writeHead(200, { 'Content-Length': '96', 'Docker-Content-Digest': 'sha256:abc' });
      response.end();
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('keeps one connection for many HEADs (undici would open one per HEAD)', async () => {
    const heads = new KeepAliveHead(4);
    connections = 0;
    for (let i = 0; i < 10; i += 1) {
      const response = await heads.request(new URL(`${base}/v2/shop/web/manifests/${i}`), {});
      expect(response.status).toBe(200);
      expect(response.headers.get('docker-content-digest')).toBe('sha256:abc');
    }
    heads.close();
    expect(connections).toBe(1);
  });

  test('follows redirects on the same host with the Authorization header', async () => {
    const heads = new KeepAliveHead(1);
    seen.length = 0;
    const response = await heads.request(new URL(`${base}/redirect`), { Authorization: 'Bearer t0ken' });
    heads.close();
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      { path: '/redirect', authorization: 'Bearer t0ken' },
      { path: '/v2/shop/web/manifests/1', authorization: 'Bearer t0ken' },
    ]);
  });
});
