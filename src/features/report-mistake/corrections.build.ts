import { parseCorrectionsConfig, type Corrections } from './corrections-config.build';
import { readConfigFile } from '../../lib/build/config-file';

/**
 * Where readers report mistakes, from `src/config/corrections.json` (`null` = not set).
 * `WEGWIJS_CORRECTIONS_CONFIG` points a build at another file.
 */
export const correctionsConfigFile = process.env.WEGWIJS_CORRECTIONS_CONFIG ?? 'src/config/corrections.json';

let loaded: Corrections | null | undefined;

export function correctionsContact(): Corrections | null {
  if (loaded === undefined) loaded = readConfigFile(correctionsConfigFile, parseCorrectionsConfig);
  return loaded;
}
