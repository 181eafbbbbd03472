import { describe, expect, it, vi } from 'vitest';
import Fuse from 'fuse.js/basic';
import { cleanQuery, foldWord, fuseOptions, fusePieces, maxQueryLength, SearchEngine, snippet, typoDistance, wordsOf, type PrebuiltIndex, type SearchDoc, type SearchIndexFile } from './search';
import { loadStemmer } from './stemmers';

const doc = (url: string, title: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({ url, kind: 'topic', title, area: 'Area', text, ...extra });

const corpus: SearchDoc[] = [
  doc('/en/work-and-money/kvk/', 'Registering with the KvK', 'Register with the Kamer van Koophandel as self-employed.', { keywords: 'KvK Chamber of Commerce' }),
  doc('/en/work-and-money/kvk/#privacy', 'Registering with the KvK', 'The register is public. Register under personal services.', { heading: 'Your privacy' }),
  doc('/en/health/sti-test/', 'Free anonymous STI test', 'Test at the GGD for free. You do not need to give your name.'),
  doc('/en/safety/signs/', 'Signs of human trafficking', 'Someone keeps your passport or your money. This can be trafficking.'),
  doc('/en/about/privacy/', 'Privacy', 'No cookies and no tracking.'),
  doc('/en/directory/meld-misdaad-anoniem/', 'Meld Misdaad Anoniem', 'Report a crime without giving your name.', { kind: 'contact', area: 'Help organisations' }),
];
const engine = new SearchEngine({ version: 1, locale: 'en', docs: corpus });
const urls = (query: string) => engine.search(query).map((result) => result.doc.url);

describe('query cleaning', () => {
  it('removes controls, bidi overrides and NUL, and keeps the words', () => {
    expect(cleanQuery('\u202Ekvk\u0000  test\u2066')).toBe('kvk test');
  });
  it('replaces lone surrogates and keeps emoji whole', () => {
    expect(cleanQuery('a\uD800b 😀')).toBe('a\uFFFDb 😀');
  });
  it('cuts very long input to a fixed number of characters', () => {
    expect(Array.from(cleanQuery('x'.repeat(10_000))).length).toBe(maxQueryLength);
  });
  it('treats non-strings as empty', () => {
    expect(cleanQuery(undefined)).toBe('');
    expect(cleanQuery(42)).toBe('');
  });
});

describe('folding and words', () => {
  it('counts the apostrophes pages show and phones type as one', () => {
    expect(foldWord('soa’s')).toBe("soa's");
    expect(foldWord('вʼязниця')).toBe(foldWord("в'язниця"));
    expect(foldWord('в’язниця')).toBe(foldWord("в'язниця"));
  });
  it('ignores case and accents in Latin and Cyrillic', () => {
    expect(foldWord('Română')).toBe('romana');
    expect(foldWord('Łódź')).toBe('lodz');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('ЁЛКА')).toBe('елка');
  });
  it('keeps Thai vowel and tone marks, which are part of the word', () => {
    expect(foldWord('ตรวจ')).toBe('ตรวจ');
    expect(foldWord('ไก่')).not.toBe(foldWord('ไก'));
  });
  it('reads full-width letters typed on Chinese keyboards as ordinary ones', () => {
    expect(foldWord('ＫｖＫ')).toBe('kvk');
  });
  it('folds Arabic vowel marks and letter variants', () => {
    expect(foldWord('الشُّرطة')).toBe(foldWord('الشرطه'));
    expect(foldWord('أمان')).toBe('امان');
  });
  it('splits Thai or Chinese from a Dutch word typed against it', () => {
    expect(wordsOf('ต้องจ่ายbelastingไหม', 'th').map((span) => span.word)).toContain('belasting');
    expect(wordsOf('要交belasting吗', 'zh').map((span) => span.word)).toContain('belasting');
    const text = 'จ่ายbelasting';
    const span = wordsOf(text, 'th').find((found) => found.word === 'belasting')!;
    expect(text.slice(span.index, span.index + span.length)).toBe('belasting');
  });
  it('finds the words of spaced scripts as the Unicode word rules do, without starting the word breaker', () => {
    const texts = [
      "Don't wait: e.g. call 0900-1234 or 1.000,50 euro (113.nl).",
      'Pașaportul tău, ține-l! Straße; Łódź. «Полиция» — в’язниця',
      'الشُّرطة لا تأخذ جوازك. ١٢٣',
      "l'aide, k:a, 3,5 %, ‘quoted’, snake_case",
    ];
    const breaker = new Intl.Segmenter('en', { granularity: 'word' });
    const segmenting = vi.spyOn(Intl, 'Segmenter');
    for (const text of texts) {
      const expected = [...breaker.segment(text)].filter((segment) => segment.isWordLike).map((segment) => [segment.index, segment.segment]);
      expect(wordsOf(text, 'xx').map((span) => [span.index, text.slice(span.index, span.index + span.length)]), text).toEqual(expected);
    }
    expect(segmenting).not.toHaveBeenCalled();
    segmenting.mockRestore();
  });
  it('splits Thai and Chinese text without spaces into words', () => {
    expect(wordsOf('ตรวจโรคฟรี', 'th').length).toBeGreaterThan(1);
    expect(wordsOf('免费检测性病', 'zh').length).toBeGreaterThan(1);
  });
  it('counts a swap of two letters as one typo', () => {
    expect(typoDistance('ggd', 'gdg')).toBe(1);
    expect(typoDistance('trafficking', 'trafiking')).toBe(2);
  });
});

