/**
 * Pod lifecycles as KWOK Stage objects, the real-cluster side of cluster-sim's pod rules
 * (`image=*:broken,fail=ImagePullBackOff`, `readyAfterMs=…`, …) and of its kubelet's config
 * check. KWOK matches each pod event against the Stages' selectors (jq here) and applies the
 * chosen Stage's steps (a status patch rendered from a Go template, events, a delete).
 *
 * Pod rules are ordered, and as in cluster-sim the last rule whose image glob matches wins: a
 * pod's governing rule is the last one matching any of its containers' images, and the Stages
 * of rule i exclude pods that a later rule matches, so exactly one policy governs each pod.
 * Inside a pod, the failure applies to the containers whose image matches; the others start
 * and become ready. Pods no rule matches follow the default policy (ready after
 * podReadyDelayMs; pods with restartPolicy Never or OnFailure complete after a second).
 *
 * Stages cannot read other objects, so the starter checks ConfigMap and Secret references
 * (src/config-check.ts) and writes the verdict into two annotations; pods whose environment
 * refers to a ConfigMap or Secret wait for that verdict, and a bad one takes them to
 * CreateContainerConfigError with the kubelet's message.
 */
import { globPattern, type PodRule } from '@kra/cluster-sim';

export const CONFIG_ANNOTATION = 'control-plane.kra/config';
export const CONFIG_ERRORS_ANNOTATION = 'control-plane.kra/config-errors';
/** The label on every Stage the starter creates for pods, so it can replace them. */
export const STAGE_LABEL = 'control-plane.kra/pod-stage';

/** How long a container that exits runs first, and the crash-loop back-off (cluster-sim's TIMING.run, backoffInitial). */
const RUN_MS = 1000;
const BACKOFF_MS = 10_000;

export interface Stage {
  apiVersion: 'kwok.x-k8s.io/v1alpha1';
  kind: 'Stage';
  metadata: { name: string; labels?: Record<string, string> };
  spec: Record<string, unknown>;
}

// ---- jq over the pod: each condition is a jq expression that must give true ----
// (KWOK evaluates CEL against typed pods whose nested types its CEL environment does not
// declare, so selectors on containers are written in jq, KWOK's other selector language.)

const jqString = (text: string) => JSON.stringify(text);
const annotation = (key: string) => `(.metadata.annotations[${jqString(key)}] // "")`;
const not = (expression: string) => `(${expression}) | not`;
const NOT_DELETING = '.metadata.deletionTimestamp == null';
const phaseIs = (phase: string) => `.status.phase == ${jqString(phase)}`;
const ENV_REFS =
  'any(.spec.containers[]; ((.envFrom // []) | any(.configMapRef != null or .secretRef != null)) or ((.env // []) | any(.valueFrom.configMapKeyRef != null or .valueFrom.secretKeyRef != null)))';
const CONFIG_OK = `(${not(ENV_REFS)}) or ${annotation(CONFIG_ANNOTATION)} == "ok"`;
const CONFIG_BAD = `(${ENV_REFS}) and ${annotation(CONFIG_ANNOTATION)} == "error"`;
const waiting = (reason: string) =>
  `any((.status.containerStatuses // [])[]; .state.waiting.reason == ${jqString(reason)})`;
const NOT_STARTED = '(.status.containerStatuses // []) | all(.state.waiting.reason == "CreateContainerConfigError")';
/** Every container the config check found broken already shows its message (so a new message is shown, and an old one not again). */
const CONFIG_ERRORS_SHOWN = `(${annotation(CONFIG_ERRORS_ANNOTATION)} | if . == "" then {} else fromjson end) as $errors | [(.status.containerStatuses // [])[] | select($errors[.name] != null and .state.waiting.reason == "CreateContainerConfigError" and .state.waiting.message == $errors[.name])] | length == ($errors | length)`;
const READY = 'any((.status.conditions // [])[]; .type == "Ready" and .status == "True")';
const RESTART_ALWAYS = '(.spec.restartPolicy // "Always") == "Always"';
const imageMatches = (pattern: string) => `any(.spec.containers[]; .image | test(${jqString(pattern)}))`;
const runningMatching = (pattern: string | undefined) =>
  `any((.status.containerStatuses // [])[]; .state.running != null${pattern ? ` and (.image | test(${jqString(pattern)}))` : ''})`;

