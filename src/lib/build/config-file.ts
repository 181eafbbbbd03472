import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Reads one of the deploying organisation's JSON config files and checks it with `parse`, which
 * throws naming the file and each field that does not fit. Unreadable JSON fails the build too.
 */
export function readConfigFile<T>(file: string, parse: (json: unknown, file: string) => T): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not readable JSON (${(error as Error).message})`);
  }
  return parse(json, file);
}
