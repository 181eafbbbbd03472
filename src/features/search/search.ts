import Fuse from 'fuse.js/basic';
import { wellFormed } from '../../lib/text.ts';
import { loadStemmer, type Stemmer } from './stemmers.ts';
import { unspacedLetter } from './word-breaker.ts';

/**
 * Search over one language's pages, organisations and cities, in the reader's phone.
 *
 * The index file holds the documents and, made at build time, the index ready to query
 * (`PrebuiltIndex`: every word, where it stands, its stem), so the phone does not cut hundreds
 * of pages into words before the first result. Words are found with `Intl.Segmenter`, so Thai and
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
  /** Words and phrases readers use for the same thing, in groups (src/content/synonyms/<lang>.yaml). */
  synonyms?: string[][];
  /** Words a query's search leaves out, as compared ("de", "my", "吗"); made at build time. */
  ignore?: string[];
  /** The index ready to query, made at build time; without it (or when it does not fit the documents) the phone builds it. */
  prebuilt?: PrebuiltIndex;
}

/**
 * What building the engine from the documents yields, as JSON: loading it takes a few
 * milliseconds where building it takes up to a second and a half on a slow phone.
 */
export interface PrebuiltIndex {
  /** Every word of the documents, folded, sorted (so that the file compresses well). */
  words: string[];
  /**
   * Per word, the documents it is in: for each, the gap from the previous document number × 4
   * plus where the word stands (0 title, 1 keywords, 2 heading, 3 text).
   */
  postings: number[][];
  /** Per word, its stem: 0 when it is the word itself, n when it is the word's first n characters, else the stem. */
  stems: (number | string)[];
  /** Per document, the words in its text. */
  textLengths: number[];
  /** The synonym table's phrases as the stems of their words that carry meaning. */
  meanings: string[][][];
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
/** Runs of Thai, of Chinese, and of everything else. */
const scriptRuns = /\p{Script=Thai}+|\p{Script=Han}+|[^\p{Script=Thai}\p{Script=Han}]+/gu;
/**
 * A word in a spaced script, as Unicode's word rules (UAX #29) and so Intl.Segmenter see it:
 * letters, marks and digits, kept together over an apostrophe, point or colon between letters
 * ("don't", "e.g") and over a point or comma between digits ("1.000,50"). On every language's
 * pages this finds exactly the segmenter's words (some 40,000 per language), except that a
 * full-width colon in Chinese text ends a word ("Amsterdam：P" is two), without starting the
 * segmenter, which takes a tenth of a second on a slow phone.
 */
const spacedWord = /[\p{L}\p{N}][\p{L}\p{M}\p{N}_]*(?:(?<=\p{L}\p{M}*)['’.:·]\p{L}[\p{L}\p{M}]*|(?<=\p{N})[.,'’;]\p{N}+)*/gu;

function segmenter(locale: string): Intl.Segmenter | undefined {
  if (!segmenters.has(locale)) {
    segmenters.set(locale, typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity: 'word' }) : undefined);
  }
  return segmenters.get(locale);
}

/**
 * Starts the word breaker of a language written without spaces (Thai, Chinese) before a query
 * needs it: the search code calls this while the index is still on its way.
 */
export function startWordBreaker(locale: string): void {
  segmenter(locale);
}

/** The words of a text, folded, with where they stand in it. */
export function wordsOf(text: string, locale: string): WordSpan[] {
  return [...wordSpans(text, locale)];
}

/**
 * The words of a text one by one, as they are found: a snippet stops reading once it has its
 * piece of text, which in a long Thai or Chinese text saves most of the work.
 */
function* wordSpans(text: string, locale: string, cutUnspaced = true): Generator<WordSpan> {
  // Each run of Thai, of Chinese and of other scripts apart: the dictionary that splits Thai
  // reads "จ่ายbelastingไหม" as one word, where a reader typed three.
  for (const run of text.matchAll(scriptRuns)) {
    const offset = run.index ?? 0;
    // A run is all Thai, all Chinese or neither (scriptRuns), so one such letter tells which.
    const isUnspaced = unspacedLetter.test(run[0]);
    // Only the words of spaced scripts are wanted (see wordSpansNear): the word breaker is not started.
    if (isUnspaced && !cutUnspaced) continue;
    const words = isUnspaced ? segmenter(locale) : undefined;
    if (words) {
      for (const segment of words.segment(run[0])) {
        if (!segment.isWordLike) continue;
        const word = foldWord(segment.segment);
        if (word) yield { word, index: offset + segment.index, length: segment.segment.length };
      }
      continue;
    }
    // Spaced scripts, and Thai or Chinese in old browsers without Intl.Segmenter (a run is then one word).
    for (const match of run[0].matchAll(spacedWord)) {
      const word = foldWord(match[0]);
      if (word) yield { word, index: offset + (match.index ?? 0), length: match[0].length };
    }
  }
}

