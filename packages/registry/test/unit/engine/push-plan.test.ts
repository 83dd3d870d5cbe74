import { planPush } from '../../../src/engine/push.js';
import { FirstContact } from '../../../src/tags/first-contact.js';
import type { ImageSource } from '../../../src/compose/targets.js';

const source = (service: string, declared?: string): ImageSource => ({
  name: service,
  local: declared ?? `shop-${service}`,
  kind: 'build',
  declared,
  service,
  where: `compose.yaml:${service.length}`,
});

describe('push plans', () => {
  test('every image gets one reference per tag in its target repository', () => {
    const plan = planPush([source('web', 'acme/web:dev'), source('worker')], ['main-abc1234', 'sha-abc1234'], {
      registry: '127.0.0.1:5000',
      prefix: 'shop',
    });
    expect(plan.map((item) => item.targets.map(String))).toEqual([
      ['127.0.0.1:5000/shop/web:main-abc1234', '127.0.0.1:5000/shop/web:sha-abc1234'],
      ['127.0.0.1:5000/shop/worker:main-abc1234', '127.0.0.1:5000/shop/worker:sha-abc1234'],
    ]);
  });

  test('two images that would share a repository are refused before anything is pushed', () => {
    expect(() =>
      planPush([source('web', 'acme/web'), source('api', 'other/web')], ['x'], { registry: 'ghcr.io', prefix: 'shop' }),
    ).toThrow(
      'service "web" (compose.yaml:3) and service "api" (compose.yaml:3) would both be pushed to ghcr.io/shop/web: give them distinct image: names',
    );
  });

  test('a tag that is not valid never becomes a reference', () => {
    expect(() => planPush([source('web')], ['ok', 'bad tag'], { registry: 'ghcr.io' })).toThrow(
      /invalid image reference "ghcr.io\/web:bad tag"/,
    );
  });
});

describe('first contact per registry', () => {
  test('the first request to a registry goes alone; the others wait for its answer', async () => {
    const contact = new FirstContact();
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = contact.run('a.io', async () => {
      events.push('first start');
      await gate;
      events.push('first end');
      return 1;
    });
    const second = contact.run('a.io', async () => {
      events.push('second');
      return 2;
    });
    const other = contact.run('b.io', async () => {
      events.push('other registry');
      return 3;
    });
    await other;
    expect(events).toEqual(['first start', 'other registry']);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(events).toEqual(['first start', 'other registry', 'first end', 'second']);
  });

  test('a failed first request does not block the others', async () => {
    const contact = new FirstContact();
    await expect(contact.run('a.io', async () => Promise.reject(new Error('401')))).rejects.toThrow('401');
    expect(await contact.run('a.io', async () => 'ok')).toBe('ok');
  });
});
