import { serverSideApply, recordUpdate } from '../../../src/api/managed-fields.js';
import { fieldSetOf, printPath, toFieldsV1, fromFieldsV1 } from '../../../src/api/fieldset.js';
import { StatusError } from '../../../src/api/errors.js';

const ctx = (manager: string, force = false) => ({
  manager,
  apiVersion: 'apps/v1',
  subresource: '',
  statusSubresource: true,
  time: '2026-01-01T00:00:00Z',
  force,
});

const config = (extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'web:1', ports: [{ containerPort: 80 }] }] },
    },
    ...extra,
  },
});

function conflictOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (error) {
    return error as StatusError;
  }
  throw new Error('expected a conflict');
}

describe('field sets', () => {
  test('FieldsV1 keys: f: fields, k: items of associative lists with defaulted keys, v: set members, atomic selectors', () => {
    const set = fieldSetOf({ metadata: { finalizers: ['a'] }, spec: config().spec });
    const wire = toFieldsV1(set);
    expect(wire['f:spec']['f:selector']).toEqual({});
    expect(wire['f:metadata']['f:finalizers']).toEqual({ 'v:"a"': {} });
    const container = wire['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"web"}'];
    expect(container['.']).toEqual({});
    expect(container['f:ports']).toEqual({
      'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} },
    });
    expect(fromFieldsV1(wire)).toEqual(set);
    const member = [...set].find((m) => m.endsWith('f:image'))!;
    expect(printPath(member)).toBe('.spec.template.spec.containers[name="web"].image');
  });
});

describe('server-side apply', () => {
  test('creates with the manager owning exactly the applied fields', () => {
    const out = serverSideApply(undefined, config(), ctx('deployer'));
    expect(out.metadata.managedFields).toHaveLength(1);
    expect(out.metadata.managedFields[0]).toMatchObject({
      manager: 'deployer',
      operation: 'Apply',
      apiVersion: 'apps/v1',
      fieldsType: 'FieldsV1',
    });
    expect(out.metadata.managedFields[0].fieldsV1['f:metadata']).toEqual({ 'f:labels': { 'f:app': {} } });
  });

  test('conflicts name the field and manager; equal values are shared; force takes ownership', () => {
    const live = serverSideApply(undefined, config(), ctx('a'));
    const conflict = conflictOf(() => serverSideApply(live, config({ replicas: 3 }), ctx('b')));
    expect(conflict.code).toBe(409);
    expect(conflict.message).toBe('Apply failed with 1 conflict: conflict with "a": .spec.replicas');
    const shared = serverSideApply(live, config(), ctx('b'));
    expect(shared.metadata.managedFields.map((e: any) => e.manager).sort()).toEqual(['a', 'b']);
    const forced = serverSideApply(live, config({ replicas: 3 }), ctx('b', true));
    expect(forced.spec.replicas).toBe(3);
    const a = forced.metadata.managedFields.find((e: any) => e.manager === 'a');
    expect(a.fieldsV1['f:spec']['f:replicas']).toBeUndefined();
  });

  test('a field the manager stops applying is removed unless another manager owns it', () => {
    const live = serverSideApply(
      undefined,
      { ...config(), metadata: { ...config().metadata, annotations: { note: 'x', kept: 'y' } } },
      ctx('a'),
    );
    const shared = serverSideApply(
      live,
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', annotations: { kept: 'y' } } },
      ctx('b'),
    );
    const dropped = serverSideApply(shared, config(), ctx('a'));
    expect(dropped.metadata.annotations).toEqual({ kept: 'y' });
    // Removing a container item removes the whole item.
    const twoContainers = serverSideApply(
      undefined,
      config({
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            containers: [
              { name: 'web', image: 'web:1' },
              { name: 'side', image: 'side:1' },
            ],
          },
        },
      }),
      ctx('a'),
    );
    const one = serverSideApply(twoContainers, config(), ctx('a'));
    expect(one.spec.template.spec.containers.map((c: any) => c.name)).toEqual(['web']);
  });

  test('updates take ownership of what they change and show as "using <apiVersion>" in conflicts', () => {
    const live = serverSideApply(undefined, config(), ctx('deployer'));
    const edited = { ...live, spec: { ...live.spec, replicas: 5 } };
    edited.metadata = {
      ...edited.metadata,
      managedFields: recordUpdate(live, edited, { ...ctx('kubectl-edit'), force: undefined } as any),
    };
    const edit = edited.metadata.managedFields.find((e: any) => e.manager === 'kubectl-edit');
    expect(edit).toMatchObject({ operation: 'Update', fieldsV1: { 'f:spec': { 'f:replicas': {} } } });
    const deployer = edited.metadata.managedFields.find((e: any) => e.manager === 'deployer');
    expect(deployer.fieldsV1['f:spec']['f:replicas']).toBeUndefined();
    const conflict = conflictOf(() => serverSideApply(edited, config(), ctx('deployer')));
    expect(conflict.message).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.replicas',
    );
    expect(conflict.details?.causes).toEqual([
      {
        reason: 'FieldManagerConflict',
        message: 'conflict with "kubectl-edit" using apps/v1',
        field: '.spec.replicas',
      },
    ]);
  });
});
