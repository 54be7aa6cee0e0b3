/**
 * The demo's local mirror of the public sources on 127.0.0.1: fixed routes (payload files rendered for the demo
 * day, generated pages) answered from memory, a permissive robots.txt, and 404 for everything else.
 */
import { createServer, type Server } from 'node:http';

export interface MirrorRoute {
  readonly body: string | Buffer;
  readonly contentType: string;
}

export interface DemoMirror {
  readonly origin: string;
  /** Paths asked for, in order (the demo's summary and tests use it). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function startDemoMirror(routes: ReadonlyMap<string, MirrorRoute>): Promise<DemoMirror> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    if (path === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      return;
    }
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not in the demo mirror\n');
      return;
    }
    response.writeHead(200, { 'content-type': route.contentType }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
