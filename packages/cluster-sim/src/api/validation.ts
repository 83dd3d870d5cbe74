/**
 * Validation the real server applies that deploy tooling runs into: names, labels,
 * required fields, selectors that must match templates, immutable fields. Returns the
 * causes; the caller turns them into a 422 Invalid.
 */
import type { KObject } from '../store-api.js';
import { fieldForbidden, fieldInvalid, fieldNotSupported, fieldRequired, type StatusCause } from './errors.js';
import { labelSelectorObjectMatcher } from './selectors.js';
import { deepEqual } from './patch.js';

type Json = any;

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Resources whose names must be DNS-1123 labels (63 chars, no dots). */
const LABEL_NAMED = new Set(['/namespaces', '/services']);
/** Resources that accept any path-segment name. */
const PATH_SEGMENT_NAMED = new Set([
  'rbac.authorization.k8s.io/roles',
  'rbac.authorization.k8s.io/clusterroles',
  'rbac.authorization.k8s.io/rolebindings',
  'rbac.authorization.k8s.io/clusterrolebindings',
]);

export function validateName(group: string, resource: string, name: string): StatusCause[] {
  const key = `${group}/${resource}`;
  if (PATH_SEGMENT_NAMED.has(key)) {
    if (name === '.' || name === '..' || name.includes('/') || name.includes('%'))
      return [fieldInvalid('metadata.name', name, 'may not contain "/" or "%" and may not be "." or ".."')];
    return [];
  }
  if (key === '/services') {
    if (!DNS1035_LABEL.test(name) || name.length > 63) {
      return [
        fieldInvalid(
          'metadata.name',
          name,
          "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
        ),
      ];
    }
    return [];
  }
  if (LABEL_NAMED.has(key)) {
    if (!DNS1123_LABEL.test(name) || name.length > 63) {
      return [
        fieldInvalid(
          'metadata.name',
          name,
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        ),
      ];
    }
    return [];
  }
  if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) {
    return [
      fieldInvalid(
        'metadata.name',
        name,
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ),
    ];
  }
  return [];
}

function validateLabels(labels: Json, field: string): StatusCause[] {
  const causes: StatusCause[] = [];
  if (labels === undefined || labels === null) return causes;
  if (typeof labels !== 'object' || Array.isArray(labels))
    return [fieldInvalid(field, labels, 'must be a map of string keys to string values')];
  for (const [key, value] of Object.entries(labels)) {
    if (!QUALIFIED_NAME.test(key) || key.split('/').pop()!.length > 63) {
      causes.push(
        fieldInvalid(
          `${field}`,
          key,
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        ),
      );
    }
    if (typeof value !== 'string') causes.push(fieldInvalid(`${field}.${key}`, value, 'must be a string'));
    else if (!LABEL_VALUE.test(value) || value.length > 63) {
      causes.push(
        fieldInvalid(
          `${field}`,
          value,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        ),
      );
    }
  }
  return causes;
}

