import type { Answers } from './ranking';
import { roleNeeds } from './routes';
import { answerStep, answersFrom, needsAnswer, nextStep, reachableStep, stepInHistory, steps, withStep } from './steps';
import type { HelpFinderData } from './help-answer.browser';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';

export type { HelpFinderData } from './help-answer.browser';

/**
 * The help finder: one question at a time, Back through the browser's own history (only the step
 * number goes into it, never an answer), then pages and organisations for the answers. Nothing is
 * stored or sent; leaving the page forgets the answers.
 */

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

/**
 * The help finder's data (`/<lang>/help-data.json`, kept with the language pack): undefined when
 * it cannot be had (offline and not saved, a broken file); then the plain links come back.
 */
async function loadData(url: string | undefined): Promise<HelpFinderData | undefined> {
  if (!url) return undefined;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return undefined;
    const data = (await response.json()) as Partial<HelpFinderData> | null;
    return data && Array.isArray(data.pages) && Array.isArray(data.contacts) && Array.isArray(data.cities) ? (data as HelpFinderData) : undefined;
  } catch {
    return undefined;
  }
}

/** The code that ranks and draws the answer: fetched with the data, when she starts answering. */
type AnswerCode = typeof import('./help-answer.browser');

/** What drawing an answer needs; undefined when the data or the code cannot be had. */
interface AnswerMaker {
  data: HelpFinderData;
  answerParts: AnswerCode['answerParts'];
}

async function loadAnswerMaker(url: string | undefined): Promise<AnswerMaker | undefined> {
  const [data, code] = await Promise.all([loadData(url), import('./help-answer.browser').catch(() => undefined)]);
  return data && code ? { data, answerParts: code.answerParts } : undefined;
}

/** `<wegwijs-help-finder>`: takes charge of the questions inside it (src/pages/[lang]/help.astro). */
export class HelpFinder extends HTMLElement {
  #parts: Parts | undefined;
  /** The data and the answer's code, fetched once she starts answering: a look costs neither. */
  #answerMaker: Promise<AnswerMaker | undefined> | undefined;
  /** Counts answers shown, so an answer whose data came late is not shown over a newer step. */
  #answerRun = 0;
  #strings: BrowserStrings = {};
  #current = 0;
  #listeners: AbortController | undefined;

  connectedCallback(): void {
    void this.#connect();
  }

  async #connect(): Promise<void> {
    const parts = findParts(this);
    // Without its parts the plain links stay: they work without the script.
    if (!parts || this.#listeners) return;
    this.#parts = parts;
    this.#strings = stringsIn(this);
    this.#listeners = new AbortController();
    this.#bind(parts, this.#listeners.signal);
    this.#start();
  }

