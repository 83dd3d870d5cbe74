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
}

export interface LoadedObject {
  object: KubeObject;
  source: SourceLocation;
}