function validatePodSpec(spec: Json, field: string, restartPolicies?: string[]): StatusCause[] {
  const causes: StatusCause[] = [];
  if (!spec || typeof spec !== 'object') return [fieldRequired(field)];
  if (!Array.isArray(spec.containers) || spec.containers.length === 0)
    causes.push(fieldRequired(`${field}.containers`));
  const names = new Set<string>();
  for (const [list, containers] of [
    ['containers', spec.containers],
    ['initContainers', spec.initContainers],
  ] as const) {
    if (!Array.isArray(containers)) continue;
    containers.forEach((c: Json, i: number) => {
      const at = `${field}.${list}[${i}]`;
      if (!c?.name) causes.push(fieldRequired(`${at}.name`));
      else if (!DNS1123_LABEL.test(c.name))
        causes.push(
          fieldInvalid(
            `${at}.name`,
            c.name,
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          ),
        );
      else if (names.has(c.name))
        causes.push({ reason: 'FieldValueDuplicate', message: `Duplicate value: "${c.name}"`, field: `${at}.name` });
      else names.add(c.name);
      if (!c?.image) causes.push(fieldRequired(`${at}.image`));
      if (c?.imagePullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy)) {
        causes.push(fieldNotSupported(`${at}.imagePullPolicy`, c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
      }
      (Array.isArray(c?.ports) ? c.ports : []).forEach((p: Json, j: number) => {
        if (typeof p?.containerPort !== 'number' || p.containerPort < 1 || p.containerPort > 65535) {
          causes.push(
            fieldInvalid(`${at}.ports[${j}].containerPort`, p?.containerPort, 'must be between 1 and 65535, inclusive'),
          );
        }
      });
    });
  }
  if (restartPolicies && spec.restartPolicy && !restartPolicies.includes(spec.restartPolicy)) {
    causes.push(fieldNotSupported(`${field}.restartPolicy`, spec.restartPolicy, restartPolicies));
  }
  return causes;
}

function validateSelectorTemplate(spec: Json, kind: string): StatusCause[] {
  const causes: StatusCause[] = [];
  if (!spec || typeof spec !== 'object') return [fieldRequired('spec')];
  if (
    spec.replicas !== undefined &&
    (typeof spec.replicas !== 'number' || spec.replicas < 0 || !Number.isInteger(spec.replicas))
  ) {
    causes.push(fieldInvalid('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
  }
  const selector = spec.selector;
  if (
    !selector ||
    (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0)
  ) {
    causes.push(fieldRequired('spec.selector'));
    if (selector) causes.push(fieldInvalid('spec.selector', selector, 'empty selector is invalid for deployment'));
  } else {
    const labels = spec.template?.metadata?.labels;
    if (!labelSelectorObjectMatcher(selector)(labels)) {
      causes.push(
        fieldInvalid('spec.template.metadata.labels', labels ?? {}, '`selector` does not match template `labels`'),
      );
    }
  }
  causes.push(...validateLabels(spec.template?.metadata?.labels, 'spec.template.metadata.labels'));
  causes.push(
    ...validatePodSpec(spec.template?.spec, 'spec.template.spec', kind === 'Job' ? ['OnFailure', 'Never'] : ['Always']),
  );
  return causes;
}

function intOrPercent(value: Json): boolean {
  return (
    value === undefined ||
    (typeof value === 'number' && value >= 0) ||
    (typeof value === 'string' && /^\d+%$/.test(value))
  );
}

export function validateObject(
  group: string,
  resource: string,
  object: KObject,
  old: KObject | undefined,
): StatusCause[] {
  const causes: StatusCause[] = [];
  causes.push(...validateLabels(object.metadata.labels, 'metadata.labels'));
  if (object.metadata.annotations !== undefined) {
    const annotations = object.metadata.annotations;
    if (typeof annotations !== 'object' || annotations === null)
      causes.push(fieldInvalid('metadata.annotations', annotations, 'must be a map'));
    else {
      let size = 0;
      for (const [k, v] of Object.entries(annotations)) {
        if (typeof v !== 'string') causes.push(fieldInvalid(`metadata.annotations.${k}`, v, 'must be a string'));
        size += k.length + String(v).length;
      }
      if (size > 262144)
        causes.push({
          reason: 'FieldValueTooLong',
          message: 'Too long: must have at most 262144 bytes',
          field: 'metadata.annotations',
        });
    }
  }
  const spec: Json = object.spec;
  switch (`${group}/${resource}`) {
    case 'apps/deployments': {
      causes.push(...validateSelectorTemplate(spec, 'Deployment'));
      const strategy = spec?.strategy;
      if (strategy?.type && !['RollingUpdate', 'Recreate'].includes(strategy.type))
        causes.push(fieldNotSupported('spec.strategy.type', strategy.type, ['Recreate', 'RollingUpdate']));
      if (strategy?.type === 'Recreate' && strategy.rollingUpdate)
        causes.push(
          fieldForbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"),
        );
      const ru = strategy?.rollingUpdate;
      if (ru) {
        if (!intOrPercent(ru.maxSurge))
          causes.push(
            fieldInvalid(
              'spec.strategy.rollingUpdate.maxSurge',
              ru.maxSurge,
              "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
            ),
          );
        if (!intOrPercent(ru.maxUnavailable))
          causes.push(
            fieldInvalid(
              'spec.strategy.rollingUpdate.maxUnavailable',
              ru.maxUnavailable,
              "a valid percent string must be a numeric string followed by an ending '%'",
            ),
          );
        const zero = (v: Json) => v === 0 || v === '0%';
        if (zero(ru.maxSurge) && zero(ru.maxUnavailable))
          causes.push(
            fieldInvalid(
              'spec.strategy.rollingUpdate.maxUnavailable',
              ru.maxUnavailable,
              'may not be 0 when `maxSurge` is 0',
            ),
          );
      }
      if (
        spec?.progressDeadlineSeconds !== undefined &&
        spec?.minReadySeconds !== undefined &&
        spec.progressDeadlineSeconds <= spec.minReadySeconds
      ) {
        causes.push(
          fieldInvalid(
            'spec.progressDeadlineSeconds',
            spec.progressDeadlineSeconds,
            'must be greater than minReadySeconds',
          ),
        );
      }
      if (old && !deepEqual(old.spec?.selector, spec?.selector))
        causes.push(fieldInvalid('spec.selector', spec?.selector, 'field is immutable'));
      break;
    }
    case 'apps/replicasets':
    case 'apps/statefulsets':
    case 'apps/daemonsets':
      causes.push(...validateSelectorTemplate(spec, resource));
      if (old && !deepEqual(old.spec?.selector, spec?.selector))
        causes.push(fieldInvalid('spec.selector', spec?.selector, 'field is immutable'));
      break;
    case 'batch/jobs':
      causes.push(...validatePodSpec(spec?.template?.spec, 'spec.template.spec', ['OnFailure', 'Never']));
      if (old && !deepEqual(old.spec?.template, spec?.template) && !old.spec?.suspend)
        causes.push(fieldInvalid('spec.template', spec?.template, 'field is immutable'));
      break;
    case 'batch/cronjobs':
      if (!spec?.schedule) causes.push(fieldRequired('spec.schedule'));
      causes.push(
        ...validatePodSpec(spec?.jobTemplate?.spec?.template?.spec, 'spec.jobTemplate.spec.template.spec', [
          'OnFailure',
          'Never',
        ]),
      );
      break;
    case '/pods':
      causes.push(...validatePodSpec(spec, 'spec'));
      if (
        old &&
        old.spec !== spec &&
        !deepEqual(old.spec, spec) && // equal specs (a status write) are equal without their mutable fields too
        !deepEqual(stripMutablePodSpec(old.spec), stripMutablePodSpec(spec))
      ) {
        causes.push(
          fieldForbidden(
            'spec',
            'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
          ),
        );
      }
      break;
    case '/services': {
      const type = spec?.type ?? 'ClusterIP';
      if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type))
        causes.push(fieldNotSupported('spec.type', type, ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']));
      if (
        type !== 'ExternalName' &&
        (!Array.isArray(spec?.ports) || spec.ports.length === 0) &&
        spec?.clusterIP !== 'None'
      )
        causes.push(fieldRequired('spec.ports'));
      (Array.isArray(spec?.ports) ? spec.ports : []).forEach((p: Json, i: number) => {
        if (typeof p?.port !== 'number' || p.port < 1 || p.port > 65535)
          causes.push(fieldInvalid(`spec.ports[${i}].port`, p?.port, 'must be between 1 and 65535, inclusive'));
        if (spec.ports.length > 1 && !p?.name) causes.push(fieldRequired(`spec.ports[${i}].name`));
      });
      const ingress = (object as Json).status?.loadBalancer?.ingress;
      if (Array.isArray(ingress) && ingress.length > 0 && type !== 'LoadBalancer')
        causes.push(
          fieldForbidden('status.loadBalancer.ingress', "may only be used when `spec.type` is 'LoadBalancer'"),
        );
      if (old && old.spec?.clusterIP && spec?.clusterIP !== old.spec.clusterIP && old.spec.type !== 'ExternalName') {
        causes.push(fieldInvalid('spec.clusterIPs[0]', spec?.clusterIP, 'may not change once set'));
      }
      break;
    }
    case '/configmaps':
    case '/secrets': {
      for (const field of ['data', 'binaryData', 'stringData']) {
        const data = (object as Json)[field];
        if (data === undefined) continue;
        for (const key of Object.keys(data ?? {})) {
          if (!/^[-._a-zA-Z0-9]+$/.test(key))
            causes.push(
              fieldInvalid(
                `${field}[${key}]`,
                key,
                "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
              ),
            );
        }
      }
      if (resource === 'secrets' && (object as Json).data) {
        for (const [key, value] of Object.entries((object as Json).data)) {
          if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
            causes.push(fieldInvalid(`data[${key}]`, '<secret contents redacted>', 'illegal base64 data'));
        }
      }
      if (
        (object as Json).immutable === true &&
        old &&
        (old as Json).immutable === true &&
        (!deepEqual((old as Json).data, (object as Json).data) ||
          !deepEqual((old as Json).binaryData, (object as Json).binaryData))
      ) {
        causes.push(fieldForbidden('data', 'field is immutable when `immutable` is set'));
      }
      if (resource === 'secrets' && old && (old as Json).type !== (object as Json).type)
        causes.push(fieldInvalid('type', (object as Json).type, 'field is immutable'));
      break;
    }
    case 'rbac.authorization.k8s.io/rolebindings':
    case 'rbac.authorization.k8s.io/clusterrolebindings':
      if (!(object as Json).roleRef?.name) causes.push(fieldRequired('roleRef.name'));
      if (old && !deepEqual((old as Json).roleRef, (object as Json).roleRef))
        causes.push(fieldInvalid('roleRef', (object as Json).roleRef, 'cannot change roleRef'));
      break;
    case 'apiextensions.k8s.io/customresourcedefinitions': {
      const names = spec?.names;
      if (!spec?.group) causes.push(fieldRequired('spec.group'));
      if (!names?.plural) causes.push(fieldRequired('spec.names.plural'));
      if (!names?.kind) causes.push(fieldRequired('spec.names.kind'));
      if (!['Namespaced', 'Cluster'].includes(spec?.scope))
        causes.push(fieldNotSupported('spec.scope', spec?.scope, ['Cluster', 'Namespaced']));
      if (!Array.isArray(spec?.versions) || spec.versions.length === 0)
        causes.push(fieldRequired('spec.versions', 'must have exactly one version marked as storage version'));
      else if (spec.versions.filter((v: Json) => v.storage).length !== 1)
        causes.push(
          fieldInvalid(
            'spec.versions',
            spec.versions.map((v: Json) => v.name),
            'must have exactly one version marked as storage version',
          ),
        );
      if (names?.plural && spec?.group && object.metadata.name !== `${names.plural}.${spec.group}`) {
        causes.push(fieldInvalid('metadata.name', object.metadata.name, `must be spec.names.plural+"."+spec.group`));
      }
      break;
    }
  }
  return causes;
}

function stripMutablePodSpec(spec: Json): Json {
  if (!spec) return spec;
  const { activeDeadlineSeconds: _a, tolerations: _t, terminationGracePeriodSeconds: _g, ...rest } = spec;
  const strip = (list: Json) => (Array.isArray(list) ? list.map((c: Json) => ({ ...c, image: undefined })) : list);
  return JSON.parse(
    JSON.stringify({ ...rest, containers: strip(rest.containers), initContainers: strip(rest.initContainers) }),
  );
}
