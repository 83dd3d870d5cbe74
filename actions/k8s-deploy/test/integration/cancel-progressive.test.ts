import { clusterKinds, get, startOn, workspaceWith, type TestCluster } from './support.js';
import { app, createNamespace, deployment, imagesOf, records, runner, service } from './progressive-support.js';

/**
 * Issue 10 item 2 for canary and blue-green: a run killed in the middle of its rollout (the
 * runner's SIGKILL after a cancellation) leaves copies of the user's Deployments and, for
 * blue-green, a preview Service beside them. The post step rejects the rollout from the state
 * its record holds, as `action: reject` would: the copies go, the user's objects are as the
 * previous revision left them, the record says cancelled and the lock is released.
 */
describe.each(clusterKinds())('on %s', (kind) => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startOn(kind);
    await createNamespace(cluster, 'killed');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const lease = (release: string) =>
    get(cluster, `/apis/coordination.k8s.io/v1/namespaces/killed/leases/k8s-deploy.${release}`);

  test.each([
    ['canary', 'web', ['web-canary', 'web-baseline']],
    ['blue-green', 'site', ['site-green']],
  ] as const)('%s killed during a timed pause: the post step rejects the rollout', async (strategy, name, copies) => {
    const workspace = workspaceWith({ 'k8s/app.yaml': app(name, `${name}:1`) }, false);
    const run = runner(cluster, workspace, { manifests: 'k8s', namespace: 'killed', release: name, strategy });
    expect((await run({ images: `${name}:1` })).exitCode).toBe(0);

    const killed = await run(
      {
        images: `${name}:2`,
        steps:
          strategy === 'canary'
            ? '- weight: 30\n- pause: 1m\n- pause: until-promoted'
            : '- pause: 1m\n- pause: until-promoted',
      },
      { cancel: { when: /step \d: pause 1m/, kill: true } },
    );
    expect(killed.signals).toEqual(['SIGKILL']);
    // The copies ran when the step was killed.
    expect(killed.log).toMatch(new RegExp(`${copies[0]}`));

    expect(killed.post?.exitCode).toBe(0);
    expect(killed.post?.stdout).toContain(`The main step stopped before it settled release "${name}": finishing it`);
    expect(killed.post?.stdout).toContain(`the post step rejected the ${strategy} rollout`);
    for (const copy of copies) expect(await deployment(cluster, 'killed', copy)).toBeUndefined();
    if (strategy === 'blue-green') expect(await service(cluster, 'killed', `${name}-preview`)).toBeUndefined();
    expect(imagesOf(await deployment(cluster, 'killed', name))).toEqual([`${name}:1`]);
    expect((await service(cluster, 'killed', name)).spec.selector).toEqual({ app: name });
    expect(await records(cluster, 'killed', name)).toEqual([
      [1, 'deployed', 'promoted'],
      [2, 'cancelled', 'aborted'],
    ]);
    expect(await lease(name)).toBeUndefined();
    expect(killed.post?.summary).toMatch(new RegExp(`^## ⏹️ Release \`${name}\` was cancelled`));

    // The release goes on: the next rollout starts beside revision 1.
    const next = await run({
      images: `${name}:3`,
      steps: strategy === 'canary' ? '- weight: 30\n- pause: until-promoted' : '- pause: until-promoted',
    });
    expect(next.exitCode).toBe(0);
    expect(next.outputs).toMatchObject({ status: 'progressing', phase: 'paused', revision: '3' });
  });
});
