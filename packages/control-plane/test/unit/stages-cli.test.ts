import { parsePodRule } from '@kra/cluster-sim';
import { podStages } from '../../src/stages.js';
import { parseArgs } from '../../src/cli/main.js';

const conditions = (stage: any): string[] => stage.spec.selector.matchExpressions.map((m: any) => m.jq.key);

describe('pod rules as KWOK Stages', () => {
  test('without rules: start ready at once, complete run-to-completion pods, delete, and the config error', () => {
    const names = podStages([], 0).map((s) => s.metadata.name);
    expect(names).toEqual(['kra-default-start', 'kra-default-complete', 'kra-config-error', 'kra-delete']);
  });

  test('a readiness delay adds a delayed ready stage', () => {
    const ready = podStages([], 1500).find((s) => s.metadata.name === 'kra-default-ready')!;
    expect(ready.spec.delay).toEqual({ durationMilliseconds: 1500 });
    expect((ready.spec.steps as any)[0].patch.template).toContain('ready: true');
  });

  test('the last matching rule wins: each rule excludes pods that a later rule matches, the default excludes all', () => {
    const rules = [
      parsePodRule('image=*:broken,fail=ImagePullBackOff'),
      parsePodRule('image=ghcr.io/acme/slow:*,readyAfterMs=30000'),
    ];
    const stages = podStages(rules, 0);
    const pull = stages.find((s) => s.metadata.name === 'kra-rule-1-pull')!;
    const governs = conditions(pull)[1];
    expect(governs).toContain('any(.spec.containers[]; .image | test("^.*:broken$"))');
    expect(governs).toContain(String.raw`((any(.spec.containers[]; .image | test("^ghcr\\.io/acme/slow:.*$"))) | not)`);
    expect((pull.spec.steps as any)[0].patch.template).toContain('reason: ImagePullBackOff');
    expect(stages.find((s) => s.metadata.name === 'kra-rule-2-ready')!.spec.delay).toEqual({
      durationMilliseconds: 30000,
    });
    const defaultStart = conditions(stages.find((s) => s.metadata.name === 'kra-default-start')!)[1];
    expect(defaultStart.match(/\| not\)/g)).toHaveLength(2);
    expect(new Set(stages.map((s) => s.metadata.name)).size).toBe(stages.length);
  });

  test('crash loops and exits: the crash stage counts a restart, and run-to-completion pods end instead', () => {
    const stages = podStages([parsePodRule('image=*:crash,fail=CrashLoopBackOff,exitAfterMs=200')], 0);
    const crash = stages.find((s) => s.metadata.name === 'kra-rule-1-crash')!;
    expect(crash.spec.delay).toEqual({ durationMilliseconds: 200 });
    expect((crash.spec.steps as any)[0].patch.template).toContain(
      'restartCount: {{ add1 ( or $prev.restartCount 0 ) }}',
    );
    expect(stages.map((s) => s.metadata.name)).toEqual(
      expect.arrayContaining(['kra-rule-1-start', 'kra-rule-1-restart', 'kra-rule-1-exit']),
    );
    const never = podStages([parsePodRule('image=*:stuck,fail=NeverReady')], 0).map((s) => s.metadata.name);
    expect(never.filter((n) => n.startsWith('kra-rule-1'))).toEqual(['kra-rule-1-start']);
  });
});

describe('the command line', () => {
  test('takes cluster-sim’s flags and requires the kubeconfig', () => {
    const options = parseArgs([
      'start',
      '--kubeconfig',
      '/tmp/k.yaml',
      '--port',
      '6443',
      '--rbac',
      '--nodes',
      '3',
      '--pod-ready-delay',
      '500',
      '--pod-rule',
      'image=*:broken,fail=ImagePullBackOff',
    ]);
    expect(options).toEqual({
      kubeconfigPath: '/tmp/k.yaml',
      port: 6443,
      rbac: true,
      nodes: 3,
      podReadyDelayMs: 500,
      podRules: [{ image: '*:broken', fail: 'ImagePullBackOff' }],
    });
    expect(() => parseArgs(['start'])).toThrow('--kubeconfig <file> is required');
    expect(() => parseArgs(['start', '--kubeconfig', 'k', '--nodes', 'two'])).toThrow(
      '--nodes needs a whole number, got "two"',
    );
    expect(() => parseArgs(['start', '--kubeconfig', 'k', '--pod-rule', 'fail=Nope'])).toThrow(
      /--pod-rule: pod rule "fail=Nope"/,
    );
    expect(() => parseArgs(['stop'])).toThrow('unknown command "stop"');
  });
});
