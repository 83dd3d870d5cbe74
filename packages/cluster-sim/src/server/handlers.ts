/**
 * The resource endpoints: get, list (selectors, limit/continue, Table), watch, create,
 * update, patch (JSON, merge, strategic, apply), delete, deletecollection, and the
 * status, scale and log subresources, plus the access reviews.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KObject } from '../store-api.js';
import type { Store } from '../store/store.js';
import {
  StatusError,
  badRequest,
  methodNotAllowed,
  notFound,
  unsupportedMediaType,
  invalid,
  fieldRequired,
  fieldForbidden,
  fieldInvalid,
  internalError,
} from '../api/errors.js';
import { groupVersion, splitApiVersion, VIRTUAL_RESOURCES, type ResourceInfo } from '../api/resources.js';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch } from '../api/patch.js';
import type { RequestInfo } from './request-info.js';
import { decodeJson, decodeYamlOrJson, mediaType, readBody } from './body.js';
import { sendJson, sendNotFoundPage, sendStatusError } from './respond.js';
import { toTable, wantsTable, type IncludeObject } from './table.js';
import { serveWatch } from './watch.js';
import { decodeProtobufObject, PROTOBUF } from './protobuf.js';
import type { RbacAuthorizer, UserInfo } from '../rbac/index.js';
import type { RequestLogEntry } from '../faults/index.js';

export type PodLogSource = (
  namespace: string,
  pod: string,
  container?: string,
  tailLines?: number,
  /** the run before the container's last restart (`kubectl logs --previous`) */
  previous?: boolean,
) => string | undefined;

/** Issues a bearer token for a user name (the TokenRequest subresource of ServiceAccounts). */
export type TokenIssuer = (username: string) => string;

export interface HandlerExtras {
  dropWatchAfterEvents?: number;
  authorizer?: RbacAuthorizer;
  entry?: RequestLogEntry;
}

const PATCH_TYPES = new Set([
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
  'application/apply-patch+cbor',
]);

interface Continue {
  rv: string;
  start: string;
}

function encodeContinue(token: Continue): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', ...token })).toString('base64');
}

function decodeContinue(text: string): Continue {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
    if (parsed.v !== 'meta.k8s.io/v1' || typeof parsed.start !== 'string') throw new Error('bad');
    return parsed;
  } catch {
    throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
  }
}

/** The stores that answer a completed delete with the object (ReturnDeletedObject); the others answer a Status. */
const RETURNS_DELETED = new Set([
  'pods',
  'services',
  'serviceaccounts',
  'persistentvolumeclaims',
  'persistentvolumes',
  'namespaces',
]);

function deletedStatus(info: ResourceInfo, object: KObject) {
  const details: Record<string, string> = { name: object.metadata.name };
  if (info.group) details.group = info.group;
  details.kind = info.resource;
  if (object.metadata.uid) details.uid = object.metadata.uid;
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details };
}

function userAgentManager(req: IncomingMessage): string {
  const ua = req.headers['user-agent'];
  if (!ua) return 'unknown';
  return ua.split('/')[0].slice(0, 128) || 'unknown';
}

