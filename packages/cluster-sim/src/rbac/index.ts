/**
 * Authentication (bearer tokens to users, groups and service accounts) and the RBAC
 * authorizer: ClusterRoleBindings and RoleBindings to Roles and ClusterRoles, rules
 * matched on verbs, apiGroups, resources (resource/subresource), resourceNames and
 * nonResourceURLs, with the real server's 403 messages.
 */
import { randomBytes } from 'node:crypto';
import type { KObject } from '../store-api.js';
import { StatusError, qualifiedResource } from '../api/errors.js';

export interface UserInfo {
  username: string;
  groups: string[];
  uid?: string;
}

export interface AuthorizationAttributes {
  user: UserInfo;
  verb: string;
  isResourceRequest: boolean;
  path: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

export interface Decision {
  allowed: boolean;
  reason: string;
}

/** Read access to RBAC objects (the store's `select`). */
export type ObjectSource = (group: string, resource: string, namespace?: string) => KObject[];

export const ADMIN_USER: UserInfo = {
  username: 'kubernetes-admin',
  groups: ['system:masters', 'system:authenticated'],
};

export class TokenAuthenticator {
  private readonly tokens = new Map<string, UserInfo>();

  add(token: string, user: UserInfo): void {
    const groups = [...new Set([...(user.groups ?? []), 'system:authenticated'])];
    this.tokens.set(token, { ...user, groups });
  }

  /**
   * A fresh token for a user; `system:serviceaccount:<ns>:<name>` gets the service-account groups.
   * The uid is the username, as the real test control plane's token webhook answers (packages/control-plane).
   */
  issue(username: string, groups: string[] = []): string {
    for (const [token, user] of this.tokens)
      if (user.username === username && sameGroups(user.groups, groups)) return token;
    const token = `sim-${randomBytes(24).toString('base64url')}`;
    const sa = username.match(/^system:serviceaccount:([^:]+):([^:]+)$/);
    const all = sa ? [...groups, 'system:serviceaccounts', `system:serviceaccounts:${sa[1]}`] : groups;
    this.add(token, { username, uid: username, groups: all });
    return token;
  }

  authenticate(authorization: string | undefined): UserInfo | undefined {
    if (!authorization) return undefined;
    const m = authorization.match(/^Bearer\s+(\S+)$/i);
    if (!m) return undefined;
    return this.tokens.get(m[1]);
  }
}

function sameGroups(have: string[], want: string[]): boolean {
  const extra = new Set(['system:authenticated', 'system:serviceaccounts']);
  const a = have.filter((g) => !extra.has(g) && !g.startsWith('system:serviceaccounts:')).sort();
  const b = want.filter((g) => !extra.has(g)).sort();
  return a.length === b.length && a.every((g, i) => g === b[i]);
}

function subjectMatches(subject: any, user: UserInfo, bindingNamespace: string | undefined): boolean {
  switch (subject?.kind) {
    case 'User':
      return subject.name === user.username;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace ?? bindingNamespace;
      return user.username === `system:serviceaccount:${ns}:${subject.name}`;
    }
    default:
      return false;
  }
}

function has(list: string[] | undefined, value: string): boolean {
  return Array.isArray(list) && (list.includes('*') || list.includes(value));
}

export function ruleAllows(rule: any, attrs: Omit<AuthorizationAttributes, 'user'>): boolean {
  if (!has(rule.verbs, attrs.verb)) return false;
  if (!attrs.isResourceRequest) {
    return (rule.nonResourceURLs ?? []).some(
      (url: string) =>
        url === '*' || url === attrs.path || (url.endsWith('*') && attrs.path.startsWith(url.slice(0, -1))),
    );
  }
  if (!has(rule.apiGroups, attrs.group)) return false;
  const combined = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource;
  const resources: string[] = rule.resources ?? [];
  const resourceOk = resources.some((r) => {
    if (r === '*' || r === combined) return true;
    if (attrs.subresource && r === `*/${attrs.subresource}`) return true;
    if (attrs.subresource && r === `${attrs.resource}/*`) return true;
    return false;
  });
  if (!resourceOk) return false;
  const names: string[] = rule.resourceNames ?? [];
  if (names.length === 0) return true;
  return attrs.name !== undefined && names.includes(attrs.name);
}

