import { localeStaticPaths } from '../lib/build/paths';
import { manifestEndpoint } from '../lib/build/manifest-route';

// One manifest per language, so the installed app starts in the reader's language (`/ro/`).
export const getStaticPaths = localeStaticPaths;
export const GET = manifestEndpoint('wegwijs');
