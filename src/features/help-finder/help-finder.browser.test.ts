// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en.json';
import { HelpFinder, type HelpFinderData } from './help-finder.browser';
import type { HelpFinderPage } from './ranking';

const strings: Record<string, string> = en;
// Every string the page hands the script (src/pages/[lang]/help.astro names them one by one).
const keys = Object.keys(en).filter((key) => /^(help|service|contact|directory|chat|tools)\./.test(key));

const page = (slug: string, section: HelpFinderPage['section'], order: number, title: string, audience: HelpFinderPage['audience'] = ['sex-worker']): HelpFinderPage => ({
  slug, url: `/en/${section}/${slug}/`, title, summary: `About ${title}.`, section, order, audience,
});
const data: HelpFinderData = {
  pages: [
    page('sti-test', 'health', 1, 'Free and anonymous STI tests'),
    page('safer-work', 'health', 2, 'Safer work'),
    page('mental-health', 'health', 3, 'Stress and mental health'),
    page('exit-programmes', 'stopping', 1, 'Exit programmes'),
    page('local-rules', 'rights', 2, 'Rules differ per city'),
    page('report-abuse', 'clients', 1, 'Report it', ['client']),
    page('signs', 'clients', 2, 'Signs', ['client']),
  ],
  contacts: [
    { id: 'ggd', url: '/en/directory/ggd/', name: 'GGD Amsterdam', description: 'Sexual health clinic.', kind: 'health', sections: ['health'], services: ['sti-testing'], cities: ['amsterdam'], nationwide: false, languages: ['ro'], free: true, anonymous: true },
    { id: 'national', url: '/en/directory/national/', name: 'National line', description: 'For everyone.', kind: 'hotline', sections: ['health'], services: ['sti-testing'], cities: [], nationwide: true },
    { id: 'crisis', url: '/en/directory/crisis/', name: 'Crisis line', description: 'Day and night.', kind: 'hotline', sections: ['health'], services: ['crisis-line'], cities: [], nationwide: true },
    { id: 'exit-amsterdam', url: '/en/directory/exit-amsterdam/', name: 'Exit Amsterdam', description: 'Exit help.', kind: 'social-work', sections: ['stopping'], services: ['exit-support'], cities: ['amsterdam'], nationwide: false },
    { id: 'emergency-112', url: '/en/directory/emergency-112/', name: '112', description: 'Emergency.', kind: 'emergency', sections: ['safety'], services: ['emergency'], cities: [], nationwide: true, phone: '112' },
    { id: 'meld-misdaad-anoniem', url: '/en/directory/meld-misdaad-anoniem/', name: 'Meld Misdaad Anoniem', description: 'Tips.', kind: 'hotline', sections: ['clients'], services: ['anonymous-tip-line'], cities: [], nationwide: true, phone: '0800-7000', web: 'https://www.meldmisdaadanoniem.nl/' },
    { id: 'police', url: '/en/directory/police/', name: 'Politie', description: 'Police.', kind: 'police', sections: ['clients'], services: ['police'], cities: [], nationwide: true, phone: '0900-8844' },
    { id: 'comensha', url: '/en/directory/comensha/', name: 'CoMensha', description: 'Trafficking.', kind: 'hotline', sections: ['safety'], services: ['trafficking-support'], cities: [], nationwide: true, phone: '033 448 11 86' },
    { id: 'veilig-thuis', url: '/en/directory/veilig-thuis/', name: 'Veilig Thuis', description: 'Violence at home.', kind: 'hotline', sections: ['safety'], services: ['domestic-violence-help'], cities: [], nationwide: true, phone: '0800-2000' },
  ],
  cities: [
    { id: 'amsterdam', name: 'Amsterdam', url: '/en/cities/amsterdam/', rules: { licensedForms: 2023 } },
    { id: 'utrecht', name: 'Utrecht', url: '/en/cities/utrecht/', rules: {} },
  ],
  locale: 'en',
  site: 'https://wegwijs.example/',
  fieldModeUrl: '/en/outreach/',
  outreach: null,
  languageNames: { ro: 'Romanian', en: 'English' },
};

