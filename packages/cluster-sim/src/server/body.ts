/** Reading and decoding request bodies (JSON, and YAML for apply patches). */
import type { IncomingMessage } from 'node:http';
import yaml from 'js-yaml';
import { StatusError, badRequest } from '../api/errors.js';

const MAX_BODY = 3 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new StatusError(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

export function decodeJson(body: Buffer): any {
  const text = body.toString('utf8');
  if (!text.trim()) throw badRequest('the request body is empty');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`couldn't get version/kind; json parse error: ${(error as Error).message}`);
  }
}

export function decodeYamlOrJson(body: Buffer): any {
  const text = body.toString('utf8');
  if (!text.trim()) throw badRequest('the request body is empty');
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    // kubectl and client libraries send apply patches as JSON (which is YAML): parse it fast.
    try {
      return JSON.parse(text);
    } catch {
      // Not strict JSON after all (flow-style YAML): fall through to the YAML parser.
    }
  }
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw badRequest(`error decoding YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}