export class RbacAuthorizer {
  constructor(private readonly source: ObjectSource) {}

  private rulesOf(roleRef: any, namespace: string | undefined): any[] {
    if (roleRef?.kind === 'ClusterRole') {
      const role = this.source('rbac.authorization.k8s.io', 'clusterroles').find(
        (r) => r.metadata.name === roleRef.name,
      );
      if (!role) return [];
      let rules: any[] = role.rules ?? [];
      const aggregation = role.aggregationRule?.clusterRoleSelectors;
      if (Array.isArray(aggregation) && aggregation.length) {
        for (const other of this.source('rbac.authorization.k8s.io', 'clusterroles')) {
          const labels = other.metadata.labels ?? {};
          if (aggregation.some((sel: any) => Object.entries(sel.matchLabels ?? {}).every(([k, v]) => labels[k] === v)))
            rules = rules.concat(other.rules ?? []);
        }
      }
      return rules;
    }
    if (roleRef?.kind === 'Role' && namespace) {
      const role = this.source('rbac.authorization.k8s.io', 'roles', namespace).find(
        (r) => r.metadata.name === roleRef.name,
      );
      return role?.rules ?? [];
    }
    return [];
  }

  authorize(attrs: AuthorizationAttributes): Decision {
    const user = attrs.user;
    if (user.groups.includes('system:masters')) return { allowed: true, reason: '' };
    for (const binding of this.source('rbac.authorization.k8s.io', 'clusterrolebindings')) {
      if (!(binding.subjects ?? []).some((s: any) => subjectMatches(s, user, undefined))) continue;
      if (this.rulesOf(binding.roleRef, undefined).some((rule) => ruleAllows(rule, attrs))) {
        return {
          allowed: true,
          reason: `RBAC: allowed by ClusterRoleBinding "${binding.metadata.name}" of ClusterRole "${binding.roleRef?.name}" to ${describeUser(user, binding.subjects)}`,
        };
      }
    }
    if (attrs.namespace && attrs.isResourceRequest) {
      for (const binding of this.source('rbac.authorization.k8s.io', 'rolebindings', attrs.namespace)) {
        if (!(binding.subjects ?? []).some((s: any) => subjectMatches(s, user, attrs.namespace))) continue;
        if (this.rulesOf(binding.roleRef, attrs.namespace).some((rule) => ruleAllows(rule, attrs))) {
          return {
            allowed: true,
            reason: `RBAC: allowed by RoleBinding "${binding.metadata.name}/${attrs.namespace}" of ${binding.roleRef?.kind} "${binding.roleRef?.name}" to ${describeUser(user, binding.subjects)}`,
          };
        }
      }
    }
    return { allowed: false, reason: '' };
  }

