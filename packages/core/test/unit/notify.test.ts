import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deployMessage, postWebhook } from '../../src/notify.js';

const notice = {
  release: 'shop',
  version: '1.4.0',
  environment: 'production',
  status: 'rolled-back',
  committer: 'Ana Lima',
  runUrl: 'https://github.com/acme/shop/actions/runs/7',
  commitUrl: 'https://github.com/acme/shop/commit/0123456789abcdef',
  sha: '0123456789abcdef',
};

describe('deploy notifications', () => {
  test('a Slack-compatible message: text, then blocks with the links', () => {
    const message = deployMessage(notice);
    expect(message.text).toBe('↩️ shop 1.4.0 to production: rolled-back (committer Ana Lima)');
    expect(JSON.stringify(message.blocks)).toContain(
      'committer Ana Lima · <https://github.com/acme/shop/actions/runs/7|run> · <https://github.com/acme/shop/commit/0123456789abcdef|commit 0123456>',
    );
  });

  test('posts JSON; a refusal is one line without the webhook URL', async () => {
    const received: string[] = [];
    let status = 200;
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(`${request.headers['content-type']} ${body}`);
        response.writeHead(status).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/s3cr3t-path`;
    try {
      expect(await postWebhook(url, deployMessage(notice))).toBeUndefined();
      expect(received[0]).toMatch(/^application\/json \{"text":"↩️ shop 1.4.0/);
      status = 404;
      const problem = await postWebhook(url, deployMessage(notice));
      expect(problem).toMatch(/^the notification to 127\.0\.0\.1:\d+ was refused: HTTP 404$/);
      expect(await postWebhook('not a url', {})).toBe(
        'notify-webhook is not a URL: give the incoming webhook URL of the channel',
      );
    } finally {
      server.close();
    }
  });
});
