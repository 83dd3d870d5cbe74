/**
 * An HTTP proxy in front of a registry that injects faults at a chosen rate: 500, 503,
 * 429 with Retry-After, connection resets and slow answers. A seeded generator makes
 * the sequence of decisions repeatable. The Host header is passed through, so the
 * registry's upload Locations point back at the proxy.
 */
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

export type Fault = '500' | '503' | '429' | 'reset' | 'slow';

export interface FaultProxyOptions {
  /** Share of requests that get a fault, 0..1 (default 0.2). */
  rate?: number;
  /** Faults to choose from, evenly (default all five). */
  faults?: Fault[];
  /** Retry-After on 429 answers, seconds (default 1). */
  retryAfterSeconds?: number;
  /** Delay of a 'slow' answer, ms (default 300). */
  slowMs?: number;
  /** Seed of the deterministic generator (default 1). */
  seed?: number;
  /** Answer blob mount requests as a registry that refuses mounts does: 202 and an upload session. */
  refuseMounts?: boolean;
  /**
   * Sees every request first: return an answer to give instead of forwarding it (a registry
   * refusing it: `{ status: 403, code: 'DENIED' }`), or a promise to hold the request until it
   * settles (then it is forwarded), or nothing to go on as usual.
   */
  intercept?: (request: { method: string; path: string }) => InterceptAnswer | Promise<void> | undefined;
}

export interface InterceptAnswer {
  status: number;
  code: string;
  message?: string;
}

export interface FaultProxyStats {
  requests: number;
  forwarded: number;
  faults: Record<Fault, number>;
  /** Total injected faults. */
  injected: number;
  /** Mount requests turned into plain uploads (refuseMounts). */
  mountsRefused: number;
  /** Requests answered by `intercept`. */
  intercepted: number;
}

export interface FaultProxy {
  /** 127.0.0.1:PORT, usable as the registry of image references. */
  host: string;
  url: string;
  stats(): FaultProxyStats;
  /** Changes the fault rate (e.g. 0 while seeding, 0.2 for the test). */
  setRate(rate: number): void;
  stop(): Promise<void>;
}

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFaultProxy(targetUrl: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let rate = options.rate ?? 0.2;
  const faults = options.faults ?? ['500', '503', '429', 'reset', 'slow'];
  const random = seededRandom(options.seed ?? 1);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const stats: FaultProxyStats = {
    requests: 0,
    forwarded: 0,
    faults: { '500': 0, '503': 0, '429': 0, reset: 0, slow: 0 },
    injected: 0,
    mountsRefused: 0,
    intercepted: 0,
  };

  const forward = (req: IncomingMessage, res: ServerResponse, path: string) => {
    stats.forwarded += 1;
    const upstream = request(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path,
        headers: req.headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };

  const errorAnswer = (
    res: ServerResponse,
    status: number,
    code: string,
    headers: Record<string, string> = {},
    message = `injected fault ${status}`,
  ) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify({ errors: [{ code, message }] }));
  };

  const server = createServer((req, res) => {
    stats.requests += 1;
    const intercepted = options.intercept?.({ method: req.method ?? 'GET', path: req.url ?? '/' });
    if (intercepted instanceof Promise) {
      req.pause();
      intercepted.then(
        () => {
          req.resume();
          handle(req, res);
        },
        () => req.socket.destroy(),
      );
      return;
    }
    if (intercepted) {
      stats.intercepted += 1;
      req.resume();
      return errorAnswer(res, intercepted.status, intercepted.code, {}, intercepted.message);
    }
    handle(req, res);
  });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    let path = req.url ?? '/';
    if (options.refuseMounts && req.method === 'POST' && /[?&]mount=/.test(path)) {
      const url = new URL(path, 'http://proxy');
      url.searchParams.delete('mount');
      url.searchParams.delete('from');
      path = `${url.pathname}${url.search}`;
      stats.mountsRefused += 1;
    }
    const fault = random() < rate ? faults[Math.floor(random() * faults.length)] : undefined;
    if (!fault) return forward(req, res, path);
    stats.faults[fault] += 1;
    stats.injected += 1;
    switch (fault) {
      case '500':
        return errorAnswer(res, 500, 'UNKNOWN');
      case '503':
        return errorAnswer(res, 503, 'UNAVAILABLE');
      case '429':
        return errorAnswer(res, 429, 'TOOMANYREQUESTS', { 'Retry-After': String(options.retryAfterSeconds ?? 1) });
      case 'reset':
        req.socket.destroy();
        return;
      case 'slow':
        setTimeout(() => forward(req, res, path), options.slowMs ?? 300);
        return;
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    stats: () => structuredClone(stats),
    setRate: (value) => {
      rate = value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
