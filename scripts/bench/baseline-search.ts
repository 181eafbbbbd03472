// The search engine as it was before issue 17 (commit ac55cbf), frozen: `npm run bench` and the
// search evaluation compare today's engine with it on the same queries. Not used by the site.
import Fuse from 'fuse.js/basic';
import { wellFormed } from '../../src/lib/text.ts';

/**
 * Search over one language's pages, organisations and cities, in the reader's phone.
 *
 * The index file holds only the documents; words are found with `Intl.Segmenter`, so Thai and
 * Chinese (written without spaces) split into words the same way at build time and when typed.
 * fuse.js matches each typed word against the language's vocabulary (a few thousand short
 * words), which keeps typo tolerance and stays fast on a cheap phone; scanning every page's text
 * with a fuzzy matcher per keystroke would not.
 */

type SearchDocKind = 'topic' | 'contact' | 'city';

/** One searchable piece: a page's introduction, one section of a page, an organisation, a city. */
export interface SearchDoc {
  /** Link target, site-relative, with `#heading` for a page section. */
  url: string;
  kind: SearchDocKind;
  /** Page title, organisation or city name. */
  title: string;
  /** Where it lives, as shown next to the result (section or directory name). */
  area: string;
  /** Heading of the page section the text comes from. */
  heading?: string;
  /** Plain text the snippet is cut from. */
  text: string;
  /** Extra words a reader may type (keywords, Dutch names); searched, not shown. */
  keywords?: string;
}

/** The words the results need, in the index's language; kept here so pages do not carry them. */
export interface SearchStrings {
  heading: string;
  /** "Nothing found for “{{query}}”…" */
  none: string;
  close: string;
  /** Result counts per plural category, with {{count}} and {{query}}. */
  results: Partial<Record<Intl.LDMLPluralRule, string>>;
  helpLabel: string;
  helpPage: string;
}

export interface SearchIndexFile {
  version: 1;
  locale: string;
  strings?: SearchStrings;
  docs: SearchDoc[];
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchResult {
  doc: SearchDoc;
  score: number;
  snippet: SnippetPart[];
}

/** Longest query looked at; longer input is cut, so a pasted essay cannot freeze the phone. */
export const maxQueryLength = 100;
/** At most this many words of a query count. */
const maxQueryWords = 8;

// Format and bidi controls (incl. RLO/LRO overrides and isolates) and C0/C1 controls: never
// meaningful in a search, and an override could make a query display as something else.
const unsafeCharacters = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Typed or shared text made safe to search and to show: well-formed, no controls, capped. */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const visible = wellFormed(raw).replace(unsafeCharacters, ' ').replace(/\s+/g, ' ').trim();
  const codePoints = Array.from(visible);
  return codePoints.length > maxQueryLength ? codePoints.slice(0, maxQueryLength).join('').trim() : visible;
}

const latinLike = /([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\p{M}+/gu;
const letterFolds: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i', ә: 'а' };
const arabicFolds: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };

/**
 * A word as it is compared: lower case, accents off Latin, Cyrillic and Greek letters (so
 * "Română" finds "romana" and "ё" finds "е"), Arabic vowel marks and letter variants folded.
 * Thai vowel and tone marks are letters of the word, not accents, so they stay. Apostrophes
 * count as one: pages show typographic ones ("soa’s", Ukrainian "в’я"), keyboards type "'" or
 * "’", and Ukrainian also "ʼ".
 */
export function foldWord(word: string): string {
  return word
    .replace(/[‘’ʼ]/g, "'")
    .normalize('NFKD')
    .replace(latinLike, '$1')
    .toLowerCase()
    .replace(/[ßłđøæœıә]/g, (letter) => letterFolds[letter] ?? letter)
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱىةؤئ]/g, (letter) => arabicFolds[letter] ?? letter)
    .normalize('NFC');
}

export interface WordSpan {
  /** The folded word. */
  word: string;
  /** Position and length in the original text, for highlighting. */
  index: number;
  length: number;
}

const segmenters = new Map<string, Intl.Segmenter | undefined>();

function segmenter(locale: string): Intl.Segmenter | undefined {
  if (!segmenters.has(locale)) {
    segmenters.set(locale, typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity: 'word' }) : undefined);
  }
  return segmenters.get(locale);
}