/**
 * A trimmed copy of what src/pages/[lang]/help.astro renders; `pageData` is what
 * /en/help-data.json answers (a string is sent as it is). Resolves once the script has taken
 * charge of the questions, or has left the plain links.
 */
async function render(pageData: unknown = data): Promise<HelpFinder> {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/en/help-data.json' ? new Response(typeof pageData === 'string' ? pageData : JSON.stringify(pageData)) : new Response('', { status: 404 }))));
  const root = document.createElement('wegwijs-help-finder') as HelpFinder;
  root.dataset.helpData = '/en/help-data.json';
  const radios = (name: string, values: string[]) => values.map((value) => `<label><input type="radio" name="${name}" value="${value}">${value}</label>`).join('');
  const need = (value: string, forRoles: string, worried?: string) =>
    `<label data-for-roles="${forRoles}"><input type="radio" name="need" value="${value}">${worried ? `<span data-not-for-role="worried">${en[`help.need.${value}` as keyof typeof en]}</span><span data-for-role="worried" hidden>${worried}</span>` : en[`help.need.${value}` as keyof typeof en]}</label>`;
  root.innerHTML = `
    <section data-help-fallback><p data-help-fallback-reason>${en['help.needsJs']}</p><a href="/en/health/">${en['help.need.health']}</a></section>
    <form data-help-form autocomplete="off" novalidate hidden>
      <p data-help-progress></p>
      <fieldset data-help-step="role"><legend tabindex="-1">${en['help.role.question']}</legend>${radios('role', ['sex-worker', 'outreach', 'client', 'worried'])}</fieldset>
      <fieldset data-help-step="need" hidden><legend tabindex="-1">${en['help.need.question']}</legend>
        ${need('health', 'sex-worker outreach worried', en['help.needWorried.health'])}${need('stopping', 'sex-worker outreach worried', en['help.needWorried.stopping'])}
        ${need('rights', 'sex-worker outreach')}${need('report', 'client worried')}${need('signs', 'client')}</fieldset>
      <fieldset data-help-step="detail" hidden><legend tabindex="-1">${en['help.detail.question']}</legend>
        <div data-details-for="health" hidden>${radios('detail', ['sti', 'mental', ''])}</div>
        <div data-details-for="rights" hidden>${radios('detail', ['checks', 'city-rules', ''])}</div></fieldset>
      <fieldset data-help-step="city" hidden><legend tabindex="-1">${en['help.city.question']}</legend>
        <select name="city"><option value="">${en['help.city.none']}</option><option value="amsterdam">Amsterdam</option><option value="utrecht">Utrecht</option><option value="other">${en['help.city.other']}</option></select></fieldset>
      <fieldset data-help-step="language" hidden><legend tabindex="-1"><span data-not-for-role="outreach">${en['help.language.question']}</span><span data-for-role="outreach" hidden>${en['help.language.questionOutreach']}</span></legend>
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
    <script type="application/json" data-strings>${JSON.stringify(Object.fromEntries(keys.map((key) => [key, strings[key]])))}</script>`;
  document.body.append(root);
  // The data comes by fetch: a few turns of the event loop.
  for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  return root;
}

const form = () => document.querySelector<HTMLFormElement>('[data-help-form]')!;
const answer = () => document.querySelector<HTMLElement>('[data-help-answer]')!;
/** What a reader sees of a node: its text without hidden parts. */
const visibleText = (node: Node): string =>
  [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : (child as HTMLElement).hidden ? '' : visibleText(child))).join('');
const visibleQuestion = (root: ParentNode = document) =>
  [...root.querySelectorAll<HTMLFieldSetElement>('[data-help-step]')].filter((fieldset) => !fieldset.hidden).map((fieldset) => visibleText(fieldset.querySelector('legend')!));
