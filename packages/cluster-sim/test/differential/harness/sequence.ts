/**
 * Sequences as data: the requests (and kubectl commands, watches, waits) a sequence sends,
 * each with what of its answer is compared. `{ns}` in paths, bodies and arguments is the
 * sequence's own namespace; `{name}` is a value an earlier step saved.
 */

export interface Answer {
  status: number;
  contentType: string;
  body: any;
}

export interface KubectlAnswer {
  code: number;
  stdout: string;
  stderr: string;
}

interface StepBase {
  /** Names the step in differences and known limits; a default is derived from the request. */
  label?: string;
  /** Who sends it: 'admin' (default), a user name, or `system:serviceaccount:<ns>:<name>`. */
  as?: string;
}

export interface RequestStep extends StepBase {
  kind: 'request';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  contentType?: string;
  accept?: string;
  /** What of the (normalized) answer is compared; default its status and whole body. */
  view?: (answer: Answer) => unknown;
  /** Values for later steps' `{placeholders}`, read from the raw answer. */
  save?: (answer: Answer) => Record<string, string>;
}

export interface UntilStep extends StepBase {
  kind: 'until';
  path: string;
  /** Polls the path until this holds (the controllers, the garbage collector or the kubelet acted). */
  until: (answer: Answer) => boolean;
  timeoutMs?: number;
  view?: (answer: Answer) => unknown;
}

export interface WatchStep extends StepBase {
  kind: 'watch';
  /** A watch request: path and query, `watch=1` included. */
  path: string;
  /** Steps run while the watch is open (their answers are compared too). */
  during?: Step[];
  /** Stops collecting when this holds for the events so far (or when the server ends the watch). */
  done: (events: Array<{ type: string; object: any }>) => boolean;
  timeoutMs?: number;
  view?: (events: Array<{ type: string; object: any }>) => unknown;
}

export interface KubectlStep extends StepBase {
  kind: 'kubectl';
  args: string[];
  stdin?: string;
  view?: (answer: KubectlAnswer) => unknown;
}

export type Step = RequestStep | UntilStep | WatchStep | KubectlStep;

export interface Sequence {
  name: string;
  /** What it proves, one line. */
  about: string;
  steps: Step[];
}

type Options = Omit<RequestStep, 'kind' | 'method' | 'path' | 'body'>;

export const get = (path: string, options: Options = {}): RequestStep => ({
  kind: 'request',
  method: 'GET',
  path,
  ...options,
});
export const post = (path: string, body: unknown, options: Options = {}): RequestStep => ({
  kind: 'request',
  method: 'POST',
  path,
  body,
  ...options,
});
export const put = (path: string, body: unknown, options: Options = {}): RequestStep => ({
  kind: 'request',
  method: 'PUT',
  path,
  body,
  ...options,
});
export const del = (path: string, body?: unknown, options: Options = {}): RequestStep => ({
  kind: 'request',
  method: 'DELETE',
  path,
  body,
  ...options,
});

export const PATCH_TYPES = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  apply: 'application/apply-patch+yaml',
} as const;

export const patch = (
  type: keyof typeof PATCH_TYPES,
  path: string,
  body: unknown,
  options: Options = {},
): RequestStep => ({ kind: 'request', method: 'PATCH', path, body, contentType: PATCH_TYPES[type], ...options });

/** Server-side apply: `path` names the object; the field manager and force go in the query. */
export const apply = (path: string, body: unknown, manager: string, options: Options & { force?: boolean } = {}) => {
  const { force, ...rest } = options;
  const separator = path.includes('?') ? '&' : '?';
  return patch('apply', `${path}${separator}fieldManager=${manager}${force ? '&force=true' : ''}`, body, rest);
};

export const until = (
  path: string,
  condition: (answer: Answer) => boolean,
  options: Omit<UntilStep, 'kind' | 'path' | 'until'> = {},
): UntilStep => ({ kind: 'until', path, until: condition, ...options });

export const watch = (
  path: string,
  done: WatchStep['done'],
  options: Omit<WatchStep, 'kind' | 'path' | 'done'> = {},
): WatchStep => ({ kind: 'watch', path, done, ...options });

export const kubectl = (args: string[], options: Omit<KubectlStep, 'kind' | 'args'> = {}): KubectlStep => ({
  kind: 'kubectl',
  args,
  ...options,
});

/** Views used by many steps. */
export const views = {
  /** Status code, reason and message of an answer (errors), or the status alone. */
  status: (a: Answer) => ({ status: a.status, reason: a.body?.reason, message: a.body?.message }),
  /** The whole answer except managedFields. */
  withoutManagedFields: (a: Answer) => ({ status: a.status, body: dropManagedFields(a.body) }),
  managedFields: (a: Answer) => ({ status: a.status, managedFields: a.body?.metadata?.managedFields }),
  /** Names of the items of a list, sorted. */
  names: (a: Answer) => ({
    status: a.status,
    names: (a.body?.items ?? []).map((i: any) => i.metadata?.name).sort(),
  }),
};

export function dropManagedFields(body: any): any {
  if (!body || typeof body !== 'object' || !body.metadata) return body;
  const { managedFields: _managed, ...metadata } = body.metadata;
  return { ...body, metadata };
}

export function stepLabel(step: Step, index: number): string {
  if (step.label) return `${index + 1}. ${step.label}`;
  switch (step.kind) {
    case 'request':
      return `${index + 1}. ${step.method} ${step.path}`;
    case 'until':
      return `${index + 1}. until ${step.path}`;
    case 'watch':
      return `${index + 1}. watch ${step.path}`;
    case 'kubectl':
      return `${index + 1}. kubectl ${step.args.join(' ')}`;
  }
}
