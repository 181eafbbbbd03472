import { answerPages, cityAnswer, inLanguage, rankContacts, type Answers, type HelpFinderCity, type HelpFinderPage, type RankedContact } from './ranking';
import { reportRoute, worriedAdvice, worriedAdviceSources } from './routes';
import type { ContactFacts } from '../directory/contact-facts';
import { element } from '../../lib/browser/dom';
import { text, type BrowserStrings } from '../../lib/browser/strings';
import { textWith } from '../../lib/browser/text-with';

/**
 * The help finder's answer as elements, built from her answers and the page's data: what her
 * role needs first (report routes, how to talk with someone, tools for a conversation), the
 * pages to read, her city, and who can help with why. Text only, never markup from strings.
 */

/** What the page hands the script, besides its UI strings. */
export interface HelpFinderData {
  pages: HelpFinderPage[];
  contacts: ContactFacts[];
  cities: HelpFinderCity[];
  /** The page's language code (`ro`, `pt`…), the reader's language unless an outreach worker names another. */
  locale: string;
  /** The site's address, for QR codes of a page. */
  site: string;
  /** Field mode (QR code, link and phrasebook) in the page's language. */
  fieldModeUrl: string;
  outreach: { name: string; url: string; languages: string[] } | null;
  languageNames: Record<string, string>;
}

interface Context {
  data: HelpFinderData;
  given: Answers;
  strings: BrowserStrings;
  /** The page's language, and the language the answer is for (an outreach worker's reader). */
  pageLanguage: string;
  now: Date;
}

function link(href: string, label: string, className = 'font-bold'): HTMLAnchorElement {
  const anchor = element('a', className, label);
  anchor.href = href;
  return anchor;
}

/** A phone number as a call link, kept left to right inside any script. */
function phoneLink(phone: string): HTMLAnchorElement {
  const anchor = element('a', 'font-bold');
  anchor.href = `tel:${phone.replace(/[^\d+]/g, '')}`;
  const number = element('bdi', undefined, phone);
  number.dir = 'ltr';
  anchor.append(number);
  return anchor;
}

/** An organisation's name: its own (Dutch) name, marked as such for screen readers. */
function nameOf(contact: ContactFacts, withLink = true): HTMLElement {
  const name = withLink ? link(contact.url, contact.name) : element('span', 'font-bold', contact.name);
  name.lang = 'nl';
  return name;
}

function paragraph(nodes: Node[], className = 'mt-2'): HTMLParagraphElement {
  const node = element('p', className);
  node.append(...nodes);
  return node;
}

function contactById(context: Context, id: string): ContactFacts | undefined {
  return context.data.contacts.find((contact) => contact.id === id);
}

/** The deploying organisation's own outreach chat, offered before everything else. */
function outreachChatBox({ data, given, strings }: Context): HTMLElement[] {
  // The chat is for sex workers and the people close to them; a client's route is reporting.
  if (!data.outreach || given.role === 'client' || given.role === 'outreach') return [];
  const box = element('section', 'mt-4 card');
  const action = element('p', 'mt-2');
  action.append(link(data.outreach.url, text(strings, 'chat.action'), 'button'));
  box.append(element('h3', 'text-lg font-bold', text(strings, 'chat.outreachTitle')), element('p', 'mt-1', text(strings, 'chat.outreachText', { name: data.outreach.name })), action);
  return [box];
}

/** "In danger now": one tap to 112, at the top of the answer (the page's own box may be far above). */
function dangerBox(context: Context): HTMLElement[] {
  const emergency = contactById(context, reportRoute.acute);
  if (context.given.need !== 'danger' || !emergency?.phone) return [];
  const box = element('section', 'mt-4 danger-box');
  const call = element('p', 'mt-2');
  call.append(phoneLink(emergency.phone));
  call.firstElementChild!.className = 'button';
  box.append(element('h3', 'text-lg font-bold', text(context.strings, 'help.dangerTitle')), element('p', 'mt-1', text(context.strings, 'help.dangerText')), call);
  return [box];
}

/** A client's routes to report: acute, anonymous, with her name, and a first step without the police. */
function reportBox(context: Context): HTMLElement[] {
  const { given, strings } = context;
  if (given.need !== 'report') return [];
  const acute = contactById(context, reportRoute.acute);
  const anonymous = contactById(context, reportRoute.anonymous);
  const police = contactById(context, reportRoute.police);
  const askFirst = contactById(context, reportRoute.askFirst);
  const list = element('ul', 'mt-2 space-y-2 list-disc ps-5');
  const item = (nodes: Node[]) => {
    const entry = element('li');
    entry.append(...nodes);
    list.append(entry);
  };
  if (acute?.phone) item(textWith(strings, 'help.report.acute', {}, { phone: phoneLink(acute.phone) }));
  if (anonymous?.phone) {
    item(textWith(strings, 'help.report.anonymous', {}, { name: nameOf(anonymous), phone: phoneLink(anonymous.phone) }));
    if (anonymous.web) {
      const form = link(anonymous.web, text(strings, 'help.report.webForm', { name: anonymous.name }), 'inline-flex min-h-11 items-center');
      list.lastElementChild!.append(' ', form);
    }
  }
  if (police?.phone) item(textWith(strings, 'help.report.police', {}, { phone: phoneLink(police.phone) }));
  if (askFirst?.phone) item(textWith(strings, 'help.report.askFirst', {}, { name: nameOf(askFirst), phone: phoneLink(askFirst.phone) }));
  const box = element('section', 'mt-4 card');
  box.dataset.helpReportRoutes = '';
  box.append(element('h3', 'text-lg font-bold', text(strings, 'help.report.title')), list);
  return [box];
}

