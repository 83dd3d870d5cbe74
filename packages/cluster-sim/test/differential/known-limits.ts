/**
 * Differences between cluster-sim and the real API server that are known and kept, each with
 * why (cluster-sim's README lists the same under "What it does not model"). A difference the
 * suite finds is either fixed in cluster-sim or listed here; a limit nothing matches any more
 * fails the suite, so this list stays true.
 */
import type { KnownLimit } from './harness/transcripts.js';

/** What the Deployment controller has written by the time of a step: its entry, the status, the revision. */
const CONTROLLER_WRITES =
  /managedFields(\.length|\.order|\[[^\]]+\]$|\[[^\]]+\]\.fieldsV1\["f:status"\])|(^|\.)status(\.|$|\[)|(^|\.)annotations(\["deployment\.kubernetes\.io\/revision"\])?$/;

export const KNOWN_LIMITS: KnownLimit[] = [
  {
    sequence:
      /^ssa create no-op and managedFields$|^ssa conflicts and force$|^ssa after client-side apply$|^deployment scale and pause$|^deployment rollout and rollback$/,
    path: CONTROLLER_WRITES,
    why: "controllers react at once, and pods go at once: cluster-sim's Deployment controller has written status, revision and its managedFields entry before the client's next request (the real controller manager some milliseconds later, so a read right after a write sees less and the entries' times, hence their order, differ), and a deleted pod is gone at once where the real cluster still counts it in terminatingReplicas for a moment",
  },
  {
    sequence: /^deployment rollout and rollback$/,
    step: /\/apis\/events\.k8s\.io\/v1\//,
    path: /.*/,
    why: "cluster-sim's controllers record core/v1 Events only and keep events.k8s.io/v1 Events apart (no conversion between the two APIs), so the events.k8s.io list holds none of them",
  },
  {
    sequence: /^delete answers$/,
    step: /persistentvolumeclaims/,
    path: /^phase$/,
    why: 'cluster-sim binds a claim at once, as a cluster with a default StorageClass and a provisioner does; the test control plane has neither, so its claims stay Pending',
  },
  {
    sequence: /^discovery$/,
    path: /resources\["(pods|nodes|services)\/(attach|exec|portforward|proxy|resize)"\]|resources\["(pods|nodes|services)"\]\.subresources/,
    why: 'cluster-sim runs no containers and proxies nothing: exec, attach, port-forward, proxy and pod resize are not served, so discovery does not list them',
  },
  {
    sequence: /^discovery$/,
    path: /groups\["autoscaling"\]\.versions\["v1"\]/,
    why: 'each built-in kind is served at one version: HorizontalPodAutoscaler only at autoscaling/v2, so autoscaling/v1 is not listed',
  },
  {
    sequence: /^discovery$/,
    step: /\/openapi\//,
    path: /^paths|^status$/,
    why: 'no OpenAPI schemas: /openapi/v3 lists the group-version documents kubectl reads (not the root and group documents) and /openapi/v2 is a 404, which makes clients use v3',
  },
  {
    sequence: /^ssa errors$/,
    path: /^message$/,
    why: "cluster-sim parses YAML with the yaml package, not go-yaml: a syntax error gets the same code and reason in that parser's words",
  },
  {
    sequence: /^merge patch$/,
    path: /^message$/,
    why: 'a patch that leaves a field of the wrong JSON type: the real server fails to decode the patched object and quotes all of it; cluster-sim names the field (same code and reason, 422 Invalid)',
  },
];
