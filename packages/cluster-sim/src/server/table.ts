/**
 * Server-side printing: the meta.k8s.io/v1 Table that `kubectl get` asks for, with the
 * columns the real server prints for the common kinds (and a CRD's
 * additionalPrinterColumns), Age relative to the simulator's clock.
 */
import type { KObject } from '../store-api.js';
import type { ResourceInfo } from '../api/resources.js';

type Json = any;
interface Column {
  name: string;
  type: string;
  format?: string;
  description: string;
  priority: number;
  cell: (o: KObject, now: number) => string | number | boolean | null;
}

function humanDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  return years < 8 ? (days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`) : `${years}y`;
}

const name: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description:
    'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
  priority: 0,
  cell: (o) => o.metadata.name,
};
const age: Column = {
  name: 'Age',
  type: 'string',
  description: 'CreationTimestamp is a timestamp representing the server time when this object was created.',
  priority: 0,
  cell: (o, now) =>
    o.metadata.creationTimestamp ? humanDuration(now - Date.parse(o.metadata.creationTimestamp)) : '<unknown>',
};

function col(n: string, cell: Column['cell'], priority = 0, type = 'string'): Column {
  return { name: n, type, description: n, priority, cell };
}

const containers = (spec: Json) => (spec?.containers ?? []).map((c: Json) => c.name).join(',');
const images = (spec: Json) => (spec?.containers ?? []).map((c: Json) => c.image).join(',');
const selectorText = (sel: Json) => {
  if (!sel) return '<none>';
  const parts = Object.entries(sel.matchLabels ?? (sel.matchExpressions ? {} : sel)).map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? [])
    parts.push(`${e.key} ${String(e.operator).toLowerCase()} (${(e.values ?? []).join(',')})`);
  return parts.length ? parts.join(',') : '<none>';
};

function podStatus(o: KObject): string {
  if (o.metadata.deletionTimestamp) return 'Terminating';
  let reason = o.status?.reason ?? o.status?.phase ?? 'Pending';
  for (const cs of o.status?.initContainerStatuses ?? []) {
    if (cs.state?.terminated?.exitCode === 0) continue;
    if (cs.state?.waiting?.reason && cs.state.waiting.reason !== 'PodInitializing')
      return `Init:${cs.state.waiting.reason}`;
    if (cs.state?.terminated) return `Init:${cs.state.terminated.reason ?? 'Error'}`;
    return `Init:0/${(o.spec?.initContainers ?? []).length}`;
  }
  let running = false;
  for (const cs of [...(o.status?.containerStatuses ?? [])].reverse()) {
    if (cs.state?.waiting?.reason) reason = cs.state.waiting.reason;
    else if (cs.state?.terminated?.reason) reason = cs.state.terminated.reason;
    else if (cs.state?.terminated)
      reason = cs.state.terminated.signal
        ? `Signal:${cs.state.terminated.signal}`
        : `ExitCode:${cs.state.terminated.exitCode}`;
    else if (cs.ready && cs.state?.running) running = true;
  }
  if (reason === 'Completed' && running) reason = 'Running';
  return reason;
}

function restarts(o: KObject, now: number): string {
  let count = 0;
  let last: number | undefined;
  for (const cs of o.status?.containerStatuses ?? []) {
    count += cs.restartCount ?? 0;
    const t = cs.lastState?.terminated?.finishedAt;
    if (t) last = Math.max(last ?? 0, Date.parse(t));
  }
  return last && count ? `${count} (${humanDuration(now - last)} ago)` : String(count);
}

function servicePorts(o: KObject): string {
  const ports = (o.spec?.ports ?? []).map((p: Json) =>
    p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`,
  );
  return ports.length ? ports.join(',') : '<none>';
}

function externalIP(o: KObject): string {
  const ips = [
    ...(o.spec?.externalIPs ?? []),
    ...(o.status?.loadBalancer?.ingress ?? []).map((i: Json) => i.ip ?? i.hostname),
  ];
  if (ips.length) return ips.join(',');
  if (o.spec?.type === 'LoadBalancer') return '<pending>';
  if (o.spec?.type === 'ExternalName') return o.spec.externalName;
  return '<none>';
}

