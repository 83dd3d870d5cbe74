/** Shared types of packages/manifests. Other packages code against these; keep them stable. */

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

/** A Kubernetes object as written in a manifest. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

/** Where an object came from: the file (absolute path), the document's index in it (0-based), and its first line (1-based). */
export interface SourceLocation {
  file: string;
  index: number;
  line: number;
  /** For an object that came out of a `kind: List` document: its index in `items` (the file, index and line are the List's). */
  item?: number;
}

export interface LoadedObject {
  object: KubeObject;
  source: SourceLocation;
  /**
   * The document's own text, when the object is a whole YAML or JSON document (not a List item).
   * serializeBundle writes it as it was, so the bundle means exactly what the files mean to kubectl.
   */
  text?: string;
}

/** One problem found by validation, at the object's location. */
export interface ManifestIssue {
  /** What is wrong and what to do, without the location (see formatIssue). */
  message: string;
  source: SourceLocation;
  object?: KubeObject;
  /** The field, when the problem is in one: `spec.template.spec.containers[0].image`. */
  path?: string;
}
