// An oci:// chart: podinfo packaged and pushed with the real helm to the CNCF registry
// (docker-registry) with htpasswd auth, then rendered from there with a login given to
// helm on its standard input; it renders exactly as the chart folder does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOrder } from '../../src/index.js';
import { renderHelm } from '../../src/render/index.js';
import { startRegistry, type RunningRegistry } from '../../../registry/test/support/registry.js';
import { HELM, comparable, fixtureWorkspace } from '../support/render.js';

const root = fixtureWorkspace('podinfo/charts/podinfo');
let registry: RunningRegistry;
let chart: string;

beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd' });
  const folder = mkdtempSync(join(root, '..', 'kra-oci-'));
  const env = { ...process.env, HELM_REGISTRY_CONFIG: join(folder, 'registry.json') };
  writeFileSync(env.HELM_REGISTRY_CONFIG, '{}');
  execFileSync(HELM, ['package', join(root, 'podinfo/charts/podinfo'), '--destination', folder], { env });
  execFileSync(
    HELM,
    ['registry', 'login', registry.host, '--username', registry.username!, '--password-stdin', '--plain-http'],
    { env, input: registry.password },
  );
  execFileSync(HELM, ['push', join(folder, 'podinfo-6.14.1.tgz'), `oci://${registry.host}/charts`, '--plain-http'], {
    env,
    stdio: 'ignore',
  });
  chart = `oci://${registry.host}/charts/podinfo:6.14.1`;
}, 60_000);

afterAll(() => registry?.stop());

test('an oci:// chart with a login renders as its folder does, objects pointing into the chart reference', async () => {
  const fromRegistry = await renderHelm({
    binary: HELM,
    chart,
    releaseName: 'shop',
    root,
    set: ['hpa.enabled=true'],
    registryLogin: { username: registry.username!, password: registry.password! },
    plainHttp: true,
  });
  const fromFolder = await renderHelm({
    binary: HELM,
    chart: 'podinfo/charts/podinfo',
    releaseName: 'shop',
    root,
    set: ['hpa.enabled=true'],
  });
  expect(applyOrder(fromRegistry).map(comparable)).toEqual(applyOrder(fromFolder).map(comparable));
  const deployment = fromRegistry.find((o) => o.object.kind === 'Deployment')!;
  expect(deployment.source.file).toBe(`${chart}/templates/deployment.yaml`);
  expect(deployment.source.line).toBe(1);
});

test('without the login, or with a wrong password, one line and no password in it', async () => {
  await expect(renderHelm({ binary: HELM, chart, releaseName: 'shop', root, plainHttp: true })).rejects.toThrow(
    /^Input "helm-chart": helm template failed: .*credential.* — give helm-registry-username and helm-registry-password for the chart's registry$/,
  );
  const wrong = 'not-the-password-0451';
  const error = await renderHelm({
    binary: HELM,
    chart,
    releaseName: 'shop',
    root,
    plainHttp: true,
    registryLogin: { username: registry.username!, password: wrong },
  }).catch((e: Error) => e);
  expect((error as Error).message).toMatch(
    new RegExp(
      `^Input "helm-chart" is "${chart.replace(/[.:/]/g, '\\$&')}", but logging in to ${registry.host.replace(/[.:]/g, '\\$&')} failed: .* — check the registry username and password$`,
    ),
  );
  expect((error as Error).message).not.toContain(wrong);
});
