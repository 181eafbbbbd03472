import { localeStaticPaths } from '../lib/build/paths';
import { manifestEndpoint } from '../lib/build/manifest-route';

// The discreet install: a neutral name and a notepad icon, installed as a separate app.
export const getStaticPaths = localeStaticPaths;
export const GET = manifestEndpoint('notes');
