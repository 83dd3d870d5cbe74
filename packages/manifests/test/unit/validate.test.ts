import { UserError } from '@kra/core';
import {
  assertValid,
  formatIssue,
  nameProblem,
  parseManifests,
  validateManifests,
  validateSchema,
  validateStructure,
  type KubeObject,
  type LoadedObject,
} from '../../src/index.js';
import { loaded, obj, rejectionOf } from './helpers.js';

const at = (object: KubeObject, line: number, file = '/ws/app.yaml') => loaded(object, file, 0, line);
const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);

describe('validateStructure', () => {
  test('a valid set has no issues', () => {
    const objects = [
      at(obj('Namespace', 'shop'), 1),
      at(obj('Deployment', 'web.v2', { metadata: { namespace: 'shop' } }), 5),
      at(obj('ClusterRole', 'system:aggregate-to-view'), 9),
      at(obj('Service', 'web', { metadata: { namespace: 'shop' } }), 12),
    ];
    expect(validateStructure(objects)).toEqual([]);
  });

  test('missing apiVersion, kind, metadata or metadata.name', () => {
    const objects = [
      at({ kind: 'ConfigMap', metadata: { name: 'a' } } as unknown as KubeObject, 1),
      at({ apiVersion: 'v1', metadata: { name: 'a' } } as unknown as KubeObject, 2),
      at({ apiVersion: 'v1', kind: 'ConfigMap' } as unknown as KubeObject, 3),
      at({ apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'job-' } }, 4),
      at({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 42 } } as unknown as KubeObject, 5),
    ];
    const issues = validateStructure(objects);
    expect(issues.map((issue) => [issue.source.line, issue.path, issue.message])).toEqual([
      [1, 'apiVersion', 'ConfigMap a has no apiVersion — add one, such as apps/v1'],
      [2, 'kind', 'object has no kind — add one, such as Deployment'],
      [3, 'metadata', 'ConfigMap has no metadata — add metadata with a name'],
      [
        4,
        'metadata.name',
        'Pod has no metadata.name — name it (generateName cannot be applied: apply needs a fixed name)',
      ],
      [5, 'metadata.name', 'Pod has a metadata.name that is not a string (42) — quote it'],
    ]);
  });

  test('names are checked with the rule the API server uses for the kind', () => {
    const issues = validateStructure([
      at(obj('Deployment', 'Web_App'), 1),
      at(obj('Namespace', 'a.b'), 2),
      at(obj('Service', '1web'), 3),
      at(obj('Deployment', '1web.example'), 4),
      at(obj('CronJob', 'c'.repeat(53)), 5),
      at(obj('Role', 'a/b'), 6),
      at(obj('ConfigMap', 'x'.repeat(254)), 7),
      at(obj('Widget', 'UPPER', {}, 'example.com/v1'), 8),
    ]);
    expect(issues.map((issue) => [issue.source.line, issue.message.replace(/:.*— /, ': … — ')])).toEqual([
      [1, 'Deployment name "Web_App" is invalid: … — rename it'],
      [2, 'Namespace name "a.b" is invalid: … — rename it'],
      [3, 'Service name "1web" is invalid: … — rename it'],
      [5, `CronJob name "${'c'.repeat(53)}" is invalid: … — rename it`],
      [6, 'Role name "a/b" is invalid: … — rename it'],
      [7, `ConfigMap name "${'x'.repeat(254)}" is invalid: … — rename it`],
      [8, 'Widget name "UPPER" is invalid: … — rename it'],
    ]);
    expect(issues[0].message).toContain('must be a DNS-1123 subdomain');
    expect(issues[1].message).toContain('must be a DNS-1123 label');
    expect(issues[2].message).toContain('must be a DNS-1035 label');
    expect(issues[3].message).toContain('must be no more than 52 characters');
  });

  test('an invalid namespace and a badly formed apiVersion', () => {
    const issues = validateStructure([
      at(obj('ConfigMap', 'a', { metadata: { namespace: 'Shop' } }), 1),
      at(obj('ConfigMap', 'b', {}, 'apps/v1/extra'), 2),
    ]);
    expect(messages(issues)).toEqual([
      expect.stringMatching(
        /^ConfigMap a has namespace "Shop", which is invalid: it must be a DNS-1123 label.* — fix the namespace$/,
      ),
      'ConfigMap has apiVersion "apps/v1/extra", which is not <group>/<version> or v1 — fix the apiVersion',
    ]);
    expect(
      validateStructure([
        at(obj('Widget', 'w', {}, 'example.com/alpha'), 1),
        at(obj('Widget', 'w2', {}, 'cert-manager.io/v1alpha2'), 2),
      ]),
    ).toEqual([]);
  });

  test('a CRD must be named <plural>.<group>', () => {
    const crd = obj('CustomResourceDefinition', 'widgets', {
      spec: { group: 'example.com', names: { plural: 'widgets', kind: 'Widget' } },
    });
    expect(messages(validateStructure([at(crd, 1)]))).toEqual([
      'CustomResourceDefinition "widgets" must be named "widgets.example.com" (<plural>.<group>) — rename it',
    ]);
  });

  test('the same object twice names both places; another version of the same group is the same object', () => {
    const issues = validateStructure(
      [
        at(obj('Deployment', 'web', { metadata: { namespace: 'shop' } }), 3, '/ws/a.yaml'),
        at(obj('Deployment', 'web', { metadata: { namespace: 'shop' } }, 'apps/v1beta2'), 7, '/ws/b.yaml'),
        at(obj('Deployment', 'web', { metadata: { namespace: 'other' } }), 9, '/ws/b.yaml'),
        at(obj('Service', 'web', { metadata: { namespace: 'shop' } }), 12, '/ws/b.yaml'),
        at(obj('ClusterRole', 'r', { metadata: { namespace: 'x' } }), 14, '/ws/c.yaml'),
        at(obj('ClusterRole', 'r'), 20, '/ws/c.yaml'),
      ],
      { root: '/ws' },
    );
    expect(issues.map((issue) => formatIssue(issue, '/ws'))).toEqual([
      'b.yaml:7: Deployment shop/web is defined twice: here and at a.yaml:3 — keep one of them',
      'c.yaml:20: ClusterRole r is defined twice: here and at c.yaml:14 — keep one of them',
    ]);
  });

  test('with a default namespace, an object without one is the same as one in that namespace', () => {
    const objects = [at(obj('ConfigMap', 'a'), 1), at(obj('ConfigMap', 'a', { metadata: { namespace: 'shop' } }), 2)];
    expect(validateStructure(objects)).toEqual([]);
    expect(validateStructure(objects, { defaultNamespace: 'shop' })).toHaveLength(1);
  });

  test('without a default namespace, an object without one lands in `default`: the same as one there', () => {
    const objects = [
      at(obj('ConfigMap', 'dup'), 1),
      at(obj('ConfigMap', 'dup', { metadata: { namespace: 'default' } }), 2),
    ];
    expect(messages(validateStructure(objects))).toEqual([
      expect.stringMatching(/^ConfigMap default\/dup is defined twice: here and at .*app\.yaml:1 — keep one of them$/),
    ]);
    expect(validateStructure(objects, { defaultNamespace: 'shop' })).toEqual([]);
  });

  test('nameProblem knows each rule', () => {
    expect(nameProblem('ok-name', 'dns1123-label')).toBeUndefined();
    expect(nameProblem('a'.repeat(64), 'dns1123-label')).toBe('must be no more than 63 characters');
    expect(nameProblem('system:node', 'path-segment')).toBeUndefined();
    expect(nameProblem('..', 'path-segment')).toBe('may not be "." or ".."');
  });
});

