export const id = 346;
export const ids = [346];
export const modules = {

/***/ 89346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listManifests: () => (/* binding */ listManifests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(71592);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __webpack_require__(11745);
// EXTERNAL MODULE: ./packages/manifests/src/yaml.ts + 1 modules
var yaml = __webpack_require__(82514);
// EXTERNAL MODULE: ./packages/manifests/src/load.ts + 2 modules
var load = __webpack_require__(4466);
// EXTERNAL MODULE: ./packages/manifests/src/scope.ts
var scope = __webpack_require__(15261);
;// CONCATENATED MODULE: ./packages/manifests/src/order.ts

const INSTALL_ORDER = [
    'PriorityClass',
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const RANK = new Map(INSTALL_ORDER.map((kind, index) => [kind, index]));
const UNKNOWN_RANK = INSTALL_ORDER.length;
/** Returns the objects in apply order (a new array; the input is not changed). */
function applyOrder(objects) {
    const crds = (0,scope/* crdIndex */.e2)(objects);
    const rankOf = (item) => {
        const { apiVersion, kind } = item.object;
        if (crds.has((0,scope/* groupKind */.KH)(apiVersion, kind)))
            return UNKNOWN_RANK;
        return RANK.get(kind) ?? UNKNOWN_RANK;
    };
    const sorted = objects
        .map((item, index) => ({ item, index, rank: rankOf(item) }))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map((entry) => entry.item);
    // Where each possible dependency is, by position in `sorted`.
    const namespaces = new Map();
    const roles = new Map();
    const crdPositions = new Map();
    sorted.forEach((item, position) => {
        const { object } = item;
        const group = (0,scope/* apiGroup */.oI)(object.apiVersion);
        const name = object.metadata?.name;
        if (typeof name !== 'string')
            return;
        if (object.kind === 'CustomResourceDefinition' && group === 'apiextensions.k8s.io') {
            const spec = object.spec;
            const key = `${String(spec?.group)}/${String(spec?.names?.kind)}`;
            if (crds.get(key)?.crd === object)
                crdPositions.set(key, position);
        }
        else if (object.kind === 'Namespace' && group === '')
            namespaces.set(name, position);
        else if (group === 'rbac.authorization.k8s.io' && object.kind === 'ClusterRole')
            roles.set(`ClusterRole//${name}`, position);
        else if (group === 'rbac.authorization.k8s.io' && object.kind === 'Role')
            roles.set(`Role/${object.metadata.namespace ?? ''}/${name}`, position);
    });
    if (namespaces.size === 0 && roles.size === 0 && crdPositions.size === 0)
        return sorted;
    const dependencies = sorted.map((item, position) => {
        const { object } = item;
        const found = [];
        const add = (at) => {
            if (at !== undefined && at !== position)
                found.push(at);
        };
        add(crdPositions.get((0,scope/* groupKind */.KH)(object.apiVersion, object.kind)));
        const namespace = object.metadata?.namespace;
        if (typeof namespace === 'string' && namespace !== '' && !(0,scope/* isClusterScoped */.Z6)(object.apiVersion, object.kind, crds)) {
            add(namespaces.get(namespace));
        }
        if ((0,scope/* apiGroup */.oI)(object.apiVersion) === 'rbac.authorization.k8s.io' &&
            (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding')) {
            const roleRef = object.roleRef;
            if (roleRef && typeof roleRef.name === 'string') {
                if (roleRef.kind === 'ClusterRole')
                    add(roles.get(`ClusterRole//${roleRef.name}`));
                else if (roleRef.kind === 'Role' && object.kind === 'RoleBinding')
                    add(roles.get(`Role/${namespace ?? ''}/${roleRef.name}`));
            }
        }
        return found;
    });
    // Kahn's algorithm, always taking the ready object that comes first in the kind order.
    const waitingOn = dependencies.map((list) => list.length);
    const dependents = sorted.map(() => []);
    dependencies.forEach((list, position) => list.forEach((dependency) => dependents[dependency].push(position)));
    const ready = new MinHeap();
    waitingOn.forEach((count, position) => {
        if (count === 0)
            ready.push(position);
    });
    const emitted = new Array(sorted.length).fill(false);
    const result = [];
    let scan = 0;
    while (result.length < sorted.length) {
        let position = ready.pop();
        if (position === undefined) {
            // A cycle (not possible with these rules, but never hang): take the first one left.
            while (emitted[scan])
                scan += 1;
            position = scan;
        }
        if (emitted[position])
            continue;
        emitted[position] = true;
        result.push(sorted[position]);
        for (const dependent of dependents[position]) {
            waitingOn[dependent] -= 1;
            if (waitingOn[dependent] === 0 && !emitted[dependent])
                ready.push(dependent);
        }
    }
    return result;
}
/** The files of the objects in apply order, each once, at the place of its earliest object. */
function fileOrder(objects) {
    const files = [];
    const seen = new Set();
    for (const item of applyOrder(objects)) {
        if (seen.has(item.source.file))
            continue;
        seen.add(item.source.file);
        files.push(item.source.file);
    }
    return files;
}
/** A binary min-heap of positions. */
class MinHeap {
    items = [];
    push(value) {
        const items = this.items;
        items.push(value);
        let at = items.length - 1;
        while (at > 0) {
            const parent = (at - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[at] = items[parent];
            at = parent;
        }
        items[at] = value;
    }
    pop() {
        const items = this.items;
        if (items.length === 0)
            return undefined;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0) {
            let at = 0;
            for (;;) {
                const left = 2 * at + 1;
                if (left >= items.length)
                    break;
                const right = left + 1;
                const child = right < items.length && items[right] < items[left] ? right : left;
                if (items[child] >= last)
                    break;
                items[at] = items[child];
                at = child;
            }
            items[at] = last;
        }
        return top;
    }
}

// EXTERNAL MODULE: ./packages/manifests/src/pod.ts
var pod = __webpack_require__(7034);
;// CONCATENATED MODULE: ./packages/manifests/src/config-refs.ts


function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function label(item, index) {
    return isMapping(item) && typeof item.name === 'string' && item.name !== '' ? item.name : String(index);
}
function itemKeys(items) {
    const keys = list(items)
        .map((item) => (isMapping(item) && typeof item.key === 'string' ? item.key : undefined))
        .filter((key) => key !== undefined);
    return keys.length > 0 ? keys : undefined;
}
/** The volume plugins that name a Secret, and the field that holds its name. */
const PLUGIN_SECRETS = [
    { plugin: 'azureFile', field: '', nameField: 'secretName' },
    { plugin: 'cephfs', field: 'secretRef', nameField: 'name' },
    { plugin: 'cinder', field: 'secretRef', nameField: 'name' },
    { plugin: 'flexVolume', field: 'secretRef', nameField: 'name' },
    { plugin: 'rbd', field: 'secretRef', nameField: 'name' },
    { plugin: 'scaleIO', field: 'secretRef', nameField: 'name' },
    { plugin: 'iscsi', field: 'secretRef', nameField: 'name' },
    { plugin: 'storageos', field: 'secretRef', nameField: 'name' },
    { plugin: 'csi', field: 'nodePublishSecretRef', nameField: 'name' },
];
/** Every ConfigMap and Secret reference in an object's pod template, in the order found. */
function config_refs_configReferences(item) {
    const refs = [];
    visitConfigReferences(unwrapObject(item).object, (ref) => refs.push(ref));
    return refs;
}
/**
 * Points every reference to a config at another name, in place (k8s-deploy's immutable
 * configs): `renames` maps `ConfigMap/<name>` and `Secret/<name>` to the new names. Returns
 * how many references were changed.
 */
function renameConfigReferences(object, renames) {
    let changed = 0;
    visitConfigReferences(object, (ref, rename) => {
        const to = renames.get(`${ref.kind}/${ref.name}`);
        if (to === undefined)
            return;
        rename(to);
        changed += 1;
    });
    return changed;
}
/**
 * The one walk over a pod template's config references (see the file comment): calls `visit`
 * with each reference and a function that renames it in the object.
 */
function visitConfigReferences(object, visit) {
    const found = findPodTemplate(object);
    if (!found)
        return;
    const spec = found.spec;
    const base = found.path ? `${found.path}.spec` : 'spec';
    const add = (kind, holder, field, via, extra = {}) => {
        const name = holder[field];
        if (typeof name !== 'string' || name === '')
            return;
        const ref = { kind, name, via };
        if (extra.keys && extra.keys.length > 0)
            ref.keys = extra.keys;
        if (typeof extra.optional === 'boolean')
            ref.optional = extra.optional;
        visit(ref, (to) => (holder[field] = to));
    };
    list(spec.imagePullSecrets).forEach((secret, index) => {
        if (isMapping(secret))
            add('Secret', secret, 'name', `${base}.imagePullSecrets[${label(secret, index)}]`);
    });
    forEachContainer(spec, (container, listName, _index, containerLabel) => {
        const at = `${base}.${listName}[${containerLabel}]`;
        list(container.envFrom).forEach((source, index) => {
            if (!isMapping(source))
                return;
            const where = `${at}.envFrom[${index}]`;
            if (isMapping(source.configMapRef))
                add('ConfigMap', source.configMapRef, 'name', `${where}.configMapRef`, {
                    optional: source.configMapRef.optional,
                });
            if (isMapping(source.secretRef))
                add('Secret', source.secretRef, 'name', `${where}.secretRef`, { optional: source.secretRef.optional });
        });
        list(container.env).forEach((variable, index) => {
            if (!isMapping(variable) || !isMapping(variable.valueFrom))
                return;
            const where = `${at}.env[${label(variable, index)}].valueFrom`;
            const { configMapKeyRef, secretKeyRef } = variable.valueFrom;
            if (isMapping(configMapKeyRef)) {
                add('ConfigMap', configMapKeyRef, 'name', `${where}.configMapKeyRef`, {
                    keys: typeof configMapKeyRef.key === 'string' ? [configMapKeyRef.key] : undefined,
                    optional: configMapKeyRef.optional,
                });
            }
            if (isMapping(secretKeyRef)) {
                add('Secret', secretKeyRef, 'name', `${where}.secretKeyRef`, {
                    keys: typeof secretKeyRef.key === 'string' ? [secretKeyRef.key] : undefined,
                    optional: secretKeyRef.optional,
                });
            }
        });
    });
    list(spec.volumes).forEach((volume, index) => {
        if (!isMapping(volume))
            return;
        const at = `${base}.volumes[${label(volume, index)}]`;
        if (isMapping(volume.configMap))
            add('ConfigMap', volume.configMap, 'name', `${at}.configMap`, {
                keys: itemKeys(volume.configMap.items),
                optional: volume.configMap.optional,
            });
        if (isMapping(volume.secret))
            add('Secret', volume.secret, 'secretName', `${at}.secret`, {
                keys: itemKeys(volume.secret.items),
                optional: volume.secret.optional,
            });
        if (isMapping(volume.projected)) {
            list(volume.projected.sources).forEach((source, sourceIndex) => {
                if (!isMapping(source))
                    return;
                const where = `${at}.projected.sources[${sourceIndex}]`;
                if (isMapping(source.configMap))
                    add('ConfigMap', source.configMap, 'name', `${where}.configMap`, {
                        keys: itemKeys(source.configMap.items),
                        optional: source.configMap.optional,
                    });
                if (isMapping(source.secret))
                    add('Secret', source.secret, 'name', `${where}.secret`, {
                        keys: itemKeys(source.secret.items),
                        optional: source.secret.optional,
                    });
            });
        }
        for (const { plugin, field, nameField } of PLUGIN_SECRETS) {
            const source = volume[plugin];
            if (!isMapping(source))
                continue;
            const holder = field ? source[field] : source;
            if (isMapping(holder))
                add('Secret', holder, nameField, `${at}.${plugin}${field ? `.${field}` : `.${nameField}`}`);
        }
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/manifests/src/hash.ts
/**
 * Canonical hashes: the same content gives the same hash whatever the key order, quoting,
 * comments or YAML style it was written in.
 *
 * contentHash (ConfigMap and Secret) hashes what the pods see, as the API server stores it:
 *  - Secret: `stringData` is merged over `data` (as the API server does, stringData winning),
 *    every value as bytes: `data` base64-decoded, `stringData` UTF-8. So `stringData: {a: hi}`
 *    and `data: {a: aGk=}` hash the same. `type` counts (default Opaque).
 *  - ConfigMap: `data` as text and `binaryData` as bytes (base64-decoded), kept apart, since
 *    only `data` can feed environment variables.
 *  - sops-encrypted objects (a top-level `sops:` key) are hashed on their encrypted values
 *    as written (with the sops MAC), never decoded: their base64 is not the content.
 * Metadata (labels, annotations, immutable) is not content and does not count.
 */



/** JSON with object keys sorted at every level; undefined values dropped, as JSON.stringify does. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    const keys = Object.keys(value).sort();
    const parts = [];
    for (const key of keys) {
        const child = value[key];
        if (child === undefined)
            continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(child)}`);
    }
    return `{${parts.join(',')}}`;
}
function hash_sha256(text) {
    return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
/** Whether an object is sops-encrypted (a top-level `sops:` key). */
function isSopsEncrypted(item) {
    const object = unwrapObject(item).object;
    return object.sops !== null && typeof object.sops === 'object';
}
function entries(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}
function hash_text(value) {
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
function base64Bytes(value) {
    return Buffer.from(hash_text(value).replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The canonical content of a ConfigMap or Secret, as `sha256:<hex>` (see the file comment).
 * Other kinds are hashed whole, like objectHash.
 */
function hash_contentHash(item) {
    const object = unwrapObject(item).object;
    if (isSopsEncrypted(object)) {
        const sops = object.sops;
        return hash_sha256(canonicalJson({
            kind: object.kind,
            type: object.type,
            data: object.data,
            stringData: object.stringData,
            binaryData: object.binaryData,
            sopsMac: sops.mac,
        }));
    }
    if (object.kind === 'Secret') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = base64Bytes(value);
        for (const [key, value] of entries(object.stringData))
            data[key] = Buffer.from(hash_text(value), 'utf8').toString('base64');
        return hash_sha256(canonicalJson({ kind: 'Secret', type: hash_text(object.type) || 'Opaque', data }));
    }
    if (object.kind === 'ConfigMap') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = hash_text(value);
        const binaryData = {};
        for (const [key, value] of entries(object.binaryData))
            binaryData[key] = base64Bytes(value);
        return hash_sha256(canonicalJson({ kind: 'ConfigMap', data, binaryData }));
    }
    return objectHash(object);
}
/** Metadata fields that say nothing about what the object asks for. */
const METADATA_NOISE = (/* unused pure expression or super */ null && ([
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'managedFields',
    'selfLink',
    'ownerReferences',
]));
const ANNOTATION_NOISE = (/* unused pure expression or super */ null && (['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision']));
/**
 * A canonical hash of a whole object without server-set metadata and `status`: equal for two
 * manifests that ask the cluster for the same thing, however they are written.
 */
function objectHash(item) {
    const object = unwrapObject(item).object;
    const { status: _status, ...rest } = object;
    const metadata = { ...(object.metadata ?? {}) };
    for (const field of METADATA_NOISE)
        delete metadata[field];
    if (metadata.annotations && typeof metadata.annotations === 'object') {
        const annotations = { ...metadata.annotations };
        for (const key of ANNOTATION_NOISE)
            delete annotations[key];
        metadata.annotations = Object.keys(annotations).length > 0 ? annotations : undefined;
    }
    return hash_sha256(canonicalJson({ ...rest, metadata }));
}
/**
 * A canonical hash of a workload's pod template (what makes its pods roll when it changes),
 * or undefined for kinds without one.
 */
function hash_templateHash(item) {
    const found = findPodTemplate(unwrapObject(item).object);
    return found ? hash_sha256(canonicalJson(found.template)) : undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema-models.ts
/** Loaders of the validating model of each built-in kind, by apiVersion/kind. */
const SCHEMA_MODELS = {
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 75315))).MutatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 71334))).MutatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6576))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 41161))).ValidatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 73393))).ValidatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 43840))).ValidatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8708))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69066))).ValidatingWebhookConfiguration,
    'apiextensions.k8s.io/v1/CustomResourceDefinition': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 97518))).CustomResourceDefinition,
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 41271))).CustomResourceDefinition,
    'apiregistration.k8s.io/v1/APIService': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 76758)))
        .APIService,
    'apiregistration.k8s.io/v1beta1/APIService': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 47120)))
        .APIService,
    'apps/v1/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 67552)))
        .ControllerRevision,
    'apps/v1/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 63417)))
        .DaemonSet,
    'apps/v1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 62878)))
        .Deployment,
    'apps/v1/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84500)))
        .ReplicaSet,
    'apps/v1/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56745)))
        .StatefulSet,
    'apps/v1beta1/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 71051)))
        .ControllerRevision,
    'apps/v1beta1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 29612)))
        .Deployment,
    'apps/v1beta1/DeploymentRollback': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 16610)))
        .DeploymentRollback,
    'apps/v1beta1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84302)))
        .Scale,
    'apps/v1beta1/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 38892)))
        .StatefulSet,
    'apps/v1beta2/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56020)))
        .ControllerRevision,
    'apps/v1beta2/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 89585)))
        .DaemonSet,
    'apps/v1beta2/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1787)))
        .Deployment,
    'apps/v1beta2/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 24461)))
        .ReplicaSet,
    'apps/v1beta2/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 243)))
        .Scale,
    'apps/v1beta2/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 91526)))
        .StatefulSet,
    'authentication.k8s.io/v1/SelfSubjectReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 68346)))
        .SelfSubjectReview,
    'authentication.k8s.io/v1/TokenRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 39634)))
        .TokenRequest,
    'authentication.k8s.io/v1/TokenReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 81676)))
        .TokenReview,
    'authentication.k8s.io/v1beta1/TokenReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 78029)))
        .TokenReview,
    'authorization.k8s.io/v1/LocalSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 27556))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 38584))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectRulesReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 12642))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1/SubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 61639))).SubjectAccessReview,
    'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 93181))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 65894))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4683))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1beta1/SubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 26674))).SubjectAccessReview,
    'autoscaling/v1/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 10755)))
        .HorizontalPodAutoscaler,
    'autoscaling/v1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 15594)))
        .Scale,
    'autoscaling/v2/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92286)))
        .HorizontalPodAutoscaler,
    'autoscaling/v2beta1/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 36363))).HorizontalPodAutoscaler,
    'autoscaling/v2beta2/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 37601))).HorizontalPodAutoscaler,
    'batch/v1/CronJob': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 58890)))
        .CronJob,
    'batch/v1/Job': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 70906)))
        .Job,
    'batch/v1beta1/CronJob': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5206)))
        .CronJob,
    'certificates.k8s.io/v1/CertificateSigningRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 17285))).CertificateSigningRequest,
    'certificates.k8s.io/v1beta1/CertificateSigningRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 81684))).CertificateSigningRequest,
    'coordination.k8s.io/v1/Lease': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 11385)))
        .Lease,
    'coordination.k8s.io/v1beta1/Lease': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 17056)))
        .Lease,
    'discovery.k8s.io/v1/EndpointSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 85492)))
        .EndpointSlice,
    'discovery.k8s.io/v1beta1/EndpointSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 67673)))
        .EndpointSlice,
    'events.k8s.io/v1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 68214)))
        .Event,
    'events.k8s.io/v1beta1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79978)))
        .Event,
    'extensions/v1beta1/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56935)))
        .DaemonSet,
    'extensions/v1beta1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 87049)))
        .Deployment,
    'extensions/v1beta1/DeploymentRollback': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 89660)))
        .DeploymentRollback,
    'extensions/v1beta1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 53915)))
        .Ingress,
    'extensions/v1beta1/NetworkPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2078)))
        .NetworkPolicy,
    'extensions/v1beta1/PodSecurityPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79555)))
        .PodSecurityPolicy,
    'extensions/v1beta1/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 17638)))
        .ReplicaSet,
    'extensions/v1beta1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 87293)))
        .Scale,
    'flowcontrol.apiserver.k8s.io/v1/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 90934)))
        .FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 24694))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 42745))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69939))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1559))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 94953))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5002))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 42447))).PriorityLevelConfiguration,
    'networking.k8s.io/v1/IPAddress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 82607)))
        .IPAddress,
    'networking.k8s.io/v1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 82615)))
        .Ingress,
    'networking.k8s.io/v1/IngressClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69153)))
        .IngressClass,
    'networking.k8s.io/v1/NetworkPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 10158)))
        .NetworkPolicy,
    'networking.k8s.io/v1/ServiceCIDR': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 95974)))
        .ServiceCIDR,
    'networking.k8s.io/v1beta1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4814)))
        .Ingress,
    'networking.k8s.io/v1beta1/IngressClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 11828)))
        .IngressClass,
    'node.k8s.io/v1/RuntimeClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 97467)))
        .RuntimeClass,
    'node.k8s.io/v1beta1/RuntimeClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 49931)))
        .RuntimeClass,
    'policy/v1/Eviction': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 64754)))
        .Eviction,
    'policy/v1/PodDisruptionBudget': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 28433)))
        .PodDisruptionBudget,
    'policy/v1beta1/Eviction': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 35743)))
        .Eviction,
    'policy/v1beta1/PodDisruptionBudget': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 62374)))
        .PodDisruptionBudget,
    'policy/v1beta1/PodSecurityPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 42721)))
        .PodSecurityPolicy,
    'rbac.authorization.k8s.io/v1/ClusterRole': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 89465)))
        .ClusterRole,
    'rbac.authorization.k8s.io/v1/ClusterRoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92551))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1/Role': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 41806)))
        .Role,
    'rbac.authorization.k8s.io/v1/RoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 13095)))
        .RoleBinding,
    'rbac.authorization.k8s.io/v1beta1/ClusterRole': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 77281))).ClusterRole,
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 31959))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1beta1/Role': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92922)))
        .Role,
    'rbac.authorization.k8s.io/v1beta1/RoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79310))).RoleBinding,
    'resource.k8s.io/v1/DeviceClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69062)))
        .DeviceClass,
    'resource.k8s.io/v1/ResourceClaim': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84994)))
        .ResourceClaim,
    'resource.k8s.io/v1/ResourceClaimTemplate': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 17513)))
        .ResourceClaimTemplate,
    'resource.k8s.io/v1/ResourceSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 64397)))
        .ResourceSlice,
    'scheduling.k8s.io/v1/PriorityClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 85758)))
        .PriorityClass,
    'scheduling.k8s.io/v1beta1/PriorityClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7901)))
        .PriorityClass,
    'storage.k8s.io/v1/CSIDriver': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 14499)))
        .CSIDriver,
    'storage.k8s.io/v1/CSINode': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 81025)))
        .CSINode,
    'storage.k8s.io/v1/CSIStorageCapacity': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 83128)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1/StorageClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 49380)))
        .StorageClass,
    'storage.k8s.io/v1/VolumeAttachment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 50381)))
        .VolumeAttachment,
    'storage.k8s.io/v1/VolumeAttributesClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 65057)))
        .VolumeAttributesClass,
    'storage.k8s.io/v1beta1/CSIDriver': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 29780)))
        .CSIDriver,
    'storage.k8s.io/v1beta1/CSINode': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 82847)))
        .CSINode,
    'storage.k8s.io/v1beta1/CSIStorageCapacity': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 91980)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1beta1/StorageClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 54953)))
        .StorageClass,
    'storage.k8s.io/v1beta1/VolumeAttachment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92155)))
        .VolumeAttachment,
    'v1/Binding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 15506)))
        .Binding,
    'v1/ComponentStatus': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 74639)))
        .ComponentStatus,
    'v1/ConfigMap': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 15249)))
        .ConfigMap,
    'v1/Endpoints': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 14452)))
        .Endpoints,
    'v1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92472))).Event,
    'v1/LimitRange': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 90692)))
        .LimitRange,
    'v1/Namespace': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 88989)))
        .Namespace,
    'v1/Node': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56957))).Node,
    'v1/PersistentVolume': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79584)))
        .PersistentVolume,
    'v1/PersistentVolumeClaim': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 31851)))
        .PersistentVolumeClaim,
    'v1/Pod': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 14785))).Pod,
    'v1/PodTemplate': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 91048)))
        .PodTemplate,
    'v1/ReplicationController': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84899)))
        .ReplicationController,
    'v1/ResourceQuota': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 86057)))
        .ResourceQuota,
    'v1/Secret': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 80891)))
        .Secret,
    'v1/Service': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3678)))
        .Service,
    'v1/ServiceAccount': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 83317)))
        .ServiceAccount,
};