  /**
   * RBAC's escalation check on a Role, ClusterRole or binding being written: the writer must hold
   * every permission it grants, unless it may `escalate` (roles) or `bind` (bindings) the role.
   * Throws the real 403.
   */
  confirmNoEscalation(user: UserInfo, resource: string, object: KObject): void {
    if (user.groups.includes('system:masters')) return;
    const namespace = object.metadata.namespace;
    const binding = resource === 'rolebindings' || resource === 'clusterrolebindings';
    const roleRef = (object as any).roleRef;
    const roleResource = binding ? (roleRef?.kind === 'Role' ? 'roles' : 'clusterroles') : resource;
    const verb = binding ? 'bind' : 'escalate';
    const attrs = {
      user,
      verb,
      isResourceRequest: true,
      path: '',
      group: 'rbac.authorization.k8s.io',
      resource: roleResource,
      namespace: roleResource === 'roles' ? namespace : undefined,
      name: binding ? roleRef?.name : object.metadata.name,
    };
    if (this.authorize(attrs).allowed) return;
    const granted: PolicyRule[] = binding ? this.rulesOf(roleRef, namespace) : ((object as any).rules ?? []);
    const held: PolicyRule[] = [];
    for (const b of this.source('rbac.authorization.k8s.io', 'clusterrolebindings'))
      if ((b.subjects ?? []).some((s: any) => subjectMatches(s, user, undefined)))
        held.push(...this.rulesOf(b.roleRef, undefined));
    if (namespace && (resource === 'roles' || resource === 'rolebindings'))
      for (const b of this.source('rbac.authorization.k8s.io', 'rolebindings', namespace))
        if ((b.subjects ?? []).some((s: any) => subjectMatches(s, user, namespace)))
          held.push(...this.rulesOf(b.roleRef, namespace));
    const missing = granted.flatMap(atomicRules).filter((wanted) => !held.some((owner) => covers(owner, wanted)));
    if (missing.length === 0) return;
    const groups = `[${user.groups.map((g) => JSON.stringify(g)).join(' ')}]`;
    throw new StatusError(
      403,
      'Forbidden',
      `${resource}.rbac.authorization.k8s.io "${object.metadata.name}" is forbidden: user "${user.username}" (groups=${groups}) is attempting to grant RBAC permissions not currently held:\n${compactRules(missing).map(compactString).join('\n')}`,
      { name: object.metadata.name, group: 'rbac.authorization.k8s.io', kind: resource },
    );
  }

  /** The rules that apply to a user in a namespace (SelfSubjectRulesReview). */
  rulesFor(user: UserInfo, namespace: string | undefined): { resourceRules: any[]; nonResourceRules: any[] } {
    if (user.groups.includes('system:masters')) {
      return {
        resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }],
        nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }],
      };
    }
    const rules: any[] = [];
    for (const binding of this.source('rbac.authorization.k8s.io', 'clusterrolebindings')) {
      if ((binding.subjects ?? []).some((s: any) => subjectMatches(s, user, undefined)))
        rules.push(...this.rulesOf(binding.roleRef, undefined));
    }
    if (namespace) {
      for (const binding of this.source('rbac.authorization.k8s.io', 'rolebindings', namespace)) {
        if ((binding.subjects ?? []).some((s: any) => subjectMatches(s, user, namespace)))
          rules.push(...this.rulesOf(binding.roleRef, namespace));
      }
    }
    const resourceRules = rules
      .filter((r) => r.apiGroups || r.resources)
      .map((r) => {
        const out: any = { verbs: r.verbs ?? [], apiGroups: r.apiGroups ?? [], resources: r.resources ?? [] };
        if (r.resourceNames?.length) out.resourceNames = r.resourceNames;
        return out;
      });
    const nonResourceRules = rules
      .filter((r) => r.nonResourceURLs)
      .map((r) => ({ verbs: r.verbs ?? [], nonResourceURLs: r.nonResourceURLs }));
    return { resourceRules, nonResourceRules };
  }
}

interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** One verb on one resource (or URL): what RBAC's Covers breaks rules into. */
function atomicRules(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const verb of rule.verbs ?? []) {
    for (const url of rule.nonResourceURLs ?? []) out.push({ verbs: [verb], nonResourceURLs: [url] });
    for (const group of rule.apiGroups ?? [])
      for (const resource of rule.resources ?? []) {
        const names = rule.resourceNames?.length ? rule.resourceNames : [undefined];
        for (const name of names)
          out.push({
            verbs: [verb],
            apiGroups: [group],
            resources: [resource],
            ...(name ? { resourceNames: [name] } : {}),
          });
      }
  }
  return out;
}

