/**
 * Test helper: a throwaway HTTP server on 127.0.0.1 that records every request it sees (path, time
 * of arrival, headers), so crawler tests can assert what was — and was not — sent. Not for production.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly path: string;
  readonly at: number;
  readonly headers: IncomingMessage['headers'];
}

export type TestHandler = (req: IncomingMessage, res: ServerResponse, seen: readonly SeenRequest[]) => void;

export interface TestServer {
  readonly origin: string;
  /** `127.0.0.1:<port>`, as an allow-list entry. */
  readonly hostPort: string;
  readonly port: number;
  readonly seen: SeenRequest[];
  /** Requests seen for one path (query included). */
  hits(path: string): SeenRequest[];
  close(): Promise<void>;
}

/** Routes by exact path (query included); unknown paths get 404. `/robots.txt` is 404 unless routed. */
export async function startTestServer(routes: Record<string, TestHandler>, host = '127.0.0.1'): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, at: Date.now(), headers: req.headers });
    const handler = routes[path];
    if (handler === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res, seen);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    hostPort: `${host}:${port}`,
    port,
    seen,
    hits: (path) => seen.filter((request) => request.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