;// CONCATENATED MODULE: ./packages/manifests/src/crd-schema.ts
const compiled = new WeakMap();
let ajvInstance;
/** ajv, loaded on first use (with the OpenAPI validators, in their lazy chunk when bundled). */
function ajv() {
    ajvInstance ??= __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.t.bind(__webpack_require__, 96223, 23))
        .catch((error) => {
        throw new Error(`the JSON schema validator (ajv) could not be loaded (${error.message}): the action's bundle is incomplete`, {
            cause: error,
        });
    })
        .then((module) => {
        // ajv is CommonJS: Node gives its exports as named exports, a bundler may give them under `default`.
        const loaded = module;
        const candidates = [loaded.Ajv, loaded.default?.Ajv, loaded.default];
        const Ajv = candidates.find((candidate) => typeof candidate === 'function');
        if (!Ajv)
            throw new Error("the JSON schema validator (ajv) could not be loaded: the action's bundle is incomplete");
        return new Ajv({
            strict: false,
            allErrors: true,
            validateFormats: false,
            allowUnionTypes: true,
            validateSchema: false,
        });
    });
    return ajvInstance;
}
function crd_schema_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const IMPLICIT_OBJECT_FIELDS = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
};
/** The CRD schema as the API server applies it (see the file comment), as plain JSON Schema for ajv. */
function structuralSchema(schema, root = true) {
    if (Array.isArray(schema))
        return schema.map((item) => structuralSchema(item, false));
    if (!crd_schema_isMapping(schema))
        return schema;
    const result = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties' && crd_schema_isMapping(value)) {
            result.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, structuralSchema(child, false)]));
        }
        else if (crd_schema_isMapping(value) || Array.isArray(value)) {
            result[key] = structuralSchema(value, false);
        }
        else {
            result[key] = value;
        }
    }
    if (root || schema['x-kubernetes-embedded-resource'] === true) {
        // The API server adds these; metadata is checked by the structural validation.
        result.properties = { ...(result.properties ?? {}), ...IMPLICIT_OBJECT_FIELDS };
    }
    // x-kubernetes-int-or-string allows both, whatever `type` says.
    if (schema['x-kubernetes-int-or-string'] === true)
        delete result.type;
    const closed = crd_schema_isMapping(result.properties) &&
        result.additionalProperties === undefined &&
        schema['x-kubernetes-preserve-unknown-fields'] !== true;
    if (closed)
        result.additionalProperties = false;
    return result;
}
async function validatorFor(schema) {
    const known = compiled.get(schema);
    if (known)
        return known;
    const compiler = await ajv();
    let validate;
    try {
        validate = compiler.compile(structuralSchema(schema));
    }
    catch (error) {
        validate = error;
    }
    compiled.set(schema, validate);
    return validate;
}
/** Checks one custom resource against its CRD; undefined when the CRD has no schema for it. */
async function validateCustomResource(object, version, crd) {
    const entry = crd.versions.find((candidate) => candidate.name === version);
    if (!entry)
        return { unknownVersion: crd.versions.map((candidate) => candidate.name), errors: [] };
    if (!crd_schema_isMapping(entry.schema))
        return undefined;
    const validate = await validatorFor(entry.schema);
    if (validate instanceof Error)
        return { schemaError: validate.message, errors: [] };
    return validate(object) ? { errors: [] } : { errors: validate.errors ?? [] };
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema.ts



const BUILT_IN_GROUPS = new Set(Object.keys(SCHEMA_MODELS).map((key) => (0,scope/* apiGroup */.oI)(key.slice(0, key.lastIndexOf('/')))));
const loaded = new Map();
/**
 * The validating model of a kind, loaded once. One of the validator package's dependencies
 * loads Node's deprecated `punycode`; its deprecation warning says nothing to our users, so it
 * is silenced while the validators load.
 */
function loadModel(key) {
    const loader = SCHEMA_MODELS[key];
    if (!loader)
        return undefined;
    let model = loaded.get(key);
    if (!model) {
        model = (async () => {
            const quiet = process.noDeprecation;
            process.noDeprecation = true;
            try {
                return await loader();
            }
            catch (error) {
                throw new Error(`the OpenAPI validators could not be loaded (${error.message}): the action's bundle is incomplete`, { cause: error });
            }
            finally {
                process.noDeprecation = quiet;
            }
        })();
        loaded.set(key, model);
    }
    return model;
}
/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image`. */
function fieldPath(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}
function describeError(error) {
    const path = fieldPath(error.instancePath ?? '');
    const params = error.params ?? {};
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
        const missing = path ? `${path}.${params.missingProperty}` : params.missingProperty;
        return { path: missing, text: `${missing} is required` };
    }
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
        const unknown = path ? `${path}.${params.additionalProperty}` : params.additionalProperty;
        return { path: unknown, text: `${unknown} is not a field the schema knows (unknown field)` };
    }
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
        return {
            path,
            text: `${path || 'the object'} must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`,
        };
    }
    return { path, text: `${path || 'the object'} ${error.message ?? 'is invalid'}` };
}
function versionsOf(group, kind) {
    return Object.keys(SCHEMA_MODELS)
        .filter((key) => key.endsWith(`/${kind}`))
        .map((key) => key.slice(0, key.length - kind.length - 1))
        .filter((apiVersion) => (0,scope/* apiGroup */.oI)(apiVersion) === group);
}
/**
 * Checks each built-in object against its kind's OpenAPI schema (types, required fields,
 * enums, formats such as quantities). Returns one issue per violation.
 */
async function validateSchema(objects) {
    const issues = [];
    const crds = (0,scope/* crdIndex */.e2)(objects);
    for (const { object, source } of objects) {
        if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string')
            continue;
        const group = (0,scope/* apiGroup */.oI)(object.apiVersion);
        const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
        const crd = crds.get(`${group}/${object.kind}`);
        if (crd) {
            const version = object.apiVersion.slice(object.apiVersion.indexOf('/') + 1);
            const result = await validateCustomResource(object, version, crd);
            if (result?.unknownVersion) {
                issues.push({
                    message: `${object.kind} ${name}: its CustomResourceDefinition ${crd.crd.metadata?.name ?? ''} has no version ${version} — use apiVersion ${result.unknownVersion.map((v) => `${group}/${v}`).join(' or ')}`,
                    source,
                    object,
                    path: 'apiVersion',
                });
            }
            else if (result?.schemaError) {
                issues.push({
                    message: `${object.kind} ${name}: the schema of its CustomResourceDefinition cannot be used (${result.schemaError}) — fix the CRD`,
                    source,
                    object,
                });
            }
            else if (result) {
                for (const item of result.errors) {
                    const { path, text } = describeError(item);
                    issues.push({
                        message: `${object.kind} ${name}: ${text} (CRD schema) — fix the field`,
                        source,
                        object,
                        path,
                    });
                }
            }
            continue;
        }
        if (!BUILT_IN_GROUPS.has(group))
            continue;
        const model = loadModel(`${object.apiVersion}/${object.kind}`);
        if (!model) {
            const versions = versionsOf(group, object.kind);
            const hint = versions.length > 0
                ? `use apiVersion ${versions.join(' or ')}`
                : `check the kind (the ${group || 'core'} API group has no kind ${object.kind})`;
            issues.push({
                message: `${object.kind} ${name}: Kubernetes has no ${object.kind} in ${object.apiVersion} — ${hint}`,
                source,
                object,
                path: 'apiVersion',
            });
            continue;
        }
        const Model = await model;
        try {
            new Model(object).validate();
        }
        catch (error) {
            const errors = error.errors;
            if (!Array.isArray(errors))
                throw error;
            for (const item of errors) {
                const { path, text } = describeError(item);
                issues.push({
                    message: `${object.kind} ${name}: ${text} (OpenAPI schema) — fix the field`,
                    source,
                    object,
                    path,
                });
            }
        }
    }
    return issues;
}

;// CONCATENATED MODULE: ./packages/manifests/src/names.ts
/**
 * Kubernetes' name rules (k8s.io/apimachinery/pkg/util/validation): light enough for an
 * action to check an input before it loads the YAML stack (subpath `@kra/manifests/names`).
 */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Why a name is invalid under a rule, or undefined when it is valid. */
function nameProblem(name, rule, maxLength) {
    switch (rule) {
        case 'dns1123-label':
            if (name.length > (maxLength ?? 63))
                return `must be no more than ${maxLength ?? 63} characters`;
            return DNS1123_LABEL.test(name)
                ? undefined
                : 'must be a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit';
        case 'dns1035-label':
            if (name.length > (maxLength ?? 63))
                return `must be no more than ${maxLength ?? 63} characters`;
            return DNS1035_LABEL.test(name)
                ? undefined
                : 'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit';
        case 'path-segment':
            if (name === '.' || name === '..')
                return 'may not be "." or ".."';
            return /[/%]/.test(name) ? 'may not contain "/" or "%"' : undefined;
        default:
            if (name.length > (maxLength ?? 253))
                return `must be no more than ${maxLength ?? 253} characters`;
            return DNS1123_SUBDOMAIN.test(name)
                ? undefined
                : 'must be a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
    }
}

// EXTERNAL MODULE: ./packages/manifests/src/inputs.ts
var inputs = __webpack_require__(20100);
;// CONCATENATED MODULE: ./packages/manifests/src/validate.ts
/**
 * Validation before anything is applied: structure (what every object needs, names the API
 * server would refuse, the same object twice) and, when asked, the Kubernetes OpenAPI schemas.
 */







/** `<group>/<version>` or a core `<version>`: the group a DNS subdomain, the version a DNS-1035 label (v1, v2beta1). */
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[a-z]([-a-z0-9]*[a-z0-9])?$/;
/**
 * The rule the API server checks an object's name with (pkg/apis/*\/validation): Namespace a
 * DNS-1123 label, Service a DNS-1035 label, RBAC objects any path segment (so `system:foo` is
 * fine), CronJob a subdomain of at most 52 characters (its Jobs add 11), the rest — custom
 * resources included — a DNS-1123 subdomain.
 */
function nameRule(apiVersion, kind) {
    const key = (0,scope/* groupKind */.KH)(apiVersion, kind);
    switch (key) {
        case '/Namespace':
            return { rule: 'dns1123-label' };
        case '/Service':
            return { rule: 'dns1035-label' };
        case 'rbac.authorization.k8s.io/Role':
        case 'rbac.authorization.k8s.io/ClusterRole':
        case 'rbac.authorization.k8s.io/RoleBinding':
        case 'rbac.authorization.k8s.io/ClusterRoleBinding':
            return { rule: 'path-segment' };
        case 'batch/CronJob':
            return { rule: 'dns1123-subdomain', maxLength: 52 };
        default:
            return { rule: 'dns1123-subdomain' };
    }
}
function describe(object) {
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
    const namespace = typeof object.metadata?.namespace === 'string' ? `${object.metadata.namespace}/` : '';
    return `${object.kind ?? 'object'} ${namespace}${name}`;
}
/** `file:line` (with the List item when there is one), for messages. */
function formatLocation(source, root) {
    return `${(0,yaml/* showFile */.II)(source.file, root)}:${source.line}${source.item !== undefined ? ` (item ${source.item})` : ''}`;
}
/** An issue as one line: `<file>:<line>: <message>`. */
function formatIssue(issue, root) {
    return `${formatLocation(issue.source, root)}: ${issue.message}`;
}
/**
 * Structural checks on every object: apiVersion, kind and metadata.name present; names and
 * namespaces the API server accepts; a CRD named `<plural>.<group>`; no object defined twice
 * (same API group, kind, namespace and name — both places are named).
 */
function validateStructure(objects, options = {}) {
    const issues = [];
    const crds = (0,scope/* crdIndex */.e2)(objects);
    const seen = new Map();
    for (const loaded of objects) {
        const { object, source } = loaded;
        const push = (message, path) => issues.push(path ? { message, source, object, path } : { message, source, object });
        if (typeof object.apiVersion !== 'string' || object.apiVersion === '') {
            push(`${describe(object)} has no apiVersion — add one, such as apps/v1`, 'apiVersion');
            continue;
        }
        if (typeof object.kind !== 'string' || object.kind === '') {
            push(`object has no kind — add one, such as Deployment`, 'kind');
            continue;
        }
        if (object.apiVersion.length > 317 || !API_VERSION.test(object.apiVersion)) {
            push(`${object.kind} has apiVersion "${object.apiVersion}", which is not <group>/<version> or v1 — fix the apiVersion`, 'apiVersion');
        }
        const metadata = object.metadata;
        if (metadata === null || typeof metadata !== 'object') {
            push(`${object.kind} has no metadata — add metadata with a name`, 'metadata');
            continue;
        }
        const name = metadata.name;
        if (name === undefined || name === null || name === '') {
            push(`${object.kind} has no metadata.name — name it${metadata.generateName ? ' (generateName cannot be applied: apply needs a fixed name)' : ''}`, 'metadata.name');
            continue;
        }
        if (typeof name !== 'string') {
            push(`${object.kind} has a metadata.name that is not a string (${JSON.stringify(name)}) — quote it`, 'metadata.name');
            continue;
        }
        const { rule, maxLength } = nameRule(object.apiVersion, object.kind);
        const problem = nameProblem(name, rule, maxLength);
        if (problem)
            push(`${object.kind} name "${name}" is invalid: it ${problem} — rename it`, 'metadata.name');
        if (object.kind === 'CustomResourceDefinition' && (0,scope/* apiGroup */.oI)(object.apiVersion) === 'apiextensions.k8s.io') {
            const spec = (object.spec ?? {});
            const expected = `${spec.names?.plural}.${spec.group}`;
            if (typeof spec.names?.plural === 'string' && typeof spec.group === 'string' && name !== expected) {
                push(`CustomResourceDefinition "${name}" must be named "${expected}" (<plural>.<group>) — rename it`, 'metadata.name');
            }
        }
        const clusterScoped = (0,scope/* isClusterScoped */.Z6)(object.apiVersion, object.kind, crds);
        const namespace = metadata.namespace;
        if (namespace !== undefined && namespace !== null && namespace !== '') {
            if (typeof namespace !== 'string') {
                push(`${describe(object)} has a metadata.namespace that is not a string — quote it`, 'metadata.namespace');
            }
            else {
                const namespaceProblem = nameProblem(namespace, 'dns1123-label');
                if (namespaceProblem)
                    push(`${object.kind} ${name} has namespace "${namespace}", which is invalid: it ${namespaceProblem} — fix the namespace`, 'metadata.namespace');
            }
        }
        // After namespace defaulting: `dup` without a namespace and `dup` in `default` are one object.
        const key = (0,src/* identityKey */.US)(object, { defaultNamespace: options.defaultNamespace, clusterScoped });
        const first = seen.get(key);
        if (first) {
            push(`${describe(object)} is defined twice: here and at ${formatLocation(first.source, options.root)} — keep one of them`);
        }
        else {
            seen.set(key, loaded);
        }
    }
    return issues;
}
/** The issues of a validation mode: none, structure, or structure and then the schemas. */
async function validateManifests(objects, mode, options = {}) {
    if (mode === 'none')
        return [];
    const issues = validateStructure(objects, options);
    if (mode === 'schema')
        issues.push(...(await validateSchema(objects)));
    return issues;
}
/**
 * Validates and throws a UserError when anything is wrong: one line naming the first issue at
 * file:line and how many more there are (callers report each issue on its own, from
 * validateManifests, for annotations). Returns quietly when all is well.
 */
async function assertValid(objects, mode, options = {}) {
    const issues = await validateManifests(objects, mode, options);
    if (issues.length === 0)
        return;
    throw issuesError(issues, options.root);
}
/** The one-line error for a list of issues (the first, and how many more). */
function issuesError(issues, root) {
    const first = issues[0];
    const more = issues.length - 1;
    const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return new UserError(`${formatIssue(first, root)}${suffix}`, {
        file: showFile(first.source.file, root),
        line: first.source.line,
    });
}

// EXTERNAL MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(848);
;// CONCATENATED MODULE: ./packages/manifests/src/bundle.ts
/**
 * One multi-document YAML stream with every object, in the given order: what list-manifests
 * writes as `bundle`, the safe thing to apply when a file mixes kinds.
 */

/** An object's YAML from its value: keys in their order, aliases written out, long lines kept whole. */
function toYaml(object) {
    // The default schema quotes strings that YAML 1.1 readers (kubectl) would take for
    // booleans, numbers or dates ("yes", "0644", "2024-01-01"), so they stay strings.
    return (0,js_yaml/* dump */.Bh)(object, { noRefs: true, lineWidth: -1 });
}
function serializeBundle(objects, options = {}) {
    const useText = (options.from ?? 'text') === 'text';
    const parts = [];
    for (const item of objects) {
        const loaded = 'source' in item && 'object' in item ? item : undefined;
        const object = loaded ? loaded.object : item;
        let text = useText && loaded?.text ? loaded.text : toYaml(object);
        if (!text.endsWith('\n'))
            text += '\n';
        parts.push(text);
    }
    return parts.map((part) => `---\n${part}`).join('');
}

// EXTERNAL MODULE: ./packages/manifests/src/listing.ts
var listing = __webpack_require__(92137);
;// CONCATENATED MODULE: ./packages/manifests/src/kustomize-names.ts
/**
 * ConfigMaps and Secrets named by kustomize's generators: `redis-config-bd2fcfgt6k`, the
 * suffix being kustomize's hash of the object's content (api/hasher: sha256 of a JSON
 * encoding of kind, name, data, binaryData / type, stringData, its first ten hex digits with
 * 0, 1, 3, a, e turned into g, h, k, m, t). The name in that encoding is always empty:
 * kustomize looks it up as one field called "metadata/name", which no object has. A name counts as generated only when its suffix
 * is that hash of the object it names, so an ordinary name that happens to end in ten such
 * letters is not mistaken for one. Their names change when their content does, so their
 * readers roll by themselves: detect-config-changes reports them without a restart, and
 * k8s-deploy's immutable configs leave them as they are.
 */

const SUFFIX = /^(.+)-([2456789bcdfghkmt]{10})$/;
/** JSON as Go's encoding/json writes it: map keys sorted, and <, >, &, U+2028, U+2029 escaped. */
function goJson(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(goJson).join(',')}]`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${goJson(key)}:${goJson(value[key])}`).join(',')}}`;
}
function kustomize_names_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A field as kustomize's hasher reads it: a mapping as itself, a missing one as "", a scalar as its text. */
function field(value) {
    if (value === undefined || value === null)
        return '';
    if (kustomize_names_isMapping(value)) {
        const copy = {};
        for (const [key, item] of Object.entries(value))
            copy[key] = item === null || item === undefined ? null : typeof item === 'object' ? item : String(item);
        return copy;
    }
    return String(value);
}
/** kustomize's content hash of a ConfigMap or Secret (see the file comment). */
function kustomizeHash(object) {
    const name = '';
    const record = object;
    const encoded = object.kind === 'Secret'
        ? { kind: 'Secret', type: field(record.type), name, data: field(record.data) }
        : { kind: 'ConfigMap', name, data: field(record.data) };
    const extra = object.kind === 'Secret' ? 'stringData' : 'binaryData';
    if (kustomize_names_isMapping(record[extra]))
        encoded[extra] = field(record[extra]);
    const hex = createHash('sha256').update(goJson(encoded)).digest('hex');
    return hex
        .slice(0, 10)
        .replace(/[013ae]/g, (c) => ({ '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' })[c]);
}
/**
 * The name a kustomize generator gave the object, without its hash suffix (`redis-config`),
 * or undefined when the object's name does not end in its own content hash.
 */