describe('validateSchema (offline OpenAPI)', () => {
  const parse = (text: string) => parseManifests(text, '/ws/s.yaml');

  test('valid built-in objects pass', async () => {
    const objects = parse(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: web:1
          ports: [{containerPort: 8080}]
          resources: {requests: {cpu: 100m, memory: 128Mi}}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  ports: [{port: 80, targetPort: http}]
`);
    expect(await validateSchema(objects)).toEqual([]);
  });

  test('wrong types, missing required fields and bad enums are issues with the field path', async () => {
    const objects = parse(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: two
  template:
    spec:
      containers:
        - name: web
          image: web:1
          imagePullPolicy: Sometimes
          ports: [{containerPort: "8080"}]
`);
    const issues = await validateSchema(objects);
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual(
      expect.arrayContaining([
        ['spec.replicas', 'Deployment web: spec.replicas must be integer (OpenAPI schema) — fix the field'],
        ['spec.selector', 'Deployment web: spec.selector is required (OpenAPI schema) — fix the field'],
        [
          'spec.template.spec.containers[0].ports[0].containerPort',
          expect.stringContaining('containerPort must be integer'),
        ],
      ]),
    );
    expect(issues.every((issue) => issue.source.line === 1)).toBe(true);
  });

  test('a kind or version Kubernetes does not have in a built-in group is an issue with a hint', async () => {
    const issues = await validateSchema(
      parse(
        'apiVersion: apps/v1beta9\nkind: Deployment\nmetadata: {name: web}\n---\napiVersion: v1\nkind: Deployment\nmetadata: {name: x}\n',
      ),
    );
    expect(messages(issues)).toEqual([
      expect.stringMatching(/^Deployment web: Kubernetes has no Deployment in apps\/v1beta9 — use apiVersion apps\/v1/),
      'Deployment x: Kubernetes has no Deployment in v1 — check the kind (the core API group has no kind Deployment)',
    ]);
  });

  test('custom resources without their CRD in the set are skipped', async () => {
    expect(
      await validateSchema(
        parse('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: huge}\n'),
      ),
    ).toEqual([]);
  });

  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: {type: integer, minimum: 1}
                port: {x-kubernetes-int-or-string: true}
                color: {type: string, enum: [red, blue]}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
                template:
                  type: object
                  x-kubernetes-embedded-resource: true
                  properties:
                    spec: {type: object, x-kubernetes-preserve-unknown-fields: true}
    - name: v2
      served: true
      storage: false
`;

  test('custom resources are checked against the schema of their CRD in the set, unknown fields included', async () => {
    const objects = parse(`${crd}---
apiVersion: example.com/v1
kind: Widget
metadata: {name: good, namespace: shop, labels: {a: b}}
spec:
  size: 3
  port: http
  color: red
  extra: {anything: [1, 2]}
  template: {apiVersion: v1, kind: Pod, metadata: {name: x}, spec: {containers: []}}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: bad}
spec:
  size: 0
  colour: red
  color: green
---
apiVersion: example.com/v2
kind: Widget
metadata: {name: schemaless}
spec: {whatever: true}
---
apiVersion: example.com/v3
kind: Widget
metadata: {name: future}
`);
    const issues = await validateSchema(objects);
    expect(issues.map((issue) => [issue.object?.metadata.name, issue.path, issue.message])).toEqual([
      [
        'bad',
        'spec.colour',
        'Widget bad: spec.colour is not a field the schema knows (unknown field) (CRD schema) — fix the field',
      ],
      ['bad', 'spec.size', 'Widget bad: spec.size must be >= 1 (CRD schema) — fix the field'],
      ['bad', 'spec.color', 'Widget bad: spec.color must be one of "red", "blue" (CRD schema) — fix the field'],
      [
        'future',
        'apiVersion',
        'Widget future: its CustomResourceDefinition widgets.example.com has no version v3 — use apiVersion example.com/v1 or example.com/v2',
      ],
    ]);
    expect(issues[0].source.line).toBe(43);
  });
});

describe('assertValid and validateManifests', () => {
  const bad: LoadedObject[] = [
    at(obj('Deployment', 'Bad_Name'), 4, '/ws/k8s/app.yaml'),
    at(obj('Service', '2'), 9, '/ws/k8s/app.yaml'),
  ];

  test('throws one line naming the first issue at file:line and how many more there are', async () => {
    const error = await rejectionOf(assertValid(bad, 'structure', { root: '/ws' }));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      /^k8s\/app\.yaml:4: Deployment name "Bad_Name" is invalid: .* — rename it \(and 1 more problem\)$/,
    );
    expect((error as UserError).file).toBe('k8s/app.yaml');
    expect((error as UserError).line).toBe(4);
  });

  test('mode none checks nothing; a valid set passes', async () => {
    await expect(assertValid(bad, 'none')).resolves.toBeUndefined();
    await expect(assertValid([at(obj('ConfigMap', 'ok'), 1)], 'schema')).resolves.toBeUndefined();
  });

  test('schema mode adds schema issues to structural ones', async () => {
    const objects = [...bad, at(obj('ConfigMap', 'c', { data: { n: 5 } }), 12)];
    const issues = await validateManifests(objects, 'schema');
    expect(issues).toHaveLength(3);
    expect(issues[2].message).toBe('ConfigMap c: data.n must be string (OpenAPI schema) — fix the field');
    expect(await validateManifests(objects, 'structure')).toHaveLength(2);
  });
});