/** Someone worried about another person: how to talk with them, and advice for herself. */
function worriedBox(context: Context): HTMLElement[] {
  const { given, strings } = context;
  if (given.role !== 'worried') return [];
  const advice = contactById(context, worriedAdvice);
  const list = element('ul', 'mt-2 space-y-2 list-disc ps-5');
  list.append(element('li', undefined, text(strings, 'help.worried.listen')), element('li', undefined, text(strings, 'help.worried.decide')));
  if (advice?.phone) {
    const entry = element('li');
    entry.append(...textWith(strings, 'help.worried.advice', {}, { name: nameOf(advice), phone: phoneLink(advice.phone) }));
    list.append(entry);
  }
  const sources = element('p', 'mt-2 text-sm');
  sources.append(`${text(strings, 'help.worried.sources')}: `);
  worriedAdviceSources.forEach((source, index) => {
    const anchor = link(source.url, source.title, 'underline');
    anchor.lang = 'nl';
    sources.append(...(index > 0 ? ['; '] : []), anchor);
  });
  const box = element('section', 'mt-4 card');
  box.dataset.helpWorried = '';
  box.append(element('h3', 'text-lg font-bold', text(strings, 'help.worried.title')), list, sources);
  return [box];
}

/** An outreach worker's tools for the person she helps: the pages in that language, a QR code, field mode. */
function outreachTools(context: Context): HTMLElement[] {
  const { data, given, strings, pageLanguage } = context;
  if (given.role !== 'outreach') return [];
  const reader = given.language ?? pageLanguage;
  const language = data.languageNames[reader] ?? reader;
  const { first } = answerPages(data.pages, given);
  const box = element('section', 'mt-4 card');
  box.dataset.helpOutreachTools = reader;
  box.append(element('h3', 'text-lg font-bold', text(strings, 'help.outreach.title', { language })));
  if (first.length > 0) {
    const list = element('ul', 'mt-1 space-y-1');
    for (const page of first) {
      const entry = element('li');
      const anchor = link(inLanguage(page.url, reader), page.title, 'inline-flex min-h-11 items-center font-bold');
      anchor.hreflang = reader;
      entry.append(anchor);
      list.append(entry);
    }
    const qr = element('div', 'mt-3 mx-auto max-w-[12rem] bg-white p-2 rounded-lg');
    qr.dataset.helpQr = '';
    const firstUrl = new URL(inLanguage(first[0]!.url, reader), data.site).href;
    // The QR library is loaded only when an outreach worker gets an answer.
    void import('../page-tools/qr-render.browser').then(({ drawQr }) => drawQr(qr, firstUrl, text(strings, 'help.outreach.qr', { language })));
    box.append(element('p', 'mt-2', text(strings, 'help.outreach.pages', { language })), list, qr);
  }
  const tools = element('p', 'mt-3');
  tools.append(link(data.fieldModeUrl, text(strings, 'help.outreach.fieldMode'), 'button-secondary'));
  box.append(tools, element('p', 'mt-2 text-sm', text(strings, 'help.outreach.print', { print: text(strings, 'tools.print') })));
  return [box];
}

/** For a sex worker who is forced: the police is her choice; help without the police comes first. */
function forcedNote({ given, strings }: Context): HTMLElement[] {
  if (given.need !== 'forced' || given.role === 'worried') return [];
  return [element('p', 'mt-4 notice', text(strings, 'help.forced.note'))];
}

/** A few pages to read first, with their summaries, then the rest on her need as plain links. */
function pageLists({ data, given, strings }: Context): HTMLElement[] {
  const { first, more } = answerPages(data.pages, given);
  const parts: HTMLElement[] = [];
  if (first.length > 0) {
    const list = element('ul', 'mt-2 space-y-3');
    list.dataset.helpReadFirst = '';
    for (const page of first) {
      const item = element('li');
      item.append(link(page.url, page.title), element('p', 'text-sm', page.summary));
      list.append(item);
    }
    parts.push(element('h3', 'mt-6 text-lg font-bold', text(strings, 'help.readFirst')), list);
  }
  if (more.length > 0) {
    const list = element('ul', 'mt-1 space-y-1');
    for (const page of more) {
      const item = element('li');
      item.append(link(page.url, page.title, 'inline-flex min-h-11 items-center'));
      list.append(item);
    }
    parts.push(element('h3', 'mt-4 font-bold', text(strings, 'help.morePages')), list);
  }
  return parts;
}

