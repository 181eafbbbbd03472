/**
 * A letter of a script written without spaces between words (Thai, Chinese): only a dictionary
 * finds where a word ends there, and the browser's word breaker that holds it (`Intl.Segmenter`)
 * takes 60–130 ms to start on a slow phone. Shared by the search (search.ts) and the search field
 * (SearchForm.astro), which marks such a language so that the search code starts it early.
 */
export const unspacedLetter = /[\p{Script=Thai}\p{Script=Han}]/u;