/** How much a word counts where it stands: a title match beats one deep in the text. */
const fieldWeight = { title: 4, keywords: 3, heading: 2, text: 1 } as const;
/** The field weights in the order of a `PrebuiltIndex` posting's field code. */
const weightByCode = [fieldWeight.title, fieldWeight.keywords, fieldWeight.heading, fieldWeight.text] as const;

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

/**
 * Parts of a typed word of which fuse.js (with `fuseOptions`) finds at least one, unchanged, in
 * every word it matches. fuse.js allows e typos (insertions, deletions, changed letters, counted
 * in UTF-16 units as it does) where e ÷ length ≤ its threshold; cut into e + 1 parts, a word
 * within e typos keeps one part whole, as one typo can break only one part. So a candidate
 * without any part cannot match, and fuse.js need not read it (most of the slowest queries' time:
 * a short word shares a letter pair with a thousand words). Over 32 units fuse.js matches the
 * word in pieces of its own, and every candidate is kept.
 */
export function fusePieces(typed: string): string[] {
  const length = typed.length;
  if (length > 32) return [''];
  let typos = 0;
  while ((typos + 1) / length <= fuseOptions.threshold) typos++;
  const pieces: string[] = [];
  for (let part = 0, start = 0; part <= typos; part++) {
    const end = Math.round(((part + 1) * length) / (typos + 1));
    pieces.push(typed.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Typos allowed in a typed word of this many letters: none in short words, where a typo is another word. */
function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** Adds a value to the list kept under a key. */
function addTo<Value>(lists: Map<string, Value[]>, key: string, value: Value): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

function addBigrams(index: Map<string, number[]>, word: string, at: number): void {
  for (const gram of bigramsOf(word)) addTo(index, gram, at);
}

function bigramsOf(word: string): string[] {
  // Runs for every word of the vocabulary (`prepare`): no Set, no array of letters.
  const grams: string[] = [];
  let previous = '';
  for (const letter of word) {
    if (previous) {
      const gram = previous + letter;
      if (!grams.includes(gram)) grams.push(gram);
    }
    previous = letter;
  }
  return grams;
}

/** fuse.js settings for matching one typed word against candidate words. */
export const fuseOptions = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  isCaseSensitive: true,
  shouldSort: false,
} as const;

/** How close a word with the same stem as the typed one counts ("pașaportul" for "pașaport"). */
const sameStem = 0.95;
/** How much a page counts that says the same thing in other words (a phrase of the synonym table). */
const sameMeaning = 1.2;
/** An organisation that matches only by what its description says yields to pages on the subject. */
const organisationByDescription = 0.6;
/** Words of the query standing together in the page, in the query's order. */
const wholePhrase = 1.3;

/** One part of a query: a typed word, or typed words that are a phrase of the synonym table. */
interface QueryTerm {
  typed: string[];
  /** The synonym group the typed words are a phrase of: each phrase as its words' stems. */
  meaning?: string[][];
}

/** How one document answers one term: how much of it (0–1) and how well. */
interface TermMatch {
  coverage: number;
  score: number;
  /** The organisation's own name matched. */
  byName: boolean;
}

export interface EngineOptions {
  /** The language's stemmer (stemmers.ts); without one, words match by their letters only. */
  stem?: Stemmer | undefined;
  /** Build the whole engine now (tests, the bench); `create` builds it in steps. */
  build?: boolean;
  /** Build from the documents even when the file has a prebuilt index (the build step, the bench's "before"). */
  ignorePrebuilt?: boolean;
}

/** A language's search, built once from its index file when the reader first searches. */
export class SearchEngine {
  readonly locale: string;
  readonly strings: SearchStrings | undefined;
  readonly docs: SearchDoc[];
  private readonly postings = new Map<string, Posting[]>();
  /**
   * A prebuilt index as shipped, and where each of its words stands in it: a word's postings and
   * stem are read from it when a query first needs them, not all at load (most never are).
   */
  private prebuilt: { index: PrebuiltIndex; at: Map<string, number> } | undefined;
  private stemmer: Stemmer | undefined;
  private readonly stems = new Map<string, string>();
  /**
   * The vocabulary's words per stem. With a prebuilt index, filled as queries ask
   * (`wordsWithStem`), so loading does not go through every word.
   */
  private readonly wordsByStem = new Map<string, string[]>();
  /** With a prebuilt index: the words whose shipped stem is not their own beginning, per stem. */
  private stemsApart: Map<string, string[]> | undefined;
  private meanings: string[][][] = [];
  private readonly synonyms: readonly (readonly string[])[];
  private readonly ignored: ReadonlySet<string>;
  /** Words close to each typed word of the query being answered. */
  private readonly similarCache = new Map<string, Map<string, number>>();
  /** Each document's text as words with their places in it (cut when first needed, with a prebuilt index). */
  private readonly textSpans: WordSpan[][] = [];
  /** Each document's words in order ('' between fields), for finding the typed words side by side (likewise). */
  private readonly docWords: string[][] = [];

  /** Words in each document's text: a word in a long text says less about it than in a short one. */
  private readonly textLengths: number[] = [];
  private averageTextLength = 1;

  private vocabulary: string[] = [];
  /**
   * Which vocabulary words contain a letter pair: narrows fuzzy matching to a few candidates.
   * Built by `prepare` while the phone is idle, not when the engine loads (it was two thirds of
   * the load, in the way of her first query); until then `wordsSharing` reads the vocabulary.
   */
  private wordsByBigram: Map<string, number[]> | undefined;

  constructor(file: SearchIndexFile, options: EngineOptions = {}) {
    this.locale = file.locale;
    this.strings = file.strings;
    this.docs = file.docs;
    this.stemmer = options.stem;
    this.synonyms = Array.isArray(file.synonyms) ? file.synonyms.filter((group) => Array.isArray(group)) : [];
    this.ignored = new Set(Array.isArray(file.ignore) ? file.ignore.filter((word) => typeof word === 'string') : []);
    if (!options.ignorePrebuilt && file.prebuilt && this.loadPrebuilt(file.prebuilt)) return;
    if (options.build ?? true) {
      for (let index = 0; index < this.docs.length; index++) this.indexDoc(index);
      this.finish();
    }
  }

  /**
   * Builds the engine in small steps, letting the phone breathe in between, so the first search
   * does not freeze the page on a slow phone.
   */
  static async create(file: SearchIndexFile, options: { stem?: Stemmer | undefined; docsPerStep?: number } = {}): Promise<SearchEngine> {
    const docsPerStep = options.docsPerStep ?? 16;
    const engine = new SearchEngine(file, { stem: options.stem, build: false });
    for (let index = 0; index < engine.docs.length; index++) {
      engine.indexDoc(index);
      if (index % docsPerStep === docsPerStep - 1) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    engine.finish();
    return engine;
  }

  /**
   * The engine for an index file with its language's stemmer: what the phone uses. Loaded from
   * the prebuilt index and ready to query at once (the pages' words for snippets and phrases then
   * follow in the background, `prepare`), or built in steps without one.
   */
  static async load(file: SearchIndexFile, stemmer: Promise<Stemmer | undefined> = loadStemmer(file.locale)): Promise<SearchEngine> {
    // The prebuilt index carries its words' stems: the stemmer is needed only for what she types,
    // so the engine loads while the stemmer is still on its way.
    const engine = new SearchEngine(file, { build: false });
    const stem = await stemmer;
    if (engine.vocabulary.length === 0) {
      // Built from the documents (no usable prebuilt index): its letter-pair index still comes
      // from `prepare`, as with a prebuilt one, or every query would read the whole vocabulary.
      const built = await SearchEngine.create(file, { stem });
      void built.prepare();
      return built;
    }
    engine.stemmer = stem;
    // The word breaker takes a tenth of a second to start on a slow phone. It is not started
    // here, in the way of a search she may already have asked for (which in Thai or Chinese may
    // not need it: "KvK", "GGD"), but by `prepare`'s first idle step, while she is still typing.
    void engine.prepare();
    return engine;
  }

  /**
   * Builds the letter-pair index, reads the prebuilt postings and cuts the documents' texts into
   * words (for snippets and phrases) while the phone has nothing else to do: a few hundred words
   * or one document at a time, in the idle moments the browser reports, so a key she presses
   * never waits for more than one step. A search before it is done reads only what it needs.
   * Where there are no idle callbacks (Safari), one step per task.
   */
  prepare(): Promise<void> {
    return (this.prepared ??= new Promise<void>((resolve) => {
      let index = 0;
      // The prebuilt postings are read first, a few hundred words at a time: a query then never
      // waits for the words it touches to be read.
      let word = 0;
      const words = this.prebuilt ? this.vocabulary : [];
      const next = () => {
        while (index < this.docs.length && this.docWords[index]) index++;
        return word < words.length || index < this.docs.length;
      };
      const idle = typeof globalThis.requestIdleCallback === 'function';
      // First, one query nobody sees (the first page's title): the code a query runs is compiled
      // and its regular expressions built now, not when her first query needs them (at 4× CPU
      // a first query took 50–90 ms, later ones 1–10 ms).
      let warm = false;
      const bigrams = new Map<string, number[]>();
      let bigramWord = 0;
      const later = () => (idle ? globalThis.requestIdleCallback(step, { timeout: 1000 }) : globalThis.setTimeout(step, 0));
      const step = (deadline?: IdleDeadline) => {
        if (!warm) {
          warm = true;
          // In Thai or Chinese this also starts the word breaker (the title is in that script).
          this.search(this.docs[0]?.title ?? '');
          return later();
        }
        do {
          if (!this.wordsByBigram) {
            for (const end = Math.min(bigramWord + 500, this.vocabulary.length); bigramWord < end; bigramWord++) addBigrams(bigrams, this.vocabulary[bigramWord]!, bigramWord);
            // Used only once whole: a query meanwhile reads the vocabulary, never half an index.
            if (bigramWord === this.vocabulary.length) this.wordsByBigram = bigrams;
            continue;
          }
          if (!next()) return resolve();
          if (word < words.length) for (const end = Math.min(word + 200, words.length); word < end; word++) this.postingsOf(words[word]!);
          else this.cutDoc(index);
        } while (deadline && deadline.timeRemaining() > 4);
        later();
      };
      later();
    }));
  }

  private prepared: Promise<void> | undefined;

  /**
   * Takes the index made at build time. Returns false, having kept nothing, when it does not fit
   * the documents (a file edited by hand, or cut short): then the engine is built from them.
   */
  private loadPrebuilt(prebuilt: PrebuiltIndex): boolean {
    const { words, postings, stems, textLengths, meanings } = prebuilt;
    const fits =
      Array.isArray(words) && Array.isArray(postings) && Array.isArray(stems) && Array.isArray(textLengths) && Array.isArray(meanings) &&
      postings.length === words.length && stems.length === words.length && textLengths.length === this.docs.length;
    if (!fits) return false;
    // Checked whole now, so that a query never meets a bad posting: a file that does not fit its
    // documents is set aside and the engine built from the documents instead.
    const at = new Map<string, number>();
    for (let index = 0; index < words.length; index++) {
      const word = words[index];
      const codes = postings[index];
      const stem = stems[index];
      if (typeof word !== 'string' || !Array.isArray(codes) || (typeof stem !== 'number' && typeof stem !== 'string')) return false;
      // In order, as `prebuild` writes them: `wordsWithStem` looks words up by their beginning.
      if (index > 0 && !(words[index - 1]! < word)) return false;
      let doc = 0;
      for (const code of codes) {
        doc += code >> 2;
        if (!Number.isInteger(code) || code < 0 || doc >= this.docs.length) return false;
      }
      at.set(word, index);
    }
    this.prebuilt = { index: prebuilt, at };
    textLengths.forEach((length, index) => (this.textLengths[index] = Number(length) || 0));
    this.vocabulary = words;
    this.finish(meanings);
    return true;
  }

  /** Whether a word occurs anywhere in the documents. */
  private hasWord(word: string): boolean {
    return this.postings.has(word) || (this.prebuilt?.at.has(word) ?? false);
  }

  /** The documents a word occurs in, and how strongly (read from the prebuilt index when first asked). */
  private postingsOf(word: string): Posting[] | undefined {
    const known = this.postings.get(word);
    if (known || !this.prebuilt) return known;
    const index = this.prebuilt.at.get(word);
    if (index === undefined) return undefined;
    const list: Posting[] = [];
    let doc = 0;
    for (const code of this.prebuilt.index.postings[index]!) {
      doc += code >> 2;
      list.push({ doc, weight: weightByCode[code & 3]! });
    }
    this.postings.set(word, list);
    return list;
  }

  /** The index as `PrebuiltIndex`, for the build to write into the index file. */
  prebuild(): PrebuiltIndex {
    const words = [...this.vocabulary].sort();
    const codeOf = new Map<number, number>(weightByCode.map((weight, code) => [weight, code]));
    return {
      words,
      postings: words.map((word) => {
        let previous = 0;
        return [...this.postingsOf(word)!].sort((a, b) => a.doc - b.doc).map(({ doc, weight }) => {
          const code = (doc - previous) * 4 + codeOf.get(weight)!;
          previous = doc;
          return code;
        });
      }),
      stems: words.map((word) => {
        const stem = this.stemOf(word);
        return stem === word ? 0 : word.startsWith(stem) ? stem.length : stem;
      }),
      textLengths: this.docs.map((_, index) => this.textLengths[index] ?? 0),
      meanings: this.meanings,
    };
  }

  /** The words that carry meaning: without the small words search ignores, unless there is nothing else. */
  private meaningfulWords(words: string[]): string[] {
    const meaningful = words.filter((word) => !this.ignored.has(word));
    return meaningful.length > 0 ? meaningful : words;
  }

  /**
   * A phrase of the synonym table as the stems of its words that carry meaning. A phrase that
   * would shrink to one word ("has my passport" → "passport") is left out: alone, that word
   * would stand for the whole meaning wherever it occurs.
   */
  private phraseStems(phrase: string): string[] {
    const words = wordsOf(phrase, this.locale).map(({ word }) => word);
    const meaningful = this.meaningfulWords(words);
    if (words.length > 1 && meaningful.length < 2) return [];
    return meaningful.map((word) => this.stemOf(word));
  }

  /** A folded word's stem (the word itself in a language without a stemmer). */
  private stemOf(word: string): string {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      const shipped = this.prebuilt && this.prebuilt.at.has(word) ? this.prebuilt.index.stems[this.prebuilt.at.get(word)!] : undefined;
      if (shipped !== undefined) return shipped === 0 ? word : typeof shipped === 'number' ? word.slice(0, shipped) : shipped;
      stem = word;
      try {
        if (this.stemmer) stem = foldWord(this.stemmer(word)) || word;
      } catch {
        // A stemmer that fails on a word (the Bulgarian one does on a few) leaves it whole.
      }
      this.stems.set(word, stem);
    }
    return stem;
  }

  /**
   * Cuts a document into words, field by field, keeping its text's words (for snippets) and all
   * its words in order (for phrases); calls `found` with each word and its field's weight.
   */
  private cutDoc(index: number, found?: (word: string, weight: number) => void): void {
    const doc = this.docs[index]!;
    const sequence: string[] = [];
    const add = (text: string | undefined, weight: number) => {
      if (!text) return;
      const words = wordsOf(text, this.locale);
      if (weight === fieldWeight.text) {
        // As the index counted them (a phone's word breaker may cut a Thai text a little differently).
        this.textLengths[index] ??= words.length;
        // Kept for the snippet: cutting the text into words again per result is slow in Thai.
        this.textSpans[index] = words;
      }
      for (const { word } of words) {
        found?.(word, weight);
        sequence.push(word);
      }
      // Words of two fields never stand side by side.
      sequence.push('');
    };
    // A page section also answers to its page title, a little less strongly than the page itself.
    add(doc.title, doc.heading ? fieldWeight.heading : fieldWeight.title);
    add(doc.keywords, fieldWeight.keywords);
    add(doc.heading, fieldWeight.heading);
    add(doc.text, fieldWeight.text);
    this.docWords[index] = sequence;
    this.textSpans[index] ??= [];
  }

  /** A document's words in order: cut when first needed. */
  private wordsInOrder(index: number): string[] {
    if (!this.docWords[index]) this.cutDoc(index);
    return this.docWords[index]!;
  }

  private indexDoc(index: number): void {
    const best = new Map<string, number>();
    this.cutDoc(index, (word, weight) => best.set(word, Math.max(best.get(word) ?? 0, weight)));
    for (const [word, weight] of best) {
      const list = this.postings.get(word);
      if (list) list.push({ doc: index, weight });
      else this.postings.set(word, [{ doc: index, weight }]);
    }
  }

  private finish(prebuiltMeanings?: string[][][]): void {
    const lengths = this.textLengths.filter((length) => length > 0);
    this.averageTextLength = lengths.length > 0 ? lengths.reduce((sum, length) => sum + length, 0) / lengths.length : 1;
    if (!this.prebuilt) {
      this.vocabulary = [...this.postings.keys()];
      for (const word of this.vocabulary) addTo(this.wordsByStem, this.stemOf(word), word);
    }
    this.meanings = prebuiltMeanings ?? this.synonyms
      .map((group) => group.filter((phrase): phrase is string => typeof phrase === 'string').map((phrase) => this.phraseStems(phrase)).filter((phrase) => phrase.length > 0))
      .filter((group) => group.length > 1);
  }

  /**
   * The vocabulary's words with this stem, in vocabulary order. A prebuilt index gives each word's
   * stem as the word itself, as its first letters, or apart: the first two kinds start with their
   * stem, so they stand together in the sorted vocabulary, from where the stem would stand. Only
   * the third kind is gathered in a map, when a query first asks (a few hundred words; Arabic's
   * stemmer drops beginnings, 1,427 of 4,827). Grouping all words by stem at load had been up to
   * a third of loading the index in Dutch and over half in Arabic (4× CPU, Chromium: 3–13 of
   * 24–32 ms, and 26 of 45 ms), before her first query could start.
   */
  private wordsWithStem(stem: string): string[] {
    const known = this.wordsByStem.get(stem);
    if (known || !this.prebuilt) return known ?? [];
    const { words, stems } = this.prebuilt.index;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle]! < stem) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < words.length && words[index]!.startsWith(stem); index++) {
      const shipped = stems[index];
      if (shipped === 0 ? words[index] === stem : shipped === stem.length) found.push(words[index]!);
    }
    if (!this.stemsApart) {
      this.stemsApart = new Map();
      stems.forEach((shipped, index) => {
        if (typeof shipped === 'string') addTo(this.stemsApart!, shipped, words[index]!);
      });
    }
    const apart = this.stemsApart.get(stem);
    const all = apart ? [...found, ...apart].sort() : found;
    // Kept: a query asks for the same stems again (each typed word, each word of a meaning).
    this.wordsByStem.set(stem, all);
    return all;
  }

  /**
   * Vocabulary words close to one typed word, with how close (0–1): the same word, one with the
   * same stem, a word it starts, a word it is part of (Dutch and German compounds), or one with
   * a typo or two.
   */
  private similarWords(typed: string): Map<string, number> {
    const cached = this.similarCache.get(typed);
    if (cached) return cached;
    const found = new Map<string, number>();
    // Kept for the rest of this query only (the same word is looked up for terms and meanings).
    this.similarCache.set(typed, found);
    if (this.hasWord(typed)) found.set(typed, 1);
    for (const word of this.wordsWithStem(this.stemOf(typed))) if (!found.has(word)) found.set(word, sameStem);
    const length = Array.from(typed).length;
    if (length < 2) {
      // One Chinese character is a word of its own or part of one: look for words that contain
      // it. One letter of an alphabet ("g" for GHB) matches only itself.
      if (/\p{Script=Han}/u.test(typed)) for (const word of this.vocabulary) if (word !== typed && word.includes(typed)) found.set(word, word.startsWith(typed) ? 0.85 : 0.6);
      return found;
    }
    // A word within k typos of the typed one shares at least (n − 1 − 2k) of its letter pairs.
    const grams = bigramsOf(typed);
    const needed = Math.max(1, grams.length - 2 * allowedTypos(length));
    const pieces = fusePieces(typed);
    const candidates: string[] = [];
    for (const index of this.wordsSharing(grams, needed)) {
      const word = this.vocabulary[index]!;
      if (pieces.some((piece) => word.includes(piece))) candidates.push(word);
    }
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

  /**
   * The vocabulary words (their places in it) that share at least `needed` of the letter pairs
   * `grams`. Their order does not matter: each word's closeness is its own, and ties rank by
   * document.
   */
  private wordsSharing(grams: readonly string[], needed: number): number[] {
    const sharing: number[] = [];
    if (this.wordsByBigram) {
      // Counted in an array kept between queries and set back to zero after: a short word shares a
      // pair with a thousand words, and a Map of them was a tenth of the slowest queries' time.
      // A typed word has fewer than 255 pairs (maxQueryLength), and each list holds a word once.
      const counts = (this.sharedPairs ??= new Uint8Array(this.vocabulary.length));
      const touched: number[] = [];
      for (const gram of grams) for (const index of this.wordsByBigram.get(gram) ?? []) if (counts[index]!++ === 0) touched.push(index);
      for (const index of touched) {
        if (counts[index]! >= needed) sharing.push(index);
        counts[index] = 0;
      }
      return sharing;
    }
    // Before the index is built: a letter pair (two whole letters) is among a word's pairs
    // exactly when the word contains it. About 1 ms more per query, for the first few seconds.
    for (let index = 0; index < this.vocabulary.length; index++) {
      const word = this.vocabulary[index]!;
      let count = 0;
      for (const gram of grams) if (word.includes(gram)) count++;
      if (count >= needed) sharing.push(index);
    }
    return sharing;
  }

  private sharedPairs: Uint8Array | undefined;
  /** Per document, the stems of `wordsInOrder`, once `hasPhrase` has needed them. */
  private readonly stemsInOrder: (string[] | undefined)[] = [];

  /** For each document with one of `words`, the best closeness × field weight, and whether a title matched. */
  private docsWith(words: Map<string, number>, matched: Set<string>): Map<number, { score: number; title: boolean }> {
    const perDoc = new Map<number, { score: number; title: boolean }>();
    for (const [word, closeness] of words) {
      matched.add(word);
      for (const { doc, weight } of this.postingsOf(word) ?? []) {
        const current = perDoc.get(doc);
        // Only the text is weighed by its length; a title, heading or keyword is short anyway.
        const length = weight === fieldWeight.text ? 0.5 + 0.5 * ((this.textLengths[doc] ?? 0) / this.averageTextLength) : 1;
        const score = (closeness * weight) / length;
        const title = weight === fieldWeight.title;
        if (!current) perDoc.set(doc, { score, title });
        else perDoc.set(doc, { score: Math.max(current.score, score), title: current.title || title });
      }
    }
    return perDoc;
  }

  /**
   * The query as terms: each typed word, and each meaning of the synonym table the query names
   * (one of its phrases is among the typed words). A meaning adds to the typed words, it does not
   * replace them, so a rare typed word keeps its weight.
   */
  private termsOf(typedWords: string[]): QueryTerm[] {
    const typedStems = new Set(typedWords.map((word) => this.stemOf(word)));
    // A longer word with one typo ("paszprt") still names a meaning through the word it misspells.
    for (const typed of typedWords) {
      if (Array.from(typed).length < 5 || this.hasWord(typed)) continue;
      for (const word of this.similarWords(typed).keys()) if (typoDistance(typed, word) === 1) typedStems.add(this.stemOf(word));
    }
    const terms: QueryTerm[] = typedWords.map((word) => ({ typed: [word] }));
    for (const meaning of this.meanings) {
      const named = meaning.find((phrase) => phrase.every((stem) => typedStems.has(stem)));
      if (named) terms.push({ typed: [], meaning });
    }
    return terms;
  }

  /** How each document answers one term: a typed word (with typos and other forms), or a meaning in any of its phrases. */
  private termMatches(term: QueryTerm, matched: Set<string>, meaningWords: Set<string>): Map<number, TermMatch> {
    const result = new Map<number, TermMatch>();
    for (const typed of term.typed) {
      for (const [doc, { score, title }] of this.docsWith(this.similarWords(typed), matched)) {
        result.set(doc, { coverage: 1, score, byName: title });
      }
    }
    // Any phrase of the meaning with all its words in the document.
    for (const phrase of term.meaning ?? []) {
      let inAll: Map<number, { score: number; title: boolean }> | undefined;
      for (const stem of phrase) {
        const words = new Map(this.wordsWithStem(stem).map((word) => [word, sameMeaning]));
        const docs = this.docsWith(words, meaningWords);
        if (!inAll) inAll = docs;
        else {
          for (const doc of [...inAll.keys()]) {
            const also = docs.get(doc);
            if (!also) inAll.delete(doc);
            else inAll.set(doc, { score: inAll.get(doc)!.score + also.score, title: inAll.get(doc)!.title || also.title });
          }
        }
      }
      for (const [doc, { score, title }] of inAll ?? []) {
        const mean = score / phrase.length;
        const current = result.get(doc);
        if (!current || current.score < mean) result.set(doc, { coverage: 1, score: mean, byName: (current?.byName ?? false) || title });
      }
    }
    return result;
  }

  /** True when the typed words stand together in the document, in the order typed (one word may come between). */
  private hasPhrase(index: number, typedStems: string[]): boolean {
    const words = this.wordsInOrder(index);
    // Kept per document: a query of several words checks thirty documents of hundreds of words.
    const stems = (this.stemsInOrder[index] ??= words.map((word) => (word ? this.stemOf(word) : '')));
    const stemAt = (position: number) => stems[position] ?? '';
    for (let start = 0; start < words.length; start++) {
      if (!words[start] || stemAt(start) !== typedStems[0]) continue;
      let position = start;
      let found = true;
      for (const stem of typedStems.slice(1)) {
        if (stemAt(position + 1) === stem) position += 1;
        else if (words[position + 1] && stemAt(position + 2) === stem) position += 2;
        else {
          found = false;
          break;
        }
      }
      if (found) return true;
    }
    return false;
  }

  /**
   * Results for a query, best first: one per page. A page is scored on all its parts (its title,
   * keywords, summary and sections): each term of the query counts by how rare it is (so "de" or
   * "the" count for little) and by where and how well it matches; a page that answers only part of
   * the query loses in proportion. Then: the typed words side by side beat scattered ones, and an
   * organisation found only through its description comes after the pages on the subject. The
   * result links to the page's part that matches best.
   */
  search(rawQuery: string, limit = 20): SearchResult[] {
    const query = cleanQuery(rawQuery);
    const typedWords = this.meaningfulWords([...new Set(wordsOf(query, this.locale).map((span) => span.word))]).slice(0, maxQueryWords);
    if (typedWords.length === 0) return [];
    this.similarCache.clear();

    const matchedWords = new Set<string>();
    // Words found through the synonym table: marked in a snippet only where no typed word is.
    const meaningWords = new Set<string>();
    // Per page: its score, and per part how many terms it answers and how well (to link the best part).
    const pages = new Map<string, { coverage: number; score: number; byName: boolean; parts: Map<number, { terms: number; score: number }> }>();
    let weightSum = 0;
    for (const term of this.termsOf(typedWords)) {
      const matches = this.termMatches(term, matchedWords, meaningWords);
      if (matches.size === 0) continue;
      // One page per term: its best part for this term.
      const perPage = new Map<string, { match: TermMatch; doc: number }>();
      for (const [doc, match] of matches) {
        const page = this.pageOf(doc);
        const current = perPage.get(page);
        if (!current || match.coverage > current.match.coverage || (match.coverage === current.match.coverage && match.score > current.match.score)) perPage.set(page, { match, doc });
      }
      // A term found on few pages says more about what she wants than one found on most.
      const rarity = Math.log(1 + this.pageCount / perPage.size);
      weightSum += rarity;
      for (const [page, { match }] of perPage) {
        const total = pages.get(page) ?? { coverage: 0, score: 0, byName: false, parts: new Map<number, { terms: number; score: number }>() };
        total.coverage += rarity * match.coverage;
        total.score += rarity * match.score;
        total.byName ||= match.byName;
        pages.set(page, total);
      }
      for (const [doc, match] of matches) {
        const total = pages.get(this.pageOf(doc))!;
        const part = total.parts.get(doc) ?? { terms: 0, score: 0 };
        total.parts.set(doc, { terms: part.terms + 1, score: part.score + rarity * match.score });
      }
    }
    if (weightSum === 0) return [];

    const ranked = [...pages].map(([, total]) => {
      const best = [...total.parts].sort((a, b) => b[1].terms - a[1].terms || b[1].score - a[1].score || a[0] - b[0])[0]![0];
      const organisation = this.docs[best]!.kind === 'contact' && !total.byName ? organisationByDescription : 1;
      return { doc: best, score: total.score * organisation };
    });
    const order = (a: { doc: number; score: number }, b: { doc: number; score: number }) => b.score - a.score || a.doc - b.doc;
    ranked.sort(order);
    // Of the best candidates, those with the typed words side by side rise.
    if (typedWords.length > 1) {
      const typedStems = typedWords.map((word) => this.stemOf(word));
      for (const candidate of ranked.slice(0, 30)) if (this.hasPhrase(candidate.doc, typedStems)) candidate.score *= wholePhrase;
      ranked.sort(order);
    }
    return ranked.slice(0, limit).map(({ doc, score }) => {
      const found = this.docs[doc]!;
      // The text's words as cut before, or read from the text only as far as the snippet needs.
      const typed = snippet(found.text, matchedWords, this.locale, 160, this.textSpans[doc]);
      const shown = typed.some((part) => part.match) ? typed : snippet(found.text, new Set([...matchedWords, ...meaningWords]), this.locale, 160, this.textSpans[doc]);
      return { doc: found, score, snippet: shown };
    });
  }

  /** The page a document is part of (its address without `#section`). */
  private pageOf(doc: number): string {
    // Read once per document: a query asks hundreds of times (a fifth of one Thai query had been this).
    return (this.pageByDoc ??= this.docs.map((found) => found.url.split('#')[0]!))[doc]!;
  }

  private get pageCount(): number {
    return (this.pages ??= new Set(this.docs.map((_, doc) => this.pageOf(doc))).size);
  }

  private pageByDoc: string[] | undefined;
  private pages: number | undefined;
}

