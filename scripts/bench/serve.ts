import { spawn } from 'node:child_process';
import { request } from 'node:http';

/**
 * Starts scripts/serve.mjs on a folder, on a port the system picks (so a bench never clashes with
 * another server or run), and resolves with its address once it listens.
 */
export async function startServer(directory: string): Promise<{ origin: string; stop(): void }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', directory, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const address = /served at (http:\/\/localhost:\d+)\//.exec(output)?.[1];
      if (address) resolve(address);
    });
    child.once('exit', (code) => reject(new Error(`The server for ${directory} stopped (exit code ${code}) before it listened`)));
    setTimeout(() => reject(new Error(`The server for ${directory} did not start within 10 s`)), 10_000).unref();
  }).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  child.stdout.resume();
  return { origin, stop: () => child.kill() };
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