function kustomize_names_kustomizeGeneratedStem(object) {
    if (object.kind !== 'ConfigMap' && object.kind !== 'Secret')
        return undefined;
    const match = SUFFIX.exec(object.metadata?.name ?? '');
    if (!match)
        return undefined;
    return kustomizeHash(object) === match[2] ? match[1] : undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes.ts
/**
 * What changed between two sets of manifests (two git refs), for detect-config-changes:
 * the ConfigMaps and Secrets whose content changed, the workloads that read them, and
 * which of those will not roll out by themselves and must be restarted.
 *
 * Objects are compared, not text: identity is group/kind/namespace/name and content is a
 * canonical hash, so reformatting, comments, key order and moving an object to another
 * file are not changes. Secret values never leave this module: only names and hashes.
 */









/** Kinds whose pods are replaced when the pod template changes, i.e. the ones a restart applies to. */
const ROLLABLE = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'argoproj.io/Rollout']);
/** Pull secrets are read by the kubelet when pulling, not by running containers: changing one needs no restart. */
function readByContainers(via) {
    return !/imagePullSecrets/.test(via);
}
function identityOptions(object, options) {
    return {
        defaultNamespace: options.namespace,
        clusterScoped: isClusterScoped(object.apiVersion, object.kind, options.crds),
    };
}
/**
 * The namespace an output entry states: the object's own, else the `namespace` input, else none.
 * Never `default` by guessing: k8s-deploy defaults an entry without one to the namespace it
 * deploys to, which is where such an object lives.
 */
