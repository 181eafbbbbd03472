import type { OutreachChat } from './outreach-config.build';
import { siteConfig } from '../../lib/build/site-config';

/**
 * The deploying organisation's own outreach chat (`null` = none): `outreachChat` in
 * wegwijs.config.ts, or the JSON file `WEGWIJS_OUTREACH_CONFIG` names. A wrong value fails the
 * build with the file and field named.
 */
export function outreachChat(): OutreachChat | null {
  return siteConfig().outreachChat;
}
