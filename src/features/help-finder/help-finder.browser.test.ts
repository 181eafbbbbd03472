// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import { HelpFinder, type HelpFinderData } from './help-finder.browser';

const strings: Record<string, string> = en;
const keys = ['help.step', 'help.next', 'help.showAnswer', 'help.readFirst', 'help.morePages', 'help.whoCanHelp', 'help.noContacts', 'help.languageMatch', 'contact.free', 'contact.anonymous', 'contact.noPapersNeeded', 'directory.filterOpenNow', 'chat.outreachTitle', 'chat.outreachText', 'chat.action'];

const data: HelpFinderData = {
  pages: [
    { slug: 'sti-test', url: '/en/health/sti-test/', title: 'Free and anonymous STI tests', summary: 'Where to test.', section: 'health', order: 1, audience: ['sex-worker'] },
    { slug: 'prep', url: '/en/health/prep/', title: 'PrEP', summary: 'Pills against HIV.', section: 'health', order: 2, audience: ['sex-worker'] },
    { slug: 'kvk', url: '/en/work-and-money/kvk/', title: 'Registering with the KvK', summary: 'The chamber of commerce.', section: 'work-and-money', order: 1, audience: ['sex-worker'] },
  ],
  contacts: [
    { id: 'ggd', url: '/en/directory/ggd/', name: 'GGD Amsterdam', description: 'Sexual health clinic.', kind: 'health', sections: ['health'], cities: ['amsterdam'], nationwide: false, languages: ['ro'], free: true, anonymous: true },
    { id: 'national', url: '/en/directory/national/', name: 'National line', description: 'For everyone.', kind: 'hotline', sections: ['health'], cities: [], nationwide: true },
  ],
  outreach: null,
  languageNames: { ro: 'Romanian' },
};

/** A trimmed copy of what src/pages/[lang]/help.astro renders. */
function render(pageData: unknown = data): HelpFinder {
  const root = document.createElement('wegwijs-help-finder') as HelpFinder;
  const radios = (name: string, values: string[]) => values.map((value) => `<label><input type="radio" name="${name}" value="${value}">${value}</label>`).join('');
  root.innerHTML = `
    <section data-help-fallback><a href="/en/health/">${en['help.need.health']}</a></section>
    <form data-help-form autocomplete="off" novalidate hidden>
      <p data-help-progress></p>
      <fieldset data-help-step="role"><legend tabindex="-1">${en['help.role.question']}</legend>${radios('role', ['sex-worker', 'client'])}</fieldset>
      <fieldset data-help-step="need" hidden><legend tabindex="-1">${en['help.need.question']}</legend>${radios('need', ['health', 'money'])}</fieldset>
      <fieldset data-help-step="city" hidden><legend tabindex="-1">${en['help.city.question']}</legend>
        <select name="city"><option value="">${en['help.city.none']}</option><option value="amsterdam">Amsterdam</option><option value="utrecht">Utrecht</option></select></fieldset>
      <fieldset data-help-step="language" hidden><legend tabindex="-1">${en['help.language.question']}</legend>
        <select name="language"><option value="">${en['help.language.any']}</option><option value="en" selected>English</option><option value="ro">Română</option></select></fieldset>
      <p role="alert" data-help-error hidden>${en['help.chooseOne']}</p>
      <button type="button" data-help-back hidden>${en['help.back']}</button>
      <button type="submit" data-help-next>${en['help.next']}</button>
    </form>
    <section data-help-answer hidden>
      <h2 tabindex="-1">${en['help.answerTitle']}</h2>
      <div data-help-answer-body></div>
      <button type="button" data-help-back-answer>${en['help.back']}</button>
      <button type="button" data-help-restart>${en['help.restart']}</button>
    </section>
    <script type="application/json" data-help-data>${typeof pageData === 'string' ? pageData : JSON.stringify(pageData)}</script>
    <script type="application/json" data-strings>${JSON.stringify(Object.fromEntries(keys.map((key) => [key, strings[key]])))}</script>`;
  document.body.append(root);
  return root;
}