describe('the words fuse.js is asked about', () => {
  // Words a typed word could be mistyped into, inside longer words: every way fuse.js can match.
  function variants(typed: string, seed: number): string[] {
    let state = seed;
    const random = (below: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % below);
    const letters = [...new Set(Array.from(typed + 'xqéшตع'))];
    const out: string[] = [];
    for (let n = 0; n < 300; n++) {
      const word = Array.from(typed);
      for (let typo = random(4); typo > 0; typo--) {
        const at = random(word.length + 1);
        const kind = random(3);
        if (kind === 0) word.splice(at, 0, letters[random(letters.length)]!);
        else if (kind === 1 && word.length > 1) word.splice(Math.min(at, word.length - 1), 1);
        else word.splice(Math.min(at, word.length - 1), 1, letters[random(letters.length)]!);
      }
      out.push(['', 'ab', 'ontvang'][random(3)] + word.join('') + ['', 'en', 'ság'][random(3)]);
    }
    return out;
  }

  it('leaves out only words fuse.js would not match: each it matches holds one of the parts whole', () => {
    const typedWords = ['szem', 'elsz', 'politie', 'belastingdienst', 'pașaport', 'проверка', 'ตรวจโรค', 'فحص', 'mensenhandel', 'ggd', 'kvk', 'ab', 'a'.repeat(40)];
    let matched = 0;
    for (const [seed, typed] of typedWords.entries()) {
      const words = variants(typed, seed + 1);
      const pieces = fusePieces(typed);
      for (const { item } of new Fuse(words, fuseOptions).search(typed)) {
        matched++;
        expect(pieces.some((piece) => item.includes(piece)), `${typed} matches ${item}`).toBe(true);
      }
    }
    // Typos, not only the typed word itself: the check above has something to check.
    expect(matched).toBeGreaterThan(1000);
  });

  it('cuts a typed word into one part more than the typos fuse.js allows in it', () => {
    expect(fusePieces('szem')).toEqual(['sz', 'em']);
    expect(fusePieces('ggd')).toEqual(['ggd']);
    expect(fusePieces('belastingdienst')).toHaveLength(5);
  });
});

