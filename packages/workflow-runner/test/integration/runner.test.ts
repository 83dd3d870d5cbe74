// The runner on small workflows in a real git repository: environments scope secrets,
// a failing job's if: failure() clean-up runs, concurrency queues the second run, an
// empty environment runs with none (GitHub's behaviour, which the release pipeline guards).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyGroups, TextReporter, runWorkflow } from '../../src/index.js';

function repository(workflows: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'runner-test-'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  for (const [name, text] of Object.entries(workflows)) writeFileSync(join(dir, '.github/workflows', name), text);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'workflows');
  return dir;
}

function capture() {
  let text = '';
  return { reporter: new TextReporter((chunk) => (text += chunk)), text: () => text };
}

const secrets = {
  repository: { KUBECONFIG: 'repository-kubeconfig' },
  environments: { staging: { KUBECONFIG: 'staging-kubeconfig' }, production: { KUBECONFIG: 'production-kubeconfig' } },
};

describe('workflow runner', () => {
  test('each job sees the secrets of its own environment, and a job without one only the repository’s', async () => {
    const dir = repository({
      'scoping.yml': `on: push
permissions: {}
jobs:
  staging:
    runs-on: ubuntu-latest
    environment: staging
    outputs:
      seen: \${{ steps.look.outputs.seen }}
    steps:
      - id: look
        env:
          K: \${{ secrets.KUBECONFIG }}
        run: echo "seen=$(printf %s "$K" | sha256sum | cut -c1-12)" >> "$GITHUB_OUTPUT"
  production:
    runs-on: ubuntu-latest
    environment: { name: production, url: 'https://shop.example.com' }
    outputs:
      seen: \${{ steps.look.outputs.seen }}
    steps:
      - id: look
        env:
          K: \${{ secrets.KUBECONFIG }}
        run: echo "seen=$(printf %s "$K" | sha256sum | cut -c1-12)" >> "$GITHUB_OUTPUT"; echo "value $K"
  none:
    runs-on: ubuntu-latest
    environment: \${{ vars.MISSING }}
    outputs:
      seen: \${{ steps.look.outputs.seen }}
    steps:
      - id: look
        env:
          K: \${{ secrets.KUBECONFIG }}
        run: echo "seen=$(printf %s "$K" | sha256sum | cut -c1-12)" >> "$GITHUB_OUTPUT"
`,
    });
    const out = capture();
    const result = await runWorkflow({
      workflow: join(dir, '.github/workflows/scoping.yml'),
      approve: 'all',
      secrets,
      reporter: out.reporter,
    });
    const hash = (text: string) => execFileSync('sha256sum', { input: text }).toString().slice(0, 12);
    expect(result.result).toBe('success');
    expect(result.jobs.staging.outputs.seen).toBe(hash('staging-kubeconfig'));
    expect(result.jobs.production.outputs.seen).toBe(hash('production-kubeconfig'));
    // An environment that comes out empty: GitHub runs the job with none, and repository secrets.
    expect(result.jobs.none.outputs.seen).toBe(hash('repository-kubeconfig'));
    expect(out.text()).toContain('value ***');
    expect(out.text()).not.toContain('production-kubeconfig');
    expect(result.reports.find((r) => r.label === 'production')?.url).toBe('https://shop.example.com');
  });

  test('an environment not approved stops its job, and what it guards is shown', async () => {
    const dir = repository({
      'gate.yml': `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: echo deployed
`,
    });
    const out = capture();
    const result = await runWorkflow({
      workflow: join(dir, '.github/workflows/gate.yml'),
      approve: ['staging'],
      secrets,
      reporter: out.reporter,
    });
    expect(result.jobs.deploy.result).toBe('failure');
    expect(out.text()).toContain('unlocks secrets: KUBECONFIG');
    expect(out.text()).toContain(
      'the deployment to production was not approved (no terminal to ask on; pass --approve production)',
    );
    expect(out.text()).not.toContain('deployed\n');
  });

  test('a failing job: the if: failure() step and clean-up job run, dependants are skipped', async () => {
    const dir = repository({
      'held.yml': `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "partial=yes" >> "$GITHUB_OUTPUT"; exit 4
        id: apply
      - run: echo never
      - if: failure()
        run: echo "cleaning up after \${{ steps.apply.outcome }}"
  verify:
    needs: deploy
    runs-on: ubuntu-latest
    steps:
      - run: echo verifying
  cleanup:
    needs: [deploy, verify]
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "clean-up job after \${{ needs.deploy.result }}"
`,
    });
    const out = capture();
    const result = await runWorkflow({ workflow: join(dir, '.github/workflows/held.yml'), reporter: out.reporter });
    expect(result.result).toBe('failure');
    expect(Object.fromEntries(Object.values(result.jobs).map((j) => [j.id, j.result]))).toEqual({
      deploy: 'failure',
      verify: 'skipped',
      cleanup: 'success',
    });
    expect(out.text()).toContain('cleaning up after failure');
    expect(out.text()).toContain('clean-up job after failure');
    expect(out.text()).not.toContain('never\n');
  });

  test('a second run in the same concurrency group waits, and a third cancels the waiting one', async () => {
    const dir = repository({
      'queue.yml': `on: workflow_dispatch
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    concurrency: { group: deploy-production, cancel-in-progress: false }
    steps:
      - run: echo "start \${{ github.event.inputs.name }}" >> "$LOG"; sleep 1; echo "end \${{ github.event.inputs.name }}" >> "$LOG"
`,
    });
    const log = join(dir, 'order.log');
    writeFileSync(log, '');
    const groups = new ConcurrencyGroups();
    const run = (name: string) =>
      runWorkflow({
        workflow: join(dir, '.github/workflows/queue.yml'),
        event: 'workflow_dispatch',
        payload: { inputs: { name } },
        concurrency: groups,
        env: { ...(process.env as Record<string, string>), LOG: log },
        reporter: capture().reporter,
      });
    const first = run('first');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = run('second');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = run('third');
    const [a, b, c] = await Promise.all([first, second, third]);
    expect([a.jobs.deploy.result, b.jobs.deploy.result, c.jobs.deploy.result]).toEqual([
      'success',
      'cancelled',
      'success',
    ]);
    expect(execFileSync('cat', [log]).toString().trim().split('\n')).toEqual([
      'start first',
      'end first',
      'start third',
      'end third',
    ]);
  });

  test('a server started in the background serves the later steps and ends with its job, unless it clears RUNNER_TRACKING_ID', async () => {
    const dir = repository({
      'background.yml': `on: push
permissions: {}
jobs:
  serve:
    runs-on: ubuntu-latest
    steps:
      - name: Start a server
        run: |
          (while true; do echo tick; sleep 0.2; done) &
          echo "SERVER=$!" >> "$GITHUB_ENV"
          (RUNNER_TRACKING_ID= exec sleep 300) > /dev/null 2>&1 &
          echo "KEPT=$!" >> "$GITHUB_ENV"
          echo started
      - name: Use it
        run: kill -0 "$SERVER" && echo "server $SERVER still running"
      - name: Report
        id: pids
        run: echo "pids=$SERVER $KEPT" >> "$GITHUB_OUTPUT"
    outputs:
      pids: \${{ steps.pids.outputs.pids }}
`,
    });
    const out = capture();
    const result = await runWorkflow({
      workflow: join(dir, '.github/workflows/background.yml'),
      reporter: out.reporter,
    });
    expect(result.result).toBe('success');
    const [server, kept] = result.jobs.serve.outputs.pids.split(' ').map(Number);
    // Running: it exists and is not a zombie waiting for its new parent to reap it.
    const alive = (pid: number) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    try {
      expect(out.text()).toContain(`server ${server} still running`);
      expect(out.text()).toContain(`Terminate orphan process: pid (${server}) (bash)`);
      expect(alive(server)).toBe(false);
      // A process that clears the variable outlives its job, as on GitHub.
      expect(alive(kept)).toBe(true);
      // What the server printed after its step ended reaches no later step's log.
      const useIt = out.text().slice(out.text().indexOf('Use it'));
      expect(useIt).not.toContain('tick');
    } finally {
      if (alive(kept)) process.kill(kept, 'SIGKILL');
    }
  });

  test('a workflow the event does not trigger is refused with one line', async () => {
    const dir = repository({
      'ci.yml':
        'on:\n  push:\n    branches: [release]\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n',
    });
    await expect(
      runWorkflow({ workflow: join(dir, '.github/workflows/ci.yml'), reporter: capture().reporter }),
    ).rejects.toThrow('ci.yml runs on push for branches release, not main');
  });

  test('an action that is not this suite’s fails with one line naming it', async () => {
    const dir = repository({
      'other.yml':
        'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: docker/login-action@v3\n',
    });
    const out = capture();
    const result = await runWorkflow({ workflow: join(dir, '.github/workflows/other.yml'), reporter: out.reporter });
    expect(result.jobs.a.result).toBe('failure');
    expect(out.text()).toContain('uses: docker/login-action@v3 is not available locally');
  });
});
