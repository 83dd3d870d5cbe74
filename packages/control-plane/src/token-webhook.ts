/**
 * Bearer tokens for any user and groups, issued on demand like cluster-sim's tokenFor(): the
 * API server asks this webhook (its `--authentication-token-webhook-config-file`) about tokens
 * it does not know, with a TokenReview, the way clusters delegate to an identity provider.
 * Tokens of `system:serviceaccount:<ns>:<name>` get the service-account groups, so RBAC
 * bindings to a ServiceAccount subject match as they do for a real service-account token.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface TokenUser {
  username: string;
  groups: string[];
}

export class TokenWebhook {
  private readonly users = new Map<string, TokenUser>();
  private server: Server | undefined;
  url = '';

  issue(username: string, groups: string[] = []): string {
    const token = `kra-${randomBytes(24).toString('hex')}`;
    const sa = /^system:serviceaccount:([^:]+):[^:]+$/.exec(username);
    const all = sa ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`, ...groups] : groups;
    this.users.set(token, { username, groups: [...new Set(all)] });
    return token;
  }

  async listen(cert: string, key: string): Promise<void> {
    this.server = createServer({ cert, key }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        let review: any;
        try {
          review = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          res.writeHead(400).end();
          return;
        }
        const user = this.users.get(review?.spec?.token ?? '');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            apiVersion: review?.apiVersion ?? 'authentication.k8s.io/v1',
            kind: 'TokenReview',
            status: user
              ? { authenticated: true, user: { username: user.username, uid: user.username, groups: user.groups } }
              : { authenticated: false },
          }),
        );
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/authenticate`;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
