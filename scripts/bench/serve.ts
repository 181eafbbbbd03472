import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';

/** Starts scripts/serve.mjs on a folder and resolves once it answers. */
export async function startServer(directory: string, port: number): Promise<{ origin: string; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--dir', directory, '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = request(origin, { method: 'HEAD' }, () => resolve(true));
      probe.on('error', () => resolve(false));
      probe.end();
    });
    if (up) return { origin, stop: () => child.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`The server for ${directory} did not start on port ${port}`);
}

/** The size of a response body as sent with brotli (not decoded), or undefined on an error status. */
export function brotliBodyBytes(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const call = request(url, { headers: { 'Accept-Encoding': 'br' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve((response.statusCode ?? 500) < 400 ? bytes : undefined));
    });
    call.on('error', reject);
    call.end();
  });
}
