/**
 * Decoding of the Kubernetes protobuf wire format for the request bodies kubectl sends
 * with its typed clients (`kubectl create namespace|configmap|secret`, `kubectl auth
 * can-i`, `kubectl auth whoami`): the `k8s\0` magic, the runtime.Unknown envelope, and
 * the generated.proto field numbers of those kinds. Responses are always JSON, which
 * clients accept. Other kinds sent as protobuf get a 415 naming the JSON alternative.
 */
import { StatusError } from '../api/errors.js';

type FieldType = 'string' | 'bytes' | 'int' | 'bool' | 'message' | 'mapStringString' | 'mapStringBytes' | 'intOrString';
interface Field {
  name: string;
  type: FieldType;
  repeated?: boolean;
  message?: Schema;
  /** A pointer field in Go: present means set, so a zero is kept (other zero ints are Go zero values, unset). */
  keepZero?: boolean;
}
type Schema = Record<number, Field>;

const OWNER_REFERENCE: Schema = {
  1: { name: 'kind', type: 'string' },
  3: { name: 'name', type: 'string' },
  4: { name: 'uid', type: 'string' },
  5: { name: 'apiVersion', type: 'string' },
  6: { name: 'controller', type: 'bool' },
  7: { name: 'blockOwnerDeletion', type: 'bool' },
};

const OBJECT_META: Schema = {
  1: { name: 'name', type: 'string' },
  2: { name: 'generateName', type: 'string' },
  3: { name: 'namespace', type: 'string' },
  5: { name: 'uid', type: 'string' },
  6: { name: 'resourceVersion', type: 'string' },
  7: { name: 'generation', type: 'int' },
  11: { name: 'labels', type: 'mapStringString' },
  12: { name: 'annotations', type: 'mapStringString' },
  13: { name: 'ownerReferences', type: 'message', repeated: true, message: OWNER_REFERENCE },
  14: { name: 'finalizers', type: 'string', repeated: true },
};

const RESOURCE_ATTRIBUTES: Schema = {
  1: { name: 'namespace', type: 'string' },
  2: { name: 'verb', type: 'string' },
  3: { name: 'group', type: 'string' },
  4: { name: 'version', type: 'string' },
  5: { name: 'resource', type: 'string' },
  6: { name: 'subresource', type: 'string' },
  7: { name: 'name', type: 'string' },
};
const NON_RESOURCE_ATTRIBUTES: Schema = { 1: { name: 'path', type: 'string' }, 2: { name: 'verb', type: 'string' } };

const LABEL_SELECTOR: Schema = {
  1: { name: 'matchLabels', type: 'mapStringString' },
  2: {
    name: 'matchExpressions',
    type: 'message',
    repeated: true,
    message: {
      1: { name: 'key', type: 'string' },
      2: { name: 'operator', type: 'string' },
      3: { name: 'values', type: 'string', repeated: true },
    },
  },
};
const CONTAINER: Schema = {
  1: { name: 'name', type: 'string' },
  2: { name: 'image', type: 'string' },
  3: { name: 'command', type: 'string', repeated: true },
  4: { name: 'args', type: 'string', repeated: true },
  5: { name: 'workingDir', type: 'string' },
  6: {
    name: 'ports',
    type: 'message',
    repeated: true,
    message: {
      1: { name: 'name', type: 'string' },
      2: { name: 'hostPort', type: 'int' },
      3: { name: 'containerPort', type: 'int' },
      4: { name: 'protocol', type: 'string' },
    },
  },
  7: {
    name: 'env',
    type: 'message',
    repeated: true,
    message: { 1: { name: 'name', type: 'string' }, 2: { name: 'value', type: 'string' } },
  },
  13: { name: 'terminationMessagePath', type: 'string' },
  14: { name: 'imagePullPolicy', type: 'string' },
  20: { name: 'terminationMessagePolicy', type: 'string' },
};
const POD_TEMPLATE: Schema = {
  1: { name: 'metadata', type: 'message', message: OBJECT_META },
  2: {
    name: 'spec',
    type: 'message',
    message: {
      2: { name: 'containers', type: 'message', repeated: true, message: CONTAINER },
      3: { name: 'restartPolicy', type: 'string' },
      4: { name: 'terminationGracePeriodSeconds', type: 'int', keepZero: true },
      6: { name: 'dnsPolicy', type: 'string' },
      7: { name: 'nodeSelector', type: 'mapStringString' },
      8: { name: 'serviceAccountName', type: 'string' },
      19: { name: 'schedulerName', type: 'string' },
      20: { name: 'initContainers', type: 'message', repeated: true, message: CONTAINER },
    },
  },
};