describe('search on a fixed corpus', () => {
  it('finds a Dutch term in any case', () => {
    expect(urls('kvk')[0]).toBe('/en/work-and-money/kvk/');
    expect(urls('KVK')[0]).toBe('/en/work-and-money/kvk/');
  });
  it('returns one result per page, the best part of it', () => {
    expect(urls('register').filter((url) => url.startsWith('/en/work-and-money/kvk/'))).toHaveLength(1);
    expect(urls('privacy register')[0]).toBe('/en/work-and-money/kvk/#privacy');
  });
  it('tolerates typos in longer words', () => {
    expect(urls('trafiking')).toContain('/en/safety/signs/');
    expect(urls('anonymus')).toContain('/en/health/sti-test/');
  });
  it('ranks a title match above a text match', () => {
    expect(urls('privacy')[0]).toBe('/en/about/privacy/');
  });
  it('ranks pages that match every word first', () => {
    expect(urls('meld misdaad anoniem')[0]).toBe('/en/directory/meld-misdaad-anoniem/');
    expect(urls('free test ggd')[0]).toBe('/en/health/sti-test/');
  });
  it('finds words by their beginning', () => {
    expect(urls('traff')).toContain('/en/safety/signs/');
  });
  it('does not match short words by a typo', () => {
    expect(urls('gdg')).toEqual([]);
  });
  it('gives nothing for nothing', () => {
    expect(urls('')).toEqual([]);
    expect(urls('   ')).toEqual([]);
    expect(urls('zzzzqqq')).toEqual([]);
  });
  it('marks the matching words in the snippet', () => {
    const [first] = engine.search('passport');
    expect(first?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['passport']);
  });
});

