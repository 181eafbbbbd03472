import type { Corrections } from './corrections-config.build';
import { siteConfig } from '../../lib/build/site-config';

/**
 * Where readers report mistakes (`null` = not set): `corrections` in wegwijs.config.ts, or the
 * JSON file `WEGWIJS_CORRECTIONS_CONFIG` names.
 */
export function correctionsContact(): Corrections | null {
  return siteConfig().corrections;
}
