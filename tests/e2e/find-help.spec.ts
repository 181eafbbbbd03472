import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './site';
import { label, labelPattern } from './strings';

async function expectCleanPage(watch: Awaited<ReturnType<typeof watchPage>>) {
  expect(watch.externalRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
}

test.describe('search', () => {
  test('the header search shows results inside main without touching the address bar', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('/en/health/');
    const historyLength = await page.evaluate(() => history.length);
    const field = page.getByRole('searchbox', { name: label('search.fieldLabel') });
    await field.fill('kvk');
    await field.press('Enter');
    const results = page.locator('main [data-search-results="panel"]');
    await expect(results.getByRole('status')).toHaveText(labelPattern('search.results', 'en', { query: 'kvk' }));
    await expect(results.getByRole('link', { name: /Registering with the KvK/ }).first()).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/kvk/i);
    expect(page.url()).toMatch(/\/en\/health\/$/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expectCleanPage(watch);
  });

  test('arrow keys move from the field through the results, Escape goes back', async ({ page }) => {
    await page.goto('/en/search/');
    const field = page.getByRole('searchbox', { name: label('search.fieldLabel') });
    await field.fill('tax');
    await expect(page.locator('[data-search-list] a').first()).toBeVisible();
    await field.press('ArrowDown');
    await expect(page.locator('[data-search-list] a').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-search-list] a').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field).toBeFocused();
  });

  test('on a phone, a result far down the list is drawn and on screen when the arrow keys reach it', async ({ page }) => {
    // Results below the screen are laid out only when reached (content-visibility in global.css).
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/en/search/');
    const field = page.getByRole('searchbox', { name: label('search.fieldLabel') });
    await field.fill('work');
    await field.press('Enter');
    const results = page.locator('[data-search-list] > li');
    await expect(results).toHaveCount(20);
    await field.press('ArrowDown');
    for (let step = 1; step < 12; step++) await page.keyboard.press('ArrowDown');
    const far = results.nth(11);
    await expect(far.getByRole('link')).toBeFocused();
    await expect(far).toBeInViewport({ ratio: 1 });
    // Its text is there and takes its real height, not a placeholder's.
    await expect(far.locator('p').last()).toBeVisible();
    const heights = await far.evaluate((item) => [...item.children].map((child) => child.getBoundingClientRect().height));
    expect(heights.every((height) => height > 0)).toBe(true);
  });

  for (const [lang, query, expected] of [
    ['th', 'ตรวจโรค', '/th/health/sti-test/'],
    ['zh', '性病检测', '/zh/health/sti-test/'],
    ['ar', 'Meld Misdaad Anoniem', '/ar/directory/meld-misdaad-anoniem/'],
    ['ro', 'BSN', '/ro/work-and-money/bsn/'],
    ['pl', 'APV', '/pl/'],
  ] as const) {
    test(`finds "${query}" in ${lang}`, async ({ page }) => {
      await page.goto(`/${lang}/search/`);
      await page.getByRole('searchbox').fill(query);
      await page.getByRole('searchbox').press('Enter');
      await expect(page.locator('[data-search-list] a').first()).toBeVisible();
      const hrefs = await page.locator('[data-search-list] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.some((href) => href.startsWith(expected))).toBe(true);
    });
  }

  test('a result for a page section leads to that section', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByRole('searchbox').fill('persoonlijke dienstverlening');
    await page.getByRole('searchbox').press('Enter');
    const link = page.locator('[data-search-list] a[href*="#"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    const id = decodeURIComponent(href.split('#')[1] ?? '');
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });

  test('nothing found says so and offers the help finder', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByRole('searchbox').fill('qqqqzzzz');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.locator('[data-search-status]')).toHaveText(label('search.noResults', 'en', { query: 'qqqqzzzz' }));
    await expect(page.locator('[data-search-list]').getByRole('link', { name: label('help.title') })).toBeVisible();
  });

  test('1000 hostile queries inject no markup and run no script', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('/en/search/');
    await page.getByRole('searchbox').fill('kvk');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.locator('[data-search-list] a').first()).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const pieces = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', '<svg onload=window.__pwned=1>', '\u202E', '\u0000', '\uD800', '\uDC00', '.*+?^${}()|[]\\', '😀', 'kvk', 'ggd', 'ตรวจ', '检测', 'الشرطة', '{{query}}', '&lt;b&gt;', 'javascript:alert(1)', 'x'.repeat(10_000)];
      let seed = 11;
      const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
      const input = document.querySelector<HTMLInputElement>('[data-search-form="page"] [data-search-input]')!;
      const form = input.form!;
      const allowed = new Set(['LI', 'A', 'P', 'MARK']);
      let unexpected = 0;
      for (let i = 0; i < 1000; i++) {
        input.value = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
        form.requestSubmit();
        await new Promise((resolve) => setTimeout(resolve, 0));
        for (const node of document.querySelectorAll('[data-search-list] *')) if (!allowed.has(node.tagName)) unexpected += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { unexpected, pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0, status: document.querySelector('[data-search-status]')?.textContent ?? '' };
    });
    expect(outcome).toMatchObject({ unexpected: 0, pwned: 0 });
    expect(outcome.status.length).toBeGreaterThan(0);
    await expectCleanPage(watch);
  });

  test('without JavaScript the search page explains and links to every section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/search/');
    await expect(page.getByText(label('search.needsJs'))).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: label('section.health.title') })).toBeVisible();
    await page.getByRole('searchbox').first().fill('trafficking');
    await page.getByRole('searchbox').first().press('Enter');
    // Without JavaScript the field has no name, so what was typed never reaches the address bar.
    await expect(page).toHaveURL(/\/en\/search\/\??$/);
    expect(page.url()).not.toContain('trafficking');
    await context.close();
  });
});

