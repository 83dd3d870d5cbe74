import { ContainerEngine, lastErrorLine, type CommandRunner } from '../../../src/engine/engine.js';

interface Call {
  command: string;
  args: string[];
  input?: string;
}

function recorder(
  answer: (call: Call) => { exitCode?: number; stdout?: string; stderr?: string } | Error = () => ({}),
) {
  const calls: Call[] = [];
  const runner: CommandRunner = async (command, args, options) => {
    const call = { command, args, input: options.input?.toString('utf8') };
    calls.push(call);
    const result = answer(call);
    if (result instanceof Error) throw result;
    return { exitCode: result.exitCode ?? 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  };
  return { calls, runner };
}

const noSleep = { baseDelayMs: 1, maxDelayMs: 1, sleep: async () => {} };

describe('engine detection', () => {
  test('auto picks docker when docker info works', async () => {
    const { calls, runner } = recorder();
    const engine = await ContainerEngine.detect('auto', { runner });
    expect(engine.name).toBe('docker');
    expect(calls[0]).toEqual({ command: 'docker', args: ['info', '--format', '{{.ServerVersion}}'], input: undefined });
  });

  test('auto falls back to podman when the docker daemon does not answer', async () => {
    const { calls, runner } = recorder((call) =>
      call.command === 'docker' ? { exitCode: 1, stderr: 'Cannot connect to the Docker daemon' } : {},
    );
    expect((await ContainerEngine.detect('auto', { runner })).name).toBe('podman');
    expect(calls.map((c) => c.command)).toEqual(['docker', 'podman']);
  });

  test('auto with neither installed says what to install', async () => {
    const { runner } = recorder(() => new Error('spawn ENOENT'));
    await expect(ContainerEngine.detect('auto', { runner })).rejects.toThrow(
      'no container engine found: docker info fails (no daemon) and podman is not installed',
    );
  });

  test('an explicit engine that is missing is named', async () => {
    const { runner } = recorder(() => new Error('spawn podman ENOENT'));
    await expect(ContainerEngine.detect('podman', { runner })).rejects.toThrow(
      'Input "engine" is podman, but "podman --version" does not run',
    );
  });
});

describe('engine commands', () => {
  test('login passes the password on stdin only, never as an argument', async () => {
    const { calls, runner } = recorder();
    await new ContainerEngine('docker', { runner }).login('ghcr.io', 'bot', 's3cr3t-pass');
    expect(calls).toEqual([
      { command: 'docker', args: ['login', '--username', 'bot', '--password-stdin', 'ghcr.io'], input: 's3cr3t-pass' },
    ]);
  });

  test('a failed login names the registry and never the password', async () => {
    const { runner } = recorder(() => ({
      exitCode: 1,
      stderr: 'Error: logging into "127.0.0.1:5000": invalid username/password s3cr3t-pass\n',
    }));
    const engine = new ContainerEngine('podman', { runner });
    const error = await engine.login('127.0.0.1:5000', 'bot', 's3cr3t-pass').catch((e: Error) => e);
    expect((error as Error).message).toContain('check the username and password for 127.0.0.1:5000');
    expect((error as Error).message).not.toContain('s3cr3t-pass');
  });

  test('podman skips TLS only for loopback and listed insecure registries; docker never gets the flag', async () => {
    const { calls, runner } = recorder();
    const podman = new ContainerEngine('podman', { runner, insecureRegistries: ['registry.lan:5000'] });
    await podman.push('127.0.0.1:5000/shop/web:1', '127.0.0.1:5000');
    await podman.push('localhost:5000/shop/web:1', 'localhost:5000');
    await podman.push('registry.lan:5000/shop/web:1', 'registry.lan:5000');
    await podman.push('ghcr.io/acme/web:1', 'ghcr.io');
    const warnings: string[] = [];
    const docker = new ContainerEngine('docker', {
      runner,
      insecureRegistries: ['registry.lan:5000'],
      onWarning: (w) => warnings.push(w),
    });
    await docker.push('registry.lan:5000/shop/web:1', 'registry.lan:5000');
    await docker.login('127.0.0.1:5000', 'u', 'password');
    expect(calls.map((c) => [c.command, ...c.args].join(' '))).toEqual([
      'podman push --tls-verify=false 127.0.0.1:5000/shop/web:1',
      'podman push --tls-verify=false localhost:5000/shop/web:1',
      'podman push --tls-verify=false registry.lan:5000/shop/web:1',
      'podman push ghcr.io/acme/web:1',
      'docker push registry.lan:5000/shop/web:1',
      'docker login --username u --password-stdin 127.0.0.1:5000',
    ]);
    expect(warnings).toEqual([expect.stringContaining('"insecure-registries"')]);
  });

  test('tag is one argument array: nothing is interpreted by a shell', async () => {
    const { calls, runner } = recorder();
    await new ContainerEngine('podman', { runner }).tag('shop-web', '127.0.0.1:5000/shop/web:$(id)');
    expect(calls[0].args).toEqual(['tag', 'shop-web', '127.0.0.1:5000/shop/web:$(id)']);
  });

  test('a missing local image gives one line with a hint', async () => {
    const { runner } = recorder(() => ({ exitCode: 125, stderr: 'Error: shop-web: image not known\n' }));
    await expect(new ContainerEngine('podman', { runner }).tag('shop-web', 'x/y:1')).rejects.toThrow(
      'podman tag shop-web x/y:1 failed (exit 125): shop-web: image not known: is shop-web built?',
    );
  });

  test('push retries transient failures and then succeeds', async () => {
    let attempt = 0;
    const warnings: string[] = [];
    const { calls, runner } = recorder(() =>
      ++attempt < 3 ? { exitCode: 125, stderr: 'Error: received unexpected HTTP status: 503 Service Unavailable' } : {},
    );
    await new ContainerEngine('podman', { runner, retry: noSleep, onWarning: (w) => warnings.push(w) }).push(
      'ghcr.io/a/b:1',
      'ghcr.io',
    );
    expect(calls).toHaveLength(3);
    expect(warnings).toHaveLength(2);
  });

  test('push does not retry an authorisation failure', async () => {
    const { calls, runner } = recorder(() => ({
      exitCode: 125,
      stderr: 'Error: writing blob: unauthorized: authentication required',
    }));
    await expect(
      new ContainerEngine('podman', { runner, retry: noSleep }).push('ghcr.io/a/b:1', 'ghcr.io'),
    ).rejects.toThrow(
      'podman push ghcr.io/a/b:1 failed (exit 125): writing blob: unauthorized: authentication required',
    );
    expect(calls).toHaveLength(1);
  });

  test('push gives up after the attempts', async () => {
    const { calls, runner } = recorder(() => ({ exitCode: 1, stderr: 'read: connection reset by peer' }));
    await expect(
      new ContainerEngine('docker', { runner, retry: noSleep, pushAttempts: 2 }).push('a.io/b:1', 'a.io'),
    ).rejects.toThrow(/connection reset/);
    expect(calls).toHaveLength(2);
  });

  test('lastErrorLine picks the error line', () => {
    expect(
      lastErrorLine('Getting image source signatures\nCopying blob abc\nError: trying to reuse blob: 500 boom\n'),
    ).toBe('trying to reuse blob: 500 boom');
    expect(lastErrorLine('', 'only stdout')).toBe('only stdout');
  });
});