const visibleNeeds = () => [...form().querySelectorAll<HTMLElement>('[data-for-roles]')].filter((label) => !label.hidden).map((label) => visibleText(label).trim());
const choose = (name: string, value: string) => {
  const field = form().elements.namedItem(name);
  if (field instanceof HTMLSelectElement) field.value = value;
  else form().querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.checked = true;
};
const next = () => form().querySelector<HTMLButtonElement>('[data-help-next]')!.click();
// happy-dom has no PageTransitionEvent; the script reads only its `persisted`.
const pageTransition = (type: 'pagehide' | 'pageshow', persisted: boolean) => Object.assign(new Event(type), { persisted });
const popstate = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }));
async function answerAll(answers: { role: string; need: string; detail?: string; city?: string; language?: string }) {
  choose('role', answers.role);
  next();
  choose('need', answers.need);
  next();
  if (visibleQuestion()[0] === en['help.detail.question']) {
    if (answers.detail !== undefined) choose('detail', answers.detail);
    next();
  }
  if (answers.city) choose('city', answers.city);
  next();
  if (answers.language !== undefined) choose('language', answers.language);
  next();
  // The answer's data is fetched once she has answered: a few turns of the event loop.
  await settle();
}
async function settle() {
  for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

if (!customElements.get('wegwijs-help-finder')) customElements.define('wegwijs-help-finder', HelpFinder);
// The answer's code is fetched with its data, when she starts answering (a dynamic import). Loaded
// once here, so a cold transform of it cannot outlast `settle()` on a slow machine.
beforeAll(() => import('./help-answer.browser'));

beforeEach(() => {
  document.documentElement.lang = 'en';
  history.replaceState(null, '');
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('help finder steps', () => {
  it('takes over from the plain links and asks the first question', async () => {
    await render();
    expect(document.querySelector<HTMLElement>('[data-help-fallback]')!.hidden).toBe(true);
    expect(form().hidden).toBe(false);
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(document.querySelector('[data-help-progress]')!.textContent).toBe('Question 1 of 4');
    expect(document.querySelector<HTMLElement>('[data-help-back]')!.hidden).toBe(true);
    expect(history.state).toEqual({ helpStep: 0 });
  });

  it('fetches the answer\'s data only once she starts answering', async () => {
    await render();
    expect(fetch).not.toHaveBeenCalled();
    form().querySelector('input')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(fetch).toHaveBeenCalledTimes(1);
    form().querySelector('input')!.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives way to the plain links, saying why, when its data is corrupt, not a help finder\'s, or cannot be fetched (offline, not saved)', async () => {
    const unavailable = async () => {
      expect(form().hidden).toBe(false);
      form().querySelector('input')!.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
      const fallback = document.querySelector<HTMLElement>('[data-help-fallback]')!;
      expect(fallback.hidden).toBe(false);
      expect(fallback.querySelector('[data-help-fallback-reason]')!.textContent).toBe(en['help.loadFailed']);
      expect(form().hidden).toBe(true);
      expect(answer().hidden).toBe(true);
      document.body.replaceChildren();
    };
    for (const broken of ['{not json', 'null', JSON.stringify({ pages: 'x' })]) {
      await render(broken);
      await unavailable();
    }
    await render();
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await unavailable();
  });

  it('shows the answer once its data has come, also when it comes only after the last question', async () => {
    await render();
    await answerAll({ role: 'sex-worker', need: 'health', detail: 'sti', city: 'amsterdam', language: 'en' });
    expect(answer().hidden).toBe(false);
    expect(answer().hasAttribute('aria-busy')).toBe(false);
    expect(answer().querySelectorAll('[data-help-contacts] > li').length).toBeGreaterThan(0);
  });

  it('asks for an answer before going on, and adds no history entry', async () => {
    await render();
    const entries = history.length;
    next();
    expect(document.querySelector<HTMLElement>('[data-help-error]')!.hidden).toBe(false);
    expect(document.activeElement).toBe(form().querySelector('input[name="role"]'));
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(history.length).toBe(entries);
  });

  it('puts only the step number into history, moves focus to the question, and says Show my help last', async () => {
    await render();
    const entries = history.length;
    choose('role', 'sex-worker');
    next();
    expect(visibleQuestion()).toEqual([en['help.need.question']]);
    expect(document.activeElement?.textContent).toBe(en['help.need.question']);
    expect(history.state).toEqual({ helpStep: 1 });
    choose('need', 'health');
    next();
    expect(visibleQuestion()).toEqual([en['help.detail.question']]);
    expect(document.querySelector('[data-help-progress]')!.textContent).toBe('Question 3 of 5');
    next();
    choose('city', 'amsterdam');
    next();
    expect(form().querySelector('[data-help-next]')!.textContent).toBe(en['help.showAnswer']);
    expect(history.length).toBe(entries + 4);
    expect(JSON.stringify(history.state)).toBe('{"helpStep":4}');
    expect(location.href).toBe('http://localhost:3000/');
  });

  it('goes Back through history, keeping the answer given', async () => {
    await render();
    choose('role', 'client');
    next();
    const back = popstate();
    form().querySelector<HTMLButtonElement>('[data-help-back]')!.click();
    await back;
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(form().querySelector<HTMLInputElement>('input[value="client"]')!.checked).toBe(true);
    expect(history.state).toEqual({ helpStep: 0 });
  });

  it('offers each role only its own needs, in its own words, and skips a narrower question a need does not have', async () => {
    await render();
    choose('role', 'client');
    next();
    expect(visibleNeeds()).toEqual([en['help.need.report'], en['help.need.signs']]);
    choose('need', 'report');
    next();
    expect(visibleQuestion()).toEqual([en['help.city.question']]);
    expect(document.querySelector('[data-help-progress]')!.textContent).toBe('Question 3 of 4');
  });

  it('uses the wording for someone worried about another person, and drops a need her new role is not asked', async () => {
    await render();
    choose('role', 'sex-worker');
    next();
    choose('need', 'rights');
    const back = popstate();
    form().querySelector<HTMLButtonElement>('[data-help-back]')!.click();
    await back;
    choose('role', 'worried');
    next();
    expect(visibleNeeds()).toEqual([en['help.needWorried.health'], en['help.needWorried.stopping'], en['help.need.report']]);
    expect(new FormData(form()).get('need')).toBeNull();
  });

  it('asks the outreach worker which language the person she helps reads', async () => {
    await render();
    choose('role', 'outreach');
    next();
    choose('need', 'stopping');
    next();
    next();
    expect(visibleQuestion()).toEqual([en['help.language.questionOutreach']]);
  });

  it('never shows a step past an unanswered question, e.g. after a reload', async () => {
    history.replaceState({ helpStep: 4 }, '');
    await render();
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(answer().hidden).toBe(true);
  });
});

describe('help finder answer', () => {
  const names = () => [...answer().querySelectorAll('[data-help-contacts] > li')].map((item) => item.querySelector('a')!.textContent);
  const why = (index: number) => answer().querySelectorAll('[data-help-why]')[index]!.textContent;

  it('shows pages to read, her city and who can help with why, and focuses its heading', async () => {
    await render();
    await answerAll({ role: 'sex-worker', need: 'health', detail: 'sti', city: 'amsterdam', language: 'ro' });
    expect(form().hidden).toBe(true);
    expect(answer().hidden).toBe(false);
    expect(document.activeElement).toBe(answer().querySelector('h2'));
    const headings = [...answer().querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(headings).toEqual([en['help.readFirst'], en['help.city.rulesTitle'].replace('{{city}}', 'Amsterdam'), en['help.whoCanHelp']]);
    expect([...answer().querySelectorAll('[data-help-read-first] > li > a')].map((link) => link.getAttribute('href'))).toEqual(['/en/health/sti-test/', '/en/health/safer-work/', '/en/health/mental-health/']);
    expect(answer().querySelector('[data-help-city] a')!.getAttribute('href')).toBe('/en/cities/amsterdam/');
    expect(names()).toEqual(['GGD Amsterdam', 'National line']);
    expect(why(0)).toBe(`${en['help.why']} ${[en['service.sti-testing'], 'In Amsterdam', 'Speaks Romanian', en['contact.anonymous'], en['contact.free']].join(' · ')}`);
    expect(why(1)).toBe(`${en['help.why']} ${[en['service.sti-testing'], en['help.nationwide']].join(' · ')}`);
  });

  it('leaves out an organisation that does not do what she asked, however close', async () => {
    await render();
    await answerAll({ role: 'sex-worker', need: 'health', detail: 'mental', city: 'amsterdam' });
    expect(names()).toEqual(['Crisis line']);
  });

  it('says so when nobody it knows works in her city, and when no local rule on her question is known', async () => {
    await render();
    await answerAll({ role: 'sex-worker', need: 'health', detail: 'sti', city: 'utrecht' });
    expect(answer().querySelector('[data-help-contacts]')!.previousElementSibling!.textContent).toBe(en['help.noContacts']);
    expect(names()).toEqual(['National line']);
    await render();
    await answerAll({ role: 'sex-worker', need: 'rights', detail: 'city-rules', city: 'utrecht' });
    expect(answer().querySelector('[data-help-city] .notice')!.textContent).toBe(en['help.city.noRule'].replace('{{city}}', 'Utrecht'));
  });

  it('gives a client the report routes with numbers to call, and what can follow', async () => {
    await render();
    await answerAll({ role: 'client', need: 'report', city: 'amsterdam' });
    const routes = answer().querySelector('[data-help-report-routes]')!;
    expect([...routes.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'))).toEqual(['tel:112', 'tel:08007000', 'tel:09008844', 'tel:0334481186']);
    expect(routes.textContent).toContain('A tip can lead to a check at the address');
    expect(routes.querySelector('a[href="https://www.meldmisdaadanoniem.nl/"]')).not.toBeNull();
    expect(names().slice(0, 2)).toEqual(['Meld Misdaad Anoniem', 'Politie']);
    expect(names()).not.toContain('Exit Amsterdam');
  });

  it('gives an outreach worker the pages in the language of the person she helps, a QR code and field mode', async () => {
    await render();
    await answerAll({ role: 'outreach', need: 'health', detail: 'sti', language: 'ro' });
    const tools = answer().querySelector<HTMLElement>('[data-help-outreach-tools]')!;
    expect(tools.querySelector('h3')!.textContent).toBe(en['help.outreach.title'].replace('{{language}}', 'Romanian'));
    expect([...tools.querySelectorAll('ul a')].map((link) => link.getAttribute('href'))).toEqual(['/ro/health/sti-test/', '/ro/health/safer-work/', '/ro/health/mental-health/']);
    expect(tools.querySelector('a[href="/en/outreach/"]')!.textContent).toBe(en['help.outreach.fieldMode']);
    await vi.waitFor(() => expect(tools.querySelector('[data-help-qr] svg')?.getAttribute('data-url')).toBe('https://wegwijs.example/ro/health/sti-test/'));
  });

  it('tells someone worried about another person how to talk with them, and where to get advice', async () => {
    await render();
    await answerAll({ role: 'worried', need: 'stopping' });
    const box = answer().querySelector('[data-help-worried]')!;
    expect(box.textContent).toContain(en['help.worried.listen']);
    expect(box.querySelector('a[href="tel:08002000"]')).not.toBeNull();
  });

  it('offers the outreach chat first when the organisation has one', async () => {
    await render({ ...data, outreach: { name: 'Stichting Voorbeeld', url: '/en/chat/outreach/', languages: ['nl'] } });
    await answerAll({ role: 'sex-worker', need: 'stopping' });
    const box = answer().querySelector('[data-help-answer-body] > section')!;
    expect(box.querySelector('h3')!.textContent).toBe(en['chat.outreachTitle']);
    expect(box.querySelector('p')!.textContent).toBe(en['chat.outreachText'].replace('{{name}}', 'Stichting Voorbeeld'));
    expect(box.querySelector('a')!.getAttribute('href')).toBe('/en/chat/outreach/');
  });

  it('Back from the answer returns to the last question', async () => {
    await render();
    await answerAll({ role: 'sex-worker', need: 'health' });
    const back = popstate();
    answer().querySelector<HTMLButtonElement>('[data-help-back-answer]')!.click();
    await back;
    expect(answer().hidden).toBe(true);
    expect(visibleQuestion()).toEqual([en['help.language.question']]);
  });

  it('Start again clears the answers and asks the first question', async () => {
    await render();
    await answerAll({ role: 'sex-worker', need: 'health' });
    answer().querySelector<HTMLButtonElement>('[data-help-restart]')!.click();
    expect(visibleQuestion()).toEqual([en['help.role.question']]);
    expect(new FormData(form()).get('role')).toBeNull();
    expect(history.state).toEqual({ helpStep: 0 });
  });
});

describe('leaving the help finder', () => {
  it('forgets the answers on pagehide and starts again when the page comes back from the cache', async () => {
    await render();
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
    const root = await render();
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
