import type { Locale } from '../../src/lib/locales';

/**
 * What readers type, per page, in their own languages: each query must bring up the page among
 * the first results of that language's search. Written from the words a reader would use (and
 * the page's own keywords), not copied from titles only.
 */
export interface SearchExpectation {
  slug: string;
  section: string;
  queries: [Locale, string][];
}

export const searchExpectations: SearchExpectation[] = [
  {
    slug: 'working-from-home',
    section: 'rights',
    queries: [['en', 'work from home'], ['en', 'hotel'], ['nl', 'thuiswerk'], ['ro', 'lucru de acasă'], ['es', 'trabajar en casa'], ['pl', 'praca w domu'], ['th', 'ทำงานที่บ้าน'], ['ar', 'العمل من البيت'], ['zh', '在家工作'], ['bg', 'работа от вкъщи']],
  },
  {
    slug: 'advertising-online',
    section: 'safety',
    queries: [['en', 'advertising'], ['en', 'screening clients'], ['nl', 'advertentie'], ['ro', 'anunț'], ['es', 'anuncios'], ['pl', 'ogłoszenie'], ['th', 'โฆษณา'], ['ar', 'إعلان'], ['zh', '广告']],
  },
  {
    slug: 'blackmail-images',
    section: 'safety',
    queries: [['en', 'blackmail'], ['en', 'revenge porn'], ['nl', 'chantage'], ['ro', 'șantaj'], ['ro', 'santaj'], ['es', 'chantaje'], ['pl', 'szantaż'], ['th', 'แบล็กเมล'], ['ar', 'ابتزاز'], ['zh', '勒索'], ['bg', 'изнудване']],
  },
  {
    slug: 'fines-and-objecting',
    section: 'rights',
    queries: [['en', 'fine'], ['en', 'objection'], ['nl', 'boete'], ['ro', 'amendă'], ['es', 'multa'], ['pl', 'grzywna'], ['th', 'ค่าปรับ'], ['ar', 'غرامة'], ['zh', '罚款'], ['bg', 'глоба']],
  },
  {
    slug: 'from-the-eu',
    section: 'work-and-money',
    queries: [['en', 'EU citizen'], ['nl', 'EU-burger'], ['ro', 'cetățean UE'], ['es', 'Unión Europea'], ['pl', 'obywatel UE'], ['bg', 'гражданин на ЕС'], ['th', 'สหภาพยุโรป'], ['ar', 'الاتحاد الأوروبي'], ['zh', '欧盟']],
  },
  {
    slug: 'bookkeeping-vat',
    section: 'work-and-money',
    queries: [['en', 'bookkeeping'], ['en', 'VAT'], ['nl', 'boekhouding'], ['ro', 'contabilitate'], ['es', 'contabilidad'], ['pl', 'księgowość'], ['bg', 'счетоводство'], ['th', 'ทำบัญชี'], ['ar', 'محاسبة'], ['zh', '记账']],
  },
  {
    slug: 'money-when-you-stop',
    section: 'stopping',
    queries: [['en', 'money when I stop'], ['nl', 'geld stoppen'], ['ro', 'bani când te oprești'], ['es', 'dinero dejar el trabajo'], ['pl', 'zasiłek'], ['th', 'หยุดทำงาน เงิน'], ['ar', 'التوقف عن العمل'], ['zh', '停止工作 钱']],
  },
  {
    slug: 'trans-male-non-binary',
    section: 'health',
    queries: [['en', 'trans'], ['en', 'non-binary'], ['nl', 'transgender'], ['ro', 'transgender'], ['es', 'mujer trans'], ['pl', 'osoba niebinarna'], ['th', 'ข้ามเพศ'], ['ar', 'عابرة جنسيا'], ['zh', '跨性别'], ['ru', 'трансгендер']],
  },
  {
    slug: 'contraception-pregnancy',
    section: 'health',
    queries: [['en', 'contraception'], ['en', 'abortion'], ['nl', 'anticonceptie'], ['ro', 'avort'], ['es', 'aborto'], ['pl', 'antykoncepcja'], ['th', 'คุมกำเนิด'], ['ar', 'منع الحمل'], ['zh', '避孕'], ['bg', 'аборт']],
  },
  {
    slug: 'police-checks',
    section: 'rights',
    queries: [['en', 'right to remain silent'], ['en', 'interpreter'], ['nl', 'zwijgrecht'], ['ro', 'interpret'], ['es', 'intérprete'], ['pl', 'tłumacz'], ['ar', 'مترجم'], ['zh', '翻译']],
  },
];

/**
 * Dutch words she meets in letters and forms, kept as keywords on every language's page: typed
 * as they are, they find their page in every language.
 */
export const dutchTermsEverywhere: { term: string; section: string; slug: string }[] = [
  { term: 'bezwaar', section: 'rights', slug: 'fines-and-objecting' },
  { term: 'KOR', section: 'work-and-money', slug: 'bookkeeping-vat' },
  { term: 'btw', section: 'work-and-money', slug: 'bookkeeping-vat' },
  { term: 'bijstand', section: 'stopping', slug: 'money-when-you-stop' },
  { term: 'Bbz', section: 'stopping', slug: 'money-when-you-stop' },
  { term: 'PrEP', section: 'health', slug: 'trans-male-non-binary' },
  { term: 'abortus', section: 'health', slug: 'contraception-pregnancy' },
  { term: 'verzet', section: 'rights', slug: 'fines-and-objecting' },
];