describe('meaning: word forms, synonyms, small words', () => {
  const romanian = async () =>
    new SearchEngine(
      {
        version: 1,
        locale: 'ro',
        docs: [doc('/ro/safety/victim-help/', 'Ajutor', 'Cineva îți ține pașaportul sau banii.'), doc('/ro/work-and-money/banks/', 'Bănci', 'Banca poate închide contul.')],
        synonyms: [['las', 'renunț', 'opresc'], ['pașaport luat', 'ține pașaportul']],
        ignore: ['de', 'mi'],
      },
      { stem: await loadStemmer('ro') },
    );

  it('finds a word by its stem: "pașaportul" and "pasaport" find "pașaportul"', async () => {
    const engine = await romanian();
    expect(engine.search('pasaport')[0]?.doc.url).toBe('/ro/safety/victim-help/');
    expect(engine.search('mi-au luat pașaportul')[0]?.doc.url).toBe('/ro/safety/victim-help/');
  });

  it('counts another form of a word almost as the word itself, far above a loose likeness', async () => {
    const docs = [doc('/ro/stopping/other-work/', 'Alt loc', 'Găsirea muncii după ce te oprești.')];
    const stemmed = new SearchEngine({ version: 1, locale: 'ro', docs }, { stem: await loadStemmer('ro') });
    const unstemmed = new SearchEngine({ version: 1, locale: 'ro', docs });
    const score = (engine: SearchEngine) => engine.search('muncile')[0]?.score ?? 0;
    expect(score(stemmed)).toBeGreaterThan(1.5 * score(unstemmed));
  });

  it('finds a page that says the same thing in other words of the synonym table', () => {
    const english = new SearchEngine({
      version: 1,
      locale: 'en',
      docs: [doc('/en/stopping/exit/', 'Exit programmes', 'Help if you want to stop sex work.'), doc('/en/x/', 'Other', 'Work and more work.')],
      synonyms: [['stop', 'quit', 'leave this work']],
    });
    expect(english.search('quit')[0]?.doc.url).toBe('/en/stopping/exit/');
    expect(english.search('how do i leave this work')[0]?.doc.url).toBe('/en/stopping/exit/');
    // The snippet marks the word of the same meaning, as no typed word is there.
    expect(english.search('quit')[0]?.snippet.filter((part) => part.match).map((part) => part.text)).toContain('stop');
  });

  it('marks what she typed in a snippet, not the other words of its meaning', () => {
    const english = new SearchEngine({
      version: 1,
      locale: 'en',
      docs: [doc('/en/work-and-money/kvk/', 'KvK', 'Register with the KvK when you are self-employed.')],
      synonyms: [['kvk', 'self-employed']],
    });
    expect(english.search('kvk')[0]?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['KvK']);
  });

  it('leaves out small words, unless there is nothing else', () => {
    const english = new SearchEngine({ version: 1, locale: 'en', docs: [doc('/en/a/', 'The tax', 'About the tax.'), doc('/en/b/', 'The the the', 'the the the')], ignore: ['the'] });
    expect(english.search('the tax')[0]?.doc.url).toBe('/en/a/');
    expect(english.search('the').length).toBeGreaterThan(0);
  });

  it('keeps working with a corrupt synonym table or stemmer', () => {
    const broken = new SearchEngine(
      { version: 1, locale: 'en', docs: corpus, synonyms: [null, 'x', [3, 'kvk']] as unknown as string[][], ignore: 'x' as unknown as string[] },
      { stem: () => { throw new TypeError('read only'); } },
    );
    expect(broken.search('kvk')[0]?.doc.url).toBe('/en/work-and-money/kvk/');
  });

  it('puts the page on a subject before an organisation that only mentions it, and the organisation first when its name is typed', () => {
    const mixed = new SearchEngine({
      version: 1,
      locale: 'nl',
      docs: [
        doc('/nl/directory/belle/', 'Belle', 'Hulp bij stoppen met sekswerk.', { kind: 'contact' }),
        doc('/nl/stopping/exit-programmes/', 'Uitstapprogramma’s', 'Hulp als je wilt stoppen met sekswerk.'),
      ],
    });
    expect(mixed.search('stoppen met sekswerk')[0]?.doc.url).toBe('/nl/stopping/exit-programmes/');
    expect(mixed.search('belle')[0]?.doc.url).toBe('/nl/directory/belle/');
  });

  it('ranks a page with the typed words side by side above one where they are scattered', () => {
    const english = new SearchEngine({
      version: 1,
      locale: 'en',
      // The same words, once scattered and once side by side.
      docs: [doc('/en/scattered/', 'Scattered', 'bank far away, account on hold, door closed today'), doc('/en/phrase/', 'Phrase', 'door today, far away on hold, bank closed account')],
    });
    expect(english.search('bank closed account')[0]?.doc.url).toBe('/en/phrase/');
  });
});