function covers(owner: PolicyRule, wanted: PolicyRule): boolean {
  if (!has(owner.verbs, wanted.verbs![0])) return false;
  if (wanted.nonResourceURLs) {
    const url = wanted.nonResourceURLs[0];
    return (owner.nonResourceURLs ?? []).some(
      (u) => u === '*' || u === url || (u.endsWith('*') && url.startsWith(u.slice(0, -1))),
    );
  }
  if (!has(owner.apiGroups, wanted.apiGroups![0])) return false;
  const resource = wanted.resources![0];
  const [base, sub] = resource.split('/');
  const resourceOk = (owner.resources ?? []).some(
    (r) => r === '*' || r === resource || (sub !== undefined && (r === `*/${sub}` || r === `${base}/*`)),
  );
  if (!resourceOk) return false;
  if (!owner.resourceNames?.length) return true;
  return Boolean(wanted.resourceNames && owner.resourceNames.includes(wanted.resourceNames[0]));
}

/** A rule as the API server prints it: `{APIGroups:[""], Resources:["secrets"], Verbs:["get" "list"]}`. */
function compactString(rule: PolicyRule): string {
  const list = (values: string[]) => `[${values.map((v) => JSON.stringify(v)).join(' ')}]`;
  const parts: string[] = [];
  if (rule.apiGroups?.length) parts.push(`APIGroups:${list(rule.apiGroups)}`);
  if (rule.resources?.length) parts.push(`Resources:${list(rule.resources)}`);
  if (rule.resourceNames?.length) parts.push(`ResourceNames:${list(rule.resourceNames)}`);
  if (rule.nonResourceURLs?.length) parts.push(`NonResourceURLs:${list(rule.nonResourceURLs)}`);
  if (rule.verbs?.length) parts.push(`Verbs:${list(rule.verbs)}`);
  return `{${parts.join(', ')}}`;
}