/** The words of a text, folded, with where they stand in it. */
export function wordsOf(text: string, locale: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const words = segmenter(locale);
  if (words) {
    for (const segment of words.segment(text)) {
      if (!segment.isWordLike) continue;
      const word = foldWord(segment.segment);
      if (word) spans.push({ word, index: segment.index, length: segment.segment.length });
    }
    return spans;
  }
  // Old browsers without Intl.Segmenter: letters and digits between anything else.
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    spans.push({ word: foldWord(match[0]), index: match.index ?? 0, length: match[0].length });
  }
  return spans;
}

/** How much a word counts where it stands: a title match beats one deep in the text. */
const fieldWeight = { title: 4, keywords: 3, heading: 2, text: 1 } as const;

interface Posting {
  doc: number;
  weight: number;
}

/** Typo distance between two words (optimal string alignment: swaps count as one typo). */
export function typoDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/** Typos allowed in a typed word of this many letters: none in short words, where a typo is another word. */
function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

function bigramsOf(word: string): string[] {
  const letters = Array.from(word);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) grams.add(letters[i]! + letters[i + 1]!);
  return [...grams];
}

/** fuse.js settings for matching one typed word against candidate words. */
const fuseOptions = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  isCaseSensitive: true,
  shouldSort: false,
} as const;

/** A language's search, built once from its index file when the reader first searches. */
export class SearchEngine {
  readonly locale: string;
  readonly strings: SearchStrings | undefined;
  readonly docs: SearchDoc[];
  private readonly postings = new Map<string, Posting[]>();

  private vocabulary: string[] = [];
  /** Which vocabulary words contain a letter pair: narrows fuzzy matching to a few candidates. */
  private readonly wordsByBigram = new Map<string, number[]>();

  /** Builds the whole engine at once (tests, the bench). */
  constructor(file: SearchIndexFile, build = true) {
    this.locale = file.locale;
    this.strings = file.strings;
    this.docs = file.docs;
    if (build) {
      for (let index = 0; index < this.docs.length; index++) this.indexDoc(index);
      this.finish();
    }
  }