describe('the index made at build time', () => {
  const file = { version: 1 as const, locale: 'ro', docs: [...corpus, doc('/ro/safety/signs/', 'Semne', 'Șeful ține pașaportul tău.')], synonyms: [['pasaport luat', 'ține pașaportul']] };
  const queries = ['kvk', 'regster', 'pașaport', 'pasaport luat', 'free test', 'name', 'meld', 'x'];
  const results = (engine: SearchEngine) => queries.map((query) => engine.search(query).map((result) => [result.doc.url, result.score.toFixed(6), JSON.stringify(result.snippet)]));

  it('answers every query as the engine built on the phone does', async () => {
    const stem = await loadStemmer('ro');
    const built = new SearchEngine(file, { stem, ignorePrebuilt: true });
    const loaded = new SearchEngine({ ...file, prebuilt: built.prebuild() }, { stem });
    expect(results(loaded)).toEqual(results(built));
    expect(results(loaded).flat().length).toBeGreaterThan(queries.length);
  });

  it('answers the same while, and after, the pages are cut into words in the background', async () => {
    const stem = await loadStemmer('ro');
    const built = new SearchEngine(file, { stem, ignorePrebuilt: true });
    const loaded = new SearchEngine({ ...file, prebuilt: built.prebuild() }, { stem });
    const preparing = loaded.prepare();
    expect(results(loaded)).toEqual(results(built));
    await preparing;
    expect(loaded.prepare()).toBe(preparing);
    expect(results(loaded)).toEqual(results(built));
  });

  it('finds the same close words before and after the letter-pair index is built', async () => {
    // Words that share some of their letter pairs with the queries, with typos: a word counted
    // with too few or too many shared pairs is missed or found by one way only.
    const words = ['tset', 'sett', 'stet', 'test', 'tests', 'attest', 'estate', 'taste', 'teas', 'etst', 'tastes', 'settle', 'street', 'setter', 'testa', 'detest'];
    const close = { version: 1 as const, locale: 'en', docs: words.map((word, index) => doc(`/en/w${index}/`, `Page ${index}`, `${word} here`)) };
    const prebuilt = new SearchEngine(close, { ignorePrebuilt: true }).prebuild();
    const before = new SearchEngine({ ...close, prebuilt });
    const after = new SearchEngine({ ...close, prebuilt });
    await after.prepare();
    const found = (engine: SearchEngine) => ['tesst', 'tets', 'etst', 'sette', 'tastes', 'stret', 'detsets'].map((query) => engine.search(query).map((result) => `${result.doc.url} ${result.score.toFixed(6)}`));
    expect(found(before)).toEqual(found(after));
    expect(found(before).flat().length).toBeGreaterThan(20);
  });

  it('answers as the built engine does when the stemmer arrives after the index', async () => {
    const stem = await loadStemmer('ro');
    const built = new SearchEngine(file, { stem, ignorePrebuilt: true });
    let arrive: (stemmer: typeof stem) => void = () => undefined;
    const stemmer = new Promise<typeof stem>((resolve) => (arrive = resolve));
    const loading = SearchEngine.load({ ...file, prebuilt: built.prebuild() }, stemmer);
    arrive(stem);
    expect(results(await loading)).toEqual(results(built));
  });

  it('finds the other forms of a word as the engine built on the phone does, whatever its stemmer cuts off', async () => {
    // Dutch stems are mostly the word's beginning; Arabic's stemmer also drops beginnings
    // ("الشرطة" → "شرط"), which the prebuilt index keeps apart from the sorted vocabulary.
    const texts = {
      nl: ['De politie controleert.', 'Politieagenten en controles.', 'Controleren mag niet zomaar.', 'Een controle bij de politiebureaus.', 'Test testen getest.'],
      ar: ['الشرطة تفحص الرخصة.', 'شرطي في المكتب.', 'فحص مجاني وفحوصات.', 'المفحوص والفاحص.', 'رخص ورخصة الشرطة.'],
    };
    for (const [locale, sentences] of Object.entries(texts)) {
      const stem = await loadStemmer(locale);
      const docs = sentences.map((text, index) => doc(`/${locale}/p${index}/`, `${index}`, text));
      const built = new SearchEngine({ version: 1, locale, docs }, { stem, ignorePrebuilt: true });
      const prebuilt = built.prebuild();
      const loaded = new SearchEngine({ version: 1, locale, docs, prebuilt }, { stem });
      // Every word, and every stem, asked for: each finds the same pages with the same scores.
      const queries = [...prebuilt.words, ...prebuilt.words.map((word, index) => { const kept = prebuilt.stems[index]!; return kept === 0 ? word : typeof kept === 'number' ? word.slice(0, kept) : kept; })];
      const answers = (engine: SearchEngine) => queries.map((query) => `${query}: ${engine.search(query).map((result) => `${result.doc.url} ${result.score.toFixed(6)}`).join(', ')}`);
      expect(answers(loaded)).toEqual(answers(built));
      if (locale === 'ar') expect(prebuilt.stems.some((kept) => typeof kept === 'string')).toBe(true);
      expect(prebuilt.stems.some((kept) => typeof kept === 'number' && kept > 0)).toBe(true);
    }
  });

  it('survives JSON', async () => {
    const stem = await loadStemmer('ro');
    const prebuilt = new SearchEngine(file, { stem, ignorePrebuilt: true }).prebuild();
    const loaded = new SearchEngine(JSON.parse(JSON.stringify({ ...file, prebuilt })), { stem });
    expect(results(loaded)).toEqual(results(new SearchEngine(file, { stem })));
    expect(prebuilt.words).toEqual([...prebuilt.words].sort());
  });

  it('is set aside when it does not fit the documents, and search still works', async () => {
    const stem = await loadStemmer('ro');
    const good = new SearchEngine(file, { stem, ignorePrebuilt: true });
    const prebuilt = good.prebuild();
    const corrupt = [
      { ...prebuilt, postings: prebuilt.postings.slice(1) },
      { ...prebuilt, textLengths: [] },
      { ...prebuilt, postings: prebuilt.postings.map(() => [4 * 999]) },
      { ...prebuilt, words: 'x' },
      // Out of order (as `prebuild` never writes it): its words could not be looked up by their beginning.
      { ...prebuilt, words: [...prebuilt.words].reverse(), postings: [...prebuilt.postings].reverse(), stems: [...prebuilt.stems].reverse() },
      null,
    ] as unknown as PrebuiltIndex[];
    for (const broken of corrupt) {
      const engine = await SearchEngine.load({ ...file, prebuilt: broken });
      expect(results(engine)).toEqual(results(good));
    }
  });
});