export class ResourceHandlers {
  constructor(
    private readonly store: Store,
    private readonly podLog?: PodLogSource,
    private readonly bookmarkIntervalMs?: number,
    private readonly issueToken?: TokenIssuer,
  ) {}

  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    ri: RequestInfo,
    user: UserInfo,
    extras: HandlerExtras,
  ): Promise<void> {
    const info = ri.info;
    if (!info) {
      // a group/version nobody serves (a deleted CRD's) is the mux's plain 404, an unknown resource in one a Status
      if (!this.store.registry.all().some((r) => r.group === ri.group && r.version === ri.version)) {
        sendNotFoundPage(res);
        return;
      }
      sendStatusError(res, new StatusError(404, 'NotFound', 'the server could not find the requested resource', {}));
      return;
    }
    if (ri.namespace !== undefined && !info.namespaced && !(info.resource === 'namespaces' && info.group === '')) {
      sendStatusError(res, new StatusError(404, 'NotFound', 'the server could not find the requested resource', {}));
      return;
    }
    const params = url.searchParams;
    const dryRunValues = params.getAll('dryRun');
    if (dryRunValues.some((value) => value !== 'All')) {
      const options =
        { create: 'CreateOptions', update: 'UpdateOptions', patch: 'PatchOptions' }[ri.verb as string] ??
        'DeleteOptions';
      throw invalid(options, 'meta.k8s.io', '', [
        {
          reason: 'FieldValueNotSupported',
          message: `Unsupported value: ${JSON.stringify(dryRunValues)}: supported values: "All"`,
          field: 'dryRun',
        },
      ]);
    }
    const dryRun = dryRunValues.includes('All');

    if (ri.verb === 'create' && ri.name && !ri.subresource) throw methodNotAllowed();
    if (ri.verb === 'create' && ri.subresource && !ri.name) throw methodNotAllowed();
    if (VIRTUAL_RESOURCES.has(info.resource)) {
      if (ri.verb !== 'create') throw methodNotAllowed();
      const body = this.decodeObject(req, await readBody(req));
      sendJson(res, 201, this.review(info, body, user, extras.authorizer));
      return;
    }

    if (ri.subresource) {
      await this.subresource(req, res, url, ri, info, dryRun);
      return;
    }

    if (!info.verbs.includes(ri.verb)) throw methodNotAllowed();
    const namespace = info.namespaced ? ri.namespace : undefined;
    const authorizer = extras.authorizer;
    const check =
      authorizer && info.group === 'rbac.authorization.k8s.io'
        ? (target: ResourceInfo, object: KObject) => authorizer.confirmNoEscalation(user, target.resource, object)
        : undefined;
    switch (ri.verb) {
      case 'get': {
        const object = this.store.peek(info.group, info.resource, namespace, ri.name!);
        if (!object) throw notFound(info.group, info.resource, ri.name!);
        this.sendObjects(req, res, url, info, [object], false);
        return;
      }
      case 'list':
        this.list(req, res, url, info, namespace);
        return;
      case 'watch':
        serveWatch(req, res, url, info, this.store, {
          namespace,
          name: ri.name,
          table: wantsTable(req.headers.accept)
            ? (objects) => toTable(info, objects, this.store.clock.now(), includeObject(url))
            : undefined,
          present: (o) => this.present(info, o),
          dropAfterEvents: extras.dropWatchAfterEvents,
          bookmarkIntervalMs: this.bookmarkIntervalMs,
        });
        return;
      case 'create': {
        const body = this.decodeObject(req, await readBody(req));
        this.checkKind(info, body);
        (body as any).metadata ??= {};
        if (info.namespaced) {
          if (body.metadata.namespace && body.metadata.namespace !== namespace) {
            throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
          }
          body.metadata.namespace = namespace;
        }
        const created = this.store.createObject(info, body, {
          dryRun,
          fieldManager: this.fieldManager(req, url),
          apiVersion: groupVersion(info.group, ri.version),
          check,
        });
        sendJson(res, 201, this.present(info, created));
        return;
      }
      case 'update': {
        const body = this.decodeObject(req, await readBody(req));
        this.checkKind(info, body);
        this.checkNameAndNamespace(info, body, ri);
        const existed = Boolean(this.store.peek(info.group, info.resource, namespace, ri.name!));
        const updated = this.store.updateObject(info, body, {
          dryRun,
          fieldManager: this.fieldManager(req, url),
          apiVersion: groupVersion(info.group, ri.version),
          allowCreate: info.resource !== 'pods',
          check,
        });
        sendJson(res, existed ? 200 : 201, this.present(info, updated));
        return;
      }
      case 'patch': {
        const { object, created } = await this.patch(req, url, ri, info, namespace, dryRun, '', check);
        sendJson(res, created ? 201 : 200, this.present(info, object));
        return;
      }
      case 'delete': {
        const options = await this.deleteOptions(req, url);
        const deleted = this.store.deleteObject(info, namespace, ri.name!, {
          ...options,
          dryRun: dryRun || options.dryRun,
        });
        const pending = Boolean(deleted.metadata.deletionTimestamp);
        sendJson(
          res,
          200,
          pending || RETURNS_DELETED.has(info.resource) ? this.present(info, deleted) : deletedStatus(info, deleted),
        );
        return;
      }
      case 'deletecollection': {
        const options = await this.deleteOptions(req, url);
        const deleted = this.store.deleteCollection(info, namespace, {
          ...options,
          dryRun: dryRun || options.dryRun,
          labelSelector: params.get('labelSelector') ?? undefined,
          fieldSelector: params.get('fieldSelector') ?? undefined,
        });
        sendJson(res, 200, {
          kind: `${info.kind}List`,
          apiVersion: groupVersion(info.group, ri.version),
          metadata: { resourceVersion: this.store.resourceVersion() },
          items: deleted.map((o) => this.present(info, o)),
        });
        return;
      }
      default:
        throw methodNotAllowed();
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The object as served at the requested version (custom resources may be served at several). */
  present(info: ResourceInfo, object: KObject): KObject {
    const gv = groupVersion(info.group, info.version);
    return object.apiVersion === gv ? object : { ...object, apiVersion: gv };
  }

  private decodeObject(req: IncomingMessage, body: Buffer): KObject {
    const type = mediaType(req.headers['content-type']);
    const object =
      type === PROTOBUF
        ? decodeProtobufObject(body)
        : type === 'application/yaml'
          ? decodeYamlOrJson(body)
          : decodeJson(body);
    if (typeof object !== 'object' || object === null || Array.isArray(object))
      throw badRequest('the request body must be a JSON object');
    checkMetadata(object);
    return object;
  }

  private checkKind(info: ResourceInfo, body: KObject): void {
    if (body.kind && body.kind !== info.kind) {
      throw badRequest(`the kind in the data (${body.kind}) does not match the expected kind (${info.kind})`);
    }
    if (body.apiVersion) {
      const { group } = splitApiVersion(body.apiVersion);
      if (group !== info.group)
        throw badRequest(
          `the API version in the data (${body.apiVersion}) does not match the expected API version (${groupVersion(info.group, info.version)})`,
        );
    }
  }

  private checkNameAndNamespace(info: ResourceInfo, body: KObject, ri: RequestInfo): void {
    body.metadata ??= { name: '' };
    if (body.metadata.name && body.metadata.name !== ri.name) {
      throw badRequest(
        `the name of the object (${body.metadata.name}) does not match the name on the URL (${ri.name})`,
      );
    }
    body.metadata.name = ri.name!;
    if (info.namespaced) {
      if (body.metadata.namespace && body.metadata.namespace !== ri.namespace) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      body.metadata.namespace = ri.namespace;
    }
  }

  private fieldManager(req: IncomingMessage, url: URL): string {
    const manager = url.searchParams.get('fieldManager');
    if (manager !== null) {
      if (manager.length > 128)
        throw invalid('PatchOptions', 'meta.k8s.io', '', [
          { reason: 'FieldValueTooLong', message: 'Too long: may not be more than 128 bytes', field: 'fieldManager' },
        ]);
      return manager;
    }
    return userAgentManager(req);
  }

  private sendObjects(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    info: ResourceInfo,
    objects: KObject[],
    asList: boolean,
    listMeta: Record<string, unknown> = {},
  ): void {
    if (wantsTable(req.headers.accept)) {
      sendJson(
        res,
        200,
        toTable(info, objects, this.store.clock.now(), includeObject(url), listMeta),
        'application/json',
      );
      return;
    }
    if (!asList) {
      sendJson(res, 200, this.present(info, objects[0]));
      return;
    }
    sendJson(res, 200, {
      kind: `${info.kind}List`,
      apiVersion: groupVersion(info.group, info.version),
      // a custom resource list (unstructured) always says whether it continues
      metadata: info.custom ? { continue: '', ...listMeta } : listMeta,
      items: objects.map((o) => this.listItem(info, o)),
    });
  }

  /** Items of a built-in list carry no apiVersion and kind (the list's say it); custom resources keep theirs. */
  private listItem(info: ResourceInfo, object: KObject): KObject {
    if (info.custom) return this.present(info, object);
    const { apiVersion: _apiVersion, kind: _kind, ...rest } = object;
    return rest as KObject;
  }

  private list(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    info: ResourceInfo,
    namespace: string | undefined,
  ): void {
    const params = url.searchParams;
    const labelSelector = params.get('labelSelector') ?? undefined;
    const fieldSelector = params.get('fieldSelector') ?? undefined;
    let items = this.store.select(info.group, info.resource, { namespace, labelSelector, fieldSelector });
    const rv = this.store.resourceVersion();
    const limitText = params.get('limit');
    const cont = params.get('continue');
    const listMeta: Record<string, unknown> = { resourceVersion: rv };
    if (cont) {
      const token = decodeContinue(cont);
      if (Number(token.rv) < this.store.oldestWatchableRv()) {
        throw new StatusError(
          410,
          'Expired',
          'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.',
        );
      }
      items = items.filter((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}` > token.start);
    }
    const limit = limitText ? Number(limitText) : 0;
    if (limit > 0 && items.length > limit) {
      const page = items.slice(0, limit);
      const last = page[page.length - 1];
      listMeta.continue = encodeContinue({ rv, start: `${last.metadata.namespace ?? ''}/${last.metadata.name}` });
      if (!labelSelector && !fieldSelector) listMeta.remainingItemCount = items.length - limit;
      items = page;
    }
    this.sendObjects(req, res, url, info, items, true, listMeta);
  }

  private async deleteOptions(req: IncomingMessage, url: URL) {
    const params = url.searchParams;
    const body = await readBody(req);
    const opts: any = body.length
      ? mediaType(req.headers['content-type']) === PROTOBUF
        ? decodeProtobufObject(body)
        : decodeJson(body)
      : {};
    let propagationPolicy = opts.propagationPolicy ?? params.get('propagationPolicy') ?? undefined;
    const orphan =
      opts.orphanDependents ?? (params.has('orphanDependents') ? params.get('orphanDependents') === 'true' : undefined);
    if (propagationPolicy && orphan !== undefined)
      throw invalid('DeleteOptions', 'meta.k8s.io', '', [
        fieldInvalid(
          'propagationPolicy',
          propagationPolicy,
          'orphanDependents and deletionPropagation cannot be both set',
        ),
      ]);
    if (orphan === true) propagationPolicy = 'Orphan';
    if (propagationPolicy && !['Background', 'Foreground', 'Orphan'].includes(propagationPolicy)) {
      throw invalid('DeleteOptions', 'meta.k8s.io', '', [
        {
          reason: 'FieldValueNotSupported',
          message: `Unsupported value: "${propagationPolicy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
          field: 'propagationPolicy',
        },
      ]);
    }
    const dryRun = Array.isArray(opts.dryRun) && opts.dryRun.includes('All');
    return {
      propagationPolicy,
      preconditions: opts.preconditions,
      dryRun,
      gracePeriodSeconds: opts.gracePeriodSeconds,
    };
  }

  /** Applies any patch type to the current object; creates on apply when absent. */
  private async patch(
    req: IncomingMessage,
    url: URL,
    ri: RequestInfo,
    info: ResourceInfo,
    namespace: string | undefined,
    dryRun: boolean,
    subresource: '' | 'status',
    check?: (info: ResourceInfo, object: KObject) => void,
  ): Promise<{ object: KObject; created: boolean }> {
    const type = mediaType(req.headers['content-type']);
    if (!PATCH_TYPES.has(type) || type === 'application/apply-patch+cbor')
      throw new StatusError(415, 'UnsupportedMediaType', '415: Unsupported Media Type');
    const body = await readBody(req);
    const params = url.searchParams;
    const force = params.get('force');
    const apiVersion = groupVersion(info.group, ri.version);
    const name = ri.name!;
    if (type === 'application/apply-patch+yaml') {
      const manager = params.get('fieldManager');
      if (!manager)
        throw invalid('PatchOptions', 'meta.k8s.io', '', [
          fieldRequired('fieldManager', 'is required for apply patch'),
        ]);
      if (force !== null && force !== 'true' && force !== 'false') throw badRequest(`invalid force value "${force}"`);
      const applied = decodeYamlOrJson(body);
      if (typeof applied !== 'object' || applied === null || Array.isArray(applied))
        throw badRequest('apply patch must be a single object');
      checkMetadata(applied);
      if (!applied.apiVersion || !applied.kind)
        throw badRequest("Object 'Kind' is missing in '" + JSON.stringify(applied).slice(0, 200) + "'");
      if (applied.kind !== info.kind || splitApiVersion(applied.apiVersion).group !== info.group) {
        const { group, version } = splitApiVersion(applied.apiVersion);
        throw badRequest(`invalid object type: ${group}/${version}, Kind=${applied.kind}`);
      }
      applied.metadata ??= {};
      if (applied.metadata.managedFields !== undefined) throw badRequest('metadata.managedFields must be nil');
      this.checkNameAndNamespace(info, applied, ri);
      const existed = Boolean(this.store.peek(info.group, info.resource, namespace, name));
      if (subresource === 'status' && !existed) throw notFound(info.group, info.resource, name);
      const object = this.store.applyObject(info, applied, {
        dryRun,
        fieldManager: manager,
        force: force === 'true',
        apiVersion,
        subresource,
        check,
      });
      return { object, created: !existed };
    }
    if (force !== null)
      throw invalid('PatchOptions', 'meta.k8s.io', '', [
        fieldForbidden('force', 'may not be specified for non-apply patch'),
      ]);
    const live = this.store.peek(info.group, info.resource, namespace, name);
    if (!live) throw notFound(info.group, info.resource, name);
    let patch: any;
    try {
      patch = JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (type === 'application/json-patch+json') throw badRequest(`error decoding patch: ${(error as Error).message}`);
      throw badRequest('invalid JSON patch');
    }
    let patched: any;
    if (type === 'application/json-patch+json') patched = applyJsonPatch(live, patch);
    else if (type === 'application/merge-patch+json') {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
        throw badRequest(
          `error decoding patch: json: cannot unmarshal ${patch === null ? 'null' : Array.isArray(patch) ? 'array' : typeof patch === 'boolean' ? 'bool' : typeof patch} into Go value of type map[string]interface {}`,
        );
      patched = applyMergePatch(live, patch);
    } else {
      if (info.custom)
        throw new StatusError(
          415,
          'UnsupportedMediaType',
          'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
        );
      patched = applyStrategicMergePatch(live, patch);
    }
    if (typeof patched !== 'object' || patched === null)
      throw badRequest('the patch produced something that is not an object');
    patched.metadata ??= {};
    if (patched.metadata.name !== name)
      throw badRequest(
        `the name of the object (${patched.metadata.name}) does not match the name on the URL (${name})`,
      );
    if (info.namespaced && patched.metadata.namespace !== namespace)
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    if (!patched.metadata.resourceVersion) patched.metadata.resourceVersion = live.metadata.resourceVersion;
    const object = this.store.updateObject(info, patched, {
      dryRun,
      fieldManager: this.fieldManager(req, url),
      apiVersion,
      subresource,
      check,
    });
    return { object, created: false };
  }

  // ---------------------------------------------------------------- subresources

  private async subresource(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    ri: RequestInfo,
    info: ResourceInfo,
    dryRun: boolean,
  ): Promise<void> {
    const sub = ri.subresource!;
    const namespace = info.namespaced ? ri.namespace : undefined;
    if (!info.subresources.includes(sub) || !ri.name) {
      sendStatusError(res, new StatusError(404, 'NotFound', 'the server could not find the requested resource', {}));
      return;
    }
    const name = ri.name;
    if (sub === 'status') {
      switch (ri.verb) {
        case 'get': {
          const object = this.store.peek(info.group, info.resource, namespace, name);
          if (!object) throw notFound(info.group, info.resource, name);
          sendJson(res, 200, this.present(info, object));
          return;
        }
        case 'update': {
          const body = this.decodeObject(req, await readBody(req));
          this.checkKind(info, body);
          this.checkNameAndNamespace(info, body, ri);
          const updated = this.store.updateObject(info, body, {
            dryRun,
            fieldManager: this.fieldManager(req, url),
            subresource: 'status',
            apiVersion: groupVersion(info.group, ri.version),
          });
          sendJson(res, 200, this.present(info, updated));
          return;
        }
        case 'patch': {
          const { object } = await this.patch(req, url, ri, info, namespace, dryRun, 'status');
          sendJson(res, 200, this.present(info, object));
          return;
        }
        default:
          throw methodNotAllowed();
      }
    }
    if (sub === 'scale') {
      await this.scale(req, res, url, ri, info, namespace, name, dryRun);
      return;
    }
    if (sub === 'log' && ri.verb === 'get') {
      this.log(res, url, namespace!, name);
      return;
    }
    if (sub === 'binding' && ri.verb === 'create' && info.resource === 'pods') {
      const body = this.decodeObject(req, await readBody(req));
      const node = body.target?.name;
      if (!node) throw invalid('Binding', '', name, [fieldRequired('target.name')]);
      this.store.bindPod(namespace!, name, node, { dryRun, fieldManager: this.fieldManager(req, url) });
      sendJson(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
      return;
    }
    if (sub === 'token' && ri.verb === 'create' && info.resource === 'serviceaccounts' && this.issueToken) {
      const sa = this.store.peek('', 'serviceaccounts', namespace, name);
      if (!sa) throw notFound('', 'serviceaccounts', name);
      const body = this.decodeObject(req, await readBody(req));
      const seconds = body.spec?.expirationSeconds ?? 3600;
      const token = this.issueToken(`system:serviceaccount:${namespace}:${name}`);
      const expiration = new Date(this.store.clock.now() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      sendJson(res, 201, {
        kind: 'TokenRequest',
        apiVersion: 'authentication.k8s.io/v1',
        metadata: { name, namespace, creationTimestamp: null },
        spec: {
          audiences: body.spec?.audiences ?? ['https://kubernetes.default.svc.cluster.local'],
          expirationSeconds: seconds,
          boundObjectRef: null,
        },
        status: { token, expirationTimestamp: expiration },
      });
      return;
    }
    if (sub === 'finalize' && ri.verb === 'update') {
      const body = this.decodeObject(req, await readBody(req));
      const live = this.store.peek('', 'namespaces', undefined, name);
      if (!live) throw notFound('', 'namespaces', name);
      const next = { ...live, spec: { ...live.spec, finalizers: body.spec?.finalizers ?? [] } };
      const updated = this.store.updateObject(info, next, { dryRun, fieldManager: this.fieldManager(req, url) });
      this.store.scheduleHousekeeping();
      sendJson(res, 200, updated);
      return;
    }
    throw methodNotAllowed();
  }

  /** The Scale of an object; reading one without spec replicas is a 500, writing one takes them as 0 (as the real server). */
  private scaleOf(info: ResourceInfo, object: KObject, reading = true): KObject {
    const selector = object.spec?.selector;
    let selectorText: string | undefined;
    if (selector?.matchLabels || selector?.matchExpressions) {
      const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
      for (const e of selector.matchExpressions ?? []) {
        const op = String(e.operator);
        if (op === 'Exists') parts.push(e.key);
        else if (op === 'DoesNotExist') parts.push(`!${e.key}`);
        else parts.push(`${e.key} ${op.toLowerCase()} (${(e.values ?? []).join(',')})`);
      }
      selectorText = parts.join(',');
    } else if (info.scale?.labelSelectorPath) {
      selectorText = readPath(object, info.scale.labelSelectorPath);
    }
    const specPath = info.scale?.specReplicasPath ?? '.spec.replicas';
    const statusPath = info.scale?.statusReplicasPath ?? '.status.replicas';
    if (reading && readPath(object, specPath) === undefined)
      throw internalError(`the spec replicas field ${JSON.stringify(specPath)} does not exist`);
    const status: any = { replicas: readPath(object, statusPath) ?? 0 };
    if (selectorText) status.selector = selectorText;
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: object.metadata.name,
        namespace: object.metadata.namespace,
        uid: object.metadata.uid,
        resourceVersion: object.metadata.resourceVersion,
        creationTimestamp: object.metadata.creationTimestamp,
      },
      spec: { replicas: readPath(object, specPath) ?? 0 },
      status,
    };
  }

  private async scale(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    ri: RequestInfo,
    info: ResourceInfo,
    namespace: string | undefined,
    name: string,
    dryRun: boolean,
  ): Promise<void> {
    const live = this.store.peek(info.group, info.resource, namespace, name);
    if (!live) throw notFound(info.group, info.resource, name);
    if (ri.verb === 'get') {
      sendJson(res, 200, this.scaleOf(info, live));
      return;
    }
    const current = this.scaleOf(info, live, false);
    let wanted: KObject;
    const body = await readBody(req);
    if (ri.verb === 'update') {
      wanted = decodeJson(body);
    } else if (ri.verb === 'patch') {
      const type = mediaType(req.headers['content-type']);
      if (!PATCH_TYPES.has(type)) throw unsupportedMediaType(type);
      if (type === 'application/json-patch+json') wanted = applyJsonPatch(current, JSON.parse(body.toString('utf8')));
      else if (type === 'application/merge-patch+json' || type === 'application/strategic-merge-patch+json')
        wanted = applyMergePatch(current, JSON.parse(body.toString('utf8')));
      else {
        const applied = decodeYamlOrJson(body);
        wanted = applyMergePatch(current, { spec: applied?.spec ?? {} });
      }
    } else throw methodNotAllowed();
    const replicas = wanted?.spec?.replicas;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
      throw invalid('Scale', 'autoscaling', name, [
        {
          reason: 'FieldValueInvalid',
          message: `Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
          field: 'spec.replicas',
        },
      ]);
    }
    const rv = wanted.metadata?.resourceVersion;
    const next = writePath(live, info.scale?.specReplicasPath ?? '.spec.replicas', replicas);
    next.metadata = {
      ...live.metadata,
      resourceVersion: rv && ri.verb === 'update' ? rv : live.metadata.resourceVersion,
    };
    const updated = this.store.updateObject(info, next, {
      dryRun,
      fieldManager: this.fieldManager(req, url),
      // a custom resource's scale writes record no ownership (the real server leaves managedFields as they were)
      managedFieldsReady: Boolean(info.custom),
      subresource: 'scale',
      apiVersion: groupVersion(info.group, ri.version),
    });
    sendJson(res, 200, this.scaleOf(info, updated));
  }

  private log(res: ServerResponse, url: URL, namespace: string, name: string): void {
    const pod = this.store.peek('', 'pods', namespace, name);
    if (!pod) throw notFound('', 'pods', name);
    const containers: string[] = (pod.spec?.containers ?? []).map((c: any) => c.name);
    let container = url.searchParams.get('container') ?? undefined;
    if (!container) {
      if (containers.length !== 1) {
        throw badRequest(
          `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`,
        );
      }
      container = containers[0];
    } else if (
      !containers.includes(container) &&
      !(pod.spec?.initContainers ?? []).some((c: any) => c.name === container)
    ) {
      throw badRequest(`container ${container} is not valid for pod ${name}`);
    }
    const tail = url.searchParams.get('tailLines');
    const tailLines = tail === null ? undefined : Number(tail);
    const previous = url.searchParams.get('previous') === 'true';
    const text = this.podLog?.(namespace, name, container, tailLines, previous);
    if (text === undefined && previous) {
      throw badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
    }
    if (text === undefined) {
      const status = (pod.status?.containerStatuses ?? []).find((c: any) => c.name === container);
      const reason = status?.state?.waiting?.reason ?? 'ContainerCreating';
      throw badRequest(`container "${container}" in pod "${name}" is waiting to start: ${reason}`);
    }
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private' });
    // a previous run has ended: there is nothing to follow, as with the kubelet
    if (url.searchParams.get('follow') !== 'true' || previous) {
      res.end(text);
      return;
    }
    res.write(text);
    let sent = text.length;
    const timer = setInterval(() => {
      const podNow = this.store.peek('', 'pods', namespace, name);
      const now = this.podLog?.(namespace, name, container) ?? '';
      if (now.length > sent) {
        res.write(now.slice(sent));
        sent = now.length;
      }
      const terminated = (podNow?.status?.containerStatuses ?? []).find((c: any) => c.name === container)?.state
        ?.terminated;
      if (!podNow || terminated || podNow.status?.phase === 'Succeeded' || podNow.status?.phase === 'Failed') {
        clearInterval(timer);
        res.end();
      }
    }, 100);
    res.on('close', () => clearInterval(timer));
  }

  // ---------------------------------------------------------------- reviews

  private review(info: ResourceInfo, body: any, user: UserInfo, authorizer?: RbacAuthorizer): any {
    const base = {
      apiVersion: groupVersion(info.group, info.version),
      kind: info.kind,
      metadata: { creationTimestamp: null },
    };
    switch (info.resource) {
      case 'selfsubjectreviews':
        return {
          ...base,
          metadata: { creationTimestamp: new Date(this.store.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z') },
          status: {
            userInfo: { username: user.username, groups: user.groups, ...(user.uid ? { uid: user.uid } : {}) },
          },
        };
      case 'selfsubjectaccessreviews':
      case 'subjectaccessreviews': {
        const spec = body?.spec ?? {};
        let subject = user;
        if (info.resource === 'subjectaccessreviews')
          subject = { username: spec.user ?? '', groups: spec.groups ?? [] };
        const ra = spec.resourceAttributes;
        const nra = spec.nonResourceAttributes;
        if (!ra && !nra)
          throw invalid(info.kind, info.group, '', [
            fieldRequired(
              'spec.resourceAttributes',
              'exactly one of nonResourceAttributes or resourceAttributes must be specified',
            ),
          ]);
        const attrs = ra
          ? {
              user: subject,
              verb: ra.verb ?? '',
              isResourceRequest: true,
              path: '',
              group: ra.group ?? '',
              resource: ra.resource ?? '',
              subresource: ra.subresource || undefined,
              namespace: ra.namespace || undefined,
              name: ra.name || undefined,
            }
          : {
              user: subject,
              verb: nra.verb ?? '',
              isResourceRequest: false,
              path: nra.path ?? '',
              group: '',
              resource: '',
            };
        const decision = authorizer ? authorizer.authorize(attrs) : { allowed: true, reason: '' };
        const status: any = { allowed: decision.allowed };
        if (decision.reason) status.reason = decision.reason;
        return { ...base, spec, status };
      }
      case 'selfsubjectrulesreview':
      case 'selfsubjectrulesreviews': {
        const namespace = body?.spec?.namespace;
        const rules = authorizer
          ? authorizer.rulesFor(user, namespace)
          : {
              resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }],
              nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }],
            };
        return { ...base, spec: body?.spec ?? {}, status: { ...rules, incomplete: false } };
      }
      default:
        throw methodNotAllowed();
    }
  }
}

/** metadata of the wrong JSON type is a decoding error (400), as on a real server. */
function checkMetadata(object: any): void {
  const metadata = object.metadata;
  if (metadata === undefined || (typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata))) return;
  const type = metadata === null ? 'null' : Array.isArray(metadata) ? 'array' : typeof metadata;
  throw badRequest(
    `json: cannot unmarshal ${type} into Go struct field ${object.kind ?? 'Object'}.metadata of type v1.ObjectMeta`,
  );
}

function includeObject(url: URL): IncludeObject {
  const value = url.searchParams.get('includeObject');
  return value === 'None' || value === 'Object' ? value : 'Metadata';
}

function readPath(object: any, path: string): any {
  let node = object;
  for (const part of path.replace(/^\./, '').split('.')) {
    if (node === undefined || node === null) return undefined;
    node = node[part];
  }
  return node;
}

function writePath(object: KObject, path: string, value: unknown): KObject {
  const parts = path.replace(/^\./, '').split('.');
  const root: any = { ...object };
  let node = root;
  for (let i = 0; i < parts.length - 1; i++) {
    node[parts[i]] = { ...(node[parts[i]] ?? {}) };
    node = node[parts[i]];
  }
  node[parts[parts.length - 1]] = value;
  return root;
}
