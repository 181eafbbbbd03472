import { answerPages, rankContacts, type Answers, type HelpFinderPage, type RankedContact } from './ranking';
import { answerStep, answersFrom, needsAnswer, reachableStep, stepInHistory, steps, withStep } from './steps';
import type { ContactFacts } from '../directory/contact-facts';
import { element } from '../../lib/browser/dom';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';

/**
 * The help finder: one question at a time, Back through the browser's own history (only the step
 * number goes into it, never an answer), then pages and organisations for the answers. Nothing is
 * stored or sent; leaving the page forgets the answers.
 */

/** What the page hands the script, besides its UI strings. */
export interface HelpFinderData {
  pages: HelpFinderPage[];
  contacts: ContactFacts[];
  outreach: { name: string; url: string; languages: string[] } | null;
  languageNames: Record<string, string>;
}

/** The parts of the page the help finder works with. */
interface Parts {
  form: HTMLFormElement;
  fieldsets: HTMLFieldSetElement[];
  back: HTMLButtonElement;
  next: HTMLButtonElement;
  error: HTMLElement;
  progress: HTMLElement;
  answer: HTMLElement;
  answerBody: HTMLElement;
}

function findParts(root: HTMLElement): Parts | undefined {
  const form = root.querySelector<HTMLFormElement>('[data-help-form]');
  const answer = root.querySelector<HTMLElement>('[data-help-answer]');
  const answerBody = answer?.querySelector<HTMLElement>('[data-help-answer-body]');
  const fieldsets = steps.map((step) => form?.querySelector<HTMLFieldSetElement>(`[data-help-step="${step}"]`));
  const back = form?.querySelector<HTMLButtonElement>('[data-help-back]');
  const next = form?.querySelector<HTMLButtonElement>('[data-help-next]');
  const error = form?.querySelector<HTMLElement>('[data-help-error]');
  const progress = form?.querySelector<HTMLElement>('[data-help-progress]');
  if (!form || !answer || !answerBody || !back || !next || !error || !progress || !fieldsets.every(Boolean)) return undefined;
  return { form, fieldsets: fieldsets as HTMLFieldSetElement[], back, next, error, progress, answer, answerBody };
}

function readData(root: HTMLElement): HelpFinderData | undefined {
  try {
    return JSON.parse(root.querySelector('script[data-help-data]')?.textContent ?? '') as HelpFinderData;
  } catch {
    return undefined;
  }
}

function link(href: string, label: string, className = 'font-bold'): HTMLAnchorElement {
  const anchor = element('a', className, label);
  anchor.href = href;
  return anchor;
}

/** The deploying organisation's own outreach chat, offered before everything else. */
function outreachBox(outreach: NonNullable<HelpFinderData['outreach']>, strings: BrowserStrings): HTMLElement {
  const box = element('section', 'mt-4 card');
  const action = element('p', 'mt-2');
  action.append(link(outreach.url, text(strings, 'chat.action'), 'button'));
  box.append(element('h3', 'text-lg font-bold', text(strings, 'chat.outreachTitle')), element('p', 'mt-1', text(strings, 'chat.outreachText', { name: outreach.name })), action);
  return box;
}