/** Atomic rules that differ only in their verb, merged back (RBAC's CompactRules). */
function compactRules(rules: PolicyRule[]): PolicyRule[] {
  const out: PolicyRule[] = [];
  const byTarget = new Map<string, PolicyRule>();
  for (const rule of rules) {
    const { verbs, ...target } = rule;
    const key = JSON.stringify(target);
    const existing = byTarget.get(key);
    if (existing) existing.verbs = [...(existing.verbs ?? []), ...(verbs ?? [])];
    else {
      const copy = { ...target, verbs: [...(verbs ?? [])] };
      byTarget.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

function describeUser(user: UserInfo, subjects: any[]): string {
  const matched = (subjects ?? []).find((s: any) => s.kind === 'Group' && user.groups.includes(s.name));
  if (matched) return `Group "${matched.name}"`;
  const sa = user.username.match(/^system:serviceaccount:([^:]+):([^:]+)$/);
  if (sa) return `ServiceAccount "${sa[2]}/${sa[1]}"`;
  return `User "${user.username}"`;
}

/** The 403 the real server sends for a denied request. */
export function forbiddenError(attrs: AuthorizationAttributes, reason = ''): StatusError {
  const username = attrs.user.username;
  let detail: string;
  if (!attrs.isResourceRequest) detail = `User "${username}" cannot ${attrs.verb} path "${attrs.path}"`;
  else {
    const resource = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource;
    detail = attrs.namespace
      ? `User "${username}" cannot ${attrs.verb} resource "${resource}" in API group "${attrs.group}" in the namespace "${attrs.namespace}"`
      : `User "${username}" cannot ${attrs.verb} resource "${resource}" in API group "${attrs.group}" at the cluster scope`;
  }
  if (reason) detail += `: ${reason}`;
  if (!attrs.isResourceRequest) return new StatusError(403, 'Forbidden', `forbidden: ${detail}`, {});
  const qualified = qualifiedResource(attrs.group, attrs.resource);
  const message = attrs.name
    ? `${qualified} "${attrs.name}" is forbidden: ${detail}`
    : `${qualified} is forbidden: ${detail}`;
  return new StatusError(403, 'Forbidden', message, {
    name: attrs.name,
    group: attrs.group || undefined,
    kind: attrs.resource,
  });
}

/** The bootstrap ClusterRoles and ClusterRoleBindings every cluster has (the ones clients rely on). */
export function bootstrapPolicy(): KObject[] {
  const labels = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
  const annotations = { 'rbac.authorization.kubernetes.io/autoupdate': 'true' };
  const role = (name: string, rules: any[], extra: Partial<KObject> = {}): KObject => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name, labels: { ...labels }, annotations: { ...annotations } },
    rules,
    ...extra,
  });
  const binding = (name: string, roleName: string, subjects: any[]): KObject => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name, labels: { ...labels }, annotations: { ...annotations } },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
    subjects,
  });
  const readVerbs = ['get', 'list', 'watch'];
  const writeVerbs = ['create', 'delete', 'deletecollection', 'patch', 'update'];
  const workloads = [
    {
      apiGroups: [''],
      resources: [
        'pods',
        'pods/log',
        'pods/status',
        'services',
        'services/status',
        'endpoints',
        'configmaps',
        'persistentvolumeclaims',
        'persistentvolumeclaims/status',
        'replicationcontrollers',
        'replicationcontrollers/scale',
        'replicationcontrollers/status',
        'serviceaccounts',
        'events',
        'limitranges',
        'resourcequotas',
        'resourcequotas/status',
        'namespaces/status',
        'pods/eviction',
      ],
    },
    {
      apiGroups: ['apps'],
      resources: [
        'deployments',
        'deployments/scale',
        'deployments/status',
        'replicasets',
        'replicasets/scale',
        'replicasets/status',
        'statefulsets',
        'statefulsets/scale',
        'statefulsets/status',
        'daemonsets',
        'daemonsets/status',
        'controllerrevisions',
      ],
    },
    { apiGroups: ['batch'], resources: ['jobs', 'jobs/status', 'cronjobs', 'cronjobs/status'] },
    { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'] },
    { apiGroups: ['policy'], resources: ['poddisruptionbudgets', 'poddisruptionbudgets/status'] },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'ingresses/status', 'networkpolicies'] },
    { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'] },
    { apiGroups: ['events.k8s.io'], resources: ['events'] },
    { apiGroups: ['coordination.k8s.io'], resources: ['leases'] },
  ];
  const view = workloads.map((w) => ({ ...w, verbs: readVerbs }));
  const edit = [
    ...workloads.map((w) => ({ ...w, verbs: [...readVerbs, ...writeVerbs] })),
    { apiGroups: [''], resources: ['secrets'], verbs: [...readVerbs, ...writeVerbs] },
    { apiGroups: [''], resources: ['namespaces'], verbs: readVerbs },
  ];
  const admin = [
    ...edit,
    {
      apiGroups: ['rbac.authorization.k8s.io'],
      resources: ['roles', 'rolebindings'],
      verbs: [...readVerbs, ...writeVerbs],
    },
    { apiGroups: ['authorization.k8s.io'], resources: ['localsubjectaccessreviews'], verbs: ['create'] },
  ];
  return [
    role('cluster-admin', [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ]),
    role('admin', admin),
    role('edit', edit),
    role('view', view),
    role('system:discovery', [
      {
        nonResourceURLs: [
          '/api',
          '/api/*',
          '/apis',
          '/apis/*',
          '/healthz',
          '/livez',
          '/openapi',
          '/openapi/*',
          '/readyz',
          '/version',
          '/version/',
        ],
        verbs: ['get'],
      },
    ]),
    role('system:basic-user', [
      {
        apiGroups: ['authorization.k8s.io'],
        resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
        verbs: ['create'],
      },
      { apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'], verbs: ['create'] },
    ]),
    role('system:public-info-viewer', [
      { nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] },
    ]),
    binding('cluster-admin', 'cluster-admin', [
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' },
    ]),
    binding('system:discovery', 'system:discovery', [
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:authenticated' },
    ]),
    binding('system:basic-user', 'system:basic-user', [
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:authenticated' },
    ]),
    binding('system:public-info-viewer', 'system:public-info-viewer', [
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:authenticated' },
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:unauthenticated' },
    ]),
  ];
}