/** Her city: its rules page, how old what we know is, or that no local rule on this is known. */
function cityBox(context: Context): HTMLElement[] {
  const { data, given, strings } = context;
  const answer = cityAnswer(data.cities, given);
  if (answer.kind === 'none') return [];
  const box = element('section', 'mt-6');
  box.dataset.helpCity = answer.kind === 'city' ? answer.city.id : 'other';
  if (answer.kind === 'other') {
    const localRules = data.pages.find((page) => page.slug === 'local-rules');
    box.append(element('p', 'notice', text(strings, 'help.city.otherPlace')));
    if (localRules) box.append(paragraph([link(localRules.url, localRules.title)]));
    return [box];
  }
  const { city } = answer;
  const heading = element('h3', 'text-lg font-bold');
  heading.append(...textWith(strings, 'help.city.rulesTitle', {}, { city: Object.assign(element('span', undefined, city.name), { lang: 'nl' }) }));
  const rulesLink = element('a', 'font-bold');
  rulesLink.href = city.url;
  rulesLink.append(...textWith(strings, 'help.city.rulesLink', {}, { city: Object.assign(element('span', undefined, city.name), { lang: 'nl' }) }));
  box.append(heading, paragraph([rulesLink], 'mt-1'));
  if (answer.bearsOnNeed && answer.known && answer.year) box.append(element('p', 'mt-1 text-sm', text(strings, 'help.city.rulesAsOf', { year: answer.year })));
  if (answer.bearsOnNeed && !answer.known) box.append(element('p', 'mt-1 notice', text(strings, 'help.city.noRule', { city: city.name })));
  return [box];
}

/** Why an organisation is listed, in a few words: what it does for the need, where, and what speaks for it. */
function reasons({ contact, matched, place, speaksLanguage, openNow }: RankedContact, context: Context): string[] {
  const { data, given, strings } = context;
  const cityName = data.cities.find((city) => city.id === given.city)?.name;
  const where =
    place === 'her-city' && cityName
      ? text(strings, 'help.inCity', { city: cityName })
      : place === 'nationwide'
        ? text(strings, 'help.nationwide')
        : text(strings, 'help.inCity', { city: contact.cities.map((id) => data.cities.find((city) => city.id === id)?.name ?? id).join(', ') });
  const language = given.language && speaksLanguage ? text(strings, 'help.languageMatch', { language: data.languageNames[given.language] ?? given.language }) : undefined;
  return [
    ...matched.slice(0, 2).map((service) => text(strings, `service.${service}`)),
    where,
    ...(language ? [language] : []),
    ...(contact.anonymous ? [text(strings, 'contact.anonymous')] : []),
    ...(contact.free ? [text(strings, 'contact.free')] : []),
    ...(contact.noPapersNeeded ? [text(strings, 'contact.noPapersNeeded')] : []),
    ...(openNow ? [text(strings, 'directory.filterOpenNow')] : []),
  ];
}

function contactItem(ranked: RankedContact, context: Context): HTMLLIElement {
  const item = element('li', 'card');
  item.dataset.contact = ranked.contact.id;
  item.append(nameOf(ranked.contact), element('p', 'mt-1 text-sm', ranked.contact.description));
  const why = element('p', 'mt-2 text-sm');
  why.dataset.helpWhy = '';
  why.append(element('span', 'font-bold', text(context.strings, 'help.why')), ' ', reasons(ranked, context).join(' · '));
  item.append(why);
  return item;
}

/** Who can help, best first; says so when nobody works in her city or nobody does this at all. */
function contactList(context: Context): HTMLElement[] {
  const { data, given, strings, now } = context;
  const ranked = rankContacts(data.contacts, given, now);
  const heading = element('h3', 'mt-6 text-lg font-bold', text(strings, 'help.whoCanHelp'));
  if (ranked.length === 0) return [heading, element('p', 'mt-1 notice', text(strings, 'help.noneForNeed'))];
  const list = element('ul', 'mt-2 space-y-3');
  list.dataset.helpContacts = '';
  list.append(...ranked.map((entry) => contactItem(entry, context)));
  const named = given.city && given.city !== 'other';
  const noneLocal = named && !ranked.some((entry) => entry.place === 'her-city');
  return [heading, ...(noneLocal ? [element('p', 'mt-1 notice', text(strings, 'help.noContacts'))] : []), list];
}

/** The whole answer, in the order she needs it. */
export function answerParts(data: HelpFinderData, given: Answers, strings: BrowserStrings, now: Date): HTMLElement[] {
  const context: Context = { data, given, strings, pageLanguage: data.locale, now };
  return [
    ...dangerBox(context),
    ...reportBox(context),
    ...outreachChatBox(context),
    ...worriedBox(context),
    ...forcedNote(context),
    ...pageLists(context),
    ...outreachTools(context),
    ...cityBox(context),
    ...contactList(context),
  ];
}
