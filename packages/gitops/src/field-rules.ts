/**
 * The `fields` input: paths the user names for an image (`frontend.image.tag=frontend`), parsed
 * without the YAML stack, so gitops-update checks them before it loads anything heavy
 * (`@kra/gitops/inputs`). rules.ts writes the values.
 */

/** What a field receives: a whole reference, the tag, the digest, or the repository. */
export type FieldPart = 'ref' | 'tag' | 'digest' | 'name';

/** A user-named field: `frontend.image.tag=frontend` (the part inferred from the last key) or `…=frontend:digest`. */
export interface FieldRule {
  path: readonly (string | number)[];
  /** The image's short name or repository. */
  image: string;
  part?: FieldPart;
  /** As written in the input, for messages. */
  text: string;
}

/** Parses the `fields` input's lines: `path=image` or `path=image:part`. */
export function parseFieldRule(text: string): FieldRule | undefined {
  const equals = text.indexOf('=');
  if (equals <= 0) return undefined;
  const pathText = text.slice(0, equals).trim();
  let image = text.slice(equals + 1).trim();
  let part: FieldPart | undefined;
  const suffix = /:(ref|tag|digest|name)$/.exec(image);
  if (suffix) {
    part = suffix[1] as FieldPart;
    image = image.slice(0, suffix.index);
  }
  const path: (string | number)[] = [];
  for (const segment of pathText.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) return undefined;
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  if (image === '' || path.length === 0) return undefined;
  return { path, image, part, text };
}