function statedNamespace(object, options) {
    if (isClusterScoped(object.apiVersion, object.kind, options.crds))
        return '';
    return object.metadata.namespace || options.namespace || '';
}
function entryOf(object, namespace) {
    const entry = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name ?? '' };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
function where(loaded) {
    return `${loaded.source.file}:${loaded.source.line}`;
}
/** Objects by identity; a second object with the same identity is an error at head, and ignored at base. */
function indexObjects(objects, options, strict) {
    const index = new Map();
    for (const loaded of objects) {
        const { object } = loaded;
        if (!object?.metadata?.name)
            continue;
        const scope = identityOptions(object, options);
        const namespace = effectiveNamespace(object.metadata.namespace, scope);
        const key = identityKey(object, scope);
        const seen = index.get(key);
        if (seen) {
            if (!strict)
                continue;
            throw new UserError(`${object.kind} ${namespace ? `${namespace}/` : ''}${object.metadata.name} is defined twice, at ${where(seen.loaded)} and at ${where(loaded)}: keep one`, { file: loaded.source.file, line: loaded.source.line });
        }
        index.set(key, { loaded, namespace, stated: statedNamespace(object, options) });
    }
    return index;
}
function isConfig(object) {
    return groupOf(object.apiVersion) === '' && (object.kind === 'ConfigMap' || object.kind === 'Secret');
}
function isWorkload(item) {
    return (item.workload !== undefined ||
        (WORKLOAD_KINDS.includes(item.object.kind) && findPodTemplate(item.object) !== undefined));
}
/**
 * The object as the comparison keeps it: ConfigMaps, Secrets and CRDs whole (their content
 * is compared, and CRDs give custom kinds their scope); a workload as its config references
 * and, with `hashTemplate`, its pod template's hash; anything else as apiVersion, kind and
 * metadata. Structure checks (validateStructure) read no more than that.
 */
function summariseObject(loaded, hashTemplate) {
    const { object, source } = loaded;
    if (isConfig(object) || isCrd(object))
        return { object, source };
    const skeleton = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    if (!WORKLOAD_KINDS.includes(object.kind) || findPodTemplate(object) === undefined)
        return { object: skeleton, source };
    const workload = { references: configReferences(object) };
    if (hashTemplate)
        workload.template = templateHash(object);
    return { object: skeleton, source, workload };
}
/** Base64 in one spelling (line breaks and missing padding do not change the bytes). */
function normalBase64(text) {
    return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The bytes one key of a config holds, in one form whether written under `data`,
 * `stringData` or `binaryData`, so moving a value between them is not a change.
 * sops-encrypted values are taken as written (never decoded or decrypted).
 */
function keyValue(object, key) {
    const record = object;
    const stringData = record.stringData?.[key];
    if (typeof stringData === 'string')
        return 'b64:' + Buffer.from(stringData).toString('base64');
    const data = record.data?.[key];
    if (data !== undefined && data !== null) {
        const text = String(data);
        if (object.kind === 'Secret' && !text.startsWith('ENC['))
            return 'b64:' + normalBase64(text);
        return object.kind === 'Secret' ? 'raw:' + text : 'b64:' + Buffer.from(text).toString('base64');
    }
    const binary = record.binaryData?.[key];
    if (binary !== undefined && binary !== null)
        return 'b64:' + normalBase64(String(binary));
    return 'absent';
}
/**
 * Hashes memoised per parsed object. A file that is the same blob at both refs is parsed once
 * (parseFiles), so its objects are the same JavaScript objects on both sides: most comparisons
 * are an identity check, and each config is hashed once however many workloads read it.
 */
class Hashes {
    content = new WeakMap();
    keyed = new WeakMap();
    templates = new WeakMap();
    contentOf(config) {
        let hash = this.content.get(config);
        if (hash === undefined)
            this.content.set(config, (hash = contentHash(config)));
        return hash;
    }
    /** What a workload reads from a config: the whole content, or only the keys it names. */
    read(config, keys) {
        if (!config)
            return 'absent';
        if (keys === undefined)
            return this.contentOf(config);
        const names = [...new Set(keys)].sort();
        const cacheKey = names.join('\0');
        let byKeys = this.keyed.get(config);
        if (!byKeys)
            this.keyed.set(config, (byKeys = new Map()));
        let hash = byKeys.get(cacheKey);
        if (hash === undefined) {
            const parts = names.map((key) => `${JSON.stringify(key)}=${keyValue(config, key)}`);
            const type = config.kind === 'Secret' ? String(config.type ?? 'Opaque') : '';
            byKeys.set(cacheKey, (hash = sha256(`${type}\n${parts.join('\n')}`)));
        }
        return hash;
    }
    templateOf(workload) {
        if (workload.workload)
            return workload.workload.template;
        if (this.templates.has(workload))
            return this.templates.get(workload);
        const hash = templateHash(workload.object);
        this.templates.set(workload, hash);
        return hash;
    }
    sameContent(a, b) {
        return a === b || this.contentOf(a) === this.contentOf(b);
    }
    sameTemplate(a, b) {
        if (a === b || a.object === b.object)
            return true;
        const before = this.templateOf(a);
        const after = this.templateOf(b);
        // A summary without a hash comes from a file that is the same at both refs, whose objects
        // are the same on both sides; two different ones only meet when the base defines the
        // workload twice. Not knowing, count the template as unchanged: a restart is the safe side.
        if ((a.workload && before === undefined) || (b.workload && after === undefined))
            return true;
        return before === after;
    }
}
/** What a workload reads, one entry per config, merging its references (any whole-config use wins over keys). */
function configsRead(item, namespace) {
    const reads = new Map();
    for (const ref of item.workload?.references ?? configReferences(item.object)) {
        if (!readByContainers(ref.via))
            continue;
        const key = identityKey({ apiVersion: 'v1', kind: ref.kind, namespace, name: ref.name });
        const read = reads.get(key) ?? { kind: ref.kind, name: ref.name, namespace, key, keys: [], via: [] };
        if (read.keys !== undefined)
            read.keys = ref.keys === undefined ? undefined : [...read.keys, ...ref.keys];
        if (!read.via.includes(ref.via))
            read.via.push(ref.via);
        reads.set(key, read);
    }
    return [...reads.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function isRollable(object) {
    return ROLLABLE.has(`${groupOf(object.apiVersion)}/${object.kind}`);
}
function configEntry(object, namespace) {
    const entry = { kind: object.kind, name: object.metadata.name };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
/**
 * Compares the objects at base with those at head. With no base (a first release)
 * every config at head counts as added.
 */
function compareManifests(base, head, options = {}) {
    const headIndex = indexObjects(head, { ...options, crds: crdIndex(head) }, true);
    const baseIndex = base === undefined ? new Map() : indexObjects(base, { ...options, crds: crdIndex(base) }, false);
    const hashes = new Hashes();
    const changedConfigs = [];
    const changeOf = new Map();
    const renamed = generatedRenames(baseIndex, headIndex);
    for (const [key, { loaded, stated }] of headIndex) {
        if (!isConfig(loaded.object))
            continue;
        const before = baseIndex.get(key) ?? renamed.get(key);
        const change = !before
            ? 'added'
            : hashes.sameContent(before.loaded.object, loaded.object)
                ? undefined
                : 'modified';
        if (change) {
            changedConfigs.push({ ...configEntry(loaded.object, stated), change });
            changeOf.set(key, change);
        }
    }
    const replaced = new Set(renamed.values());
    for (const [key, indexed] of baseIndex) {
        const { loaded, stated } = indexed;
        if (!isConfig(loaded.object) || headIndex.has(key) || replaced.has(indexed))
            continue;
        changedConfigs.push({ ...configEntry(loaded.object, stated), change: 'deleted' });
        changeOf.set(key, 'deleted');
    }
    changedConfigs.sort((a, b) => compareText(`${a.kind}/${a.namespace ?? ''}/${a.name}`, `${b.kind}/${b.namespace ?? ''}/${b.name}`));
    const affectedWorkloads = [];
    const checksums = {};
    for (const [key, { loaded, namespace, stated }] of headIndex) {
        const { object } = loaded;
        if (!isWorkload(loaded))
            continue;
        const reads = configsRead(loaded, namespace);
        const entry = entryOf(object, stated);
        if (isRollable(object) && reads.length > 0) {
            const lines = reads.map((read) => `${read.kind}/${read.namespace}/${read.name}=${hashes.read(headIndex.get(read.key)?.loaded.object, read.keys)}`);
            checksums[checksumKey(entry)] = sha256(lines.join('\n'));
        }
        const configs = [];
        for (const read of reads) {
            const change = changeOf.get(read.key);
            if (!change)
                continue;
            // A config that changed in keys this workload does not read does not affect it.
            if (change === 'modified' && read.keys !== undefined) {
                const was = hashes.read(baseIndex.get(read.key)?.loaded.object, read.keys);
                const now = hashes.read(headIndex.get(read.key)?.loaded.object, read.keys);
                if (was === now)
                    continue;
            }
            const config = { kind: read.kind, name: read.name, change, via: read.via };
            // A config is read from the workload's own namespace.
            if (stated !== '')
                config.namespace = stated;
            configs.push(config);
        }
        if (configs.length === 0)
            continue;
        const before = baseIndex.get(key);
        // Without a base nothing is known to have rolled: every reader of a config counts as needing a restart.
        const specChanged = base !== undefined && (!before || !hashes.sameTemplate(before.loaded, loaded));
        affectedWorkloads.push({
            ...entry,
            file: loaded.source.file,
            line: loaded.source.line,
            configs,
            specChanged,
            restart: isRollable(object) && !specChanged,
        });
    }
    const restart = affectedWorkloads
        .filter((workload) => workload.restart)
        .map(({ apiVersion, kind, name, namespace }) => namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name });
    return { changedConfigs, affectedWorkloads, restart, checksums };
}
/**
 * kustomize-generated configs whose name changed with their content (`redis-config-bd2fcfgt6k`
 * at base, `redis-config-7k2m…` at head): head key → the base version it replaces, when the
 * stem, kind and namespace match and each side has one such version. The change is then
 * reported as `modified` under the head name, not as one added and one deleted config; its
 * readers' pod templates name the new version, so they roll without a restart.
 */
function generatedRenames(base, head) {
    const stems = (index, other) => {
        const found = new Map();
        for (const [key, indexed] of index) {
            if (!isConfig(indexed.loaded.object) || other.has(key))
                continue;
            const stem = kustomizeGeneratedStem(indexed.loaded.object);
            if (stem === undefined)
                continue;
            const id = `${indexed.loaded.object.kind}/${indexed.namespace}/${stem}`;
            found.set(id, [...(found.get(id) ?? []), [key, indexed]]);
        }
        return found;
    };
    const before = stems(base, head);
    const renames = new Map();
    for (const [id, versions] of stems(head, base)) {
        const old = before.get(id);
        if (versions.length === 1 && old?.length === 1)
            renames.set(versions[0][0], old[0][1]);
    }
    return renames;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}!]/;
function normalise(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '')
        .replace(/\/{2,}/g, '/');
}
/**
 * Picks manifest files out of a commit's file list the way list-manifests picks them
 * from disk: a file by name, a folder's .yaml/.yml/.json files (recursively), or a glob;
 * minus the `exclude` globs or folders. Patterns are relative to `prefix` (the workspace
 * folder inside the repository, '' when the workspace is the repository root).
 */
function selectManifestFiles(paths, patterns, exclude = [], prefix = '') {
    const inPrefix = (pattern) => normalise(prefix === '' || pattern === '' ? pattern : `${normalise(prefix)}/${normalise(pattern)}`);
    const excluded = exclude.map((pattern) => {
        const full = inPrefix(pattern);
        const glob = picomatch(full, { dot: true });
        return (path) => glob(path) || path.startsWith(full + '/');
    });
    const chosen = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const full = inPrefix(pattern);
        let matches;
        if (GLOB_CHARS.test(pattern)) {
            const glob = picomatch(full, { dot: false });
            matches = paths.filter((path) => glob(path) && MANIFEST_FILE.test(path));
        }
        else if (full === '' || full === '.') {
            matches = paths.filter((path) => MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path));
        }
        else if (paths.includes(full)) {
            matches = [full];
        }
        else {
            // A folder: its manifest files, recursively, hidden files and folders skipped (as on disk).
            matches = paths.filter((path) => path.startsWith(full + '/') && MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path.slice(full.length + 1)));
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const path of matches) {
            // Kustomization files are not objects to apply; list-manifests skips them too.
            if (excluded.some((test) => test(path)) || KUSTOMIZATION_FILES.has(path.slice(path.lastIndexOf('/') + 1)))
                continue;
            chosen.add(path);
        }
    }
    return { files: [...chosen], unmatched };
}
/**
 * Parses files read from git into objects, summarised for compareManifests (summariseObject).
 * Files with the same blob id are parsed once (most files are the same at both refs).
 * Binary, oversized and malformed files are refused with parseManifests' one-line errors at
 * file:line.
 */