  /**
   * The answer's data and code, fetched on her first touch of the questions. When either cannot
   * be had, the questions give way to the plain links at once, with why, rather than after her
   * last answer.
   */
  #loadAnswerMaker(): Promise<AnswerMaker | undefined> {
    this.#answerMaker ??= loadAnswerMaker(this.dataset.helpData).then((maker) => {
      if (!maker) {
        this.#answerMaker = undefined;
        this.#showUnavailable();
      }
      return maker;
    });
    return this.#answerMaker;
  }

  /** The plain links, as without the script, saying that the answer could not load. */
  #showUnavailable(): void {
    if (!this.#parts || !this.isConnected) return;
    this.#answerRun += 1;
    const { form, answer } = this.#parts;
    form.hidden = true;
    answer.hidden = true;
    for (const fallback of this.querySelectorAll<HTMLElement>('[data-help-fallback]')) {
      fallback.hidden = false;
      const reason = fallback.querySelector<HTMLElement>('[data-help-fallback-reason]');
      if (reason) {
        reason.textContent = text(this.#strings, 'help.loadFailed');
        reason.setAttribute('role', 'alert');
      }
    }
  }

  disconnectedCallback(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
  }

  #bind(parts: Parts, signal: AbortSignal): void {
    for (const type of ['change', 'focusin', 'pointerdown'] as const) parts.form.addEventListener(type, () => void this.#loadAnswerMaker(), { signal });
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
    const next = nextStep(this.#current, this.#answers());
    history.pushState(withStep(history.state, next), '');
    this.#show(next, true);
  }

  #restart(): void {
    this.#parts!.form.reset();
    history.pushState(withStep(history.state, 0), '');
    this.#show(0, true);
  }

  #forget(): void {
    const { form, answer, answerBody } = this.#parts!;
    this.#answerRun += 1;
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
    if (this.#current === answerStep) void this.#renderAnswer(given as Answers);
    else this.#renderQuestion();
    if (moveFocus) this.#focusHeading();
  }

  #renderQuestion(): void {
    this.#answerRun += 1;
    const { form, fieldsets, back, next, error, progress, answer } = this.#parts!;
    const current = this.#current;
    form.hidden = false;
    answer.hidden = true;
    error.hidden = true;
    fieldsets.forEach((fieldset, index) => (fieldset.hidden = index !== current));
    this.#fitToAnswers();
    back.hidden = current === 0;
    next.textContent = text(this.#strings, current === answerStep - 1 ? 'help.showAnswer' : 'help.next');
    const { number, total } = this.#progress(current);
    progress.textContent = text(this.#strings, 'help.step', { step: number, total });
  }

  async #renderAnswer(given: Answers): Promise<void> {
    const { form, error, answer, answerBody } = this.#parts!;
    const run = ++this.#answerRun;
    form.hidden = true;
    error.hidden = true;
    answer.hidden = false;
    answerBody.replaceChildren();
    answer.setAttribute('aria-busy', 'true');
    const maker = await this.#loadAnswerMaker();
    // She may have gone back, left the page, or the data may have failed (the links are shown).
    if (run !== this.#answerRun) return;
    answer.removeAttribute('aria-busy');
    if (maker) answerBody.replaceChildren(...maker.answerParts(maker.data, given, this.#strings, new Date()));
  }

  /**
   * Shows only the choices that fit her answers so far: the needs asked of her role (in its
   * wording), the narrower choices of her need, the language question for her role. A hidden
   * choice is unchecked, so an answer given before she went back cannot count.
   */
  #fitToAnswers(): void {
    const { form } = this.#parts!;
    const given = this.#answers();
    const role = given.role;
    for (const label of form.querySelectorAll<HTMLElement>('[data-for-roles]')) {
      const input = label.querySelector<HTMLInputElement>('input');
      const need = input?.value as (typeof roleNeeds)[keyof typeof roleNeeds][number] | undefined;
      const fits = role !== undefined && need !== undefined && roleNeeds[role].includes(need);
      label.hidden = !fits;
      if (!fits && input) input.checked = false;
    }
    for (const variant of form.querySelectorAll<HTMLElement>('[data-for-role]')) variant.hidden = variant.dataset.forRole !== role;
    for (const variant of form.querySelectorAll<HTMLElement>('[data-not-for-role]')) variant.hidden = variant.dataset.notForRole === role;
    const need = this.#answers().need;
    for (const group of form.querySelectorAll<HTMLElement>('[data-details-for]')) {
      const fits = group.dataset.detailsFor === need;
      group.hidden = !fits;
      if (!fits) for (const input of group.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
    }
  }

  /** "Question 3 of 4": counts only the questions her answers ask, not a skipped one. */
  #progress(current: number): { number: number; total: number } {
    const given = this.#answers();
    const asked: number[] = [];
    for (let step = 0; step < answerStep; step = nextStep(step, given)) asked.push(step);
    const index = asked.indexOf(current);
    return { number: (index === -1 ? current : index) + 1, total: asked.length };
  }

  #focusHeading(): void {
    const { answer, fieldsets } = this.#parts!;
    const heading = this.#current === answerStep ? answer.querySelector<HTMLElement>('h2') : fieldsets[this.#current]?.querySelector<HTMLElement>('legend');
    heading?.focus();
  }
}
