/**
 * A git server for tests: real `git http-backend` (smart HTTP, protocol v2) behind a small
 * Node HTTP server that checks tokens the way GitHub does (Basic x-access-token:<token>;
 * a read-only token gets 403 on push), serving bare repositories from a temp folder.
 * It records every request (and whether an Authorization header came with it), and can hold
 * pushes until several clients are ready to push, which makes two releases race for real.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Access = 'read' | 'write';

export interface GitRequest {
  method: string;
  path: string;
  service?: string;
  /** The raw Authorization header, when one came. */
  authorization?: string;
  status: number;
}

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Config Maintainer',
  GIT_AUTHOR_EMAIL: 'maintainer@example.com',
  GIT_COMMITTER_NAME: 'Config Maintainer',
  GIT_COMMITTER_EMAIL: 'maintainer@example.com',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export class GitServer {
  readonly requests: GitRequest[] = [];
  private pushersReady = 0;
  private holdUntil = 0;
  private readonly waiting: Array<() => void> = [];

  private constructor(
    private readonly server: Server,
    readonly root: string,
    readonly url: string,
    private readonly tokens: Map<string, Access>,
  ) {}

  static async start(tokens: Record<string, Access>): Promise<GitServer> {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'kra-git-server-')));
    const handlers: { handle?: GitServer['handle'] } = {};
    const server = createServer((request, response) => {
      handlers.handle!(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500);
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const instance = new GitServer(server, root, url, new Map(Object.entries(tokens)));
    handlers.handle = (request, response) => instance.handle(request, response);
    return instance;
  }

  /** A bare repository owner/name.git with one commit on `branch` holding these files. */
  createRepository(name: string, files: Record<string, string>, branch = 'main'): string {
    const bare = join(this.root, `${name}.git`);
    mkdirSync(dirname(bare), { recursive: true });
    git(this.root, 'init', '-q', '--bare', '-b', branch, bare);
    const work = mkdtempSync(join(tmpdir(), 'kra-git-seed-'));
    git(work, 'init', '-q', '-b', branch);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), text);
    }
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'initial config');
    git(work, 'push', '-q', bare, `HEAD:refs/heads/${branch}`);
    rmSync(work, { recursive: true, force: true });
    return bare;
  }

  /** A working copy of a repository's branch, to read what landed or to commit beside the action. */
  checkout(name: string, branch = 'main'): string {
    const work = mkdtempSync(join(tmpdir(), 'kra-git-check-'));
    git(work, 'clone', '-q', '--branch', branch, join(this.root, `${name}.git`), '.');
    return work;
  }

  /** Pushes (receive-pack POSTs) wait until `count` clients have asked to push (or 30 s pass). */
  holdPushesUntil(count: number): void {
    this.holdUntil = count;
  }

  private release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const service = url.searchParams.get('service') ?? /\/(git-[a-z-]+)$/.exec(url.pathname)?.[1];
    const authorization = request.headers.authorization;
    const record: GitRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      service,
      authorization,
      status: 0,
    };
    this.requests.push(record);
    const reply = (status: number, text: string, headers: Record<string, string> = {}) => {
      record.status = status;
      response.writeHead(status, { 'content-type': 'text/plain', ...headers });
      response.end(text);
    };
    const match = /^basic\s+(.+)$/i.exec(authorization ?? '');
    const [user, token] = match ? Buffer.from(match[1], 'base64').toString('utf8').split(':') : [];
    const access = user === 'x-access-token' ? this.tokens.get(token ?? '') : undefined;
    if (!access) return reply(401, 'Invalid username or token.\n', { 'www-authenticate': 'Basic realm="GitHub"' });
    const repository = url.pathname.replace(/\/(info\/refs|git-[a-z-]+)$/, '').replace(/^\//, '');
    if (service === 'git-receive-pack' && access !== 'write') {
      return reply(403, `Permission to ${repository} denied to reader.\n`);
    }
    if (service === 'git-receive-pack' && request.method === 'GET') {
      this.pushersReady += 1;
      if (this.pushersReady >= this.holdUntil) this.release();
    }
    if (service === 'git-receive-pack' && request.method === 'POST' && this.pushersReady < this.holdUntil) {
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        setTimeout(resolve, 30_000).unref();
      });
    }
    await this.cgi(request, response, url, record);
  }

  /** Runs git http-backend as a CGI program for one request. */
  private cgi(request: IncomingMessage, response: ServerResponse, url: URL, record: GitRequest): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['http-backend'], {
        env: {
          ...process.env,
          ...GIT_ENV,
          GIT_PROJECT_ROOT: this.root,
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: url.pathname,
          QUERY_STRING: url.search.replace(/^\?/, ''),
          REQUEST_METHOD: request.method ?? 'GET',
          CONTENT_TYPE: request.headers['content-type'] ?? '',
          ...(request.headers['content-length'] ? { CONTENT_LENGTH: request.headers['content-length'] } : {}),
          ...(request.headers['content-encoding']
            ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] }
            : {}),
          ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
          REMOTE_USER: 'x-access-token',
          REMOTE_ADDR: '127.0.0.1',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      request.pipe(child.stdin);
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', reject);
      child.on('close', () => {
        const output = Buffer.concat(chunks);
        let split = output.indexOf('\r\n\r\n');
        let skip = 4;
        if (split === -1) {
          split = output.indexOf('\n\n');
          skip = 2;
        }
        const head = output.subarray(0, Math.max(split, 0)).toString('utf8');
        let status = 200;
        const headers: Record<string, string> = {};
        for (const line of head.split(/\r?\n/)) {
          const colon = line.indexOf(':');
          if (colon === -1) continue;
          const name = line.slice(0, colon).trim();
          const value = line.slice(colon + 1).trim();
          if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
          else headers[name] = value;
        }
        record.status = status;
        response.writeHead(status, headers);
        response.end(split === -1 ? output : output.subarray(split + skip));
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.root, { recursive: true, force: true });
  }
}
