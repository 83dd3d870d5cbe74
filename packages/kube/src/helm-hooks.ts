/**
 * Charts rendered with `helm template` deployed by k8s-deploy: Helm's hooks and Helm's
 * ownership of live objects.
 *
 * Hooks (`helm.sh/hook`) are not release objects: they are taken out of the set after
 * prepare (so they get the namespace, pinned images and labels like the rest, but no release
 * record, rollback or prune), and run around the strategy's rollout:
 *  - pre-install (first deploy) or pre-upgrade (later ones) before anything else is applied,
 *    post-install / post-upgrade after the release is ready; each hook applied and waited on
 *    in turn (a Job until complete), in `helm.sh/hook-weight` order, then kind and name;
 *  - `helm.sh/hook-delete-policy`: before-hook-creation (also when none is given, as Helm
 *    does) deletes the previous run's object first; hook-succeeded and hook-failed delete it
 *    after;
 *  - test hooks are never run (that is `helm test`), nor delete and rollback hooks: there is
 *    no uninstall, and a rollback here is a re-apply of the previous revision.
 * A failed pre-hook stops the deploy before the release is touched; a failed post-hook fails
 * it (and the strategy recovers as for any failure). Hooks run with the basic strategy only:
 * a canary or blue-green deploy with hooks to run is refused before anything is changed (its
 * new version runs beside the old one until a later promote, so neither "before the upgrade"
 * nor "after it" is one moment of the run).
 *
 * Ownership: a live object carrying `meta.helm.sh/release-name` belongs to a Helm release.
 * It is refused (one line, nothing applied) unless `adoptHelmRelease` names that release:
 * then Helm's annotations are removed from it and Helm's field ownership handed to our field
 * manager (an update with its resourceVersion), and the deploy applies it as its own.
 */
import { UserError, mapLimit } from '@kra/core';
import { ApiError, type KObject } from './client.js';
import type { DeployRun } from './deploy-run.js';
import { HELM_HOOK_LABEL, RELEASE_LABEL } from './labels.js';
import { objectLabel } from './names.js';
import { failureLine } from './rollback.js';
import type { DeployStrategy, Rollout, StrategyContext } from './strategy.js';
import { waitForObjects } from './wait.js';

export const HELM_HOOK = 'helm.sh/hook';
export const HELM_HOOK_WEIGHT = 'helm.sh/hook-weight';
export const HELM_HOOK_DELETE_POLICY = 'helm.sh/hook-delete-policy';
export const HELM_RELEASE_NAME = 'meta.helm.sh/release-name';
export const HELM_RELEASE_NAMESPACE = 'meta.helm.sh/release-namespace';

/** The hooks run around a rollout. */
const RUN_EVENTS = new Set(['pre-install', 'pre-upgrade', 'post-install', 'post-upgrade']);

export interface HelmHook {
  object: KObject;
  events: string[];
  weight: number;
  deletePolicies: string[];
}

export interface HelmParts {
  hooks: HelmHook[];
  /** Objects taken over from a Helm release (their labels). */
  adopted: string[];
}

