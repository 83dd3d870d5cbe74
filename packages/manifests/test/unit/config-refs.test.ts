import { configReferences } from '../../src/index.js';
import { obj } from './helpers.js';

const container = (name: string) => ({
  name,
  image: 'x',
  env: [
    { name: 'PLAIN', value: 'v' },
    { name: 'DB_URL', valueFrom: { secretKeyRef: { name: `${name}-db`, key: 'url' } } },
    { name: 'LOG_LEVEL', valueFrom: { configMapKeyRef: { name: `${name}-cfg`, key: 'level', optional: true } } },
    { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
  ],
  envFrom: [
    { configMapRef: { name: `${name}-env` } },
    { secretRef: { name: `${name}-env-secret`, optional: false } },
    { prefix: 'X_' },
  ],
});

describe('configReferences', () => {
  test('covers env key refs, envFrom, volumes, projected sources, imagePullSecrets and plugin secret refs, in every container list', () => {
    const deployment = obj('Deployment', 'web', {
      spec: {
        template: {
          spec: {
            imagePullSecrets: [{ name: 'registry' }, { name: '' }],
            initContainers: [container('init')],
            containers: [container('web')],
            ephemeralContainers: [container('debug')],
            volumes: [
              { name: 'config', configMap: { name: 'web-files', items: [{ key: 'nginx.conf', path: 'nginx.conf' }] } },
              { name: 'certs', secret: { secretName: 'web-tls', optional: true } },
              {
                name: 'bundle',
                projected: {
                  sources: [
                    {
                      configMap: {
                        name: 'proj-cm',
                        items: [
                          { key: 'a', path: 'a' },
                          { key: 'b', path: 'b' },
                        ],
                      },
                    },
                    { secret: { name: 'proj-secret' } },
                    { serviceAccountToken: { path: 'token' } },
                    { downwardAPI: { items: [] } },
                  ],
                },
              },
              { name: 'azure', azureFile: { secretName: 'azure-secret', shareName: 's' } },
              { name: 'ceph', cephfs: { monitors: ['m'], secretRef: { name: 'ceph-secret' } } },
              { name: 'cinder', cinder: { volumeID: 'v', secretRef: { name: 'cinder-secret' } } },
              { name: 'flex', flexVolume: { driver: 'd', secretRef: { name: 'flex-secret' } } },
              { name: 'rbd', rbd: { monitors: ['m'], image: 'i', secretRef: { name: 'rbd-secret' } } },
              { name: 'scaleio', scaleIO: { gateway: 'g', system: 's', secretRef: { name: 'scaleio-secret' } } },
              { name: 'iscsi', iscsi: { targetPortal: 't', iqn: 'i', lun: 0, secretRef: { name: 'iscsi-secret' } } },
              { name: 'storageos', storageos: { volumeName: 'v', secretRef: { name: 'storageos-secret' } } },
              { name: 'csi', csi: { driver: 'd', nodePublishSecretRef: { name: 'csi-secret' } } },
              { name: 'empty', emptyDir: {} },
              { name: 'claim', persistentVolumeClaim: { claimName: 'data' } },
            ],
          },
        },
      },
    });
    const refs = configReferences(deployment);
    const at = 'spec.template.spec';
    expect(refs).toEqual([
      { kind: 'Secret', name: 'registry', via: `${at}.imagePullSecrets[registry]` },
      ...['initContainers:init', 'containers:web', 'ephemeralContainers:debug'].flatMap((entry) => {
        const [list, name] = entry.split(':');
        const c = `${at}.${list}[${name}]`;
        return [
          { kind: 'ConfigMap', name: `${name}-env`, via: `${c}.envFrom[0].configMapRef` },
          { kind: 'Secret', name: `${name}-env-secret`, optional: false, via: `${c}.envFrom[1].secretRef` },
          { kind: 'Secret', name: `${name}-db`, keys: ['url'], via: `${c}.env[DB_URL].valueFrom.secretKeyRef` },
          {
            kind: 'ConfigMap',
            name: `${name}-cfg`,
            keys: ['level'],
            optional: true,
            via: `${c}.env[LOG_LEVEL].valueFrom.configMapKeyRef`,
          },
        ];
      }),
      { kind: 'ConfigMap', name: 'web-files', keys: ['nginx.conf'], via: `${at}.volumes[config].configMap` },
      { kind: 'Secret', name: 'web-tls', optional: true, via: `${at}.volumes[certs].secret` },
      {
        kind: 'ConfigMap',
        name: 'proj-cm',
        keys: ['a', 'b'],
        via: `${at}.volumes[bundle].projected.sources[0].configMap`,
      },
      { kind: 'Secret', name: 'proj-secret', via: `${at}.volumes[bundle].projected.sources[1].secret` },
      { kind: 'Secret', name: 'azure-secret', via: `${at}.volumes[azure].azureFile.secretName` },
      { kind: 'Secret', name: 'ceph-secret', via: `${at}.volumes[ceph].cephfs.secretRef` },
      { kind: 'Secret', name: 'cinder-secret', via: `${at}.volumes[cinder].cinder.secretRef` },
      { kind: 'Secret', name: 'flex-secret', via: `${at}.volumes[flex].flexVolume.secretRef` },
      { kind: 'Secret', name: 'rbd-secret', via: `${at}.volumes[rbd].rbd.secretRef` },
      { kind: 'Secret', name: 'scaleio-secret', via: `${at}.volumes[scaleio].scaleIO.secretRef` },
      { kind: 'Secret', name: 'iscsi-secret', via: `${at}.volumes[iscsi].iscsi.secretRef` },
      { kind: 'Secret', name: 'storageos-secret', via: `${at}.volumes[storageos].storageos.secretRef` },
      { kind: 'Secret', name: 'csi-secret', via: `${at}.volumes[csi].csi.nodePublishSecretRef` },
    ]);
  });

  test('works on every pod-template location (CronJob, Pod)', () => {
    const cron = obj('CronJob', 'c', {
      spec: {
        jobTemplate: {
          spec: { template: { spec: { containers: [{ name: 'job', envFrom: [{ secretRef: { name: 's' } }] }] } } },
        },
      },
    });
    expect(configReferences(cron)).toEqual([
      { kind: 'Secret', name: 's', via: 'spec.jobTemplate.spec.template.spec.containers[job].envFrom[0].secretRef' },
    ]);
    const pod = obj('Pod', 'p', { spec: { volumes: [{ name: 'v', configMap: { name: 'c' } }] } });
    expect(configReferences(pod)).toEqual([{ kind: 'ConfigMap', name: 'c', via: 'spec.volumes[v].configMap' }]);
  });

  test('nothing for kinds without a pod template, and malformed entries are skipped', () => {
    expect(configReferences(obj('ConfigMap', 'c'))).toEqual([]);
    const odd = obj('Deployment', 'd', {
      spec: {
        template: {
          spec: {
            containers: [null, { name: 'a', env: 'x', envFrom: [null, { configMapRef: 'x' }] }],
            volumes: [null, { name: 'v', secret: {} }],
          },
        },
      },
    });
    expect(configReferences(odd)).toEqual([]);
  });
});
