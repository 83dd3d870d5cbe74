/**
 * What a server sets on its own, made comparable: uids become the name of the object they
 * belong to, generated names and template hashes become numbered placeholders (numbered in the
 * order each cluster first shows them), times, resourceVersions, IPs and node ports become
 * markers, the two clusters' node names become one. Everything else is compared as it is.
 * One Normalizer lives for one sequence on one cluster, so what it learnt in one step (the
 * uid of a Deployment) names the same thing in later steps (a ReplicaSet's ownerReferences).
 */

type Json = any;

const TIME_KEYS = new Set([
  'creationTimestamp',
  'deletionTimestamp',
  'time',
  'lastTransitionTime',
  'lastUpdateTime',
  'lastHeartbeatTime',
  'lastProbeTime',
  'firstTimestamp',
  'lastTimestamp',
  'eventTime',
  'startTime',
  'startedAt',
  'finishedAt',
  'renewTime',
  'acquireTime',
  'expirationTimestamp',
  'completionTime',
  'lastScheduleTime',
  'lastSuccessfulTime',
]);
/** A time the server stamps: a key above, or any `…Time`/`…Timestamp` (a PersistentVolume's lastPhaseTransitionTime). */
const isTimeKey = (key: string): boolean => TIME_KEYS.has(key) || /[a-z](?:Time|Timestamp)$/.test(key);
const IP_KEYS = new Set(['clusterIP', 'podIP', 'hostIP', 'ip']);
const IP_LIST_KEYS = new Set(['clusterIPs', 'podIPs', 'hostIPs']);
const HASH_LABELS = ['pod-template-hash', 'controller-revision-hash'];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const NODE = /\b(?:sim|kwok)-node-(\d+)\b/g;
/** A ReplicaSet named in a message: `ReplicaSet "web-5d8f9c7b6"`, `replica set web-5d8f9c7b6`. */
const REPLICA_SET_NAMED = /[Rr]eplica ?[Ss]et "?[a-z0-9.-]+?-([bcdfghjklmnpqrstvwxz2456789]{6,10})\b/g;
/** Generated suffixes the server adds without generateName: a pod's after its template hash, the token volume's. */
const POD_OF_HASH = /(<hash\d+>)-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g;
const TOKEN_VOLUME = /\bkube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g;
/** client-go's event names: `<object>.<nanoseconds in hex>`. */
const EVENT_NAME = /^(.+)\.[0-9a-f]{12,17}$/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Normalizer {
  private readonly generated = new Map<string, string>();
  private readonly hashes = new Map<string, string>();
  private readonly uids = new Map<string, string>();
  private pattern: RegExp | undefined;

  /** Learns the generated names, hashes and uids a value shows, then returns its normalized copy. */
  normalize(value: Json): Json {
    this.learnNames(value);
    this.learnUids(value);
    return this.walk(value, undefined);
  }

  /** A string with the learnt names and hashes replaced (kubectl's output, messages). */
  text(value: string): string {
    let out = value;
    if (this.pattern) out = out.replace(this.pattern, (match) => this.generated.get(match) ?? this.hashes.get(match)!);
    out = out.replace(UUID, (uid) => this.uid(uid));
    return out.replace(NODE, 'node-$1').replace(POD_OF_HASH, '$1-<pod>').replace(TOKEN_VOLUME, 'kube-api-access-<gen>');
  }

  /** Text as kubectl prints it: the names normalized, then times, ages and column padding. */
  kubectlText(value: string, server: string): string {
    return this.text(value)
      .replaceAll(server, '<server>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>')
      .replace(/\b\d+(?:\.\d+)?(?:ms|s|m|h|d)\b/g, '<age>')
      .replace(/ {2,}/g, '  ');
  }

  private rebuildPattern(): void {
    const keys = [...this.generated.keys(), ...this.hashes.keys()].sort((a, b) => b.length - a.length);
    this.pattern = keys.length ? new RegExp(keys.map(escape).join('|'), 'g') : undefined;
  }

  private learnNames(value: Json): void {
    let learnt = false;
    const learnHash = (hash: string) => {
      if (this.hashes.has(hash)) return;
      this.hashes.set(hash, `<hash${this.hashes.size + 1}>`);
      learnt = true;
    };
    const visit = (node: Json) => {
      if (typeof node === 'string') {
        for (const match of node.matchAll(REPLICA_SET_NAMED)) learnHash(match[1]);
        return;
      }
      if (Array.isArray(node)) return node.forEach(visit);
      if (!isObject(node)) return;
      const metadata = node.metadata;
      if (isObject(metadata)) {
        for (const label of HASH_LABELS) {
          const hash = metadata.labels?.[label];
          if (typeof hash === 'string') learnHash(hash);
        }
        const { name, generateName } = metadata;
        if (typeof name === 'string' && typeof generateName === 'string' && name.startsWith(generateName)) {
          if (!this.generated.has(name)) {
            this.generated.set(name, `${generateName}<gen${this.generated.size + 1}>`);
            learnt = true;
          }
        }
      }
      for (const child of Object.values(node)) visit(child);
    };
    visit(value);
    if (learnt) this.rebuildPattern();
  }

  private learnUids(value: Json): void {
    const visit = (node: Json) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!isObject(node)) return;
      const metadata = node.metadata;
      if (isObject(metadata) && typeof metadata.uid === 'string' && typeof metadata.name === 'string') {
        if (!this.uids.has(metadata.uid)) this.uids.set(metadata.uid, `<uid of ${this.text(metadata.name)}>`);
      }
      for (const key of Object.keys(node).sort()) visit(node[key]);
    };
    visit(value);
  }

  private uid(uid: string): string {
    let placeholder = this.uids.get(uid);
    if (!placeholder) {
      placeholder = `<uid${this.uids.size + 1}>`;
      this.uids.set(uid, placeholder);
    }
    return placeholder;
  }

  private walk(node: Json, key: string | undefined): Json {
    if (typeof node === 'string') {
      if (key && isTimeKey(key)) return '<time>';
      if (key === 'resourceVersion') return node ? '<rv>' : node;
      if (key === 'continue') return node ? '<continue>' : node;
      if (node.includes('-----BEGIN ')) return '<pem>';
      if (key && IP_KEYS.has(key) && /^[\d.:a-f]+$/.test(node) && node !== 'None') return '<ip>';
      if (key === 'name' && !node.includes('<')) {
        const event = EVENT_NAME.exec(node);
        if (event && !this.generated.has(node)) return `${this.text(event[1])}.<event>`;
      }
      return key === 'message' ? normalizeMessage(this.text(node)) : this.text(node);
    }
    if (typeof node === 'number' && key === 'nodePort') return '<port>';
    if (Array.isArray(node)) {
      if (key && IP_LIST_KEYS.has(key)) return node.map(() => '<ip>');
      return node.map((item) => this.walk(item, undefined));
    }
    if (!isObject(node)) return node;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'selfLink') continue;
      if (IP_LIST_KEYS.has(k) && Array.isArray(v)) {
        out[k] = v.map((entry) => (isObject(entry) ? { ...entry, ip: '<ip>' } : '<ip>'));
        continue;
      }
      out[this.text(k)] = this.walk(v, k);
    }
    return out;
  }
}

/** Numbers in the messages a server builds from its own counters (resource versions). */
export function normalizeMessage(message: string): string {
  return message
    .replace(/too old resource version: (\d+) \((\d+)\)/g, 'too old resource version: $1 (<rv>)')
    .replace(/(ResourceVersion in (?:precondition|object meta)): \d+/g, '$1: <rv>')
    .replace(/(ResourceVersion in record) \(\d+\)/g, '$1 (<rv>)');
}
