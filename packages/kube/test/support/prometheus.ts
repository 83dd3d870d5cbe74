/**
 * Canary analysis against real parts: a real Prometheus (Debian package `prometheus`) on
 * loopback, with a temporary config and storage, scraping a small exporter whose error rate
 * per version a test sets. Import from 'packages/kube/test/support/prometheus.js' (relative).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort, requireBinary, tempDir } from '../../../registry/test/support/process-tools.js';

export interface TestExporter {
  /** host:port, for a scrape config. */
  target: string;
  /** Base URL: /metrics for Prometheus, /status/<version> for HTTP checks. */
  url: string;
  /** Requests per scrape per version: `errorRate` of them answered 500. */
  setErrorRate(version: string, errorRate: number): void;
  close(): Promise<void>;
}

/**
 * An application's metrics, as a Prometheus client library exposes them: counters
 * `http_requests_total{version,code}`. Each scrape counts 100 more requests per version, of
 * which `errorRate` × 100 failed, so `rate()` over them gives the error rate back.
 * `/status/<version>` answers `{"version":…,"ready":true,"errorRate":…}` to a request with
 * `Authorization: Bearer <token>` (401 otherwise): an HTTP check's target.
 */
export async function startExporter(token: string): Promise<TestExporter> {
  const rates = new Map<string, number>();
  const totals = new Map<string, { ok: number; failed: number }>();
  const server: Server = createServer((request, response) => {
    if (request.url === '/metrics') {
      const lines = ['# HELP http_requests_total Requests served.', '# TYPE http_requests_total counter'];
      for (const [version, rate] of rates) {
        const total = totals.get(version) ?? { ok: 0, failed: 0 };
        const failed = Math.round(rate * 100);
        total.failed += failed;
        total.ok += 100 - failed;
        totals.set(version, total);
        lines.push(`http_requests_total{version="${version}",code="200"} ${total.ok}`);
        lines.push(`http_requests_total{version="${version}",code="500"} ${total.failed}`);
      }
      response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
      response.end(`${lines.join('\n')}\n`);
      return;
    }
    const status = /^\/status\/([^/?]+)$/.exec(request.url ?? '');
    if (status) {
      if (request.headers.authorization !== `Bearer ${token}`) {
        response.writeHead(401).end('unauthorized');
        return;
      }
      const version = decodeURIComponent(status[1]);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ version, ready: rates.has(version), errorRate: rates.get(version) ?? null }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    target: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    setErrorRate: (version, rate) => rates.set(version, rate),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface TestPrometheus {
  url: string;
  /** Waits until Prometheus has samples of `query` (a canary's data is there to judge). */
  waitForData(query: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts Prometheus on loopback, scraping the targets every second; resolves when it is ready. */
export async function startPrometheus(targets: string[]): Promise<TestPrometheus> {
  requireBinary('prometheus', 'prometheus');
  const dir = await tempDir('prometheus');
  const port = await freePort();
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: app',
      '    static_configs:',
      `      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]`,
      '',
    ].join('\n'),
  );
  let output = '';
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const until = async (what: string, timeoutMs: number, ready: () => Promise<boolean>) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}: ${output.slice(-2000)}`);
      if (await ready().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`prometheus: ${what} not within ${timeoutMs / 1000}s: ${output.slice(-2000)}`);
  };
  try {
    await until('ready', 30_000, async () => (await fetch(`${url}/-/ready`)).ok);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    stop,
    waitForData: (query, timeoutMs = 30_000) =>
      until(`data for ${query}`, timeoutMs, async () => {
        const answer = (await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`)).json()) as {
          data?: { result?: Array<{ value: [number, string] }> };
        };
        return (answer.data?.result ?? []).some((r) => !Number.isNaN(Number(r.value[1])));
      }),
  };
}
