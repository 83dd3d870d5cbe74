import { containerImages, podTemplateOf, uniqueImages, type KubeObject } from '../../src/index.js';
import { loaded, obj } from './helpers.js';

const podSpec = (image: string) => ({
  initContainers: [{ name: 'init', image: `${image}-init` }],
  containers: [{ name: 'main', image }, { image: `${image}-unnamed` }],
  ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36' }],
});

const template = (image: string) => ({ metadata: { labels: { app: 'x' } }, spec: podSpec(image) });

const workloads: Array<[string, KubeObject, string]> = [
  ['Pod', obj('Pod', 'p', { spec: podSpec('pod') }), ''],
  ['Deployment', obj('Deployment', 'd', { spec: { template: template('deploy') } }), 'spec.template'],
  ['ReplicaSet', obj('ReplicaSet', 'r', { spec: { template: template('rs') } }), 'spec.template'],
  ['StatefulSet', obj('StatefulSet', 's', { spec: { template: template('sts') } }), 'spec.template'],
  ['DaemonSet', obj('DaemonSet', 'ds', { spec: { template: template('ds') } }), 'spec.template'],
  ['Job', obj('Job', 'j', { spec: { template: template('job') } }), 'spec.template'],
  [
    'CronJob',
    obj('CronJob', 'c', { spec: { jobTemplate: { spec: { template: template('cron') } } } }),
    'spec.jobTemplate.spec.template',
  ],
  [
    'ReplicationController',
    obj('ReplicationController', 'rc', { spec: { template: template('rc') } }),
    'spec.template',
  ],
  ['PodTemplate', obj('PodTemplate', 'pt', { template: template('pt') }), 'template'],
];

describe('podTemplateOf', () => {
  test.each(workloads)('finds the pod template of a %s', (_kind, object, path) => {
    const found = podTemplateOf(object);
    expect(found).toBeDefined();
    expect(found!.path).toBe(path);
    expect(found!.specPath).toBe(path ? `${path}.spec` : 'spec');
    expect((found!.spec.containers as unknown[]).length).toBe(2);
  });

  test('its metadata is attached to the object, so a stamped annotation lands in the manifest', () => {
    const cron = obj('CronJob', 'c', { spec: { jobTemplate: { spec: { template: { spec: podSpec('x') } } } } });
    const found = podTemplateOf(cron)!;
    found.metadata.annotations = { stamped: 'yes' };
    expect((cron.spec as any).jobTemplate.spec.template.metadata).toEqual({ annotations: { stamped: 'yes' } });
  });

  test('accepts a LoadedObject too', () => {
    expect(podTemplateOf(loaded(workloads[1][1]))?.path).toBe('spec.template');
  });

  test('undefined for kinds without pods, for another API group, and for a manifest without a pod spec', () => {
    expect(podTemplateOf(obj('Service', 's'))).toBeUndefined();
    expect(podTemplateOf(obj('ConfigMap', 'c'))).toBeUndefined();
    expect(
      podTemplateOf(obj('Deployment', 'x', { spec: { template: template('x') } }, 'example.com/v1')),
    ).toBeUndefined();
    expect(podTemplateOf(obj('Deployment', 'x', { spec: {} }))).toBeUndefined();
    expect(podTemplateOf(obj('Deployment', 'x', { spec: { template: 'nonsense' } }))).toBeUndefined();
  });

  test('a Deployment of the old extensions group is found too', () => {
    expect(
      podTemplateOf(obj('Deployment', 'x', { spec: { template: template('x') } }, 'extensions/v1beta1'))?.path,
    ).toBe('spec.template');
  });
});

describe('containerImages', () => {
  test('init, regular and ephemeral containers, with paths naming the container', () => {
    expect(containerImages(workloads[6][1])).toEqual([
      {
        container: 'init',
        image: 'cron-init',
        list: 'initContainers',
        path: 'spec.jobTemplate.spec.template.spec.initContainers[init].image',
        index: 0,
      },
      {
        container: 'main',
        image: 'cron',
        list: 'containers',
        path: 'spec.jobTemplate.spec.template.spec.containers[main].image',
        index: 0,
      },
      {
        container: '',
        image: 'cron-unnamed',
        list: 'containers',
        path: 'spec.jobTemplate.spec.template.spec.containers[1].image',
        index: 1,
      },
      {
        container: 'debug',
        image: 'busybox:1.36',
        list: 'ephemeralContainers',
        path: 'spec.jobTemplate.spec.template.spec.ephemeralContainers[debug].image',
        index: 0,
      },
    ]);
  });

  test.each(workloads)('finds every image of a %s', (_kind, object) => {
    expect(containerImages(object)).toHaveLength(4);
  });

  test('containers without an image are skipped; a Pod path starts at spec', () => {
    const pod = obj('Pod', 'p', { spec: { containers: [{ name: 'a' }, { name: 'b', image: ' nginx:1 ' }, null] } });
    expect(containerImages(pod)).toEqual([
      { container: 'b', image: 'nginx:1', list: 'containers', path: 'spec.containers[b].image', index: 1 },
    ]);
  });

  test('does not add metadata to a template that has none', () => {
    const cron = obj('CronJob', 'c', { spec: { jobTemplate: { spec: { template: { spec: podSpec('x') } } } } });
    containerImages(cron);
    expect((cron.spec as any).jobTemplate.spec.template).not.toHaveProperty('metadata');
  });
});

describe('uniqueImages', () => {
  test('distinct images in first-seen order across objects', () => {
    const a = obj('Deployment', 'a', {
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'x', image: 'web:1' },
              { name: 'y', image: 'sidecar:2' },
            ],
          },
        },
      },
    });
    const b = obj('Deployment', 'b', {
      spec: {
        template: {
          spec: { initContainers: [{ name: 'i', image: 'migrate:1' }], containers: [{ name: 'x', image: 'web:1' }] },
        },
      },
    });
    expect(uniqueImages([loaded(a), loaded(b), loaded(obj('Service', 's'))])).toEqual([
      'web:1',
      'sidecar:2',
      'migrate:1',
    ]);
  });
});