/** A few pages to read first, with their summaries, then the rest on her need as plain links. */
function pageLists(pages: HelpFinderPage[], given: Answers, strings: BrowserStrings): HTMLElement[] {
  const { first, more } = answerPages(pages, given);
  const parts: HTMLElement[] = [];
  if (first.length > 0) {
    const list = element('ul', 'mt-2 space-y-3');
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

/** What speaks for an organisation, for her answers: her language, anonymous, free, no papers, open now. */
function badgeTexts({ contact, speaksLanguage, openNow }: RankedContact, given: Answers, data: HelpFinderData, strings: BrowserStrings): string[] {
  const language = given.language && speaksLanguage ? text(strings, 'help.languageMatch', { language: data.languageNames[given.language] ?? given.language }) : undefined;
  return [
    ...(language ? [language] : []),
    ...(contact.anonymous ? [text(strings, 'contact.anonymous')] : []),
    ...(contact.free ? [text(strings, 'contact.free')] : []),
    ...(contact.noPapersNeeded ? [text(strings, 'contact.noPapersNeeded')] : []),
    ...(openNow ? [text(strings, 'directory.filterOpenNow')] : []),
  ];
}

function contactItem(ranked: RankedContact, given: Answers, data: HelpFinderData, strings: BrowserStrings): HTMLLIElement {
  const item = element('li', 'card');
  const name = link(ranked.contact.url, ranked.contact.name);
  name.lang = 'nl';
  item.append(name, element('p', 'mt-1 text-sm', ranked.contact.description));
  const badges = badgeTexts(ranked, given, data, strings);
  if (badges.length > 0) {
    const list = element('ul', 'mt-2 flex flex-wrap gap-2 text-sm');
    for (const badge of badges) list.append(element('li', 'rounded-full border border-[var(--color-line)] px-2 py-0.5 bg-[var(--color-page)]', badge));
    item.append(list);
  }
  return item;
}

/** Who can help, best first; says so when nobody works in her city and national help is shown. */
function contactList(data: HelpFinderData, given: Answers, strings: BrowserStrings, now: Date): HTMLElement[] {
  const ranked = rankContacts(data.contacts, given, now);
  const list = element('ul', 'mt-2 space-y-3');
  list.append(...ranked.map((entry) => contactItem(entry, given, data, strings)));
  const noneLocal = given.city && !ranked.some((entry) => entry.local);
  return [element('h3', 'mt-6 text-lg font-bold', text(strings, 'help.whoCanHelp')), ...(noneLocal ? [element('p', 'mt-1 notice', text(strings, 'help.noContacts'))] : []), list];
}

/** The answer for her answers, as elements: outreach chat, pages to read, who can help. */
function answerParts(data: HelpFinderData, given: Answers, strings: BrowserStrings, now: Date): HTMLElement[] {
  return [...(data.outreach ? [outreachBox(data.outreach, strings)] : []), ...pageLists(data.pages, given, strings), ...contactList(data, given, strings, now)];
}

/** `<wegwijs-help-finder>`: takes charge of the questions inside it (src/pages/[lang]/help.astro). */
export class HelpFinder extends HTMLElement {
  #parts: Parts | undefined;
  #data: HelpFinderData | undefined;
  #strings: BrowserStrings = {};
  #current = 0;
  #listeners: AbortController | undefined;

  connectedCallback(): void {
    const parts = findParts(this);
    const data = readData(this);
    // Without its parts or data the plain links stay: they work without the script.
    if (!parts || !data || this.#listeners) return;
    this.#parts = parts;
    this.#data = data;
    this.#strings = stringsIn(this);
    this.#listeners = new AbortController();
    this.#bind(parts, this.#listeners.signal);
    this.#start();
  }

  disconnectedCallback(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
  }

  #bind(parts: Parts, signal: AbortSignal): void {
    parts.form.addEventListener('submit', (event) => this.#next(event), { signal });
    parts.back.addEventListener('click', () => history.back(), { signal });
    parts.answer.querySelector('[data-help-back-answer]')?.addEventListener('click', () => history.back(), { signal });
    parts.answer.querySelector('[data-help-restart]')?.addEventListener('click', () => this.#restart(), { signal });
    window.addEventListener('popstate', (event) => this.#show(stepInHistory(event.state) ?? 0, true), { signal });
    // Her answers and the answer they gave are gone when she leaves the page, also from the copy
    // the back/forward cache keeps; that copy starts again at the first question.
    window.addEventListener('pagehide', () => this.#forget(), { signal });
    window.addEventListener('pageshow', (event) => this.#returned(event), { signal });
  }

  #start(): void {
    for (const fallback of this.querySelectorAll<HTMLElement>('[data-help-fallback]')) fallback.hidden = true;
    this.#parts!.form.hidden = false;
    const restored = stepInHistory(history.state);
    // After a reload the answers are gone (autocomplete is off), so a remembered step falls back
    // to the first question that is not answered.
    this.#show(restored ?? 0, false);
    if (restored === undefined) history.replaceState(withStep(history.state, 0), '');
  }

  #answers(): Partial<Answers> {
    return answersFrom(new FormData(this.#parts!.form));
  }

  #next(event: SubmitEvent): void {
    event.preventDefault();
    if (needsAnswer(this.#current, this.#answers())) {
      this.#parts!.error.hidden = false;
      this.#parts!.fieldsets[this.#current]?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    history.pushState(withStep(history.state, this.#current + 1), '');
    this.#show(this.#current + 1, true);
  }

  #restart(): void {
    this.#parts!.form.reset();
    history.pushState(withStep(history.state, 0), '');
    this.#show(0, true);
  }

  #forget(): void {
    const { form, answer, answerBody } = this.#parts!;
    form.reset();
    answerBody.replaceChildren();
    answer.hidden = true;
  }

  #returned(event: PageTransitionEvent): void {
    if (!event.persisted) return;
    history.replaceState(withStep(history.state, 0), '');
    this.#show(0, false);
  }

  /** Shows a step (or the answer), never past a question that still needs an answer. */
  #show(step: number, moveFocus: boolean): void {
    const given = this.#answers();
    this.#current = reachableStep(step, given);
    if (this.#current === answerStep) this.#renderAnswer(given as Answers);
    else this.#renderQuestion();
    if (moveFocus) this.#focusHeading();
  }

  #renderQuestion(): void {
    const { form, fieldsets, back, next, error, progress, answer } = this.#parts!;
    const current = this.#current;
    form.hidden = false;
    answer.hidden = true;
    error.hidden = true;
    fieldsets.forEach((fieldset, index) => (fieldset.hidden = index !== current));
    back.hidden = current === 0;
    next.textContent = text(this.#strings, current === answerStep - 1 ? 'help.showAnswer' : 'help.next');
    progress.textContent = text(this.#strings, 'help.step', { step: current + 1, total: steps.length });
  }

  #renderAnswer(given: Answers): void {
    const { form, error, answer, answerBody } = this.#parts!;
    form.hidden = true;
    error.hidden = true;
    answer.hidden = false;
    answerBody.replaceChildren(...answerParts(this.#data!, given, this.#strings, new Date()));
  }

  #focusHeading(): void {
    const { answer, fieldsets } = this.#parts!;
    const heading = this.#current === answerStep ? answer.querySelector<HTMLElement>('h2') : fieldsets[this.#current]?.querySelector<HTMLElement>('legend');
    heading?.focus();
  }
}
