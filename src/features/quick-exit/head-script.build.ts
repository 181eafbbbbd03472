import { createHash } from 'node:crypto';
import { exitFlagKey } from './quick-exit.ts';
import { siteConfig } from '../../lib/build/site-config.ts';

/**
 * The one inline script, first in every page's <head>, before anything paints:
 *
 * 1. It marks <html> as "scripts run", so controls that need scripts appear without moving the
 *    page (GOV.UK's pattern).
 * 2. It keeps a quick exit in force for the whole tab. The exit sets a per-tab flag
 *    (sessionStorage, gone when the tab closes). A Wegwijs page that is shown again in that tab
 *    by Back, Forward or reload — loaded anew, or restored from the back/forward cache, whose
 *    restore runs no script but fires `pageshow` — hides itself and replaces itself with the
 *    cover site before it paints. A page opened on purpose (a typed address, a link) clears the
 *    flag and shows normally.
 * 3. Every page blanks itself when it is left (`pagehide`), so a copy kept in the
 *    back/forward cache shows nothing until `pageshow` has checked the flag.
 *
 * It is plain ES5 in a string, not compiled code, because the Content-Security-Policy allows it
 * by the hash of exactly these characters (Astro does not hash `is:inline` scripts).
 */
export const headScript = `(function(){var d=document.documentElement,k=${JSON.stringify(exitFlagKey)},gone=false;d.classList.add('js');function leave(){gone=true;d.hidden=true;document.title='';location.replace(${JSON.stringify(siteConfig().quickExitCoverSite)})}function kind(){try{var e=performance.getEntriesByType('navigation')[0];if(e&&e.type)return e.type}catch(x){}var t=performance.navigation&&performance.navigation.type;return t===0?'navigate':'back_forward'}function flagged(){try{return sessionStorage.getItem(k)==='1'}catch(x){return false}}if(flagged()){if(kind()==='navigate'){try{sessionStorage.removeItem(k)}catch(x){}}else{leave()}}addEventListener('pagehide',function(){d.hidden=true});addEventListener('pageshow',function(e){if(gone)return;if(e.persisted&&flagged()){leave();return}d.hidden=false})})()`;

/** The CSP source for `headScript`. */
export const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}` as const;
