/**
 * Peer table: the test cases of Helm's kind sorter (helm/helm, pkg/release/v1/util/
 * kind_sorter_test.go), whose InstallOrder our apply order starts from. Each object's name is
 * one character, and the expected order is the names read in a row, as Helm's tests write
 * it. The cases are Helm's facts, written here as our own table. Helm's uninstall order has
 * no counterpart here (k8s-deploy deletes in reverse apply order).
 */
import { applyOrder } from '../../src/index.js';
import { loaded, obj } from './helpers.js';

function order(manifests: Array<[name: string, kind: string]>): string {
  const objects = manifests.map(([name, kind], index) => loaded(obj(kind, name), '/ws/chart.yaml', index));
  return applyOrder(objects)
    .map((item) => item.object.metadata.name)
    .join('');
}

describe("Helm's kind sorter (kind_sorter_test.go)", () => {
  test('TestKindSorter, install order', () => {
    const manifests: Array<[string, string]> = [
      ['U', 'IngressClass'],
      ['E', 'SecretList'],
      ['i', 'ClusterRole'],
      ['I', 'ClusterRoleList'],
      ['j', 'ClusterRoleBinding'],
      ['J', 'ClusterRoleBindingList'],
      ['f', 'ConfigMap'],
      ['u', 'CronJob'],
      ['2', 'CustomResourceDefinition'],
      ['n', 'DaemonSet'],
      ['r', 'Deployment'],
      ['!', 'HonkyTonkSet'],
      ['v', 'Ingress'],
      ['t', 'Job'],
      ['c', 'LimitRange'],
      ['a', 'Namespace'],
      ['A', 'NetworkPolicy'],
      ['g', 'PersistentVolume'],
      ['h', 'PersistentVolumeClaim'],
      ['o', 'Pod'],
      ['3', 'PodDisruptionBudget'],
      ['C', 'PodSecurityPolicy'],
      ['q', 'ReplicaSet'],
      ['p', 'ReplicationController'],
      ['b', 'ResourceQuota'],
      ['k', 'Role'],
      ['K', 'RoleList'],
      ['l', 'RoleBinding'],
      ['L', 'RoleBindingList'],
      ['e', 'Secret'],
      ['m', 'Service'],
      ['d', 'ServiceAccount'],
      ['s', 'StatefulSet'],
      ['1', 'StorageClass'],
      ['w', 'APIService'],
      ['x', 'HorizontalPodAutoscaler'],
      ['F', 'PriorityClass'],
      ['M', 'MutatingWebhookConfiguration'],
      ['V', 'ValidatingWebhookConfiguration'],
    ];
    expect(order(manifests)).toBe('FaAbcC3deEf1gh2iIjJkKlLmnopqrxstuUvwMV!');
  });

  test('TestKindSorterKeepOriginalOrder: within a kind, and among unknown kinds, the input order is kept', () => {
    expect(
      order([
        ['a', 'ClusterRole'],
        ['A', 'ClusterRole'],
        ['0', 'ConfigMap'],
        ['1', 'ConfigMap'],
        ['z', 'ClusterRoleBinding'],
        ['!', 'ClusterRoleBinding'],
        ['u2', 'Unknown'],
        ['u1', 'Unknown'],
        ['t3', 'Unknown2'],
      ]),
    ).toBe('01aAz!u2u1t3');
  });

  test('TestKindSorterNamespaceAgainstUnknown', () => {
    expect(
      order([
        ['a', 'Unknown'],
        ['b', 'Namespace'],
      ]),
    ).toBe('ba');
  });

  test('TestKindSorterForHooks, install order', () => {
    expect(
      order([
        ['i', 'ClusterRole'],
        ['j', 'ClusterRoleBinding'],
        ['c', 'LimitRange'],
        ['a', 'Namespace'],
      ]),
    ).toBe('acij');
  });
});
