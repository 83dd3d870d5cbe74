/**
 * Label selectors (the string form: `app=web,tier!=db,env in (a,b),!legacy,track`) and
 * field selectors (`metadata.name=web,status.phase!=Running`), parsed once per request.
 */
import type { KObject } from '../store-api.js';
import { badRequest } from './errors.js';

type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' }
  | { key: string; op: '=' | '!='; values: [string] };

export type Matcher = (labels: Record<string, string> | undefined) => boolean;

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z.]*[a-z0-9A-Z])?\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;

/** Splits on commas that are not inside parentheses. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else current += ch;
  }
  terms.push(current);
  return terms.map((t) => t.trim()).filter((t) => t.length > 0);
}

function parseLabelSelector(text: string | undefined): Requirement[] {
  if (!text || !text.trim()) return [];
  const requirements: Requirement[] = [];
  for (const term of splitTerms(text)) {
    let m: RegExpMatchArray | null;
    if ((m = term.match(/^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/))) {
      requirements.push({
        key: checkKey(m[1], text),
        op: m[2] as 'in' | 'notin',
        values: m[3]
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      });
    } else if ((m = term.match(/^!\s*(\S+)$/))) {
      requirements.push({ key: checkKey(m[1], text), op: '!' });
    } else if ((m = term.match(/^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/))) {
      requirements.push({
        key: checkKey(m[1], text),
        op: m[2] === '!=' ? '!=' : '=',
        values: [checkValue(m[3], text)],
      });
    } else if ((m = term.match(/^([^=!\s(),]+)$/))) {
      requirements.push({ key: checkKey(m[1], text), op: 'exists' });
    } else {
      throw badRequest(`unable to parse requirement: found '${term}', expected: in, notin, =, ==, !=, gt, lt`);
    }
  }
  return requirements;
}

const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function checkValue(value: string, text: string): string {
  if (!VALUE.test(value) || value.length > 63)
    throw badRequest(`unable to parse requirement: invalid label value: "${value}" in selector "${text}"`);
  return value;
}

function checkKey(key: string, text: string): string {
  if (!KEY.test(key)) throw badRequest(`unable to parse requirement: invalid label key "${key}" in selector "${text}"`);
  return key;
}

export function labelMatcher(text: string | undefined): Matcher {
  const requirements = parseLabelSelector(text);
  if (requirements.length === 0) return () => true;
  return (labels) => requirements.every((req) => matchRequirement(req, labels ?? {}));
}

function matchRequirement(req: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const value = labels[req.key];
  switch (req.op) {
    case 'exists':
      return has;
    case '!':
      return !has;
    case '=':
      return has && value === req.values[0];
    case '!=':
      return !has || value !== req.values[0];
    case 'in':
      return has && req.values.includes(value);
    case 'notin':
      return !has || !req.values.includes(value);
  }
}

/** A metav1.LabelSelector object (matchLabels + matchExpressions) as a matcher. Empty selects everything. */
export function labelSelectorObjectMatcher(
  selector:
    | {
        matchLabels?: Record<string, string>;
        matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
      }
    | undefined,
): Matcher {
  if (!selector) return () => false;
  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {}))
    requirements.push({ key, op: '=', values: [value] });
  for (const expr of selector.matchExpressions ?? []) {
    const op = expr.operator;
    if (op === 'In') requirements.push({ key: expr.key, op: 'in', values: expr.values ?? [] });
    else if (op === 'NotIn') requirements.push({ key: expr.key, op: 'notin', values: expr.values ?? [] });
    else if (op === 'Exists') requirements.push({ key: expr.key, op: 'exists' });
    else if (op === 'DoesNotExist') requirements.push({ key: expr.key, op: '!' });
  }
  return (labels) => requirements.every((req) => matchRequirement(req, labels ?? {}));
}

/** The fields each kind can be selected by, beyond metadata.name and metadata.namespace. */
const FIELD_GETTERS: Record<string, Record<string, (o: KObject) => string | undefined>> = {
  pods: {
    'status.phase': (o) => o.status?.phase,
    'spec.nodeName': (o) => o.spec?.nodeName ?? '',
    'spec.restartPolicy': (o) => o.spec?.restartPolicy,
    'spec.schedulerName': (o) => o.spec?.schedulerName,
    'spec.serviceAccountName': (o) => o.spec?.serviceAccountName,
    'status.podIP': (o) => o.status?.podIP ?? '',
  },
  events: {
    'involvedObject.kind': (o) => o.involvedObject?.kind,
    'involvedObject.name': (o) => o.involvedObject?.name,
    'involvedObject.namespace': (o) => o.involvedObject?.namespace,
    'involvedObject.uid': (o) => o.involvedObject?.uid,
    'involvedObject.apiVersion': (o) => o.involvedObject?.apiVersion,
    'involvedObject.resourceVersion': (o) => o.involvedObject?.resourceVersion,
    'involvedObject.fieldPath': (o) => o.involvedObject?.fieldPath,
    reason: (o) => o.reason,
    type: (o) => o.type,
    source: (o) => o.source?.component,
    'regarding.kind': (o) => o.regarding?.kind,
    'regarding.name': (o) => o.regarding?.name,
    'regarding.namespace': (o) => o.regarding?.namespace,
  },
  secrets: { type: (o) => o.type },
  namespaces: { 'status.phase': (o) => o.status?.phase },
  nodes: { 'spec.unschedulable': (o) => String(o.spec?.unschedulable ?? false) },
  replicasets: { 'status.replicas': (o) => String(o.status?.replicas ?? 0) },
  jobs: { 'status.successful': (o) => String(o.status?.succeeded ?? 0) },
};

export type ObjectMatcher = (object: KObject) => boolean;

export function fieldMatcher(resource: string, text: string | undefined, kind = resource): ObjectMatcher {
  if (!text || !text.trim()) return () => true;
  const tests: ObjectMatcher[] = [];
  for (const term of splitTerms(text)) {
    const m = term.match(/^([^=!]+?)\s*(==|=|!=)\s*(.*)$/);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${term}'`);
    const [, field, op, value] = m;
    let getter: ((o: KObject) => string | undefined) | undefined;
    if (field === 'metadata.name') getter = (o) => o.metadata.name;
    else if (field === 'metadata.namespace') getter = (o) => o.metadata.namespace ?? '';
    else getter = FIELD_GETTERS[resource]?.[field];
    if (!getter) throw badRequest(`field label not supported: ${field}`);
    const get = getter;
    tests.push(op === '!=' ? (o) => get(o) !== value : (o) => get(o) === value);
  }
  void kind;
  return (object) => tests.every((t) => t(object));
}