function parseFiles(files, options, cache = new Map()) {
    const display = options.display ?? ((path) => path);
    const objects = [];
    for (const file of files) {
        const shown = display(file.path);
        const cacheKey = `${file.object}\0${shown}`;
        let parsed = cache.get(cacheKey);
        if (!parsed) {
            const hashTemplates = !options.unchanged?.(file);
            try {
                parsed = parseManifests(file.content, shown, { keepText: false }).map((loaded) => summariseObject(loaded, hashTemplates));
            }
            catch (error) {
                if (!(error instanceof UserError) || !options.onError)
                    throw error;
                options.onError(error, shown);
                parsed = [];
            }
            cache.set(cacheKey, parsed);
        }
        for (const object of parsed)
            objects.push(object);
    }
    return objects;
}

;// CONCATENATED MODULE: ./packages/manifests/src/issues.ts



/**
 * Fails on manifest issues: each one an error annotation at its file and line, then one
 * line naming the first (`Invalid manifest at head: k8s/web.yaml:3: …`). Does nothing when
 * there are none. `where` says which manifests (`at head`), for a comparison of two refs.
 */
function failOnIssues(issues, options = {}) {
    if (issues.length === 0)
        return;
    const { root } = options;
    const where = options.where ? ` ${options.where}` : '';
    for (const issue of issues) {
        (0,src/* annotateError */.TF)(formatIssue(issue, root), { file: (0,yaml/* showFile */.II)(issue.source.file, root), startLine: issue.source.line });
    }
    const first = formatIssue(issues[0], root);
    const more = (0,src/* omittedAnnotations */.P5)() > 0 ? ` (${(0,src/* omittedAnnotations */.P5)()} not annotated, see the log)` : '';
    throw new src/* UserError */.yo(issues.length === 1
        ? `Invalid manifest${where}: ${first}`
        : `${issues.length} problems in the manifests${where}${more}; the first: ${first}`);
}

;// CONCATENATED MODULE: ./packages/manifests/src/index.ts

















;// CONCATENATED MODULE: ./actions/list-manifests/src/list.ts
// list-manifests' work once every input is checked (main.ts): load (and render) the manifests,
// validate and order them, write the bundle, the outputs and the summary. A chunk of its own in
// dist/, loaded after the inputs are read; the renderers load only when something is rendered.






/** The file a rendered object is applied from (its render's output), else its own file. */
function appliedFrom(loaded) {
    const rendered = loaded.source.rendered;
    return rendered?.file
        ? { ...loaded, source: { ...loaded.source, file: rendered.file, line: rendered.line } }
        : loaded;
}
function writeBundle(folder, objects) {
    const bundle = (0,external_node_path_.join)(folder, 'manifests.yaml');
    // Secrets are in it: readable by the job's user only.
    (0,external_node_fs_.writeFileSync)(bundle, serializeBundle(objects), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(bundle, 0o600);
    return bundle;
}
async function listManifests({ root, paths, exclude, validate, namespace, render }) {
    // Schema validation reads whole objects; otherwise the rest needs only their outline.
    const prune = validate !== 'schema';
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'list-manifests-'));
    const loaded = paths.length === 0
        ? []
        : await (0,load/* loadManifests */.DD)(paths, {
            exclude,
            root,
            inputName: 'paths',
            parseWorker: (0,load/* parseWorkerBesideBundle */.qc)(),
            prune,
        });
    if (render) {
        // Loaded only when something is rendered: the tool downloader and the renderers.
        const { renderManifests } = await Promise.all(/* import() */[__webpack_require__.e(343), __webpack_require__.e(53), __webpack_require__.e(694), __webpack_require__.e(120)]).then(__webpack_require__.bind(__webpack_require__, 37120));
        // Rendered Secret values are masked as each render is read, before anything about it is logged.
        const rendered = await renderManifests(render, { root, outputFolder: folder, onInfo: (m) => core/* info */.pq(m) });
        for (const object of rendered)
            loaded.push(prune ? (0,listing/* pruneForListing */.m)(object) : object);
    }
    failOnIssues(await validateManifests(loaded, validate, { root, defaultNamespace: namespace || undefined }), { root });
    const ordered = applyOrder(loaded);
    const listed = ordered.map(({ object, source }) => {
        const entry = {
            ...(0,scope/* objectRef */.DA)(object, namespace || undefined),
            file: (0,yaml/* showFile */.II)(source.file, root),
            index: source.index,
            line: source.line,
        };
        if (source.rendered?.file)
            entry.rendered = { by: source.rendered.by, file: source.rendered.file, line: source.rendered.line };
        return entry;
    });
    // A render's output is in RUNNER_TEMP, outside the workspace: shown as its absolute path.
    const files = fileOrder(ordered.map(appliedFrom)).map((file) => (0,src/* isInside */.FK)(file, root) ? (0,src/* displayPath */.Gt)(file, root) : file);
    const images = (0,pod/* uniqueImages */.MZ)(ordered);
    const bundle = writeBundle(folder, ordered);
    // Everything is computed before the first output, so a failure leaves no outputs behind.
    (0,src/* setOutput */.uH)('manifests', files.join('\n'));
    (0,src/* setOutput */.uH)('manifests-json', JSON.stringify(listed));
    (0,src/* setOutput */.uH)('bundle', bundle);
    (0,src/* setListOutput */.SP)('images', images);
    (0,src/* setOutput */.uH)('count', listed.length);
    // One write for the whole list: ten thousand separate log writes cost more than listing the objects.
    const lines = listed.map((entry, i) => `${String(i + 1).padStart(4)}. ${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name} (${entry.file}:${entry.line})`);
    core/* info */.pq(`${listed.length} objects in ${files.length} files, ${images.length} images; apply order:\n${lines.join('\n')}\nbundle: ${bundle}`);
    const summary = new src/* SummaryBuilder */.CF()
        .heading(`Kubernetes manifests: ${listed.length} objects in ${files.length} files`)
        .table(['#', 'kind', 'name', 'namespace', 'file'], listed.map((entry, i) => [i + 1, entry.kind, entry.name, entry.namespace ?? '', `${entry.file}:${entry.line}`]));
    if (images.length > 0) {
        summary.text(`**Images (${images.length}):** ${images.map((image) => (0,src/* code */.aY)((0,src/* shortDigests */.sY)(image))).join(', ')}`);
        const pinned = images.filter((image) => (0,src/* shortDigests */.sY)(image) !== image);
        if (pinned.length > 0)
            summary.details('Whole image references', pinned.join('\n'));
    }
    await summary.text((0,src/* linkLine */.pF)((0,src/* commitAndRunLinks */.TU)((0,src/* githubContext */.h4)()))).write();
}


/***/ }),

/***/ 92137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ pruneForListing)
/* harmony export */ });
/* harmony import */ var _pod_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7034);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15261);
/**
 * Objects pruned to what listing them needs (list-manifests, unless it validates schemas):
 * apiVersion, kind, metadata, and the names and images of the pod template's containers.
 * Kept whole: CRDs and RBAC bindings (the apply order reads their spec and roleRef) and
 * objects without their document's text (the bundle is then written from the object).
 * Ten thousand pruned objects cost a fraction of the memory and garbage collection of whole
 * ones, and cross from the parse worker to the action's thread far faster.
 */


const KEPT_WHOLE = new Set([
    'apiextensions.k8s.io/CustomResourceDefinition',
    'rbac.authorization.k8s.io/RoleBinding',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
]);
function pruneForListing(loaded) {
    const { object } = loaded;
    if (loaded.text === undefined || KEPT_WHOLE.has(`${(0,_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .apiGroup */ .oI)(object.apiVersion)}/${object.kind}`))
        return loaded;
    const pruned = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    const found = (0,_pod_js__WEBPACK_IMPORTED_MODULE_0__/* .findPodTemplate */ .$c)(object);
    if (found) {
        const spec = {};
        for (const list of _pod_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTAINER_LISTS */ .MI) {
            const containers = found.spec[list];
            if (!Array.isArray(containers))
                continue;
            spec[list] = containers.map((container) => {
                if (container === null || typeof container !== 'object')
                    return container;
                const { name, image } = container;
                return { name, image };
            });
        }
        // The same path as in the object (spec.template, spec.jobTemplate.spec.template, or none for a Pod).
        let node = pruned;
        for (const key of found.path === '' ? [] : found.path.split('.')) {
            const next = {};
            node[key] = next;
            node = next;
        }
        node.spec = spec;
    }
    return { ...loaded, object: pruned };
}


/***/ }),

/***/ 4466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ct: () => (/* binding */ KUSTOMIZATION_FILES),
  DD: () => (/* binding */ loadManifests),
  qc: () => (/* binding */ parseWorkerBesideBundle)
});

// UNUSED EXPORTS: MANIFEST_EXTENSIONS, PARALLEL_MIN_FILES, findManifestFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(45496);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(21191);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(71592);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __webpack_require__(11745);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/workspace.ts
var workspace = __webpack_require__(15565);
// EXTERNAL MODULE: ./packages/manifests/src/listing.ts
var listing = __webpack_require__(92137);
;// CONCATENATED MODULE: ./packages/manifests/src/read-file.ts
/**
 * Reads a manifest file after checking it with fstat: an oversized file is never read, and a
 * FIFO or device named like a manifest is refused (it is opened non-blocking, so a FIFO
 * cannot hang the step). Problems are returned, not thrown, so either thread of a parallel
 * load can report them in file order.
 */

