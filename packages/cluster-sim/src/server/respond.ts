/** Writing answers: JSON bodies and metav1.Status errors, with the headers the real server sends. */
import type { ServerResponse } from 'node:http';
import type { StatusError } from '../api/errors.js';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
    ...headers,
  });
  res.end(text);
}

export function sendStatusError(res: ServerResponse, error: StatusError): void {
  sendJson(res, error.code, error.toStatus(), 'application/json', error.headers);
}

/** The plain 404 the real server's mux answers for a path nothing serves (a group/version not served, /openapi/v2). */
export function sendNotFoundPage(res: ServerResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end('404 page not found\n');
}