const POLICY_RULE: Schema = {
  1: { name: 'verbs', type: 'string', repeated: true },
  2: { name: 'apiGroups', type: 'string', repeated: true },
  3: { name: 'resources', type: 'string', repeated: true },
  4: { name: 'resourceNames', type: 'string', repeated: true },
  5: { name: 'nonResourceURLs', type: 'string', repeated: true },
};
const SUBJECT: Schema = {
  1: { name: 'kind', type: 'string' },
  2: { name: 'apiGroup', type: 'string' },
  3: { name: 'name', type: 'string' },
  4: { name: 'namespace', type: 'string' },
};
const ROLE_REF: Schema = {
  1: { name: 'apiGroup', type: 'string' },
  2: { name: 'kind', type: 'string' },
  3: { name: 'name', type: 'string' },
};
const ROLE: Schema = {
  1: { name: 'metadata', type: 'message', message: OBJECT_META },
  2: { name: 'rules', type: 'message', repeated: true, message: POLICY_RULE },
};
const BINDING: Schema = {
  1: { name: 'metadata', type: 'message', message: OBJECT_META },
  2: { name: 'subjects', type: 'message', repeated: true, message: SUBJECT },
  3: { name: 'roleRef', type: 'message', message: ROLE_REF },
};

const JOB_SPEC: Schema = {
  1: { name: 'parallelism', type: 'int', keepZero: true },
  2: { name: 'completions', type: 'int', keepZero: true },
  3: { name: 'activeDeadlineSeconds', type: 'int', keepZero: true },
  6: { name: 'template', type: 'message', message: POD_TEMPLATE },
  7: { name: 'backoffLimit', type: 'int', keepZero: true },
  10: { name: 'suspend', type: 'bool' },
};

