/**
 * The site's one Trusted Types policy (the CSP allows only `wegwijs`). Pages never turn text into
 * HTML or script; the only value it vouches for is the service worker's own address.
 */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

const allowedScriptUrls = new Set(['/sw.js']);
const key = '__wegwijsTrustedTypesPolicy';

/** `url` as a TrustedScriptURL where the browser enforces Trusted Types, else the plain string. */
export function trustedScriptUrl(url: string): string {
  const holder = window as unknown as Record<string, ScriptUrlPolicy | undefined> & { trustedTypes?: TrustedTypesFactory };
  if (!holder.trustedTypes) return url;
  // Created once per page, even when several script bundles ask for it.
  holder[key] ??= holder.trustedTypes.createPolicy('wegwijs', {
    createScriptURL: (candidate) => {
      if (!allowedScriptUrls.has(candidate)) throw new TypeError(`Script URL not allowed: ${candidate}`);
      return candidate;
    },
  });
  return holder[key].createScriptURL(url) as string;
}
