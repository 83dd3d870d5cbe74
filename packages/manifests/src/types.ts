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
  /**
   * For an object rendered by Helm or kustomize: `file` and `line` are its template (from
   * helm's `# Source:` line) or its overlay's kustomization, and this is where the rendered
   * document itself is (the file holding the render's output, and the document's line there).
   */
  rendered?: RenderedLocation;
}

export interface RenderedLocation {
  by: 'helm' | 'kustomize';
  /** The file holding the render's output (absolute), when it was written to one. */
  file?: string;
  /** The document's first line in the render's output. */
  line: number;
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
