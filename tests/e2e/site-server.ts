import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { siteHandler } from '../../scripts/serve.mjs';

/** A site server of a spec's own, on a port the system picked. */
export interface SiteServer {
  /** `http://localhost:<port>`: the port stays the same for the server's life, so the origin does too. */
  origin: string;
  /** Serves the built site in `dir` from the next request on, as a deploy switches versions. */
  serve(dir: string): void;
  close(): Promise<void>;
}

/**
 * Starts scripts/serve.mjs's handler in this process on port 0, serving `dir`. Switching the
 * folder keeps the port, and so the origin, its service worker and its caches, as a real deploy
 * does; a fixed port would clash with a second run on the same machine.
 */
export async function startSiteServer(dir: string): Promise<SiteServer> {
  let handler: RequestListener = siteHandler(dir);
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    serve(next) {
      handler = siteHandler(next);
      // Kept-alive connections start afresh, as after a server restart.
      server.closeIdleConnections();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