function annotation(object: KObject, key: string): string | undefined {
  const value = object.metadata.annotations?.[key];
  return typeof value === 'string' ? value : undefined;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The object's hook, or undefined when it is an ordinary object. */
export function helmHookOf(object: KObject): HelmHook | undefined {
  const events = list(annotation(object, HELM_HOOK));
  if (events.length === 0) return undefined;
  const weight = Number.parseInt(annotation(object, HELM_HOOK_WEIGHT) ?? '0', 10);
  const policies = list(annotation(object, HELM_HOOK_DELETE_POLICY));
  return {
    object,
    events,
    weight: Number.isFinite(weight) ? weight : 0,
    deletePolicies: policies.length > 0 ? policies : ['before-hook-creation'],
  };
}

/** Helm's order: weight, then kind, then name. */
function hookOrder(a: HelmHook, b: HelmHook): number {
  if (a.weight !== b.weight) return a.weight - b.weight;
  const ka = a.object.kind;
  const kb = b.object.kind;
  if (ka !== kb) return ka < kb ? -1 : 1;
  const na = a.object.metadata.name ?? '';
  const nb = b.object.metadata.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/**
 * The deploy phase after prepare: takes the hooks out of `objects` (in place), checks the
 * rest for Helm ownership (refused, or adopted when `adoptHelmRelease` names the release),
 * and validates the hooks that will run with a server-side dry run. Changes nothing in the
 * cluster but the adopted objects' Helm metadata, and that only when nothing is refused.
 */
export async function takeHelmParts(run: DeployRun, objects: KObject[], strategy: DeployStrategy): Promise<HelmParts> {
  const hooks: HelmHook[] = [];
  const skipped: string[] = [];
  for (let index = objects.length - 1; index >= 0; index -= 1) {
    const hook = helmHookOf(objects[index]);
    if (!hook) continue;
    objects.splice(index, 1);
    if (!hook.events.some((event) => RUN_EVENTS.has(event))) {
      skipped.push(`${objectLabel(hook.object)} (${hook.events.join(', ')})`);
      continue;
    }
    // Hooks are not release objects: prune must never see them, so they carry a label of their own.
    const labels: Record<string, string> = {
      ...(hook.object.metadata.labels ?? {}),
      [HELM_HOOK_LABEL]: run.options.release,
    };
    delete labels[RELEASE_LABEL];
    hook.object.metadata.labels = labels;
    hooks.push(hook);
  }
  hooks.sort(hookOrder);
  if (hooks.length > 0 && strategy.name !== 'basic') {
    const more = hooks.length > 1 ? ` (and ${hooks.length - 1} more)` : '';
    throw new UserError(
      `${run.where(hooks[0].object)}${objectLabel(hooks[0].object)}${more} is a Helm ${hooks[0].events.join(', ')} hook, and hooks run only with strategy: basic (a ${strategy.name} rollout has no single point where the release is installed or upgraded): nothing was applied — deploy with strategy: basic, or leave the hook templates out of the render`,
    );
  }
  if (skipped.length > 0)
    run.log.info(
      `Helm hooks not run (test, delete and rollback hooks are not part of a deploy): ${skipped.reverse().join(', ')}`,
    );
  if (hooks.length > 0)
    run.log.info(
      `Helm hooks: ${hooks.map((h) => `${objectLabel(h.object)} (${h.events.join(', ')}, weight ${h.weight})`).join(', ')}`,
    );
  const adopted = await checkHelmOwnership(run, objects);
  await validateHooks(run, hooks);
  return { hooks, adopted };
}

/** Refuses objects a Helm release owns, or takes them over from the release `adoptHelmRelease` names. */
async function checkHelmOwnership(run: DeployRun, objects: KObject[]): Promise<string[]> {
  const { client, options } = run;
  const owned = (
    await mapLimit(objects, options.concurrency, async (object) => {
      const live = await client.getLive(object);
      const release = live && annotation(live, HELM_RELEASE_NAME);
      return release ? { object, live: live!, release } : undefined;
    })
  ).filter((entry) => entry !== undefined);
  if (owned.length === 0) return [];
  const refused = owned.filter((entry) => entry.release !== options.adoptHelmRelease);
  if (refused.length > 0) {
    const first = refused[0];
    const more = refused.length > 1 ? ` (and ${refused.length - 1} more)` : '';
    const namespace = annotation(first.live, HELM_RELEASE_NAMESPACE);
    throw new UserError(
      `${run.where(first.object)}${objectLabel(first.object)}${more} belongs to Helm release "${first.release}"${namespace ? ` in namespace ${namespace}` : ''}: nothing was applied — set adopt-helm-release: ${first.release} to take the release over from Helm, or keep deploying it with helm`,
    );
  }
  if (options.dryRun) {
    run.log.info(`Would take over ${owned.length} objects from Helm release "${options.adoptHelmRelease}"`);
    return owned.map((entry) => objectLabel(entry.object));
  }
  for (const { object, live } of owned) {
    await releaseFromHelm(run, live);
    run.mark(objectLabel(object), `taken over from Helm release "${options.adoptHelmRelease}"`);
  }
  return owned.map((entry) => objectLabel(entry.object));
}

/**
 * Removes Helm's annotations from a live object and hands Helm's field ownership to our
 * field manager (an update with its resourceVersion): the deploy's apply then owns what Helm
 * set, without conflicts, and removes what the manifests no longer set.
 */
async function releaseFromHelm(run: DeployRun, live: KObject): Promise<void> {
  const annotations = { ...(live.metadata.annotations ?? {}) };
  delete annotations[HELM_RELEASE_NAME];
  delete annotations[HELM_RELEASE_NAMESPACE];
  const managedFields = ((live.metadata.managedFields ?? []) as Array<Record<string, unknown>>).map((entry) =>
    /^helm\b/.test(String(entry.manager ?? '')) && entry.subresource === undefined
      ? { ...entry, manager: run.options.fieldManager, operation: 'Apply' }
      : entry,
  );
  await run.client.replace({ ...live, metadata: { ...live.metadata, annotations, managedFields } });
}

/** A name for validating a hook whose previous run is still there (it is deleted before it is created). */
function checkName(name: string): string {
  return `${name.slice(0, 52).replace(/-+$/, '')}-dry-run`;
}

/** Validates every hook that can run with a server-side dry run, before anything is applied. */
async function validateHooks(run: DeployRun, hooks: HelmHook[]): Promise<void> {
  const { client, options } = run;
  const problems: string[] = [];
  await mapLimit(hooks, options.concurrency, async ({ object, deletePolicies }) => {
    try {
      const live = await client.getLive(object);
      const recreated = live !== undefined && deletePolicies.includes('before-hook-creation');
      const checked = recreated
        ? { ...object, metadata: { ...object.metadata, name: checkName(object.metadata.name!) } }
        : object;
      await client.apply(checked, { fieldManager: options.fieldManager, force: options.forceConflicts, dryRun: true });
    } catch (error) {
      const reason = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      problems.push(`${run.where(object)}${objectLabel(object)}: ${reason}`);
    }
  });
  if (problems.length > 0) {
    throw new UserError(
      `${problems.length === 1 ? 'A Helm hook was' : `${problems.length} Helm hooks were`} refused by the cluster, so nothing was applied: ${problems.slice(0, 3).join(' | ')}`,
    );
  }
}

/** Runs the hooks of one event in order; the first failure, in one line, or undefined. */
async function runHooks(context: StrategyContext, hooks: HelmHook[], event: string): Promise<string | undefined> {
  const { run, deadline } = context;
  const { client, options } = run;
  for (const hook of hooks.filter((h) => h.events.includes(event))) {
    const { object } = hook;
    const label = objectLabel(object);
    const { apiVersion, kind, metadata } = object;
    if (hook.deletePolicies.includes('before-hook-creation')) {
      if (
        await client.delete(apiVersion, kind, metadata.name!, metadata.namespace, { propagationPolicy: 'Foreground' })
      )
        await waitForGone(run, object, deadline);
    }
    run.mark(label, `${event} hook: applying`);
    await client.apply(object, { fieldManager: options.fieldManager, force: options.forceConflicts });
    const waitOptions = { ...run.waitOptions(Math.max(1000, deadline - Date.now()), `${event} hook: `) };
    // Hooks carry no release label: watch them without the release's selector.
    delete waitOptions.labelSelector;
    const waited = await waitForObjects(client, [object], waitOptions);
    const policy = waited.ok ? 'hook-succeeded' : 'hook-failed';
    if (hook.deletePolicies.includes(policy)) {
      await client.delete(apiVersion, kind, metadata.name!, metadata.namespace);
      run.mark(label, `${event} hook: deleted (${policy})`);
    }
    if (!waited.ok) return `${event} hook ${label} failed: ${failureLine(waited)}`;
    run.mark(label, `${event} hook: done`);
  }
  return undefined;
}

/** Waits until a deleted hook object is gone (a Job's pods go first), so it can be created again. */
async function waitForGone(run: DeployRun, object: KObject, deadline: number): Promise<void> {
  const { apiVersion, kind, metadata } = object;
  while (Date.now() < deadline) {
    if (!(await run.client.get(apiVersion, kind, metadata.name!, metadata.namespace))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The strategy with the Helm hooks around its rollout (the strategy itself when there are
 * none): pre- hooks, the strategy's rollout, post- hooks. Recovery is the strategy's own.
 */
export function withHelmHooks(strategy: DeployStrategy, parts: HelmParts): DeployStrategy {
  if (parts.hooks.length === 0) return strategy;
  return {
    name: strategy.name,
    async rollout(context: StrategyContext): Promise<Rollout> {
      const phase = context.previous ? 'upgrade' : 'install';
      let failure: string | undefined;
      try {
        failure = await runHooks(context, parts.hooks, `pre-${phase}`);
      } catch (error) {
        failure = `pre-${phase} hooks: ${(error as Error).message}`;
      }
      if (failure) return { applied: [], failure };
      const rollout = await strategy.rollout(context);
      if (rollout.failure) return rollout;
      try {
        failure = await runHooks(context, parts.hooks, `post-${phase}`);
      } catch (error) {
        failure = `post-${phase} hooks: ${(error as Error).message}`;
      }
      return failure ? { ...rollout, failure } : rollout;
    },
    recover: (context, rollout) => strategy.recover(context, rollout),
  };
}
