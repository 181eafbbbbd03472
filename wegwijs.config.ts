import type { WegwijsConfig } from './src/lib/build/site-config.ts';

/**
 * The deploying organisation's settings, in one place. The build checks them
 * (src/lib/build/site-config.ts) and fails naming the field that does not fit; environment
 * variables (WEGWIJS_*) may override single fields. README.md, "Configuration", explains each
 * field; wegwijs.config.example.ts is a filled-in example.
 *
 * Plain data only (no imports but types), so Node, Vite and Playwright can all load it.
 */
export default {
  site: 'https://wegwijs.example',
  organisation: null,
  outreachChat: null,
  corrections: null,
  quickExitCoverSite: 'https://www.buienradar.nl/',
  themeColor: '#4b2a8c',
  editor: null,
} satisfies WegwijsConfig;