describe('Thai and Chinese', () => {
  const thai = new SearchEngine({ version: 1, locale: 'th', docs: [doc('/th/health/sti-test/', 'ตรวจโรคฟรี', 'พนักงานบริการทางเพศตรวจโรคติดต่อทางเพศสัมพันธ์ได้ฟรีที่ GGD'), doc('/th/x/', 'ธนาคาร', 'เปิดบัญชีธนาคาร')] });
  const chinese = new SearchEngine({ version: 1, locale: 'zh', docs: [doc('/zh/health/sti-test/', '免费匿名的性病检测', '你可以在 GGD 免费检测性病和 HIV。'), doc('/zh/x/', '银行', '开银行账户')] });
  it('finds a Thai word typed without spaces', () => {
    expect(thai.search('ตรวจโรค')[0]?.doc.url).toBe('/th/health/sti-test/');
  });
  it('finds a Chinese word typed without spaces', () => {
    expect(chinese.search('性病检测')[0]?.doc.url).toBe('/zh/health/sti-test/');
    expect(chinese.search('银行')[0]?.doc.url).toBe('/zh/x/');
  });
  it('finds Dutch terms inside Thai and Chinese text', () => {
    expect(thai.search('GGD')[0]?.doc.url).toBe('/th/health/sti-test/');
    expect(chinese.search('ggd')[0]?.doc.url).toBe('/zh/health/sti-test/');
  });
  it('answers a Latin word on Thai pages, marked in its snippet, without starting the word breaker', async () => {
    const file: SearchIndexFile = { version: 1, locale: 'th', docs: [doc('/th/health/sti-test/', 'ตรวจโรคฟรี', 'พนักงานบริการทางเพศตรวจโรคติดต่อทางเพศสัมพันธ์ได้ฟรีที่ GGD และที่คลินิก'), doc('/th/x/', 'ธนาคาร', 'เปิดบัญชีธนาคาร')] };
    const prebuilt = new SearchEngine(file, { ignorePrebuilt: true }).prebuild();
    // A locale no other test has used, so that its word breaker is not already made.
    const segmenting = vi.spyOn(Intl, 'Segmenter');
    const engine = await SearchEngine.load({ ...file, locale: 'th-TH', prebuilt }, Promise.resolve(undefined));
    const [first] = engine.search('GGD');
    expect(first?.doc.url).toBe('/th/health/sti-test/');
    expect(first?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['GGD']);
    expect(segmenting).not.toHaveBeenCalled();
    // A Thai word does need it (so the spy above sees what it should).
    expect(engine.search('ตรวจโรค')[0]?.doc.url).toBe('/th/health/sti-test/');
    expect(segmenting).toHaveBeenCalled();
    segmenting.mockRestore();
  });
});

