import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOutreachConfig, type OutreachChat } from '../lib/outreach-config';

/**
 * The deploying organisation's own outreach chat, from `src/config/outreach.json` (`null` = none).
 * `WEGWIJS_OUTREACH_CONFIG` points a build at another file, e.g. an organisation's own copy.
 * A wrong file fails the build with the file and field named.
 */
export const outreachConfigFile = process.env.WEGWIJS_OUTREACH_CONFIG ?? 'src/config/outreach.json';

let loaded: OutreachChat | null | undefined;

export function outreachChat(): OutreachChat | null {
  if (loaded === undefined) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(outreachConfigFile), 'utf8'));
    } catch (error) {
      throw new Error(`${outreachConfigFile}: not readable JSON (${(error as Error).message})`);
    }
    loaded = parseOutreachConfig(json, outreachConfigFile);
  }
  return loaded;
}
