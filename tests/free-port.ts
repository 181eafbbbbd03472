import { createServer } from 'node:net';

/** A port nothing listens on now, for a server the tests start as a separate process (nginx, Caddy, WebKitWebDriver). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  return typeof address === 'object' && address ? address.port : 0;
}