describe('snippets', () => {
  it('cuts around the first match and never splits an emoji', () => {
    const text = `${'😀 '.repeat(100)}target ${'word '.repeat(60)}`;
    const parts = snippet(text, new Set(['target']), 'en');
    const joined = parts.map((part) => part.text).join('');
    expect(joined).toContain('target');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  // A snippet cuts a text into words only from shortly before where a match can be; it must show
  // exactly what cutting the whole text would, whatever folding does to the letters before it.
  const cases: [string, string, string, string[]][] = [
    ['a match deep in a long Thai text', 'th', `${'การตรวจสุขภาพที่บ้าน '.repeat(120)}ฟรีและไม่ระบุชื่อ ${'ข้อมูล '.repeat(40)}`, ['ฟรี']],
    ['a match after many Arabic vowel marks (folding drops them)', 'ar', `${'مَرْحَبًا بِكُمْ '.repeat(150)}الشرطة ${'نص '.repeat(50)}`, ['الشرطة']],
    ['a match after many ß (folding doubles them)', 'de', `${'Straße '.repeat(150)}Polizei ${'Text '.repeat(50)}`, ['polizei']],
    ['a match in Chinese with no spaces before it', 'zh', `${'免费检测'.repeat(150)}警察${'文本'.repeat(30)}`, ['警察']],
    ['a word that is only part of a longer word first', 'en', `${'testing '.repeat(120)}test ${'word '.repeat(40)}`, ['test']],
    ['no match at all', 'th', 'ข้อมูล '.repeat(200), ['ตำรวจ']],
    ['a Latin word in Thai text (no Thai run is cut)', 'th', `${'การตรวจสุขภาพที่บ้าน '.repeat(50)}ตรวจGGDฟรี GGD ${'ข้อมูล '.repeat(40)}`, ['ggd']],
    ['a Latin and a Thai word in Thai text', 'th', `${'การตรวจสุขภาพที่บ้าน '.repeat(50)}ตรวจGGDฟรี GGD ${'ข้อมูล '.repeat(40)}`, ['ggd', 'ฟรี']],
  ];
  for (const [name, locale, text, words] of cases) {
    it(`shows the same piece as cutting the whole text: ${name}`, () => {
      const matched = new Set(words);
      expect(snippet(text, matched, locale)).toEqual(snippet(text, matched, locale, 160, wordsOf(text, locale)));
    });
  }
});

describe('fuzzing', () => {
  // Deterministic pseudo-random queries: payloads, controls, surrogates, regex characters, long runs.
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pieces = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u202E', '\u0000', '\uD800', '\uDC00', '.*+?^${}()|[]\\', '😀', 'kvk', 'ตรวจ', '检测', 'الشرطة', '%00', '{{query}}', '&amp;', ' ', 'a'.repeat(10_000), '\n\t'];
  const queries = Array.from({ length: 1200 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));

  it('never throws, and snippets only ever contain text from the documents', () => {
    for (const query of queries) {
      const results = engine.search(query);
      for (const result of results) {
        const shown = result.snippet.map((part) => part.text).join('').replace(/^… | …$/g, '');
        expect(result.doc.text).toContain(shown);
      }
    }
  });
});

describe('building in steps', () => {
  it('gives the same results as building at once', async () => {
    const stepwise = await SearchEngine.create({ version: 1, locale: "en", docs: corpus }, { docsPerStep: 2 });
    for (const query of ['kvk', 'trafiking', 'free test ggd', 'privacy register']) {
      expect(stepwise.search(query).map((result) => result.doc.url)).toEqual(urls(query));
    }
  });
});