/** Where a text may be cut into words without changing them: a space, a line break, CJK punctuation. */
const wordGap = /[\s。，、；：！？]/u;
/** How far before the first possible match cutting starts (folding can move letters a little). */
const matchLeeway = 200;

/**
 * The words of a text from a little before the first place a matched word could stand: its folded
 * text is searched for the (folded) words first, which is cheap, and only from there is the text
 * cut into words, which in Thai or Chinese is slow (on a phone at 4× CPU, most of a first search
 * was cutting the whole texts of the pages shown). A text that holds none of them is not cut at
 * all. Folding only ever drops letters (Arabic vowel marks) or, rarely, doubles one (ß → ss), so
 * starting `matchLeeway` letters early, at a gap between words, misses no match.
 */
function* wordSpansNear(text: string, foldedWords: ReadonlySet<string>, locale: string): Generator<WordSpan> {
  const folded = foldWord(text);
  let first = -1;
  for (const word of foldedWords) {
    const at = folded.indexOf(word);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  if (first === -1) return;
  let from = Math.max(0, first - matchLeeway);
  while (from > 0 && !wordGap.test(text[from - 1]!)) from--;
  // A Thai or Chinese run yields only Thai or Chinese words: when no matched word has a letter of
  // those scripts ("KvK", "test" or "GGD" on a Thai page), no such run can hold a match, and the
  // word breaker, a tenth of a second to start on a slow phone, is not needed for this snippet.
  const cutUnspaced = [...foldedWords].some((word) => unspacedLetter.test(word));
  for (const span of wordSpans(from === 0 ? text : text.slice(from), locale, cutUnspaced)) yield from === 0 ? span : { ...span, index: span.index + from };
}

/**
 * A short piece of the text around the first match, with the matching words marked. Returned as
 * parts, so the page builds it from text nodes and never parses text as HTML.
 */
export function snippet(text: string, matchedWords: ReadonlySet<string>, locale: string, maxLength = 160, words?: Iterable<WordSpan>): SnippetPart[] {
  // Read words only until the first match and then to the end of the piece shown.
  const reader = (words ?? wordSpansNear(text, matchedWords, locale))[Symbol.iterator]();
  let first: WordSpan | undefined;
  for (let next = reader.next(); !next.done; next = reader.next()) {
    if (matchedWords.has(next.value.word)) {
      first = next.value;
      break;
    }
  }
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
  const spans = first ? [first] : [];
  if (first) {
    for (let next = reader.next(); !next.done && next.value.index < end; next = reader.next()) {
      if (matchedWords.has(next.value.word)) spans.push(next.value);
    }
  }

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