// ---- Go templates for the status patch (KWOK renders them with sprig and its own functions) ----

/** The template condition for a container ($c) the policy applies to: its image matches the rule's pattern. */
const imageCondition = (pattern: string | undefined) => (pattern ? `regexMatch \`${pattern}\` $c.image` : 'true');

/** Finds the container's previous status as $prev (a dict when there is none). */
const PREVIOUS = `{{ $prev := dict }}{{ if $root.status.containerStatuses }}{{ range $root.status.containerStatuses }}{{ if eq .name $c.name }}{{ $prev = . }}{{ end }}{{ end }}{{ end }}`;

type ContainerState =
  | { kind: 'running'; ready: boolean }
  | { kind: 'waiting'; reason: string; message: string }
  | { kind: 'terminated'; exitCode: number }
  | { kind: 'crashed'; exitCode: number };

function containerYaml(state: ContainerState): string {
  const head = `- name: {{ $c.name | Quote }}
  image: {{ $c.image | Quote }}
  imageID: {{ printf "docker.io/library/%s@sha256:%s" $c.image ( sha256sum $c.image ) | Quote }}
  containerID: {{ printf "containerd://%s" ( sha256sum ( printf "%s/%s" $root.metadata.uid $c.name ) ) | Quote }}`;
  switch (state.kind) {
    case 'running':
      return `${head}
  ready: ${state.ready}
  started: true
  restartCount: {{ or $prev.restartCount 0 }}
  {{ with $prev.lastState }}lastState: {{ toJson . }}{{ end }}
  state:
    running:
      startedAt: {{ $now | Quote }}`;
    case 'waiting':
      return `${head}
  ready: false
  started: false
  restartCount: {{ or $prev.restartCount 0 }}
  state:
    waiting:
      reason: ${state.reason}
      message: ${state.message}`;
    case 'terminated':
      return `${head}
  ready: false
  started: false
  restartCount: {{ or $prev.restartCount 0 }}
  state:
    terminated:
      exitCode: ${state.exitCode}
      reason: ${state.exitCode === 0 ? 'Completed' : 'Error'}
      startedAt: {{ or ( and $prev.state $prev.state.running $prev.state.running.startedAt ) $now | Quote }}
      finishedAt: {{ $now | Quote }}`;
    case 'crashed':
      return `${head}
  ready: false
  started: false
  restartCount: {{ add1 ( or $prev.restartCount 0 ) }}
  lastState:
    terminated:
      exitCode: ${state.exitCode}
      reason: ${state.exitCode === 0 ? 'Completed' : 'Error'}
      startedAt: {{ or ( and $prev.state $prev.state.running $prev.state.running.startedAt ) $now | Quote }}
      finishedAt: {{ $now | Quote }}
  state:
    waiting:
      reason: CrashLoopBackOff
      message: {{ printf "back-off 10s restarting failed container=%s pod=%s_%s(%s)" $c.name $root.metadata.name $root.metadata.namespace $root.metadata.uid | Quote }}`;
  }
}

interface StatusOptions {
  phase: string;
  ready: boolean;
  /** The state of the containers the policy applies to, and of the others. */
  matching: ContainerState;
  others: ContainerState;
  /** Which containers are `matching`: a template condition on $c (default: all). */
  condition?: string;
}

function statusTemplate(options: StatusOptions): string {
  const readyStatus = options.ready ? 'True' : 'False';
  const reason = options.ready
    ? ''
    : options.phase === 'Succeeded' || options.phase === 'Failed'
      ? 'PodCompleted'
      : 'ContainersNotReady';
  const condition = (type: string, status: string, why = '') =>
    `- type: ${type}
  status: "${status}"
  reason: "${why}"
  lastProbeTime: null
  lastTransitionTime: {{ $now | Quote }}`;
  return `{{ $now := Now }}
{{ $root := . }}
phase: ${options.phase}
conditions:
${condition('PodReadyToStartContainers', options.phase === 'Succeeded' || options.phase === 'Failed' ? 'False' : 'True')}
${condition('Initialized', 'True')}
${condition('Ready', readyStatus, reason)}
${condition('ContainersReady', readyStatus, reason)}
containerStatuses:
{{ range $i, $c := .spec.containers }}
${PREVIOUS}
{{ if ${options.condition ?? 'true'} }}
${containerYaml(options.matching)}
{{ else }}
${containerYaml(options.others)}
{{ end }}
{{ end }}
{{ if not .status.podIP }}
{{ with NodeIPWith .spec.nodeName }}
hostIP: {{ . | Quote }}
hostIPs:
- ip: {{ . | Quote }}
{{ end }}
{{ with PodIPWith .spec.nodeName ( or .spec.hostNetwork false ) ( or .metadata.uid "" ) ( or .metadata.name "" ) ( or .metadata.namespace "" ) }}
podIP: {{ . | Quote }}
podIPs:
- ip: {{ . | Quote }}
{{ end }}
{{ end }}
startTime: {{ or .status.startTime $now | Quote }}
`;
}