/** Reads one file after checking it with fstat (see the file comment). */
function readChecked(file, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return { file, notRegular: true };
        if (stats.size > maxBytes)
            return { file, tooLarge: stats.size };
        // Read exactly the size fstat gave; a file that grows meanwhile is read up to that size,
        // one that shrinks up to what is there.
        const bytes = Buffer.allocUnsafeSlow(stats.size);
        let filled = 0;
        while (filled < stats.size) {
            const count = (0,external_node_fs_.readSync)(fd, bytes, filled, stats.size - filled, filled);
            if (count === 0)
                break;
            filled += count;
        }
        return { file, bytes: filled === stats.size ? bytes : bytes.subarray(0, filled) };
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./packages/manifests/src/yaml.ts + 1 modules
var yaml = __webpack_require__(82514);
;// CONCATENATED MODULE: ./packages/manifests/src/parse-worker.ts
/**
 * Loading many manifest files on two threads. Parsing YAML is most of list-manifests' time
 * (10,000 files: about 0.7 s of js-yaml), so the calling thread and one worker thread both
 * load files: each claims the next file from a shared counter, reads and parses it, and the
 * worker posts its results back (structured clone keeps every value exactly). The results
 * are then taken in file order, so objects, skip notes and the first error are the ones a
 * one-thread load gives. The worker is only a helper: if it cannot start, the calling thread
 * loads every file itself.
 *
 * The worker runs from a file of its own, next to the action's bundle (an action gives it as
 * `parseWorker`); see actions/list-manifests/src/parse-worker.ts.
 */

// The modules, not the package's index: the parse worker's bundle needs no more than these.





const NEXT = 0;
const STOP = 1;
const BATCH = 32;
/** A file's bytes, or the one-line error for why it could not be read. */
function readOrThrow(result, settings) {
    if ('bytes' in result)
        return result.bytes;
    const shown = (0,workspace/* displayPath */.Gt)(result.file, settings.root);
    if ('tooLarge' in result)
        throw (0,yaml/* tooLarge */.g$)(result.file, result.tooLarge, settings.maxFileBytes, settings.root);
    if ('notRegular' in result)
        throw new errors/* UserError */.yo(`${shown}: is not a regular file — exclude it with "exclude"`, { file: shown });
    throw new errors/* UserError */.yo(`${shown}: cannot be read (${result.error.code ?? result.error.message}) — check the file`, {
        file: shown,
    });
}
/** Reads and parses one file; a UserError becomes the outcome, anything else is thrown. */
function loadFile(file, index, settings) {
    const skipped = [];
    try {
        const bytes = readOrThrow(readChecked(file, settings.maxFileBytes), settings);
        const text = (0,yaml/* decodeManifestText */.dO)(bytes, file, settings.root);
        const objects = (0,yaml/* parseManifests */.Ye)(text, file, {
            maxFileBytes: settings.maxFileBytes,
            root: settings.root,
            onSkip: (note) => skipped.push(note),
        });
        return { index, objects: settings.prune ? objects.map(listing/* pruneForListing */.m) : objects, skipped };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return { index, error: { message: error.message, file: error.file, line: error.line } };
    }
}
/** The next file to load, or undefined when all are claimed or a file has failed. */
function claimFile(claims, total) {
    if (Atomics.load(claims, STOP) !== 0)
        return undefined;
    const index = Atomics.add(claims, NEXT, 1);
    return index < total ? index : undefined;
}
/** Tells both threads to claim no more files (one has failed: later files cannot matter). */
function stopClaims(claims) {
    Atomics.store(claims, STOP, 1);
}
function newClaims() {
    return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}
/** The worker's program: loads files until none is left, posting outcomes in batches. */
function runParseWorker() {
    if (parentPort === null)
        throw new Error('parse-worker.js runs as a worker thread of the action, not on its own');
    const job = workerData;
    const claims = new Int32Array(job.claims);
    let batch = [];
    for (let index = claimFile(claims, job.files.length); index !== undefined;) {
        const outcome = loadFile(job.files[index], index, job);
        batch.push(outcome);
        if ('error' in outcome)
            stopClaims(claims);
        if (batch.length === BATCH) {
            parentPort.postMessage(batch);
            batch = [];
        }
        index = claimFile(claims, job.files.length);
    }
    if (batch.length > 0)
        parentPort.postMessage(batch);
}

;// CONCATENATED MODULE: ./packages/manifests/src/load.ts
/**
 * Finds manifest files from the paths a user gives (files, folders, globs) and loads them.
 * Every path must stay inside the workspace; the order is deterministic: paths in input
 * order, and within a folder or a glob, files sorted by path.
 */









/** The extensions loaded from folders and globs. */
const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** The file names kustomize reads: not objects to apply, so skipped (with a debug note). */
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
function hasManifestExtension(name) {
    const lower = name.toLowerCase();
    return MANIFEST_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
/** The parse worker the build puts beside an action's bundle (`parse-worker.js`), when there is one. */
function parseWorkerBesideBundle() {
    const file = (0,src/* besideBundle */.PK)('parse-worker.js');
    return file === undefined ? undefined : { file };
}
/** From this many files on, a `parseWorker` loads files beside the calling thread. */
const PARALLEL_MIN_FILES = 200;
/**
 * Loads every object from the given files, folders (recursive; .yaml, .yml, .json; hidden
 * files and folders skipped) and globs. A missing path, a glob that matches nothing, an empty
 * folder or a path outside the workspace is a one-line error naming the path and the input;
 * malformed or unsafe content is a one-line error at file:line (see parseManifests). With a
 * `parseWorker`, large sets are loaded on two threads, with the same result.
 */
async function loadManifests(paths, options = {}) {
    const files = await findManifestFiles(paths, options);
    const settings = {
        root: realRoot(options.root),
        maxFileBytes: options.maxFileBytes ?? yaml/* DEFAULT_MAX_FILE_BYTES */.CR,
        prune: options.prune,
    };
    const onSkip = options.onSkip ?? ((message) => core/* debug */.Yz(message));
    const claims = newClaims();
    const outcomes = new Array(files.length);
    if (options.parseWorker && files.length >= PARALLEL_MIN_FILES) {
        await loadOnTwoThreads(files, settings, options.parseWorker, claims, outcomes);
    }
    else {
        loadHere(files, settings, claims, outcomes);
    }
    return inFileOrder(files, settings, outcomes, onSkip);
}
/** Loads files on this thread until none is left to claim. */
function loadHere(files, settings, claims, outcomes) {
    for (let index = claimFile(claims, files.length); index !== undefined; index = claimFile(claims, files.length)) {
        const outcome = loadFile(files[index], index, settings);
        outcomes[index] = outcome;
        if ('error' in outcome)
            stopClaims(claims);
    }
}
/** Loads files on this thread and on a worker at once; resolves when both are done. */
async function loadOnTwoThreads(files, settings, parseWorker, claims, outcomes) {
    const job = { ...settings, files, claims: claims.buffer };
    const worker = new external_node_worker_threads_.Worker(parseWorker.file, {
        workerData: job,
        // It keeps nothing between files: a small young generation is plenty, and costs less memory.
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    const exited = new Promise((resolve) => {
        worker.on('message', (batch) => {
            for (const outcome of batch)
                outcomes[outcome.index] = outcome;
        });
        // A worker that fails leaves its files to this thread (inFileOrder loads what is missing).
        worker.on('error', (error) => core/* debug */.Yz(`The parse worker stopped: ${error.message}`));
        worker.on('exit', () => resolve());
    });
    loadHere(files, settings, claims, outcomes);
    await exited;
}
/**
 * The objects in file order, with the skip notes told in that order, up to the first file
 * that failed, whose error is thrown: what loading the files one by one gives. A file claimed
 * by a worker that stopped before reporting it is loaded here.
 */
function inFileOrder(files, settings, outcomes, onSkip) {
    const objects = [];
    for (const [index, file] of files.entries()) {
        const outcome = outcomes[index] ?? loadFile(file, index, settings);
        if ('error' in outcome)
            throw new src/* UserError */.yo(outcome.error.message, outcome.error);
        for (const note of outcome.skipped)
            onSkip(note);
        for (const object of outcome.objects)
            objects.push(object);
    }
    return objects;
}
/** The workspace folder through symlinks (as workspaceRoot gives it), so paths inside it compare equal. */
function realRoot(root) {
    if (root === undefined)
        return (0,src/* workspaceRoot */.oS)();
    try {
        return (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return root;
    }
}
/**
 * The manifest files the paths name, absolute, in load order, each once (the first time it
 * is named). Kustomization files are left out, with a note to `onSkip`.
 */
async function findManifestFiles(paths, options = {}) {
    const root = realRoot(options.root);
    const input = options.inputName ?? 'paths';
    const onSkip = options.onSkip ?? ((message) => core/* debug */.Yz(message));
    const excluded = excludeMatcher(options.exclude ?? [], options.excludeInputName ?? 'exclude');
    const prefix = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    const relativeOf = (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : (0,external_node_path_.relative)(root, file)).split(external_node_path_.sep).join('/');
    const hasExcludes = (options.exclude ?? []).some((pattern) => pattern.trim() !== '');
    const seen = new Set();
    const result = [];
    if (paths.length === 0)
        throw new src/* InputError */.dz(input, 'is empty: give at least one file, folder or glob of manifests');
    for (const given of paths) {
        const candidates = await expandPath(given, root, input);
        let kept = 0;
        let skipped = 0;
        for (const file of candidates) {
            if (hasExcludes && excluded(relativeOf(file))) {
                skipped += 1;
                continue;
            }
            if (KUSTOMIZATION_FILES.has((0,external_node_path_.basename)(file))) {
                skipped += 1;
                onSkip(`${(0,src/* displayPath */.Gt)(file, root)}: skipped, a kustomization file is not an object to apply (list the files it names instead)`);
                continue;
            }
            kept += 1;
            if (seen.has(file))
                continue;
            seen.add(file);
            result.push(file);
        }
        if (kept === 0 && skipped > 0) {
            throw new src/* InputError */.dz(input, `path "${given}" matches only excluded or kustomization files: nothing to load — check "paths" and "exclude"`);
        }
    }
    return result;
}
function excludeMatcher(patterns, input) {
    const cleaned = patterns.map((pattern) => pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
    if (cleaned.length === 0)
        return () => false;
    for (const pattern of cleaned) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
            throw new src/* InputError */.dz(input, `pattern "${pattern}" must be relative to the workspace, without ".."`);
        }
    }
    // A pattern that names a folder excludes what is under it too.
    return picomatch_default()([...cleaned, ...cleaned.map((pattern) => `${pattern}/**`)], { dot: true });
}
/** One input path as the files it stands for, sorted within a folder or a glob. */
async function expandPath(given, root, input) {
    const path = given.trim();
    const absolute = (0,src/* resolveInWorkspace */.z1)(path, input, root);
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(absolute);
    }
    catch {
        stats = undefined;
    }
    if (stats?.isFile())
        return [absolute];
    if (stats?.isDirectory()) {
        const files = walkFolder(absolute, root);
        if (files.length === 0) {
            throw new src/* InputError */.dz(input, `folder "${path}" has no .yaml, .yml or .json files — add manifests to it or fix the path`);
        }
        return files;
    }
    if (stats)
        throw new src/* InputError */.dz(input, `path "${path}" is neither a file nor a folder — give manifest files, folders or globs`);
    if ((0,dist/* isDynamicPattern */.ey)(path))
        return expandGlob(path, root, input);
    throw new src/* InputError */.dz(input, `path "${path}" does not exist in the workspace ${root} — check the path (it is relative to the repository root)`);
}
/** Files under a folder with a manifest extension, hidden entries skipped, sorted by path. */
function walkFolder(folder, root) {
    const files = [];
    const visit = (dir) => {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const full = dir.endsWith(external_node_path_.sep) ? dir + entry.name : dir + external_node_path_.sep + entry.name; // dir is absolute and normalized
            let isDirectory = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // Follow a link only when it stays inside the workspace.
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(full);
                }
                catch {
                    continue;
                }
                if (!(0,src/* isInside */.FK)(target, root))
                    continue;
                const stats = (0,external_node_fs_.statSync)(target);
                isDirectory = stats.isDirectory();
                isFile = stats.isFile();
                if (isDirectory && (0,src/* isInside */.FK)(folder, target))
                    continue; // a link to an enclosing folder
            }
            if (isDirectory)
                visit(full);
            else if (isFile && hasManifestExtension(entry.name))
                files.push(full);
        }
    };
    visit(folder);
    return files;
}
async function expandGlob(pattern, root, input) {
    const cleaned = pattern.replace(/^\.\//, '');
    if (cleaned.startsWith('/') || cleaned.split('/').includes('..')) {
        // An absolute glob is fine when its fixed part is inside the workspace.
        const base = picomatch_default().scan(cleaned).base;
        (0,src/* resolveInWorkspace */.z1)(base || '.', input, root);
    }
    const matches = await (0,dist/* glob */.TI)(cleaned, {
        cwd: root,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        expandDirectories: false,
    });
    const files = matches
        .map((file) => file.split('/').join(external_node_path_.sep))
        .filter((file) => hasManifestExtension(file))
        .filter((file) => {
        try {
            return (0,src/* isInside */.FK)((0,external_node_fs_.realpathSync)(file), root) && (0,src/* isInside */.FK)(file, root);
        }
        catch {
            return false;
        }
    })
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (files.length === 0) {
        throw new src/* InputError */.dz(input, `glob "${pattern}" matches no .yaml, .yml or .json file in the workspace ${root} — check the pattern (it is relative to the repository root)`);
    }
    return files;
}


/***/ }),

/***/ 7034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ findPodTemplate),
/* harmony export */   MI: () => (/* binding */ CONTAINER_LISTS),
/* harmony export */   MZ: () => (/* binding */ uniqueImages)
/* harmony export */ });
/* unused harmony exports WORKLOAD_KINDS, podTemplateOf, forEachContainer, containerImages */
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15261);

/** Where each workload kind keeps its pod template, by kind (the group is checked too). */
const TEMPLATE_PATHS = {
    Pod: { groups: [''], path: [] },
    PodTemplate: { groups: [''], path: ['template'] },
    ReplicationController: { groups: [''], path: ['spec', 'template'] },
    Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    StatefulSet: { groups: ['apps'], path: ['spec', 'template'] },
    DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    Job: { groups: ['batch'], path: ['spec', 'template'] },
    CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template'] },
};
/** The kinds that have a pod template. */
const WORKLOAD_KINDS = Object.keys(TEMPLATE_PATHS).filter((kind) => kind !== 'PodTemplate');
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The pod template without changing the object (metadata may be absent). */
function findPodTemplate(object) {
    const where = TEMPLATE_PATHS[object.kind];
    if (!where || !where.groups.includes((0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .apiGroup */ .oI)(object.apiVersion)))
        return undefined;
    let node = object;
    for (const key of where.path) {
        if (!isMapping(node))
            return undefined;
        node = node[key];
    }
    if (!isMapping(node) || !isMapping(node.spec))
        return undefined;
    return { template: node, spec: node.spec, path: where.path.join('.') };
}
/**
 * The pod template of a Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob
 * (`spec.jobTemplate.spec.template`), ReplicationController or PodTemplate; undefined for
 * other kinds or when the manifest has no pod spec there.
 */