const form = () => document.querySelector<HTMLFormElement>('[data-help-form]')!;
const answer = () => document.querySelector<HTMLElement>('[data-help-answer]')!;
const visibleQuestion = (root: ParentNode = document) => [...root.querySelectorAll<HTMLFieldSetElement>('[data-help-step]')].filter((fieldset) => !fieldset.hidden).map((fieldset) => fieldset.querySelector('legend')?.textContent);
const choose = (name: string, value: string) => {
  const field = form().elements.namedItem(name);
  if (field instanceof HTMLSelectElement) field.value = value;
  else form().querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.checked = true;
};
const next = () => form().querySelector<HTMLButtonElement>('[data-help-next]')!.click();
// happy-dom has no PageTransitionEvent; the script reads only its `persisted`.
const pageTransition = (type: 'pagehide' | 'pageshow', persisted: boolean) => Object.assign(new Event(type), { persisted });
const popstate = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }));
async function answerAll(answers: { role: string; need: string; city?: string; language?: string }) {
  choose('role', answers.role);
  next();
  choose('need', answers.need);
  next();
  if (answers.city) choose('city', answers.city);
  next();
  if (answers.language !== undefined) choose('language', answers.language);
  next();
}

if (!customElements.get('wegwijs-help-finder')) customElements.define('wegwijs-help-finder', HelpFinder);

beforeEach(() => {
  document.documentElement.lang = 'en';
  history.replaceState(null, '');
});
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('help finder steps', () => {
  it('takes over from the plain links and asks the first question', () => {
    render();
    expect(document.querySelector<HTMLElement>('[data-help-fallback]')!.hidden).toBe(true);
    expect(form().hidden).toBe(false);
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(document.querySelector('[data-help-progress]')!.textContent).toBe('Question 1 of 4');
    expect(document.querySelector<HTMLElement>('[data-help-back]')!.hidden).toBe(true);
    expect(history.state).toEqual({ helpStep: 0 });
  });

  it('keeps the plain links when its data is missing or corrupt', () => {
    render('{not json');
    expect(document.querySelector<HTMLElement>('[data-help-fallback]')!.hidden).toBe(false);
    expect(form().hidden).toBe(true);
  });

  it('asks for an answer before going on, and adds no history entry', () => {
    render();
    const entries = history.length;
    next();
    expect(document.querySelector<HTMLElement>('[data-help-error]')!.hidden).toBe(false);
    expect(document.activeElement).toBe(form().querySelector('input[name="role"]'));
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(history.length).toBe(entries);
  });

  it('puts only the step number into history, moves focus to the question, and says Show my help last', () => {
    render();
    const entries = history.length;
    choose('role', 'sex-worker');
    next();
    expect(visibleQuestion()).toEqual([en['help.need.question']]);
    expect(document.activeElement?.textContent).toBe(en['help.need.question']);
    expect(history.state).toEqual({ helpStep: 1 });
    choose('need', 'health');
    next();
    choose('city', 'amsterdam');
    next();
    expect(form().querySelector('[data-help-next]')!.textContent).toBe(en['help.showAnswer']);
    expect(history.length).toBe(entries + 3);
    expect(JSON.stringify(history.state)).toBe('{"helpStep":3}');
    expect(location.href).toBe('http://localhost:3000/');
  });

  it('goes Back through history, keeping the answer given', async () => {
    render();
    choose('role', 'client');
    next();
    const back = popstate();
    form().querySelector<HTMLButtonElement>('[data-help-back]')!.click();
    await back;
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(form().querySelector<HTMLInputElement>('input[value="client"]')!.checked).toBe(true);
    expect(history.state).toEqual({ helpStep: 0 });
  });

  it('never shows a step past an unanswered question, e.g. after a reload', () => {
    history.replaceState({ helpStep: 4 }, '');
    render();
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(answer().hidden).toBe(true);
  });
});