function stage(
  name: string,
  conditions: string[],
  steps: Record<string, unknown>[],
  delayMs = 0,
  labels: Record<string, string> = { [STAGE_LABEL]: 'true' },
): Stage {
  return {
    apiVersion: 'kwok.x-k8s.io/v1alpha1',
    kind: 'Stage',
    metadata: { name, labels },
    spec: {
      resourceRef: { apiGroup: 'v1', kind: 'Pod' },
      selector: { matchExpressions: conditions.map((key) => ({ jq: { key, operator: 'In', values: ['true'] } })) },
      ...(delayMs > 0 ? { delay: { durationMilliseconds: delayMs } } : {}),
      steps,
    },
  };
}

const patchStatus = (template: string) => ({
  patch: { subresource: 'status', root: 'status', type: 'strategic', template },
});
const event = (type: 'Normal' | 'Warning', reason: string, message: string) => ({ event: { type, reason, message } });

interface Policy {
  /** Stage name part: `default`, `rule-1`, … */
  id: string;
  /** The jq condition that this policy governs the pod. */
  governs: string;
  /** The regular expression of the rule's image glob (undefined for the default policy). */
  pattern?: string;
  rule?: PodRule;
  readyDelayMs: number;
}

function policyStages(policy: Policy): Stage[] {
  const { id, governs, pattern, rule, readyDelayMs } = policy;
  const fail = rule?.fail;
  const name = (part: string) => `kra-${id}-${part}`;
  const base = [NOT_DELETING, governs];
  const runningReady: ContainerState = { kind: 'running', ready: true };
  const stages: Stage[] = [];

  if (fail === 'ErrImagePull' || fail === 'ImagePullBackOff') {
    const message =
      fail === 'ErrImagePull'
        ? `{{ printf "failed to pull and unpack image %s: not found" ( Quote $c.image ) | Quote }}`
        : `{{ printf "Back-off pulling image %s: ErrImagePull: failed to pull and unpack image: not found" ( Quote $c.image ) | Quote }}`;
    stages.push(
      stage(
        name('pull'),
        [...base, phaseIs('Pending'), CONFIG_OK, not(waiting(fail))],
        [
          patchStatus(
            statusTemplate({
              phase: 'Pending',
              ready: false,
              matching: { kind: 'waiting', reason: fail, message },
              others: runningReady,
              condition: imageCondition(pattern),
            }),
          ),
          event('Warning', 'Failed', `Failed to pull image: ${rule?.image}: not found`),
          event('Warning', 'Failed', `Error: ${fail}`),
          ...(fail === 'ImagePullBackOff' ? [event('Normal', 'BackOff', `Back-off pulling image ${rule?.image}`)] : []),
        ],
      ),
    );
    return stages;
  }

  const readyAtStart = fail === undefined && readyDelayMs === 0;
  stages.push(
    stage(
      name('start'),
      [...base, phaseIs('Pending'), CONFIG_OK, NOT_STARTED],
      [
        patchStatus(
          statusTemplate({
            phase: 'Running',
            ready: readyAtStart,
            matching: { kind: 'running', ready: readyAtStart },
            others: runningReady,
            condition: imageCondition(pattern),
          }),
        ),
      ],
    ),
  );

  if (fail === undefined) {
    if (readyDelayMs > 0)
      stages.push(
        stage(
          name('ready'),
          [...base, phaseIs('Running'), not(READY), runningMatching(undefined)],
          [
            patchStatus(
              statusTemplate({ phase: 'Running', ready: true, matching: runningReady, others: runningReady }),
            ),
          ],
          readyDelayMs,
        ),
      );
    stages.push(
      stage(
        name('complete'),
        [...base, phaseIs('Running'), not(RESTART_ALWAYS)],
        [
          patchStatus(
            statusTemplate({
              phase: 'Succeeded',
              ready: false,
              matching: { kind: 'terminated', exitCode: 0 },
              others: { kind: 'terminated', exitCode: 0 },
            }),
          ),
        ],
        Math.max(RUN_MS, readyDelayMs),
      ),
    );
    return stages;
  }

  if (fail === 'NeverReady') return stages;

  // Exit0, Exit1, CrashLoopBackOff: the matching containers run, exit, and restart after a back-off
  // when the restart policy says so (Always; OnFailure after a non-zero exit).
  const exitCode = fail === 'Exit0' ? 0 : 1;
  const restarts = exitCode === 0 ? RESTART_ALWAYS : `(${RESTART_ALWAYS}) or .spec.restartPolicy == "OnFailure"`;
  const exitAfter = rule?.exitAfterMs ?? RUN_MS;
  stages.push(
    stage(
      name('crash'),
      [...base, phaseIs('Running'), runningMatching(pattern), restarts],
      [
        patchStatus(
          statusTemplate({
            phase: 'Running',
            ready: false,
            matching: { kind: 'crashed', exitCode },
            others: runningReady,
            condition: imageCondition(pattern),
          }),
        ),
        event('Warning', 'BackOff', 'Back-off restarting failed container'),
      ],
      exitAfter,
    ),
    stage(
      name('restart'),
      [...base, phaseIs('Running'), waiting('CrashLoopBackOff')],
      [
        patchStatus(
          statusTemplate({
            phase: 'Running',
            ready: false,
            matching: { kind: 'running', ready: false },
            others: runningReady,
            condition: imageCondition(pattern),
          }),
        ),
      ],
      BACKOFF_MS,
    ),
    stage(
      name('exit'),
      [...base, phaseIs('Running'), runningMatching(pattern), not(restarts)],
      [
        patchStatus(
          statusTemplate({
            phase: exitCode === 0 ? 'Succeeded' : 'Failed',
            ready: false,
            matching: { kind: 'terminated', exitCode },
            others: { kind: 'terminated', exitCode: 0 },
            condition: imageCondition(pattern),
          }),
        ),
      ],
      exitAfter,
    ),
  );
  return stages;
}