  /**
   * Builds the engine in small steps, letting the phone breathe in between, so the first search
   * does not freeze the page on a slow phone.
   */
  static async create(file: SearchIndexFile, docsPerStep = 16): Promise<SearchEngine> {
    const engine = new SearchEngine(file, false);
    for (let index = 0; index < engine.docs.length; index++) {
      engine.indexDoc(index);
      if (index % docsPerStep === docsPerStep - 1) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    engine.finish();
    return engine;
  }

  private indexDoc(index: number): void {
    const doc = this.docs[index]!;
    const best = new Map<string, number>();
    const add = (text: string | undefined, weight: number) => {
      if (!text) return;
      for (const { word } of wordsOf(text, this.locale)) best.set(word, Math.max(best.get(word) ?? 0, weight));
    };
    // A page section also answers to its page title, a little less strongly than the page itself.
    add(doc.title, doc.heading ? fieldWeight.heading : fieldWeight.title);
    add(doc.keywords, fieldWeight.keywords);
    add(doc.heading, fieldWeight.heading);
    add(doc.text, fieldWeight.text);
    for (const [word, weight] of best) {
      const list = this.postings.get(word);
      if (list) list.push({ doc: index, weight });
      else this.postings.set(word, [{ doc: index, weight }]);
    }
  }

  private finish(): void {
    this.vocabulary = [...this.postings.keys()];
    this.vocabulary.forEach((word, index) => {
      for (const gram of bigramsOf(word)) {
        const list = this.wordsByBigram.get(gram);
        if (list) list.push(index);
        else this.wordsByBigram.set(gram, [index]);
      }
    });
  }

  /**
   * Vocabulary words close to one typed word, with how close (0–1): the same word, a word it
   * starts, a word it is part of (Dutch and German compounds), or one with a typo or two.
   */
  private similarWords(typed: string): Map<string, number> {
    const found = new Map<string, number>();
    if (this.postings.has(typed)) found.set(typed, 1);
    const length = Array.from(typed).length;
    if (length < 2) {
      // One letter or one Chinese character: look for words that contain it.
      for (const word of this.vocabulary) if (word !== typed && word.includes(typed)) found.set(word, word.startsWith(typed) ? 0.85 : 0.6);
      return found;
    }
    // A word within k typos of the typed one shares at least (n − 1 − 2k) of its letter pairs.
    const grams = bigramsOf(typed);
    const needed = Math.max(1, grams.length - 2 * allowedTypos(length));
    const shared = new Map<number, number>();
    for (const gram of grams) for (const index of this.wordsByBigram.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    const candidates = [...shared].filter(([, count]) => count >= needed).map(([index]) => this.vocabulary[index]!);
    if (candidates.length === 0) return found;

    // fuse.js scores each candidate (typo-tolerant, also inside longer words); a whole-word typo
    // distance then decides between candidates fuse.js finds equally close.
    for (const { item, score = 1 } of new Fuse(candidates, fuseOptions).search(typed)) {
      if (item === typed) continue;
      let closeness: number;
      if (item.startsWith(typed)) closeness = 0.85;
      else if (item.includes(typed)) closeness = length >= 3 ? 0.7 : 0;
      else {
        const distance = typoDistance(typed, item);
        closeness = distance <= allowedTypos(length) ? 0.75 * (1 - distance / Math.max(length, Array.from(item).length)) : 0.5 * (1 - score);
      }
      if (closeness > 0) found.set(item, Math.max(found.get(item) ?? 0, closeness));
    }
    return found;
  }

  /** Results for a query, best first; whole-query matches before partial ones. */
  search(rawQuery: string, limit = 20): SearchResult[] {
    const query = cleanQuery(rawQuery);
    const typedWords = [...new Set(wordsOf(query, this.locale).map((span) => span.word))].slice(0, maxQueryWords);
    if (typedWords.length === 0) return [];

    const totals = new Map<number, { score: number; covered: number }>();
    const matchedWords = new Set<string>();
    for (const typed of typedWords) {
      const perDoc = new Map<number, number>();
      for (const [word, closeness] of this.similarWords(typed)) {
        matchedWords.add(word);
        for (const { doc, weight } of this.postings.get(word) ?? []) {
          perDoc.set(doc, Math.max(perDoc.get(doc) ?? 0, closeness * weight));
        }
      }
      for (const [doc, score] of perDoc) {
        const total = totals.get(doc) ?? { score: 0, covered: 0 };
        total.score += score;
        total.covered += 1;
        totals.set(doc, total);
      }
    }

    // One result per page: its best-scoring part.
    const bestPerPage = new Map<string, { doc: number; score: number; covered: number }>();
    for (const [doc, total] of totals) {
      const page = this.docs[doc]!.url.split('#')[0]!;
      const current = bestPerPage.get(page);
      if (!current || total.covered > current.covered || (total.covered === current.covered && total.score > current.score)) {
        bestPerPage.set(page, { doc, ...total });
      }
    }
    return [...bestPerPage.values()]
      .sort((a, b) => b.covered - a.covered || b.score - a.score || a.doc - b.doc)
      .slice(0, limit)
      .map(({ doc, score }) => {
        const found = this.docs[doc]!;
        return { doc: found, score, snippet: snippet(found.text, matchedWords, this.locale) };
      });
  }
}

/**
 * A short piece of the text around the first match, with the matching words marked. Returned as
 * parts, so the page builds it from text nodes and never parses text as HTML.
 */
export function snippet(text: string, matchedWords: ReadonlySet<string>, locale: string, maxLength = 160): SnippetPart[] {
  const spans = wordsOf(text, locale).filter((span) => matchedWords.has(span.word));
  const first = spans[0];
  let start = 0;
  if (first && first.index > maxLength / 3) {
    start = first.index - Math.floor(maxLength / 4);
    const space = text.lastIndexOf(' ', start);
    start = space > first.index - maxLength / 2 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space !== -1 && space - end < 20 ? space : end;
  }
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start -= 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end += 1;

  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  let position = start;
  for (const span of spans) {
    if (span.index < start || span.index + span.length > end) continue;
    if (span.index > position) parts.push({ text: text.slice(position, span.index), match: false });
    parts.push({ text: text.slice(span.index, span.index + span.length), match: true });
    position = span.index + span.length;
  }
  if (position < end) parts.push({ text: text.slice(position, end), match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
