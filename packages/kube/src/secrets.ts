import { groupKind, redact, secretForms } from '@kra/core';
import type { KObject } from './client.js';

/**
 * Every value of the Secrets among `objects`: stringData values as written, data values both
 * as written (base64) and decoded. Masked before the first log line and redacted from what is
 * not masked line by line (the summary), so a container log, an event or an error that repeats
 * one cannot show it.
 */
export function manifestSecretValues(objects: KObject[]): string[] {
  const values = new Set<string>();
  for (const object of objects) {
    if (groupKind(object.apiVersion, object.kind) !== '/Secret') continue;
    for (const value of Object.values(object.stringData ?? {})) if (typeof value === 'string') values.add(value);
    for (const value of Object.values(object.data ?? {})) {
      if (typeof value !== 'string') continue;
      values.add(value);
      values.add(Buffer.from(value, 'base64').toString('utf8'));
    }
  }
  return [...values];
}

/** A redaction of every form of the given secret values (see secretForms). */
export function redactor(values: string[]): (text: string) => string {
  const forms = [...new Set(values.flatMap(secretForms))];
  return (text) => redact(text, forms);
}
