/**
 * A local HTTP server on 127.0.0.1 that serves fixture files the way the real source would: with
 * an ETag, answering If-None-Match with 304, and counting every request so tests can assert what
 * was and was not fetched. Routes may also be functions for error cases (500, 429, slow bodies).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FixtureRoute =
  | { readonly file: string; readonly contentType: string; readonly status?: number }
  | { readonly body: string | Buffer; readonly contentType: string; readonly status?: number; readonly headers?: Record<string, string> }
  | ((request: IncomingMessage, response: ServerResponse) => void);

export interface FixtureServer {
  readonly origin: string;
  readonly host: string;
  /** path+query → number of requests; and the statuses answered. */
  readonly requests: Array<{ readonly path: string; readonly status: number; readonly userAgent: string | undefined }>;
  count(path: string): number;
  route(path: string, route: FixtureRoute): void;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, FixtureRoute>): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: Array<{ path: string; status: number; userAgent: string | undefined }> = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const route = table.get(path);
    const record = (status: number) => requests.push({ path, status, userAgent: request.headers['user-agent'] });
    if (!route) {
      record(404);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') {
      response.on('finish', () => record(response.statusCode));
      route(request, response);
      return;
    }
    const body = 'file' in route ? readFileSync(route.file) : Buffer.isBuffer(route.body) ? route.body : Buffer.from(route.body);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (request.headers['if-none-match'] === etag) {
      record(304);
      response.writeHead(304, { etag }).end();
      return;
    }
    const status = route.status ?? 200;
    record(status);
    response.writeHead(status, { 'content-type': route.contentType, etag, ...('headers' in route ? route.headers : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    count: (path) => requests.filter((entry) => entry.path === path).length,
    route: (path, route) => void table.set(path, route),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
