/**
 * One multi-document YAML stream with every object, in the given order: what list-manifests
 * writes as `bundle`, the safe thing to apply when a file mixes kinds.
 */
import { dump } from 'js-yaml';
import type { KubeObject, LoadedObject } from './types.js';

export interface BundleOptions {
  /**
   * `text` (default): a whole document is written exactly as it was in its file (comments and
   * all, so it means to kubectl just what the file means); List items and objects without text
   * are written from their values. `values`: every object is written from its value — use it
   * after changing objects in memory (or delete `text` from the ones you change).
   */
  from?: 'text' | 'values';
}

/** An object's YAML from its value: keys in their order, aliases written out, long lines kept whole. */
export function toYaml(object: KubeObject): string {
  // The default schema quotes strings that YAML 1.1 readers (kubectl) would take for
  // booleans, numbers or dates ("yes", "0644", "2024-01-01"), so they stay strings.
  return dump(object, { noRefs: true, lineWidth: -1 });
}

export function serializeBundle(objects: readonly (LoadedObject | KubeObject)[], options: BundleOptions = {}): string {
  const useText = (options.from ?? 'text') === 'text';
  const parts: string[] = [];
  for (const item of objects) {
    const loaded = 'source' in item && 'object' in item ? (item as LoadedObject) : undefined;
    const object = loaded ? loaded.object : (item as KubeObject);
    let text = useText && loaded?.text ? loaded.text : toYaml(object);
    if (!text.endsWith('\n')) text += '\n';
    parts.push(text);
  }
  return parts.map((part) => `---\n${part}`).join('');
}
