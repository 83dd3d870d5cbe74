/**
 * Type checks the real server's JSON decoder makes before anything else: a field of the
 * wrong JSON type is a 400 BadRequest ("cannot unmarshal string into Go struct field ..."),
 * not a validation error. Covers the fields every kind has and the pod template fields
 * deploy tooling writes; the rest is left to validation.
 */
import type { KObject } from '../store-api.js';
import { badRequest, type StatusError } from './errors.js';

type Json = any;
type Shape = 'object' | 'array' | 'string' | 'stringMap' | 'stringArray';

function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

function fits(value: Json, shape: Shape): boolean {
  if (value === undefined || value === null) return true;
  switch (shape) {
    case 'object':
      return jsonType(value) === 'object';
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'stringMap':
      return jsonType(value) === 'object' && Object.values(value).every((v) => v === null || typeof v === 'string');
    case 'stringArray':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

const GO_TYPES: Record<Shape, string> = {
  object: 'struct',
  array: '[]',
  string: 'string',
  stringMap: 'map[string]string',
  stringArray: '[]string',
};

class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly actual: string,
    readonly expected: Shape,
  ) {
    super(path);
  }
}

function check(value: Json, shape: Shape, path: string): void {
  if (!fits(value, shape)) {
    const actual =
      shape === 'stringMap' && jsonType(value) === 'object'
        ? jsonType(Object.values(value).find((v) => typeof v !== 'string'))
        : jsonType(value);
    throw new ShapeError(path, actual === 'undefined' ? 'null' : actual, shape);
  }
}

function checkContainers(list: Json, path: string): void {
  check(list, 'array', path);
  (list ?? []).forEach((c: Json, i: number) => {
    const at = `${path}[${i}]`;
    check(c, 'object', at);
    if (!c) return;
    check(c.name, 'string', `${at}.name`);
    check(c.image, 'string', `${at}.image`);
    check(c.command, 'stringArray', `${at}.command`);
    check(c.args, 'stringArray', `${at}.args`);
    for (const field of ['env', 'ports', 'volumeMounts', 'envFrom']) {
      check(c[field], 'array', `${at}.${field}`);
      (c[field] ?? []).forEach((item: Json, j: number) => check(item, 'object', `${at}.${field}[${j}]`));
    }
    check(c.resources, 'object', `${at}.resources`);
  });
}

function checkPodSpec(spec: Json, path: string): void {
  check(spec, 'object', path);
  if (!spec) return;
  checkContainers(spec.containers, `${path}.containers`);
  checkContainers(spec.initContainers, `${path}.initContainers`);
  check(spec.volumes, 'array', `${path}.volumes`);
  check(spec.nodeSelector, 'stringMap', `${path}.nodeSelector`);
  check(spec.tolerations, 'array', `${path}.tolerations`);
  check(spec.imagePullSecrets, 'array', `${path}.imagePullSecrets`);
}

function checkTemplate(template: Json, path: string): void {
  check(template, 'object', path);
  if (!template) return;
  check(template.metadata, 'object', `${path}.metadata`);
  check(template.metadata?.labels, 'stringMap', `${path}.metadata.labels`);
  check(template.metadata?.annotations, 'stringMap', `${path}.metadata.annotations`);
  checkPodSpec(template.spec, `${path}.spec`);
}

/** Throws the decoder's 400 when a field has the wrong JSON type. */
export function checkShape(kind: string, version: string, object: KObject): void {
  try {
    const o: Json = object;
    check(o.metadata, 'object', 'metadata');
    check(o.metadata?.labels, 'stringMap', 'metadata.labels');
    check(o.metadata?.annotations, 'stringMap', 'metadata.annotations');
    check(o.metadata?.finalizers, 'stringArray', 'metadata.finalizers');
    check(o.metadata?.ownerReferences, 'array', 'metadata.ownerReferences');
    check(o.spec, 'object', 'spec');
    check(o.status, 'object', 'status');
    if (kind === 'ConfigMap' || kind === 'Secret') {
      check(o.data, 'stringMap', 'data');
      check(o.binaryData, 'stringMap', 'binaryData');
      check(o.stringData, 'stringMap', 'stringData');
    }
    if (kind === 'Pod') checkPodSpec(o.spec, 'spec');
    if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'].includes(kind)) {
      check(o.spec?.selector, 'object', 'spec.selector');
      checkTemplate(o.spec?.template, 'spec.template');
    }
    if (kind === 'CronJob') checkTemplate(o.spec?.jobTemplate?.spec?.template, 'spec.jobTemplate.spec.template');
    if (kind === 'Service') {
      check(o.spec?.ports, 'array', 'spec.ports');
      check(o.spec?.selector, 'stringMap', 'spec.selector');
    }
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const message = `${kind} in version "${version}" cannot be handled as a ${kind}: json: cannot unmarshal ${error.actual} into Go struct field ${kind}.${error.path} of type ${GO_TYPES[error.expected]}`;
    throw badRequest(message) as StatusError;
  }
}
