import { answerPages, needs, rankContacts, roles, type Answers, type HelpFinderPage, type Need, type Role } from './ranking';
import type { ContactFacts } from '../directory/contact-facts';
import { fillTemplate } from '../../lib/text';
import { element } from '../../lib/browser/dom';

/**
 * The help finder: one question at a time, Back through the browser's own history (only the step
 * number goes into it, never an answer), then pages and organisations for the answers. Nothing is
 * stored or sent; leaving the page forgets the answers.
 */

interface HelpData {
  pages: HelpFinderPage[];
  contacts: ContactFacts[];
  outreach: { name: string; url: string; text: string; languages: string[] } | null;
  languageNames: Record<string, string>;
  strings: Record<'readFirst' | 'morePages' | 'whoCanHelp' | 'noContacts' | 'languageMatch' | 'free' | 'anonymous' | 'noPapersNeeded' | 'openNow' | 'outreachTitle' | 'chat' | 'step', string>;
}

const steps = ['role', 'need', 'city', 'language'] as const;
const answerStep = steps.length;

function link(href: string, text: string, className = 'font-bold'): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

export function startHelpFinder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-help-form]');
  const answer = document.querySelector<HTMLElement>('[data-help-answer]');
  const answerBody = answer?.querySelector<HTMLElement>('[data-help-answer-body]');
  const dataElement = document.getElementById('help-data');
  if (!form || !answer || !answerBody || !dataElement) return;
  let data: HelpData;
  try {
    data = JSON.parse(dataElement.textContent ?? '') as HelpData;
  } catch {
    return; // The plain links stay: they work without the script.
  }
  const fieldsets = steps.map((step) => form.querySelector<HTMLFieldSetElement>(`[data-help-step="${step}"]`)!);
  const back = form.querySelector<HTMLButtonElement>('[data-help-back]')!;
  const next = form.querySelector<HTMLButtonElement>('[data-help-next]')!;
  const error = form.querySelector<HTMLElement>('[data-help-error]')!;
  const progress = form.querySelector<HTMLElement>('[data-help-progress]')!;
  for (const fallback of document.querySelectorAll<HTMLElement>('[data-help-fallback]')) fallback.hidden = true;

  const answers = (): Partial<Answers> => {
    const values = new FormData(form);
    const role = values.get('role');
    const need = values.get('need');
    const city = values.get('city');
    const language = values.get('language');
    return {
      ...(roles.includes(role as Role) ? { role: role as Role } : {}),
      ...(needs.includes(need as Need) ? { need: need as Need } : {}),
      ...(typeof city === 'string' && city ? { city } : {}),
      ...(typeof language === 'string' && language ? { language } : {}),
    };
  };
  /** The first step whose question still needs an answer (city and language may stay open). */
  const firstUnanswered = (): number => {
    const given = answers();
    if (!given.role) return 0;
    if (!given.need) return 1;
    return answerStep;
  };

  let current = 0;
  const show = (step: number, moveFocus: boolean) => {
    current = Math.min(step, firstUnanswered());
    error.hidden = true;
    const onAnswer = current === answerStep;
    form.hidden = onAnswer;
    answer.hidden = !onAnswer;
    fieldsets.forEach((fieldset, index) => (fieldset.hidden = index !== current));
    back.hidden = current === 0;
    next.textContent = (current === answerStep - 1 ? next.dataset.finish : next.dataset.next) ?? '';
    progress.textContent = fillTemplate(data.strings.step, { step: current + 1, total: steps.length });
    if (onAnswer) renderAnswer(answers() as Answers);
    if (moveFocus) (onAnswer ? answer.querySelector<HTMLElement>('h2') : fieldsets[current]?.querySelector<HTMLElement>('legend'))?.focus();
  };

  const renderAnswer = (given: Answers) => {
    const parts: HTMLElement[] = [];
    if (data.outreach) {
      const box = element('section', 'mt-4 card');
      box.append(element('h3', 'text-lg font-bold', data.strings.outreachTitle), element('p', 'mt-1', data.outreach.text));
      const action = element('p', 'mt-2');
      action.append(link(data.outreach.url, data.strings.chat, 'button'));
      box.append(action);
      parts.push(box);
    }
    const pages = answerPages(data.pages, given);
    if (pages.first.length > 0) {
      parts.push(element('h3', 'mt-6 text-lg font-bold', data.strings.readFirst));
      const list = element('ul', 'mt-2 space-y-3');
      for (const page of pages.first) {
        const item = element('li');
        item.append(link(page.url, page.title), element('p', 'text-sm', page.summary));
        list.append(item);
      }
      parts.push(list);
    }
    if (pages.more.length > 0) {
      parts.push(element('h3', 'mt-4 font-bold', data.strings.morePages));
      const list = element('ul', 'mt-1 space-y-1');
      for (const page of pages.more) {
        const item = element('li');
        item.append(link(page.url, page.title, 'inline-flex min-h-11 items-center'));
        list.append(item);
      }
      parts.push(list);
    }
    const ranked = rankContacts(data.contacts, given, new Date());
    parts.push(element('h3', 'mt-6 text-lg font-bold', data.strings.whoCanHelp));
    if (given.city && !ranked.some((entry) => entry.local)) parts.push(element('p', 'mt-1 notice', data.strings.noContacts));
    const list = element('ul', 'mt-2 space-y-3');
    for (const { contact, speaksLanguage, openNow } of ranked) {
      const item = element('li', 'card');
      const name = link(contact.url, contact.name);
      name.lang = 'nl';
      const badges = element('ul', 'mt-2 flex flex-wrap gap-2 text-sm');
      const badge = (text: string) => badges.append(element('li', 'rounded-full border border-[var(--color-line)] px-2 py-0.5 bg-[var(--color-page)]', text));
      if (speaksLanguage && given.language) badge(fillTemplate(data.strings.languageMatch, { language: data.languageNames[given.language] ?? given.language }));
      if (contact.anonymous) badge(data.strings.anonymous);
      if (contact.free) badge(data.strings.free);
      if (contact.noPapersNeeded) badge(data.strings.noPapersNeeded);
      if (openNow) badge(data.strings.openNow);
      item.append(name, element('p', 'mt-1 text-sm', contact.description));
      if (badges.childElementCount > 0) item.append(badges);
      list.append(item);
    }
    parts.push(list);
    answerBody.replaceChildren(...parts);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const step = steps[current];
    if ((step === 'role' || step === 'need') && !answers()[step]) {
      error.hidden = false;
      fieldsets[current]?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    history.pushState({ ...(history.state as object | null), helpStep: current + 1 }, '');
    show(current + 1, true);
  });
  back.addEventListener('click', () => history.back());
  answer.querySelector('[data-help-back-answer]')?.addEventListener('click', () => history.back());
  answer.querySelector('[data-help-restart]')?.addEventListener('click', () => {
    form.reset();
    history.pushState({ ...(history.state as object | null), helpStep: 0 }, '');
    show(0, true);
  });
  window.addEventListener('popstate', (event) => {
    const step = (event.state as { helpStep?: unknown } | null)?.helpStep;
    show(typeof step === 'number' && step >= 0 && step <= answerStep ? step : 0, true);
  });

  // Her answers and the answer they gave are gone when she leaves the page, also from the copy
  // the back/forward cache keeps; that copy starts again at the first question.
  window.addEventListener('pagehide', () => {
    form.reset();
    answerBody.replaceChildren();
    answer.hidden = true;
  });
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    history.replaceState({ ...(history.state as object | null), helpStep: 0 }, '');
    show(0, false);
  });

  form.hidden = false;
  const fallback = document.querySelector<HTMLElement>('[data-help-fallback]');
  if (fallback) fallback.hidden = true;
  const restored = (history.state as { helpStep?: unknown } | null)?.helpStep;
  // After a reload the answers are gone (autocomplete is off), so a remembered step falls back
  // to the first question that is not answered.
  show(typeof restored === 'number' ? restored : 0, false);
  if (typeof restored !== 'number') history.replaceState({ ...(history.state as object | null), helpStep: 0 }, '');
}
