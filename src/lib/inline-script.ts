import { createHash } from 'node:crypto';

/**
 * The one inline script: it marks <html> as "scripts run" before the first paint, so controls
 * that need scripts appear without moving the page. Astro does not hash `is:inline` scripts, so
 * its hash is given to the Content-Security-Policy from here (build time only).
 */
export const scriptsRunMarker = "document.documentElement.classList.add('js')";

export const scriptsRunMarkerHash = `sha256-${createHash('sha256').update(scriptsRunMarker).digest('base64')}` as const;