test.describe('help finder', () => {
  /** Answers the questions as a reader would, by their labels; a question left open is skipped with Next. */
  async function answerQuestions(page: Page, answers: { role: string; need: string; detail?: string; city?: string; language?: string }) {
    const next = page.locator('[data-help-next]');
    await page.getByRole('radio', { name: answers.role, exact: true }).check();
    await next.click();
    await page.getByRole('radio', { name: answers.need, exact: true }).check();
    await next.click();
    if (await page.locator('[data-help-step="detail"]').isVisible()) {
      if (answers.detail) await page.getByRole('radio', { name: answers.detail, exact: true }).check();
      await next.click();
    }
    if (answers.city) await page.locator('select[name="city"]').selectOption({ label: answers.city });
    await next.click();
    if (answers.language) await page.locator('select[name="language"]').selectOption({ label: answers.language });
    await next.click();
    const answer = page.locator('[data-help-answer]');
    await expect(answer.getByRole('heading', { level: 2 })).toBeFocused();
    return answer;
  }
  const contactsIn = (answer: Locator) => answer.locator('[data-help-contacts] > li > a').allTextContents();

  test('one question at a time, Back through them, then the right help', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('/en/help/');
    await expect(page.getByRole('link', { name: '112' })).toBeVisible();
    await page.getByRole('button', { name: label('help.next') }).click();
    await expect(page.getByRole('alert')).toHaveText(label('help.chooseOne'));
    await page.getByLabel(label('help.role.sex-worker')).check();
    await page.getByRole('button', { name: label('help.next') }).click();
    await expect(page.getByRole('group', { name: label('help.need.question') })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('group', { name: label('help.role.question') })).toBeVisible();
    await expect(page.getByLabel(label('help.role.sex-worker'))).toBeChecked();
    await page.getByRole('button', { name: label('help.next') }).click();
    await page.getByLabel(label('help.need.health')).check();
    await page.getByRole('button', { name: label('help.next') }).click();
    await page.getByLabel(label('help.detail.sti')).check();
    await page.getByRole('button', { name: label('help.next') }).click();
    await page.getByLabel(label('help.city.hint')).selectOption('amsterdam');
    await page.getByRole('button', { name: label('help.next') }).click();
    await page.getByRole('button', { name: label('help.showAnswer') }).click();
    const answer = page.locator('[data-help-answer]');
    await expect(answer.getByRole('heading', { name: label('help.answerTitle') })).toBeFocused();
    await expect(answer.getByRole('link', { name: 'Free and anonymous STI tests' })).toBeVisible();
    expect((await contactsIn(answer))[0]).toMatch(/P&G292/);
    await expect(answer.locator('[data-help-why]').first()).toContainText(label('service.sti-testing'));
    await expect(answer.locator('[data-help-why]').first()).toContainText(label('help.inCity', 'en', { city: 'Amsterdam' }));
    expect(page.url()).toMatch(/\/en\/help\/$/);
    await page.goBack();
    await expect(page.getByRole('group', { name: label('help.language.question') })).toBeVisible();
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('group', { name: label('help.detail.question') })).toBeVisible();
    await expect(page.getByLabel(label('help.detail.sti'))).toBeChecked();
    await expectCleanPage(watch);
  });

  test('a client who reports abuse gets the report routes with what can follow, and the organisations that take reports', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('/en/help/');
    await page.getByLabel(label('help.role.client')).check();
    await page.getByRole('button', { name: label('help.next') }).click();
    // A client is not asked about her own health, money or stopping.
    await expect(page.getByRole('radio', { name: label('help.need.money') })).toBeHidden();
    await page.goBack();
    const answer = await answerQuestions(page, { role: label('help.role.client'), need: label('help.need.report'), city: 'Amsterdam' });
    const routes = answer.locator('[data-help-report-routes]');
    await expect(routes.getByRole('heading', { name: label('help.report.title') })).toBeVisible();
    expect(await routes.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['tel:112', 'tel:08007000', 'tel:09008844', 'tel:0334481186']);
    await expect(routes).toContainText('A tip can lead to a check at the address, and a check can also hurt the sex worker.');
    await expect(routes.getByRole('link', { name: /Meld Misdaad Anoniem/ }).first()).toBeVisible();
    await expect(answer.locator('[data-help-read-first] a').first()).toHaveAttribute('href', '/en/clients/report-abuse/');
    const contacts = await contactsIn(answer);
    expect(contacts.slice(0, 2)).toEqual(['Meld Misdaad Anoniem (M.)', 'Politie (geen spoed)']);
    expect(contacts.join(' ')).not.toMatch(/P&G292|Regenboog|Scharlaken|Leger des Heils/);
    await expectCleanPage(watch);
  });

  test('naming a city links its rules page and says how old what we know is; "another place" says none is known', async ({ page }) => {
    await page.goto('/ro/help/');
    const answer = await answerQuestions(page, {
      role: label('help.role.sex-worker', 'ro'), need: label('help.need.rights', 'ro'), detail: label('help.detail.city-rules', 'ro'), city: 'Utrecht',
    });
    const city = answer.locator('[data-help-city="utrecht"]');
    await expect(city.getByRole('heading')).toHaveText(label('help.city.rulesTitle', 'ro', { city: 'Utrecht' }));
    await expect(city).toContainText(labelPattern('help.city.rulesAsOf', 'ro'));
    expect(await contactsIn(answer)).toContain('Belle (De Tussenvoorziening)');
    await city.getByRole('link', { name: label('help.city.rulesLink', 'ro', { city: 'Utrecht' }) }).click();
    await expect(page).toHaveURL(/\/ro\/cities\/utrecht\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Utrecht');

    await page.goto('/ro/help/');
    const elsewhere = await answerQuestions(page, {
      role: label('help.role.sex-worker', 'ro'), need: label('help.need.rights', 'ro'), city: label('help.city.other', 'ro'),
    });
    await expect(elsewhere.locator('[data-help-city="other"]')).toContainText(label('help.city.otherPlace', 'ro'));
    expect((await contactsIn(elsewhere)).join(' ')).not.toMatch(/Belle|Seksworks|Fier/);
  });

  test('an outreach worker gets the pages in the reader\'s language with a QR code, field mode and how to print a card', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('/en/help/');
    const answer = await answerQuestions(page, {
      role: label('help.role.outreach'), need: label('help.need.health'), detail: label('help.detail.sti'), language: 'Română',
    });
    const tools = answer.locator('[data-help-outreach-tools="ro"]');
    await expect(tools.getByRole('heading')).toHaveText(label('help.outreach.title', 'en', { language: 'Romanian' }));
    expect(await tools.locator('ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/ro/health/sti-test/', '/ro/health/safer-work/', '/ro/health/trans-male-non-binary/', '/ro/health/mental-health/']);
    await expect(tools.getByRole('img', { name: label('help.outreach.qr', 'en', { language: 'Romanian' }) })).toBeVisible();
    expect(await tools.locator('[data-help-qr] svg').getAttribute('data-url')).toMatch(/\/ro\/health\/sti-test\/$/);
    await expect(tools).toContainText(label('help.outreach.print', 'en', { print: label('tools.print') }));
    await tools.getByRole('link', { name: label('help.outreach.fieldMode') }).click();
    await expect(page).toHaveURL(/\/en\/outreach\/$/);
    await expect(page.locator('[data-field-qr]')).toBeVisible();
    await expectCleanPage(watch);
  });

  test('someone worried about another person is asked in their words and told how to talk with them', async ({ page }) => {
    await page.goto('/en/help/');
    const answer = await answerQuestions(page, { role: label('help.role.worried'), need: label('help.needWorried.forced') });
    const box = answer.locator('[data-help-worried]');
    await expect(box.getByRole('heading', { name: label('help.worried.title') })).toBeVisible();
    await expect(box.locator('a[href="tel:08002000"]')).toBeVisible();
    await expect(answer.locator('[data-help-read-first] a').first()).toHaveAttribute('href', '/en/clients/signs/');
    expect((await contactsIn(answer))[0]).toBe('CoMensha');
  });

  test('"danger now" leads with one tap to 112 and the danger page', async ({ page }) => {
    await page.goto('/en/help/');
    const answer = await answerQuestions(page, { role: label('help.role.sex-worker'), need: label('help.need.danger') });
    await expect(answer.locator('.danger-box a[href="tel:112"]')).toBeVisible();
    await expect(answer.locator('[data-help-read-first] a').first()).toHaveAttribute('href', '/en/safety/danger-now/');
  });

  test('"money" lists every page on it: four to read first, the rest (also from other sections) as more links', async ({ page }) => {
    await page.goto('/en/help/');
    const answer = await answerQuestions(page, { role: label('help.role.sex-worker'), need: label('help.need.money') });
    await expect(answer.getByRole('heading', { name: label('help.readFirst') })).toBeVisible();
    await expect(answer.getByRole('heading', { name: label('help.morePages') })).toBeVisible();
    for (const name of ['Bookkeeping, VAT and the small-business scheme (KOR)', 'Fines, closures and objecting', 'Money when you stop']) {
      await expect(answer.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });

  test('without JavaScript each need is a plain link to the page that answers it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/help/');
    await page.getByRole('link', { name: label('help.need.money') }).click();
    await expect(page).toHaveURL(/\/en\/work-and-money\/kvk\/$/);
    await context.close();
  });
});

