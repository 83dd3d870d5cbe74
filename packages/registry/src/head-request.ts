import http from 'node:http';
import https from 'node:https';
import { Response } from 'undici';

/**
 * HEAD requests over node:http with keep-alive. undici closes the connection after every
 * HEAD (to survive servers that send a body anyway, nodejs/undici#258), so a tag-release
 * that checks 60 tags would open 60 connections, each a TLS handshake on a real registry.
 * Registries answer HEAD correctly, so here the connection is kept. Redirects are followed
 * (at most 5); the Authorization header is not carried to another host.
 */
export class KeepAliveHead {
  private readonly agents: { 'http:': http.Agent; 'https:': https.Agent };

  constructor(maxSockets: number) {
    this.agents = {
      'http:': new http.Agent({ keepAlive: true, maxSockets }),
      'https:': new https.Agent({ keepAlive: true, maxSockets }),
    };
  }

  request(url: URL, headers: Record<string, string>, redirects = 0): Promise<Response> {
    const secure = url.protocol === 'https:';
    const transport = secure ? https : http;
    return new Promise((resolve, reject) => {
      const request = transport.request(
        url,
        { method: 'HEAD', headers, agent: secure ? this.agents['https:'] : this.agents['http:'] },
        (response) => {
          response.resume();
          const status = response.statusCode ?? 0;
          const location = response.headers.location;
          if (status >= 300 && status < 400 && location && redirects < 5) {
            const next = new URL(location, url);
            const { Authorization: _dropped, ...anonymous } = headers;
            resolve(this.request(next, next.host === url.host ? headers : anonymous, redirects + 1));
            return;
          }
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
              responseHeaders.append(name, item);
            }
          }
          resolve(new Response(null, { status, headers: responseHeaders }));
        },
      );
      request.on('error', reject);
      request.end();
    });
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}
