/**
 * Raw HTTP against either cluster: the request exactly as written in a sequence (method, path,
 * content type, body, Accept, bearer token), the answer as status, content type and parsed body;
 * and a watch that collects its events while other steps run.
 */
import { Agent, request as httpsRequest } from 'node:https';

export interface Endpoint {
  url: string;
  caCert: string;
}

export interface HttpRequest {
  method: string;
  path: string;
  token: string;
  body?: unknown;
  contentType?: string;
  accept?: string;
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
}

const agents = new Map<string, Agent>();

function agentFor(endpoint: Endpoint): Agent {
  let agent = agents.get(endpoint.url);
  if (!agent) {
    agent = new Agent({ ca: endpoint.caCert, keepAlive: true, maxSockets: 8 });
    agents.set(endpoint.url, agent);
  }
  return agent;
}

export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function headersOf(request: HttpRequest, payload: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${request.token}`,
    accept: request.accept ?? 'application/json',
    'user-agent': 'kra-differential/1.0',
  };
  if (payload !== undefined) {
    headers['content-type'] = request.contentType ?? 'application/json';
    // Node sends a DELETE body without a length unless told (as client-go always does)
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  return headers;
}

export function send(endpoint: Endpoint, request: HttpRequest, timeoutMs = 30_000): Promise<HttpAnswer> {
  const payload =
    request.body === undefined
      ? undefined
      : typeof request.body === 'string'
        ? request.body
        : JSON.stringify(request.body);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      new URL(request.path, endpoint.url),
      { method: request.method, agent: agentFor(endpoint), timeout: timeoutMs, headers: headersOf(request, payload) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? '').split(';')[0],
            body: parse(Buffer.concat(chunks).toString('utf8')),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${request.method} ${request.path}: no answer in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

export interface WatchEvent {
  type: string;
  object: any;
}

export interface OpenWatch {
  /** The status of the answer (200 for a watch, an error status otherwise). */
  status: Promise<number>;
  events: WatchEvent[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens a watch (the path carries `watch=1` and its parameters) and collects every event. */
export function openWatch(endpoint: Endpoint, path: string, token: string): OpenWatch {
  const events: WatchEvent[] = [];
  let resolveStatus!: (status: number) => void;
  let resolveEnded!: () => void;
  const status = new Promise<number>((r) => (resolveStatus = r));
  const ended = new Promise<void>((r) => (resolveEnded = r));
  const req = httpsRequest(
    new URL(path, endpoint.url),
    { method: 'GET', agent: false, ca: endpoint.caCert, headers: headersOf({ method: 'GET', path, token }, undefined) },
    (res) => {
      resolveStatus(res.statusCode ?? 0);
      if (res.statusCode !== 200) {
        // not a watch: the answer is one Status
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          events.push({ type: 'STATUS', object: parse(Buffer.concat(chunks).toString('utf8')) });
          resolveEnded();
        });
        res.on('error', () => resolveEnded());
        return;
      }
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline).trim();
          buffer = buffer.slice(newline + 1);
          if (line) events.push(JSON.parse(line) as WatchEvent);
        }
      });
      const end = () => {
        if (buffer.trim()) {
          const last = parse(buffer.trim());
          if (typeof last === 'object' && last !== null && 'type' in last) events.push(last as WatchEvent);
          else if (last !== undefined) events.push({ type: 'BODY', object: last });
          buffer = '';
        }
        resolveEnded();
      };
      res.on('end', end);
      res.on('close', end);
      res.on('error', end);
    },
  );
  req.on('error', () => {
    resolveStatus(0);
    resolveEnded();
  });
  req.end();
  return { status, events, ended, close: () => req.destroy() };
}
