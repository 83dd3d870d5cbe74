/** Reading and decoding request bodies (JSON, and YAML for apply patches). */
import type { IncomingMessage } from 'node:http';
import yaml from 'js-yaml';
import { StatusError, badRequest } from '../api/errors.js';

const MAX_BODY = 3 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > MAX_BODY) {
        failed = true;
        reject(new StatusError(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
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
