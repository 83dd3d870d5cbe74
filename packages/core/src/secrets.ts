import * as core from '@actions/core';

/**
 * The forms in which a secret can show up in a log: the whole value, each of its lines (the
 * runner masks line by line, so a multi-line secret such as a PEM key is masked line by line
 * too) and its base64 form (how it appears inside Kubernetes objects and configs). Parts
 * shorter than 4 characters are left out: masking them would blank ordinary text.
 */
export function secretForms(value: string | undefined): string[] {
  if (!value) return [];
  const forms = new Set<string>();
  const add = (part: string) => {
    const trimmed = part.trim();
    if (trimmed.length >= 4) forms.add(trimmed);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line);
  add(Buffer.from(value).toString('base64'));
  return [...forms];
}

/** Masks a secret, in every form secretForms gives, in every later log line. */
export function maskSecret(value: string | undefined): void {
  for (const form of secretForms(value)) core.setSecret(form);
}

/** Replaces every occurrence of the given secrets in a text (for messages built before masking applies). */
export function redact(text: string, secrets: Iterable<string | undefined>): string {
  let result = text;
  // Longest first, so a secret containing another is replaced whole.
  const sorted = [...secrets].filter((s): s is string => !!s && s.length >= 4).sort((a, b) => b.length - a.length);
  for (const secret of sorted) result = result.split(secret).join('***');
  return result;
}