const KINDS: Record<string, Schema> = {
  Job: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: { name: 'spec', type: 'message', message: JOB_SPEC },
  },
  CronJob: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: {
      name: 'spec',
      type: 'message',
      message: {
        1: { name: 'schedule', type: 'string' },
        3: { name: 'concurrencyPolicy', type: 'string' },
        4: { name: 'suspend', type: 'bool' },
        5: {
          name: 'jobTemplate',
          type: 'message',
          message: {
            1: { name: 'metadata', type: 'message', message: OBJECT_META },
            2: { name: 'spec', type: 'message', message: JOB_SPEC },
          },
        },
      },
    },
  },
  Deployment: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: {
      name: 'spec',
      type: 'message',
      message: {
        1: { name: 'replicas', type: 'int', keepZero: true },
        2: { name: 'selector', type: 'message', message: LABEL_SELECTOR },
        3: { name: 'template', type: 'message', message: POD_TEMPLATE },
        4: { name: 'strategy', type: 'message', message: { 1: { name: 'type', type: 'string' } } },
        5: { name: 'minReadySeconds', type: 'int' },
        6: { name: 'revisionHistoryLimit', type: 'int', keepZero: true },
        7: { name: 'paused', type: 'bool' },
        9: { name: 'progressDeadlineSeconds', type: 'int', keepZero: true },
      },
    },
  },
  Service: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: {
      name: 'spec',
      type: 'message',
      message: {
        1: {
          name: 'ports',
          type: 'message',
          repeated: true,
          message: {
            1: { name: 'name', type: 'string' },
            2: { name: 'protocol', type: 'string' },
            3: { name: 'port', type: 'int' },
            4: { name: 'targetPort', type: 'intOrString' },
            5: { name: 'nodePort', type: 'int' },
          },
        },
        2: { name: 'selector', type: 'mapStringString' },
        3: { name: 'clusterIP', type: 'string' },
        4: { name: 'type', type: 'string' },
        5: { name: 'externalIPs', type: 'string', repeated: true },
        7: { name: 'sessionAffinity', type: 'string' },
        11: { name: 'externalName', type: 'string' },
      },
    },
  },
  Role: ROLE,
  ClusterRole: ROLE,
  RoleBinding: BINDING,
  ClusterRoleBinding: BINDING,
  ServiceAccount: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    3: { name: 'imagePullSecrets', type: 'message', repeated: true, message: { 1: { name: 'name', type: 'string' } } },
    4: { name: 'automountServiceAccountToken', type: 'bool' },
  },
  Namespace: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: { name: 'spec', type: 'message', message: { 1: { name: 'finalizers', type: 'string', repeated: true } } },
  },
  ConfigMap: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: { name: 'data', type: 'mapStringString' },
    3: { name: 'binaryData', type: 'mapStringBytes' },
    4: { name: 'immutable', type: 'bool' },
  },
  Secret: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: { name: 'data', type: 'mapStringBytes' },
    3: { name: 'type', type: 'string' },
    4: { name: 'stringData', type: 'mapStringString' },
    5: { name: 'immutable', type: 'bool' },
  },
  SelfSubjectAccessReview: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: {
      name: 'spec',
      type: 'message',
      message: {
        1: { name: 'resourceAttributes', type: 'message', message: RESOURCE_ATTRIBUTES },
        2: { name: 'nonResourceAttributes', type: 'message', message: NON_RESOURCE_ATTRIBUTES },
      },
    },
  },
  SelfSubjectRulesReview: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: { name: 'spec', type: 'message', message: { 1: { name: 'namespace', type: 'string' } } },
  },
  SelfSubjectReview: { 1: { name: 'metadata', type: 'message', message: OBJECT_META } },
  TokenRequest: {
    1: { name: 'metadata', type: 'message', message: OBJECT_META },
    2: {
      name: 'spec',
      type: 'message',
      message: {
        1: { name: 'audiences', type: 'string', repeated: true },
        4: { name: 'expirationSeconds', type: 'int', keepZero: true },
      },
    },
  },
  DeleteOptions: {
    1: { name: 'gracePeriodSeconds', type: 'int', keepZero: true },
    2: {
      name: 'preconditions',
      type: 'message',
      message: { 1: { name: 'uid', type: 'string' }, 2: { name: 'resourceVersion', type: 'string' } },
    },
    3: { name: 'orphanDependents', type: 'bool' },
    4: { name: 'propagationPolicy', type: 'string' },
    5: { name: 'dryRun', type: 'string', repeated: true },
  },
};

const TYPE_META: Schema = { 1: { name: 'apiVersion', type: 'string' }, 2: { name: 'kind', type: 'string' } };
const UNKNOWN: Schema = {
  1: { name: 'typeMeta', type: 'message', message: TYPE_META },
  2: { name: 'raw', type: 'bytes' },
  3: { name: 'contentEncoding', type: 'string' },
  4: { name: 'contentType', type: 'string' },
};

class UnknownFieldError extends Error {}

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  done(): boolean {
    return this.pos >= this.buf.length;
  }
  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint');
      const byte = this.buf[this.pos++];
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7n;
    }
  }
  bytes(): Buffer {
    const length = Number(this.varint());
    if (this.pos + length > this.buf.length) throw new Error('truncated bytes');
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }
}

function decodeMapEntry(buf: Buffer, valueBytes: boolean): [string, string] {
  const r = new Reader(buf);
  let key = '';
  let value = '';
  while (!r.done()) {
    const tag = Number(r.varint());
    const field = tag >> 3;
    if (field === 1) key = r.bytes().toString('utf8');
    else if (field === 2) {
      const raw = r.bytes();
      value = valueBytes ? raw.toString('base64') : raw.toString('utf8');
    } else r.skip(tag & 7);
  }
  return [key, value];
}

/** True when a length-delimited payload carries nothing but zero values (Go zero values that gogo marshals anyway). */
function isZeroPayload(buf: Buffer): boolean {
  if (buf.length === 0) return true;
  try {
    const r = new Reader(buf);
    while (!r.done()) {
      const wireType = Number(r.varint()) & 7;
      if (wireType === 0) {
        if (r.varint() !== 0n) return false;
      } else if (wireType === 2) {
        if (!isZeroPayload(r.bytes())) return false;
      } else if (wireType === 1 || wireType === 5) {
        const width = wireType === 1 ? 8 : 4;
        if (buf.subarray(r.pos, r.pos + width).some((b) => b !== 0)) return false;
        r.pos += width;
      } else return false;
    }
    return true;
  } catch {
    return false;
  }
}

