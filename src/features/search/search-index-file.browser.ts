import type { SearchIndexFile } from './search';

/**
 * The language's index file, fetched once per page whichever script asks first. The loader that
 * every page has asks as soon as she focuses a search field, so the index is on its way while the
 * search code itself still loads (one round trip instead of two in a row on a slow network).
 */
const files = new Map<string, Promise<SearchIndexFile>>();

export function searchIndexFile(url: string): Promise<SearchIndexFile> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    });
    // A failed load (offline, not saved) is tried again on the next search.
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  return file;
}
