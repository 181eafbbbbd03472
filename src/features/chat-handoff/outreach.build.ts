import { parseOutreachConfig, type OutreachChat } from './outreach-config.build';
import { readConfigFile } from '../../lib/build/config-file';

/**
 * The deploying organisation's own outreach chat, from `src/config/outreach.json` (`null` = none).
 * `WEGWIJS_OUTREACH_CONFIG` points a build at another file, e.g. an organisation's own copy.
 * A wrong file fails the build with the file and field named.
 */
export const outreachConfigFile = process.env.WEGWIJS_OUTREACH_CONFIG ?? 'src/config/outreach.json';

let loaded: OutreachChat | null | undefined;

export function outreachChat(): OutreachChat | null {
  if (loaded === undefined) loaded = readConfigFile(outreachConfigFile, parseOutreachConfig);
  return loaded;
}