function podTemplateOf(item) {
    const object = unwrapObject(item).object;
    const found = findPodTemplate(object);
    if (!found)
        return undefined;
    if (!isMapping(found.template.metadata))
        found.template.metadata = {};
    return {
        template: found.template,
        spec: found.spec,
        metadata: found.template.metadata,
        path: found.path,
        specPath: found.path ? `${found.path}.spec` : 'spec',
    };
}
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/** Visits each container of a pod spec: init containers, containers, ephemeral containers. */
function forEachContainer(spec, visit) {
    for (const list of CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!isMapping(container))
                return;
            const label = typeof container.name === 'string' && container.name !== '' ? container.name : String(index);
            visit(container, list, index, label);
        });
    }
}
/** Every container image of an object's pod template, in init, regular, ephemeral order. */
function containerImages(item) {
    const object = (0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapObject */ .Rs)(item).object;
    const found = findPodTemplate(object);
    if (!found)
        return [];
    const specPath = found.path ? `${found.path}.spec` : 'spec';
    const images = [];
    forEachContainer(found.spec, (container, list, index, label) => {
        if (typeof container.image !== 'string' || container.image.trim() === '')
            return;
        images.push({
            container: typeof container.name === 'string' ? container.name : '',
            image: container.image.trim(),
            list,
            path: `${specPath}.${list}[${label}].image`,
            index,
        });
    });
    return images;
}
/** The distinct images of all objects, in the order they first appear. */
function uniqueImages(objects) {
    const seen = new Set();
    for (const item of objects)
        for (const { image } of containerImages(item))
            seen.add(image);
    return [...seen];
}


/***/ }),

/***/ 15261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ objectRef),
/* harmony export */   KH: () => (/* reexport safe */ _kra_core__WEBPACK_IMPORTED_MODULE_0__.KH),
/* harmony export */   Rs: () => (/* binding */ unwrap),
/* harmony export */   Z6: () => (/* binding */ isClusterScoped),
/* harmony export */   e2: () => (/* binding */ crdIndex),
/* harmony export */   oI: () => (/* reexport safe */ _kra_core__WEBPACK_IMPORTED_MODULE_0__.oI)
/* harmony export */ });
/* unused harmony exports CLUSTER_SCOPED_KINDS, isCrd, objectKey */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11745);
/**
 * Identity and scope of objects: API group of an apiVersion, whether a kind is cluster-scoped
 * (built-in kinds, and CRDs found in the same set), and the object-list entry of the contracts.
 */


/** The built-in cluster-scoped kinds, by group/Kind (Kubernetes 1.34). */
const CLUSTER_SCOPED_KINDS = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'apiextensions.k8s.io/CustomResourceDefinition',
    'apiregistration.k8s.io/APIService',
    'authentication.k8s.io/TokenReview',
    'authentication.k8s.io/SelfSubjectReview',
    'authorization.k8s.io/SubjectAccessReview',
    'authorization.k8s.io/SelfSubjectAccessReview',
    'authorization.k8s.io/SelfSubjectRulesReview',
    'certificates.k8s.io/CertificateSigningRequest',
    'certificates.k8s.io/ClusterTrustBundle',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'internal.apiserver.k8s.io/StorageVersion',
    'networking.k8s.io/IngressClass',
    'networking.k8s.io/IPAddress',
    'networking.k8s.io/ServiceCIDR',
    'node.k8s.io/RuntimeClass',
    'policy/PodSecurityPolicy',
    'extensions/PodSecurityPolicy',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'resource.k8s.io/DeviceClass',
    'resource.k8s.io/ResourceSlice',
    'scheduling.k8s.io/PriorityClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/VolumeAttachment',
    'storage.k8s.io/VolumeAttributesClass',
    'storagemigration.k8s.io/StorageVersionMigration',
]);
function unwrap(item) {
    return 'source' in item && 'object' in item && item.object && typeof item.object === 'object'
        ? { object: item.object, source: item.source }
        : { object: item };
}
function isCrd(object) {
    return object.kind === 'CustomResourceDefinition' && (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .apiGroup */ .oI)(object.apiVersion) === 'apiextensions.k8s.io';
}
/** Indexes the CustomResourceDefinitions found among the objects by the group/Kind they define. */
function crdIndex(objects) {
    const index = new Map();
    for (const item of objects) {
        const { object, source } = unwrap(item);
        if (!isCrd(object))
            continue;
        const spec = (object.spec ?? {});
        const group = typeof spec.group === 'string' ? spec.group : '';
        const kind = typeof spec.names?.kind === 'string' ? spec.names.kind : '';
        if (!group || !kind)
            continue;
        const versions = [];
        if (Array.isArray(spec.versions)) {
            for (const version of spec.versions) {
                if (version && typeof version.name === 'string') {
                    versions.push({
                        name: version.name,
                        schema: version.schema?.openAPIV3Schema ?? spec.validation?.openAPIV3Schema,
                    });
                }
            }
        }
        else if (typeof spec.version === 'string') {
            versions.push({ name: spec.version, schema: spec.validation?.openAPIV3Schema });
        }
        index.set(`${group}/${kind}`, {
            group,
            kind,
            scope: spec.scope === 'Cluster' ? 'Cluster' : 'Namespaced',
            versions,
            crd: object,
            source,
        });
    }
    return index;
}
function asIndex(crds) {
    if (crds === undefined)
        return undefined;
    return crds instanceof Map ? crds : crdIndex(crds);
}
/**
 * Whether objects of this apiVersion and kind are cluster-scoped: the built-in cluster-scoped
 * kinds, and kinds whose CRD (given as an index or as the set of objects) says `scope: Cluster`.
 * Unknown kinds count as namespaced, as most custom resources are.
 */
function isClusterScoped(apiVersion, kind, crds) {
    const key = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .groupKind */ .KH)(apiVersion, kind);
    if (CLUSTER_SCOPED_KINDS.has(key))
        return true;
    const crd = asIndex(crds)?.get(key);
    return crd?.scope === 'Cluster';
}
/**
 * The object-list entry of an object (docs/design.md, the contracts): the namespace is the object's own,
 * else `defaultNamespace` (else `default`), and omitted for cluster-scoped objects.
 */
function objectRef(item, defaultNamespace, crds) {
    const { object } = unwrap(item);
    const entry = {
        apiVersion: object.apiVersion,
        kind: object.kind,
        name: String(object.metadata?.name ?? ''),
    };
    if (!isClusterScoped(object.apiVersion, object.kind, crds)) {
        entry.namespace = object.metadata?.namespace || defaultNamespace || 'default';
    }
    return entry;
}
/** group/Kind/namespace/name: the identity of an object in a cluster (core's identityKey, after namespace defaulting). */
function objectKey(item, defaultNamespace, crds) {
    const { object } = unwrap(item);
    return identityKey(object, {
        defaultNamespace,
        clusterScoped: isClusterScoped(object.apiVersion, object.kind, crds),
    });
}



/***/ }),

/***/ 82514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
  dO: () => (/* binding */ decodeManifestText),
  Ye: () => (/* binding */ parseManifests),
  II: () => (/* binding */ showFile),
  g$: () => (/* binding */ tooLarge)
});

// UNUSED EXPORTS: KUBE_SCHEMA, MAX_ALIAS_EXPANSION, MAX_DEPTH, locatedError

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(848);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/workspace.ts
var workspace = __webpack_require__(15565);
;// CONCATENATED MODULE: ./packages/core/src/parser-errors.ts
/**
 * Parser messages without the parsed text. js-yaml names what it found in its messages (an
 * alias `*name`, a tag `!name`, a directive's arguments) and V8's JSON.parse quotes a snippet
 * and the offending token: in a manifest's Secret or a Compose file's environment, a
 * password. These give what is wrong, never what was written; a message they do not know is
 * replaced by a generic one. Used for manifests (@kra/manifests) and Compose files
 * (@kra/registry); imported by subpath so the parse worker's bundle stays small.
 */
/**
 * js-yaml's messages that hold no text of the document, as they are. Every other message is
 * rewritten by SAFE_YAML_REASONS, or replaced by a generic one: js-yaml puts alias names, tags,
 * directive arguments and tag prefixes in its messages, which can be a Secret's value.
 */
