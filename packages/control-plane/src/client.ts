/**
 * The few API calls the starter makes itself (readiness, the Stage CRD and Stages, Nodes, the
 * pod config check): JSON over HTTPS with the generated CA and a bearer token, and a watch that
 * reconnects from the last resourceVersion it saw.
 */
import { request as httpsRequest, Agent } from 'node:https';

export interface ApiResponse {
  status: number;
  body: any;
  text: string;
}

class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly text: string,
  ) {
    super(`control-plane: ${method} ${path} answered ${status}: ${text.slice(0, 300)}`);
  }
}

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: any;
}

export class ApiClient {
  private readonly agent: Agent;

  constructor(
    readonly url: string,
    private readonly token: string,
    caCert: string,
  ) {
    this.agent = new Agent({ ca: caCert, keepAlive: true, maxSockets: 16 });
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
    timeoutMs = 30_000,
  ): Promise<ApiResponse> {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        new URL(path, this.url),
        {
          method,
          agent: this.agent,
          timeout: timeoutMs,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: 'application/json',
            'user-agent': 'kra-control-plane',
            ...(payload === undefined ? {} : { 'content-type': contentType }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = undefined;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              parsed = undefined;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, text });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`control-plane: ${method} ${path} timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Like request, but a status outside 2xx throws, naming the request and the answer. */
  async call(method: string, path: string, body?: unknown, contentType?: string): Promise<any> {
    const response = await this.request(method, path, body, contentType);
    if (response.status < 200 || response.status >= 300)
      throw new ApiError(method, path, response.status, response.text);
    return response.body;
  }

  /**
   * Lists then watches `path` (a collection), calling onEvent for each object (ADDED for the
   * list's items), until the returned stop() is called. Reconnects after an error or expiry.
   */
  watch(path: string, onEvent: (event: WatchEvent) => void): () => void {
    let stopped = false;
    let current: ReturnType<typeof httpsRequest> | undefined;
    let resourceVersion = '';
    const separator = path.includes('?') ? '&' : '?';
    const relist = async () => {
      const list = await this.call('GET', path);
      resourceVersion = list.metadata.resourceVersion;
      for (const item of list.items ?? []) onEvent({ type: 'ADDED', object: item });
    };
    const loop = async () => {
      while (!stopped) {
        try {
          if (!resourceVersion) await relist();
          await new Promise<void>((resolve) => {
            const req = httpsRequest(
              new URL(
                `${path}${separator}watch=1&allowWatchBookmarks=true&resourceVersion=${resourceVersion}`,
                this.url,
              ),
              {
                agent: this.agent,
                headers: { authorization: `Bearer ${this.token}`, 'user-agent': 'kra-control-plane' },
              },
              (res) => {
                if (res.statusCode !== 200) {
                  resourceVersion = '';
                  res.resume();
                  res.on('end', resolve);
                  return;
                }
                let buffer = '';
                res.setEncoding('utf8');
                res.on('data', (chunk: string) => {
                  buffer += chunk;
                  let newline: number;
                  while ((newline = buffer.indexOf('\n')) >= 0) {
                    const line = buffer.slice(0, newline);
                    buffer = buffer.slice(newline + 1);
                    if (!line.trim()) continue;
                    const event = JSON.parse(line) as WatchEvent;
                    if (event.type === 'ERROR') {
                      resourceVersion = ''; // 410 Gone: list again
                      continue;
                    }
                    resourceVersion = event.object?.metadata?.resourceVersion ?? resourceVersion;
                    if (event.type !== 'BOOKMARK') onEvent(event);
                  }
                });
                res.on('end', resolve);
                res.on('error', () => resolve());
              },
            );
            current = req;
            req.on('error', () => resolve());
            req.end();
          });
        } catch {
          if (!stopped) await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    void loop();
    return () => {
      stopped = true;
      current?.destroy();
    };
  }

  close(): void {
    this.agent.destroy();
  }
}