test.describe('directory filters', () => {
  test('filters narrow the list and say how many are shown', async ({ page }) => {
    await page.goto('/en/directory/');
    const status = page.locator('[data-filter-status]');
    const total = await page.locator('[data-contact]').count();
    await expect(status).toHaveText(label('directory.shown', 'en', { count: total, total }));
    await page.getByLabel(label('directory.filterCity')).selectOption('leeuwarden');
    await expect(page.locator('[data-contact]:not([hidden])').filter({ has: page.getByRole('heading', { name: 'Fier', exact: true }) })).toHaveCount(1);
    await expect(page.locator('[data-contact]:not([hidden])').filter({ has: page.getByRole('heading', { name: /P&G292/ }) })).toHaveCount(0);
    await page.getByLabel(label('directory.filterAnonymous')).check();
    const shown = await page.locator('[data-contact]:not([hidden])').count();
    await expect(status).toHaveText(label('directory.shown', 'en', { count: shown, total }));
    await page.getByRole('button', { name: label('directory.filterReset') }).click();
    await expect(status).toHaveText(label('directory.shown', 'en', { count: total, total }));
  });

  test('open now keeps the lines open day and night, and drops organisations whose hours no source gives', async ({ page }) => {
    // Saturday 28 November 2026, 12:00 in Amsterdam. The hours themselves are worked out in
    // Dutch time whatever the phone's time zone (src/features/directory/opening-hours.test.ts).
    await page.clock.setFixedTime(new Date('2026-11-28T11:00:00Z'));
    await page.goto('/en/directory/');
    await page.getByLabel(label('directory.filterOpenNow')).check();
    const visible = page.locator('[data-contact]:not([hidden])');
    await expect(visible.filter({ hasText: 'Veilig Thuis' })).toHaveCount(1);
    await expect(visible.filter({ hasText: 'CoMensha' })).toHaveCount(0);
    await page.goto('/en/directory/veilig-thuis/');
    await expect(page.locator('[data-opening-status]')).toHaveText(label('hours.alwaysOpen'));
  });
});

test.describe('chat handoff', () => {
  test('Chat opens a page that says what the app will see, then the chat itself', async ({ page }) => {
    await page.goto('/en/directory/fier/');
    await page.getByRole('link', { name: label('chat.action'), exact: true }).click();
    await expect(page).toHaveURL(/\/en\/chat\/fier\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label('chat.title', 'en', { name: 'Fier' }));
    await expect(page.getByText(label('chat.weStoreNothing'))).toBeVisible();
    const open = page.getByRole('link', { name: label('chat.open') });
    await expect(open).toHaveAttribute('href', 'https://www.chatmetfier.nl/');
    await expect(open).toHaveAttribute('rel', 'noreferrer');
  });
});