const SAFE_YAML_REASON = /^[a-zA-Z ;,()%!<>?.-]*(?:\(\d+\))?$/;
const SAFE_YAML_REASONS = [
    [/^unidentified alias /, 'an alias (*name) that no anchor (&name) before it defines'],
    [/^unknown tag /, 'an unknown tag (a value starting with "!" must be quoted)'],
    [/^unacceptable node kind for /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
    [/^cannot resolve a node with /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
    [/^undeclared tag handle /, 'an undeclared tag handle (a value starting with "!" must be quoted)'],
    [/^tag name cannot contain such characters/, 'a malformed tag (a value starting with "!" must be quoted)'],
    [/^tag name is malformed/, 'a malformed tag (a value starting with "!" must be quoted)'],
    [/^there is a previously declared suffix for /, 'a %TAG directive that declares a handle twice'],
    [/^tag prefix is malformed/, 'a malformed %TAG directive'],
    [/^unknown document directive /, 'an unknown directive (a line starting with "%")'],
];
/** What js-yaml says is wrong, without anything from the document. */
function safeYamlReason(reason) {
    for (const [pattern, safe] of SAFE_YAML_REASONS)
        if (pattern.test(reason))
            return safe;
    // Quoted parts are the document's (js-yaml quotes what it found); the rest is its own text.
    if (!/["'`]/.test(reason) && SAFE_YAML_REASON.test(reason) && !/!</.test(reason))
        return reason;
    if (/^expected the node content, but found ','$/.test(reason))
        return reason;
    return 'the text cannot be read as YAML';
}
/** What JSON.parse says is wrong, without the snippet and token of the document it quotes. */
function safeJsonReason(message) {
    const reason = message
        .replace(/ in JSON at position.*$/s, '')
        .replace(/, (?:\.\.\.)?".*$/s, '')
        .replace(/ ?'([^']*)'/g, (quoted, inside) => (/^[{}[\],:]*$/.test(inside) ? quoted : ''))
        .replace(/\s+/g, ' ')
        .trim();
    return /^[A-Za-z ,'{}[\]:]+$/.test(reason) ? reason : 'the text is not valid JSON';
}

;// CONCATENATED MODULE: ./packages/manifests/src/yaml.ts
/**
 * Safe, fast parsing of manifest text into Kubernetes objects with their locations.
 *
 * Parser: js-yaml. Measured on 10,000 generated manifests (8.8 MB), js-yaml parses the tree
 * in about 0.5 s where the `yaml` package takes about 5.6 s; list-manifests has 1.5 s in all.
 * js-yaml gives no node positions, so we find the documents ourselves: a line that starts
 * with `---` or `...` (followed by a blank or the line's end) is a document boundary
 * wherever it appears — the YAML spec forbids those markers inside any scalar — so cutting
 * the text there and parsing each piece gives the same documents as a whole-stream parse,
 * plus each document's first line, and error lines shifted back to the file's numbering.
 *
 * Safety, all bounded in time and memory:
 *  - size: text over `maxFileBytes` (default 10 MiB) is refused before parsing; the loader
 *    checks the size with fstat before reading, so a 50 MB file is never read.
 *  - binary: NUL bytes or invalid UTF-8 are refused (see decodeManifestText).
 *  - alias bombs ("billion laughs"): js-yaml resolves an alias to the same JavaScript object,
 *    so parsing a bomb is cheap, but anything that walks the result (hashing, JSON output,
 *    validation) would visit every expansion. After parsing a document that has anchors we
 *    count its expanded size with a memoized walk over the parsed graph (linear in the unique
 *    nodes) and refuse it when aliases add more than MAX_ALIAS_EXPANSION nodes. Documents that
 *    pass are copied into plain trees, so no two places in an object share a node.
 *  - merge keys (`<<`): js-yaml caps merge work per document (maxTotalMergeKeys).
 *  - nesting: capped at MAX_DEPTH levels, the same for YAML (js-yaml maxDepth, and again after
 *    aliases are expanded: an alias may stack a deep subtree inside another) and for JSON
 *    (counted on the text before JSON.parse), so no walk of a parsed document, ours or a
 *    library's, can overflow the stack.
 *  - errors never repeat the document: the parser's messages name aliases, tags and snippets
 *    of the text (a Secret's value, `password: *Sup3r…`), so every message is rewritten to
 *    say what is wrong without them, and the parser's error is not kept as the cause.
 *
 * Scalars follow YAML 1.2's core schema (no timestamps: `2024-01-01` stays a string, as it
 * does for kubectl) with two YAML 1.1 rules kubectl's parser keeps: `<<` merge keys, and a
 * leading-zero integer such as `0644` (file modes) is octal, so `defaultMode: 0644` is 420.
 */




// The modules, not the package's index: the parse worker's bundle needs no more than these.



const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Nodes that aliases may add to one file beyond what is written in it. */
const MAX_ALIAS_EXPANSION = 100_000;
const MAX_DEPTH = 512;
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const types = js_yaml/* types */.gK;
const LEGACY_OCTAL = /^[-+]?0[0-7]+$/;
/** Whether a plain scalar could be a number: most are words, and this spares them the number patterns. */
function mayBeNumber(data) {
    if (data === null || data.length === 0)
        return false;
    const first = data.charCodeAt(0);
    return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46; // 0-9 + - .
}
const coreInt = types.int;
const kubeInt = new js_yaml/* Type */.ZU('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && (LEGACY_OCTAL.test(data) || coreInt.resolve(data)),
    construct: (data) => {
        if (!LEGACY_OCTAL.test(data))
            return coreInt.construct(data);
        const sign = data.startsWith('-') ? -1 : 1;
        return sign * parseInt(data.replace(/^[-+]/, ''), 8);
    },
    predicate: coreInt.predicate ?? undefined,
    represent: coreInt.represent ?? undefined,
    defaultStyle: coreInt.defaultStyle ?? undefined,
    styleAliases: { binary: [2, 'bin'], octal: [8, 'oct'], decimal: [10, 'dec'], hexadecimal: [16, 'hex'] },
});
const coreFloat = types.float;
const kubeFloat = new js_yaml/* Type */.ZU('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && coreFloat.resolve(data),
    construct: (data) => coreFloat.construct(data),
    predicate: coreFloat.predicate ?? undefined,
    represent: coreFloat.represent ?? undefined,
    defaultStyle: coreFloat.defaultStyle ?? undefined,
});
/** The schema manifests are read with (see the file comment). */
const KUBE_SCHEMA = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: [types.null, types.bool, kubeInt, kubeFloat, types.merge],
});
const LOAD_OPTIONS = { schema: KUBE_SCHEMA, maxDepth: MAX_DEPTH, json: false };
/** `<file>` as shown to the user: relative to the workspace when absolute. */
function showFile(file, root) {
    return (0,external_node_path_.isAbsolute)(file) ? (0,workspace/* displayPath */.Gt)(file, root) : file;
}
/** A one-line error at file:line: `<file>:<line>: <what> — <what to do>`. */
function locatedError(file, line, what, todo, root, cause) {
    const shown = showFile(file, root);
    const where = line === undefined ? shown : `${shown}:${line}`;
    return new errors/* UserError */.yo(`${where}: ${what} — ${todo}`, { file: shown, line, cause });
}
/**
 * Turns file bytes into text, refusing binary content: NUL bytes or invalid UTF-8
 * (UTF-16 files land here too). A UTF-8 byte order mark is dropped.
 */
function decodeManifestText(bytes, file, root) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nul = buffer.indexOf(0);
    if (nul !== -1 || !(0,external_node_buffer_.isUtf8)(buffer)) {
        const line = nul === -1 ? undefined : lineAt(buffer.subarray(0, nul));
        return thrown(locatedError(file, line, 'is a binary file, not YAML or JSON text (it has NUL bytes or is not UTF-8)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root));
    }
    const text = buffer.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function lineAt(bytes) {
    let line = 1;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1))
        line += 1;
    return line;
}
function thrown(error) {
    throw error;
}
/** Whether the file name says JSON (parsed with JSON.parse: faster, and exact JSON semantics). */
function isJsonFile(file) {
    return /\.json$/i.test(file);
}
/**
 * Parses manifest text (a file's content, or a git blob's) into objects, in document order.
 * Multi-document YAML; `kind: List` (and other `…List` kinds with `items`) flattened, the
 * items keeping the List document's location; empty documents skipped; `.json` files as JSON.
 * Throws a one-line UserError at file:line for malformed YAML, a document that is not a
 * Kubernetes object, a file too large, binary content or an alias bomb.
 */
function parseManifests(text, file, options = {}) {
    const root = options.root;
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const size = typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength;
    if (size > maxBytes)
        throw tooLarge(file, size, maxBytes, root);
    let source;
    if (typeof text === 'string') {
        if (text.includes('\0')) {
            throw locatedError(file, undefined, 'is a binary file, not YAML or JSON text (it has NUL bytes)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root);
        }
        source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    else {
        source = decodeManifestText(text, file, root);
    }
    const documents = isJsonFile(file) ? parseJsonText(source, file, root) : parseYamlText(source, file, root);
    const result = [];
    for (const document of documents)
        collectObjects(document, file, result, options);
    return result;
}
function tooLarge(file, size, maxBytes, root) {
    return locatedError(file, undefined, `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one manifest file`, 'split it into smaller files, or exclude it with "exclude" if it is not a manifest', root);
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${bytes} bytes`;
}
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/**
 * Cuts YAML text into single-document pieces at `---` / `...` lines. A `---` line starts its
 * piece; a `...` line ends the piece before it. Pieces holding only directives (`%YAML`) are
 * joined to the next piece, which they belong to.
 */
function splitDocuments(text) {
    const pieces = [];
    let start = 0;
    let startLine = 1;
    let lineCounter = { at: 0, line: 1 };
    const lineOf = (offset) => {
        let { at, line } = lineCounter;
        for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
            line += 1;
            at = next + 1;
        }
        lineCounter = { at, line };
        return line;
    };
    let pendingDirectives;
    const push = (end) => {
        const piece = { text: text.slice(start, end), startLine };
        if (pendingDirectives) {
            piece.text = pendingDirectives.text + piece.text;
            piece.startLine = pendingDirectives.startLine;
            pendingDirectives = undefined;
        }
        if (onlyDirectives(piece.text))
            pendingDirectives = piece;
        else
            pieces.push(piece);
    };
    MARKER.lastIndex = 0;
    for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
        const at = match.index;
        if (match[0] === '---') {
            if (at > start)
                push(at);
            start = at;
            startLine = lineOf(at);
        }
        else {
            const lineEnd = text.indexOf('\n', at);
            const end = lineEnd === -1 ? text.length : lineEnd + 1;
            const markerLine = lineOf(at);
            push(end);
            start = end;
            startLine = markerLine + 1;
        }
    }
    if (start < text.length || pieces.length === 0)
        push(text.length);
    if (pendingDirectives)
        pieces.push(pendingDirectives);
    return pieces;
}
const DIRECTIVES_ONLY = /^(?:[ \t]*(?:#.*)?\r?\n|%.*\r?\n)*(?:[ \t]*(?:#.*)?|%.*)$/;
function onlyDirectives(text) {
    return text.includes('%') && /^%/m.test(text) && DIRECTIVES_ONLY.test(text);
}
const BLANK_OR_COMMENT = /[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const MARKER_ONLY = /(?:---|\.\.\.)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const DIRECTIVE_LINE = /%[^\n]*(?:\n|$)/y;
/** The line of a piece's first content, past blank lines, comments, directives and a bare `---`; undefined when it has none. */
function contentLine(piece, startLine) {
    let at = 0;
    let line = startLine;
    while (at < piece.length) {
        let match = null;
        for (const pattern of [BLANK_OR_COMMENT, MARKER_ONLY, DIRECTIVE_LINE]) {
            pattern.lastIndex = at;
            match = pattern.exec(piece);
            if (match && match[0].length > 0)
                break;
            match = null;
        }
        if (!match)
            break;
        at += match[0].length;
        if (match[0].endsWith('\n'))
            line += 1;
    }
    return at >= piece.length ? undefined : line;
}
function parseYamlText(text, file, root) {
    const documents = [];
    let aliasBudget = MAX_ALIAS_EXPANSION;
    for (const piece of splitDocuments(text)) {
        const line = contentLine(piece.text, piece.startLine);
        if (line === undefined) {
            // Only comments and blank lines: an empty document when it has its own `---`, else nothing.
            if (piece.text.startsWith('---'))
                documents.push({ value: null, index: documents.length, line: piece.startLine, text: '' });
            continue;
        }
        let values;
        try {
            values = (0,js_yaml/* loadAll */.gh)(piece.text, undefined, LOAD_OPTIONS);
        }
        catch (error) {
            throw yamlError(error, file, piece.text, piece.startLine, root);
        }
        for (const value of values) {
            let tree = value;
            if (piece.text.includes('&') && value !== null && typeof value === 'object') {
                const { expanded, unique, depth } = measure(value);
                if (depth > MAX_DEPTH) {
                    throw locatedError(file, line, `YAML nesting is deeper than ${MAX_DEPTH} levels once its aliases are expanded`, NESTING_TODO, root);
                }
                const extra = expanded - unique;
                if (extra > aliasBudget) {
                    throw locatedError(file, line, `YAML aliases expand this document past ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes (an alias bomb, "billion laughs")`, 'write the values out instead of nesting aliases', root);
                }
                if (extra > 0) {
                    aliasBudget -= extra;
                    tree = expand(value);
                }
            }
            documents.push({
                value: tree,
                index: documents.length,
                line,
                text: values.length === 1 ? documentText(piece.text) : '',
            });
        }
    }
    return documents;
}
const BARE_START = /^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;
/** A document's text for re-emitting: without its bare `---` line; none when it carries directives. */
function documentText(piece) {
    if (/^%/m.test(piece))
        return '';
    return piece.replace(BARE_START, '');
}
/**
 * The size of a parsed value counted as a tree (every alias expanded) and as the graph it
 * is (each node once), and its depth as a tree (collections on the deepest path), memoized
 * per node so a bomb costs no more than its text (the expanded count of a bomb is a large
 * float, never an endless walk). Iterative: the graph may be deeper than the stack.
 */
function measure(value) {
    const known = new Map();
    const open = new Set();
    let unique = 0;
    const frame = (node) => {
        unique += 1;
        open.add(node);
        return { node, children: Array.isArray(node) ? node : Object.values(node), next: 0, size: 1, depth: 1 };
    };
    const stack = [frame(value)];
    let result = { size: 1, depth: 1 };
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next < top.children.length) {
            const child = top.children[top.next++];
            if (child === null || typeof child !== 'object') {
                top.size += 1;
                continue;
            }
            const done = known.get(child);
            if (done) {
                top.size += done.size;
                top.depth = Math.max(top.depth, done.depth + 1);
            }
            else if (!open.has(child)) {
                stack.push(frame(child)); // cycles cannot come out of YAML aliases, but never loop
            }
            continue;
        }
        stack.pop();
        open.delete(top.node);
        result = { size: top.size, depth: top.depth };
        known.set(top.node, result);
        const parent = stack[stack.length - 1];
        if (parent) {
            parent.size += top.size;
            parent.depth = Math.max(parent.depth, top.depth + 1);
        }
    }
    return { expanded: result.size, unique, depth: result.depth };
}
/** A copy of a parsed value with every alias expanded into its own nodes. */
function expand(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(expand);
    const copy = {};
    for (const [key, child] of Object.entries(value))
        copy[key] = expand(child);
    return copy;
}
const NESTING_TODO = `flatten the document (YAML and JSON manifests may nest ${MAX_DEPTH} levels)`;
function yamlError(error, file, piece, startLine, root) {
    if (error instanceof js_yaml/* YAMLException */.tB) {
        // An error at the very end (an unclosed bracket or quote) is put on the piece's last line, not past it.
        const lastLine = startLine + (piece.match(/\n/g)?.length ?? 0) - (piece.endsWith('\n') ? 1 : 0);
        const line = error.mark ? Math.min(startLine + error.mark.line, lastLine) : startLine;
        const reason = safeYamlReason((error.reason || 'invalid YAML').replace(/\s+/g, ' ').trim());
        if (/^nesting exceeded maxDepth/.test(reason)) {
            return locatedError(file, line, `YAML nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
        }
        // The parser's error is not kept as the cause: its message and snippet quote the document.
        return locatedError(file, line, `invalid YAML: ${reason}`, 'fix the YAML syntax (indentation, quoting, a missing colon)', root);
    }
    if (error instanceof RangeError) {
        return locatedError(file, startLine, 'YAML nesting is too deep to read', NESTING_TODO, root);
    }
    throw error;
}
/**
 * The line where JSON text nests deeper than MAX_DEPTH, or undefined: one pass over the
 * text, brackets inside strings not counted (JSON.parse itself would take any depth, and a
 * walk of what it returns would not).
 */
function jsonTooDeepAt(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
        const char = text.charCodeAt(i);
        if (inString) {
            if (char === 92)
                i += 1; // backslash: skip the escaped character
            else if (char === 34)
                inString = false;
        }
        else if (char === 34)
            inString = true;
        else if (char === 123 || char === 91) {
            depth += 1;
            if (depth > MAX_DEPTH)
                return lineAt(Buffer.from(text.slice(0, i)));
        }
        else if (char === 125 || char === 93)
            depth -= 1;
    }
    return undefined;
}
function parseJsonText(text, file, root) {
    if (text.trim() === '')
        return [];
    const deep = jsonTooDeepAt(text);
    if (deep !== undefined) {
        throw locatedError(file, deep, `JSON nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
    }
    try {
        const value = JSON.parse(text);
        return [{ value, index: 0, line: contentLine(text, 1) ?? 1, text }];
    }
    catch (error) {
        const message = error.message;
        const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
        const position = /at position (\d+)/.exec(message);
        let line;
        if (lineColumn)
            line = Number(lineColumn[1]);
        else if (position)
            line = text.slice(0, Number(position[1])).split('\n').length;
        else
            line = text.split('\n').length;
        // The parser's error is not kept as the cause: its message quotes the document.
        return thrown(locatedError(file, line, `invalid JSON: ${safeJsonReason(message)}`, 'fix the JSON syntax', root));
    }
}
/** What a value is, never what it says (it may be a Secret's value). */
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const KUSTOMIZE_GROUP = /^kustomize\.config\.k8s\.io\//;
function collectObjects(document, file, into, options) {
    const { value, index, line } = document;
    if (value === null || value === undefined)
        return;
    const source = { file, index, line };
    const root = options.root;
    if (isMapping(value) && typeof value.apiVersion === 'string' && KUSTOMIZE_GROUP.test(value.apiVersion)) {
        options.onSkip?.(`${showFile(file, root)}:${line}: skipped ${String(value.kind)} (${value.apiVersion}): a kustomize file, not an object to apply`);
        return;
    }
    checkObject(value, file, line, '', root);
    const object = value;
    const items = value.items;
    if (object.kind.endsWith('List') && Array.isArray(items)) {
        items.forEach((item, itemIndex) => {
            if (item === null || item === undefined)
                return;
            checkObject(item, file, line, ` (${object.kind} item ${itemIndex})`, root);
            into.push({ object: item, source: { ...source, item: itemIndex } });
        });
        return;
    }
    into.push(document.text && options.keepText !== false ? { object, source, text: document.text } : { object, source });
}
function checkObject(value, file, line, where, root) {
    const todo = 'each document must be a Kubernetes object with apiVersion, kind and metadata (or a kind: List)';
    if (!isMapping(value)) {
        throw locatedError(file, line, `document${where} is ${describe(value)}, not a Kubernetes object`, todo, root);
    }
    for (const field of ['apiVersion', 'kind']) {
        const fieldValue = value[field];
        if (fieldValue === undefined || fieldValue === null || fieldValue === '') {
            throw locatedError(file, line, `document${where} has no ${field}, so it is not a Kubernetes object`, todo, root);
        }
        if (typeof fieldValue !== 'string') {
            throw locatedError(file, line, `document${where} has a ${field} that is ${describe(fieldValue)}, not a string`, todo, root);
        }
    }
    const items = value.items;
    const isList = value.kind.endsWith('List') && Array.isArray(items);
    if (!isList && !isMapping(value.metadata)) {
        throw locatedError(file, line, `${value.kind} document${where} has ${value.metadata === undefined ? 'no metadata' : 'a metadata that is not a mapping'}`, 'add metadata with at least a name', root);
    }
}


/***/ })

};