function decodeMessage(buf: Buffer, schema: Schema, path = ''): Record<string, any> {
  const out: Record<string, any> = {};
  const r = new Reader(buf);
  while (!r.done()) {
    const tag = Number(r.varint());
    const number = tag >> 3;
    const wireType = tag & 7;
    const field = schema[number];
    if (!field) {
      // Fields this decoder does not know are accepted only when they hold zero values:
      // anything else would be silently lost.
      const zero =
        wireType === 0 ? r.varint() === 0n : wireType === 2 ? isZeroPayload(r.bytes()) : (r.skip(wireType), false);
      if (!zero) throw new UnknownFieldError(`${path || '.'} field ${number}`);
      continue;
    }
    let value: any;
    switch (field.type) {
      case 'string':
        value = r.bytes().toString('utf8');
        if (value === '') continue; // the Go zero value: unset
        break;
      case 'intOrString': {
        const v = decodeMessage(
          r.bytes(),
          {
            1: { name: 'type', type: 'int' },
            2: { name: 'intVal', type: 'int' },
            3: { name: 'strVal', type: 'string' },
          },
          `${path}.${field.name}`,
        );
        if (v.type === undefined && v.intVal === undefined && v.strVal === undefined) continue;
        value = v.type === 1 ? (v.strVal ?? '') : (v.intVal ?? 0);
        break;
      }
      case 'bytes':
        value = Buffer.from(r.bytes());
        break;
      case 'int':
        value = Number(BigInt.asIntN(64, r.varint()));
        if (value === 0 && !field.keepZero && !field.repeated) continue;
        break;
      case 'bool':
        value = r.varint() !== 0n;
        if (!value && !field.repeated) continue;
        break;
      case 'message':
        value = decodeMessage(r.bytes(), field.message!, `${path}.${field.name}`);
        if (!field.repeated && Object.keys(value).length === 0) continue;
        break;
      case 'mapStringString':
      case 'mapStringBytes': {
        const [k, v] = decodeMapEntry(r.bytes(), field.type === 'mapStringBytes');
        out[field.name] = { ...(out[field.name] ?? {}), [k]: v };
        continue;
      }
    }
    if (field.repeated) (out[field.name] ??= []).push(value);
    else out[field.name] = value;
  }
  return out;
}

export const PROTOBUF = 'application/vnd.kubernetes.protobuf';

/** Decodes a protobuf request body into the JSON form of the object. */
export function decodeProtobufObject(body: Buffer): any {
  if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\u0000') {
    throw new StatusError(400, 'BadRequest', 'the protobuf body does not start with the Kubernetes magic number');
  }
  let envelope: Record<string, any>;
  try {
    envelope = decodeMessage(body.subarray(4), UNKNOWN);
  } catch (error) {
    throw new StatusError(400, 'BadRequest', `cannot decode the protobuf envelope: ${(error as Error).message}`);
  }
  const kind: string | undefined = envelope.typeMeta?.kind;
  const apiVersion: string | undefined = envelope.typeMeta?.apiVersion;
  const schema = kind ? KINDS[kind] : undefined;
  if (!schema) {
    throw new StatusError(
      415,
      'UnsupportedMediaType',
      `cluster-sim decodes protobuf request bodies only for ${Object.keys(KINDS).join(', ')}; send ${kind ?? 'this object'} as application/json (for example with kubectl apply)`,
    );
  }
  try {
    return { apiVersion, kind, ...decodeMessage(envelope.raw ?? Buffer.alloc(0), schema) };
  } catch (error) {
    if (error instanceof UnknownFieldError) {
      throw new StatusError(
        415,
        'UnsupportedMediaType',
        `cluster-sim cannot decode the protobuf ${kind} (${error.message} is not modelled); send it as application/json (for example with kubectl apply)`,
      );
    }
    throw new StatusError(400, 'BadRequest', `cannot decode the protobuf ${kind}: ${(error as Error).message}`);
  }
}
