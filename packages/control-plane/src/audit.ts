/**
 * The request log, from the API server's audit log: one Metadata-level event per resource
 * request made by a client (the control plane's own components, KWOK and the starter are
 * left out by the policy), turned into cluster-sim's RequestLogEntry so tests and benchmarks
 * count requests the same way on both clusters.
 */
import { readFileSync, statSync } from 'node:fs';
import type { RequestLogEntry } from '@kra/cluster-sim';

/** Users the policy leaves out: the control plane itself, not the clients under test. */
const INTERNAL_USERS = [
  'system:kube-controller-manager',
  'system:kube-scheduler',
  'system:apiserver',
  'kra:kwok',
  'kra:control-plane',
];

export function auditPolicyYaml(): string {
  return `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
  - level: None
    users: [${INTERNAL_USERS.map((u) => JSON.stringify(u)).join(', ')}]
  - level: None
    userGroups: ["system:serviceaccounts:kube-system", "system:nodes"]
  - level: None
    nonResourceURLs: ["*"]
  - level: Metadata
`;
}

const VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection']);

interface AuditEvent {
  auditID: string;
  stage: string;
  verb: string;
  requestURI: string;
  userAgent?: string;
  objectRef?: { resource?: string; namespace?: string; name?: string; apiGroup?: string; subresource?: string };
  responseStatus?: { code?: number };
}

/** One entry per request (a watch's ResponseStarted and ResponseComplete are one request). */
export function parseAuditLog(text: string): RequestLogEntry[] {
  const byId = new Map<string, RequestLogEntry>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let event: AuditEvent;
    try {
      event = JSON.parse(line) as AuditEvent;
    } catch {
      continue; // a line being written
    }
    if (!event.objectRef?.resource || !VERBS.has(event.verb)) continue;
    const query = new URL(event.requestURI, 'https://x').searchParams;
    const entry: RequestLogEntry = {
      verb: event.verb as RequestLogEntry['verb'],
      group: event.objectRef.apiGroup ?? '',
      resource: event.objectRef.resource,
      dryRun: query.getAll('dryRun').includes('All'),
      status: event.responseStatus?.code ?? 0,
    };
    if (event.objectRef.subresource) entry.subresource = event.objectRef.subresource;
    if (event.objectRef.namespace) entry.namespace = event.objectRef.namespace;
    if (event.objectRef.name) entry.name = event.objectRef.name;
    const fieldManager = query.get('fieldManager');
    if (fieldManager) entry.fieldManager = fieldManager;
    if (event.userAgent) entry.userAgent = event.userAgent;
    const previous = byId.get(event.auditID);
    if (!previous || event.stage === 'ResponseComplete') byId.set(event.auditID, entry);
  }
  return [...byId.values()];
}

/** Reads the audit log from an offset, so resetRequests() can start counting afresh. */
export class AuditLog {
  private offset = 0;

  constructor(readonly path: string) {}

  private text(): string {
    try {
      return readFileSync(this.path).subarray(this.offset).toString('utf8');
    } catch {
      return '';
    }
  }

  entries(): RequestLogEntry[] {
    return parseAuditLog(this.text());
  }

  reset(): void {
    try {
      this.offset = statSync(this.path).size;
    } catch {
      this.offset = 0;
    }
  }
}