const COLUMNS: Record<string, Column[]> = {
  '/pods': [
    name,
    col(
      'Ready',
      (o) =>
        `${(o.status?.containerStatuses ?? []).filter((c: Json) => c.ready).length}/${(o.spec?.containers ?? []).length}`,
    ),
    col('Status', podStatus),
    col('Restarts', restarts),
    age,
    col('IP', (o) => o.status?.podIP ?? '<none>', 1),
    col('Node', (o) => o.spec?.nodeName ?? '<none>', 1),
    col('Nominated Node', (o) => o.status?.nominatedNodeName ?? '<none>', 1),
    col(
      'Readiness Gates',
      (o) => ((o.spec?.readinessGates ?? []).length ? String(o.spec.readinessGates.length) : '<none>'),
      1,
    ),
  ],
  'apps/deployments': [
    name,
    col('Ready', (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`),
    col('Up-to-date', (o) => o.status?.updatedReplicas ?? 0, 0, 'integer'),
    col('Available', (o) => o.status?.availableReplicas ?? 0, 0, 'integer'),
    age,
    col('Containers', (o) => containers(o.spec?.template?.spec), 1),
    col('Images', (o) => images(o.spec?.template?.spec), 1),
    col('Selector', (o) => selectorText(o.spec?.selector), 1),
  ],
  'apps/replicasets': [
    name,
    col('Desired', (o) => o.spec?.replicas ?? 0, 0, 'integer'),
    col('Current', (o) => o.status?.replicas ?? 0, 0, 'integer'),
    col('Ready', (o) => o.status?.readyReplicas ?? 0, 0, 'integer'),
    age,
    col('Containers', (o) => containers(o.spec?.template?.spec), 1),
    col('Images', (o) => images(o.spec?.template?.spec), 1),
    col('Selector', (o) => selectorText(o.spec?.selector), 1),
  ],
  'apps/statefulsets': [
    name,
    col('Ready', (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`),
    age,
    col('Containers', (o) => containers(o.spec?.template?.spec), 1),
    col('Images', (o) => images(o.spec?.template?.spec), 1),
  ],
  'apps/daemonsets': [
    name,
    col('Desired', (o) => o.status?.desiredNumberScheduled ?? 0, 0, 'integer'),
    col('Current', (o) => o.status?.currentNumberScheduled ?? 0, 0, 'integer'),
    col('Ready', (o) => o.status?.numberReady ?? 0, 0, 'integer'),
    col('Up-to-date', (o) => o.status?.updatedNumberScheduled ?? 0, 0, 'integer'),
    col('Available', (o) => o.status?.numberAvailable ?? 0, 0, 'integer'),
    col('Node Selector', (o) => selectorText(o.spec?.template?.spec?.nodeSelector)),
    age,
  ],
  'batch/jobs': [
    name,
    col('Status', (o) => {
      const c = (o.status?.conditions ?? []).find(
        (x: Json) => x.status === 'True' && ['Complete', 'Failed', 'Suspended'].includes(x.type),
      );
      return c ? c.type : 'Running';
    }),
    col('Completions', (o) => `${o.status?.succeeded ?? 0}/${o.spec?.completions ?? 1}`),
    col('Duration', (o, now) =>
      o.status?.startTime
        ? humanDuration(
            (o.status.completionTime ? Date.parse(o.status.completionTime) : now) - Date.parse(o.status.startTime),
          )
        : '',
    ),
    age,
  ],
  'batch/cronjobs': [
    name,
    col('Schedule', (o) => o.spec?.schedule),
    col('Timezone', (o) => o.spec?.timeZone ?? '<none>'),
    col('Suspend', (o) => String(o.spec?.suspend ?? false)),
    col('Active', (o) => (o.status?.active ?? []).length, 0, 'integer'),
    col('Last Schedule', (o, now) =>
      o.status?.lastScheduleTime ? humanDuration(now - Date.parse(o.status.lastScheduleTime)) : '<none>',
    ),
    age,
  ],
  '/services': [
    name,
    col('Type', (o) => o.spec?.type ?? 'ClusterIP'),
    col('Cluster-IP', (o) => o.spec?.clusterIP ?? '<none>'),
    col('External-IP', externalIP),
    col('Port(s)', servicePorts),
    age,
    col('Selector', (o) => selectorText(o.spec?.selector), 1),
  ],
  '/namespaces': [name, col('Status', (o) => o.status?.phase ?? 'Active'), age],
  '/configmaps': [
    name,
    col('Data', (o) => Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length, 0, 'integer'),
    age,
  ],
  '/secrets': [
    name,
    col('Type', (o) => o.type ?? 'Opaque'),
    col('Data', (o) => Object.keys(o.data ?? {}).length, 0, 'integer'),
    age,
  ],
  '/serviceaccounts': [name, col('Secrets', (o) => (o.secrets ?? []).length, 0, 'integer'), age],
  '/nodes': [
    name,
    col(
      'Status',
      (o) =>
        ((o.status?.conditions ?? []).find((c: Json) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady') +
        (o.spec?.unschedulable ? ',SchedulingDisabled' : ''),
    ),
    col(
      'Roles',
      (o) =>
        Object.keys(o.metadata.labels ?? {})
          .filter((l) => l.startsWith('node-role.kubernetes.io/'))
          .map((l) => l.slice('node-role.kubernetes.io/'.length))
          .join(',') || '<none>',
    ),
    age,
    col('Version', (o) => o.status?.nodeInfo?.kubeletVersion ?? ''),
  ],
  '/endpoints': [
    name,
    col('Endpoints', (o) => {
      const list: string[] = [];
      for (const s of o.subsets ?? [])
        for (const a of s.addresses ?? [])
          for (const p of s.ports ?? [{}]) list.push(p.port ? `${a.ip}:${p.port}` : a.ip);
      return list.length
        ? list.length > 3
          ? `${list.slice(0, 3).join(',')} + ${list.length - 3} more...`
          : list.join(',')
        : '<none>';
    }),
    age,
  ],
  '/events': [
    col('Last Seen', (o, now) => {
      const t = o.lastTimestamp ?? o.eventTime ?? o.metadata.creationTimestamp;
      return t ? humanDuration(now - Date.parse(t)) : '<unknown>';
    }),
    col('Type', (o) => o.type ?? ''),
    col('Reason', (o) => o.reason ?? ''),
    col('Object', (o) => `${String(o.involvedObject?.kind ?? '').toLowerCase()}/${o.involvedObject?.name ?? ''}`),
    col('Message', (o) => o.message ?? ''),
  ],
  '/persistentvolumeclaims': [
    name,
    col('Status', (o) => o.status?.phase ?? 'Pending'),
    col('Volume', (o) => o.spec?.volumeName ?? ''),
    col('Capacity', (o) => o.status?.capacity?.storage ?? ''),
    col('Access Modes', (o) =>
      (o.status?.accessModes ?? [])
        .map(
          (m: string) =>
            ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' })[m] ?? m,
        )
        .join(','),
    ),
    col('StorageClass', (o) => o.spec?.storageClassName ?? '<unset>'),
    age,
  ],
  'networking.k8s.io/ingresses': [
    name,
    col('Class', (o) => o.spec?.ingressClassName ?? '<none>'),
    col('Hosts', (o) => (o.spec?.rules ?? []).map((r: Json) => r.host ?? '*').join(',') || '*'),
    col('Address', (o) => (o.status?.loadBalancer?.ingress ?? []).map((i: Json) => i.ip ?? i.hostname).join(',')),
    col('Ports', (o) => ((o.spec?.tls ?? []).length ? '80, 443' : '80')),
    age,
  ],
  'autoscaling/horizontalpodautoscalers': [
    name,
    col('Reference', (o) => `${o.spec?.scaleTargetRef?.kind}/${o.spec?.scaleTargetRef?.name}`),
    col('Targets', () => '<unknown>'),
    col('MinPods', (o) => o.spec?.minReplicas ?? 1, 0, 'integer'),
    col('MaxPods', (o) => o.spec?.maxReplicas ?? 0, 0, 'integer'),
    col('Replicas', (o) => o.status?.currentReplicas ?? 0, 0, 'integer'),
    age,
  ],
  'apiextensions.k8s.io/customresourcedefinitions': [
    name,
    col('Created At', (o) => o.metadata.creationTimestamp ?? '', 0, 'date'),
  ],
};

function jsonPathCell(object: Json, path: string): Json {
  let node = object;
  for (const part of path.replace(/^\./, '').split('.')) {
    if (node === undefined || node === null) return null;
    const m = part.match(/^(.*)\[(\d+)\]$/);
    node = m ? node[m[1]]?.[Number(m[2])] : node[part];
  }
  return node === undefined ? null : node;
}

function columnsFor(info: ResourceInfo): Column[] {
  const builtin = COLUMNS[`${info.group}/${info.resource}`];
  if (builtin) return builtin;
  const custom = info.custom?.additionalPrinterColumns;
  if (custom?.length) {
    const cols = custom.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description ?? c.name,
      priority: c.priority ?? 0,
      cell: (o: KObject, now: number) => {
        const value = jsonPathCell(o, c.jsonPath);
        if (c.type === 'date' && typeof value === 'string') return humanDuration(now - Date.parse(value));
        return value;
      },
    }));
    return [
      name,
      ...cols.filter((c) => c.name !== 'Age'),
      ...(cols.some((c) => c.name === 'Age') ? cols.filter((c) => c.name === 'Age') : [age]),
    ];
  }
  return [name, age];
}

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export function wantsTable(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const params = part.split(';').map((p) => p.trim());
    return params.includes('as=Table') && params.includes('g=meta.k8s.io');
  });
}

export function toTable(
  info: ResourceInfo,
  objects: KObject[],
  now: number,
  include: IncludeObject,
  listMeta: Json = {},
): Json {
  const columns = columnsFor(info);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: columns.map((c) => {
      const d: Json = {
        name: c.name,
        type: c.type,
        format: c.format ?? '',
        description: c.description,
        priority: c.priority,
      };
      return d;
    }),
    rows: objects.map((o) => {
      const row: Json = { cells: columns.map((c) => c.cell(o, now) ?? null) };
      if (include === 'Object') row.object = o;
      else if (include === 'Metadata')
        row.object = { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
      return row;
    }),
  };
}