describe('help finder answer', () => {
  it('shows pages to read and who can help, with what speaks for each, and focuses its heading', async () => {
    render();
    await answerAll({ role: 'sex-worker', need: 'health', city: 'amsterdam', language: 'ro' });
    expect(form().hidden).toBe(true);
    expect(answer().hidden).toBe(false);
    expect(document.activeElement).toBe(answer().querySelector('h2'));
    const headings = [...answer().querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(headings).toEqual([en['help.readFirst'], en['help.whoCanHelp']]);
    const links = [...answer().querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Free and anonymous STI tests', '/en/health/sti-test/'],
      ['PrEP', '/en/health/prep/'],
      ['GGD Amsterdam', '/en/directory/ggd/'],
      ['National line', '/en/directory/national/'],
    ]);
    const badges = [...answer().querySelectorAll('li.card')[0]!.querySelectorAll('ul li')].map((badge) => badge.textContent);
    expect(badges).toEqual(['Speaks Romanian', en['contact.anonymous'], en['contact.free']]);
    expect(answer().querySelector('p.notice')).toBeNull();
  });

  it('says so when nobody it knows works in her city', async () => {
    render();
    await answerAll({ role: 'sex-worker', need: 'health', city: 'utrecht' });
    expect(answer().querySelector('p.notice')?.textContent).toBe(en['help.noContacts']);
    expect([...answer().querySelectorAll('li.card a')].map((link) => link.textContent)).toEqual(['National line']);
  });

  it('offers the outreach chat first when the organisation has one', async () => {
    render({ ...data, outreach: { name: 'Stichting Voorbeeld', url: '/en/chat/outreach/', languages: ['nl'] } });
    await answerAll({ role: 'sex-worker', need: 'money' });
    const box = answer().querySelector('[data-help-answer-body] > section')!;
    expect(box.querySelector('h3')!.textContent).toBe(en['chat.outreachTitle']);
    expect(box.querySelector('p')!.textContent).toBe(en['chat.outreachText'].replace('{{name}}', 'Stichting Voorbeeld'));
    expect(box.querySelector('a')!.getAttribute('href')).toBe('/en/chat/outreach/');
  });

  it('Back from the answer returns to the last question', async () => {
    render();
    await answerAll({ role: 'sex-worker', need: 'health' });
    const back = popstate();
    answer().querySelector<HTMLButtonElement>('[data-help-back-answer]')!.click();
    await back;
    expect(answer().hidden).toBe(true);
    expect(visibleQuestion()).toEqual([en['help.language.question']]);
  });

  it('Start again clears the answers and asks the first question', async () => {
    render();
    await answerAll({ role: 'sex-worker', need: 'health' });
    answer().querySelector<HTMLButtonElement>('[data-help-restart]')!.click();
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(new FormData(form()).get('role')).toBeNull();
    expect(history.state).toEqual({ helpStep: 0 });
  });
});

describe('leaving the help finder', () => {
  it('forgets the answers on pagehide and starts again when the page comes back from the cache', async () => {
    render();
    await answerAll({ role: 'sex-worker', need: 'health', city: 'amsterdam' });
    window.dispatchEvent(pageTransition('pagehide', true));
    expect(answer().hidden).toBe(true);
    expect(answer().querySelector('[data-help-answer-body]')!.childElementCount).toBe(0);
    const values = new FormData(form());
    expect([values.get('role'), values.get('need'), values.get('city')]).toEqual([null, null, '']);
    window.dispatchEvent(pageTransition('pageshow', true));
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(history.state).toEqual({ helpStep: 0 });
    expect([localStorage.length, sessionStorage.length, document.cookie]).toEqual([0, 0, '']);
  });

  it('stops listening when it leaves the page', async () => {
    const root = render();
    choose('role', 'sex-worker');
    next();
    root.remove();
    history.replaceState({ helpStep: 0 }, '');
    window.dispatchEvent(new PopStateEvent('popstate', { state: { helpStep: 0 } }));
    window.dispatchEvent(pageTransition('pagehide', false));
    expect(visibleQuestion(root)).toEqual([en['help.need.question']]);
    expect(root.querySelector<HTMLInputElement>('input[value="sex-worker"]')!.checked).toBe(true);
  });
});