/** The Stages for a rule set: one policy per rule (last match wins) plus the default. */
export function podStages(rules: PodRule[], podReadyDelayMs = 0): Stage[] {
  const patterns = rules.map((rule) => globPattern(rule.image));
  const policies: Policy[] = rules.map((rule, i) => ({
    id: `rule-${i + 1}`,
    governs: [imageMatches(patterns[i]), ...patterns.slice(i + 1).map((p) => `(${not(imageMatches(p))})`)].join(
      ' and ',
    ),
    pattern: patterns[i],
    rule,
    readyDelayMs: rule.readyAfterMs ?? podReadyDelayMs,
  }));
  policies.push({
    id: 'default',
    governs: patterns.length ? patterns.map((p) => `(${not(imageMatches(p))})`).join(' and ') : 'true',
    readyDelayMs: podReadyDelayMs,
  });
  return [
    ...policies.flatMap(policyStages),
    stage(
      'kra-config-error',
      [NOT_DELETING, phaseIs('Pending'), CONFIG_BAD, not(CONFIG_ERRORS_SHOWN)],
      [
        patchStatus(
          `{{ $errors := fromJson ( index .metadata.annotations "${CONFIG_ERRORS_ANNOTATION}" ) }}
` +
            statusTemplate({
              phase: 'Pending',
              ready: false,
              matching: {
                kind: 'waiting',
                reason: 'CreateContainerConfigError',
                message: '{{ index $errors $c.name | Quote }}',
              },
              others: { kind: 'running', ready: true },
              condition: 'hasKey $errors $c.name',
            }),
        ),
        event('Warning', 'Failed', 'Error: CreateContainerConfigError'),
      ],
    ),
    stage('kra-delete', ['.metadata.deletionTimestamp != null'], [{ delete: true }]),
  ];
}
