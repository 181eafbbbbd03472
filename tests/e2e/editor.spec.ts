import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { phoneMessage } from '../../src/lib/build/schemas';
import { checkContentWith } from './editor-check';
import { contentFiles, readPrivateFolder } from './editor-repository';
import { openEditor, openEntry, revealField, save, showBeside } from './editor-session';

/**
 * The editors' interface (`/admin/`), used as an editor would: Sveltia CMS's local-repository
 * backend on a copy of the content, in Chromium. What it saves must pass `check:content`; what
 * the build would refuse, it refuses with the build's message; a stale translation shows as stale.
 */

/** The front matter of a topic file. */
const frontMatter = (text: string | undefined) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text ?? '')?.[1] ?? '') as Record<string, unknown>;

const original = contentFiles();

test.describe('the editors\' interface', () => {
  test('an edited summary and phone number are saved to the files, and those files pass check:content', async ({ page }) => {
    test.setTimeout(420_000);
    await openEditor(page, original);

    const summary = 'Banks and insurers do not always treat sex workers like other entrepreneurs. Since 2023, your KvK registration and good bookkeeping can help you open a business account.';
    await openEntry(page, 'topics', 'banks');
    await (await revealField(page, 'summary')).getByRole('textbox').fill(summary);
    await save(page);

    // The same number, written the international way: a change a reader would see, and still true.
    await openEntry(page, 'contacts', 'acm');
    const phone = (await revealField(page, 'channels.0.value')).getByRole('textbox', { name: 'Phone number' });
    await expect(phone).toHaveValue('020 626 38 00');
    await phone.fill('+31 20 626 38 00');
    await save(page);

    const saved = await readPrivateFolder(page);
    expect(frontMatter(saved['src/content/topics/en/banks.md'])['summary']).toBe(summary);
    const contact = parseYaml(saved['src/content/contacts/acm.yaml']!) as { channels: { value: string }[] };
    expect(contact.channels[0]!.value).toBe('+31 20 626 38 00');
    // The Dutch page is a translation: its words are its own, its shared fields still the master's.
    expect(frontMatter(saved['src/content/topics/nl/banks.md'])['summary']).toBe(frontMatter(original['src/content/topics/nl/banks.md'])['summary']);

    const changed = Object.fromEntries(Object.entries(saved).filter(([path, text]) => original[path] !== text));
    expect(Object.keys(changed)).toContain('src/content/contacts/acm.yaml');
    const check = await checkContentWith(changed);
    expect(check.output).toContain('check:content');
    expect(check.ok, check.output.slice(-3000)).toBe(true);
  });

  test('an invalid phone number is refused with the build\'s message, and nothing is written', async ({ page }) => {
    // /admin/ asks no other host for anything but the git host's status page (the CSP stops the rest).
    const otherHosts = new Set<string>();
    page.on('request', (request) => {
      const { hostname } = new URL(request.url());
      if (/^https?:/.test(request.url()) && hostname !== 'localhost' && hostname !== '127.0.0.1') otherHosts.add(hostname);
    });
    await openEditor(page, original);
    await openEntry(page, 'contacts', 'acm');
    await (await revealField(page, 'channels.0.value')).getByRole('textbox', { name: 'Phone number' }).fill('020 626 38');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(phoneMessage)).toBeVisible();
    await expect(page.getByText('One field has an error')).toBeVisible();
    expect((await readPrivateFolder(page))['src/content/contacts/acm.yaml']).toBe(original['src/content/contacts/acm.yaml']);
    expect([...otherHosts].filter((host) => host !== 'www.githubstatus.com')).toEqual([]);
  });

  test('a page without sources, or a web source without the day it was read, is refused with a clear message', async ({ page }) => {
    await openEditor(page, original);
    await openEntry(page, 'topics', 'banks');

    // A web source (the fourth) loses its read date: the build's own rule, checked before saving.
    await (await revealField(page, 'sources.3.read')).getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const refusal = page.getByRole('alertdialog');
    await expect(refusal).toContainText('Not saved. Fix this first: sources.3.read: A web source needs the date it was read (read: YYYY-MM-DD)');
    await refusal.getByRole('button', { name: 'OK' }).click();

    // No source at all: the form itself refuses.
    const sources = await revealField(page, 'sources');
    const remove = sources.getByRole('button', { name: 'Remove', exact: true });
    await expect(remove.first()).toBeVisible();
    while ((await remove.count()) > 0) await remove.first().click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(sources.getByText('This field is required.')).toBeVisible();
    await expect(sources.getByText('A page needs at least one source')).toBeVisible();

    const files = await readPrivateFolder(page);
    for (const path of Object.keys(original).filter((name) => name.endsWith('/banks.md'))) expect(files[path], path).toBe(original[path]);
  });

  test('a stale translation shows as stale, and the translator marks it up to date', async ({ page }) => {
    // The English page's meaning changed (revision 3) after the translations were made (revision 2).
    const raised = { ...original, 'src/content/topics/en/banks.md': original['src/content/topics/en/banks.md']!.replace(/^revision: 2$/m, 'revision: 3') };
    await openEditor(page, raised);
    await openEntry(page, 'topics', 'banks');
    await revealField(page, 'translation');

    const status = page.getByRole('list', { name: 'Translation status per language' });
    await expect(status.getByText('nl: outdated (made from revision 2)')).toBeVisible();
    await expect(status.getByText('ar: outdated (made from revision 2)')).toBeVisible();

    await showBeside(page, 'Dutch');
    await expect(page.getByText('Outdated: translated from revision 2, and the English page is at revision 3.')).toBeVisible();
    await page.getByRole('button', { name: 'This translation is up to date with revision 3' }).click();
    await expect(page.getByText('Up to date: translated from revision 3 of the English page.')).toBeVisible();
    await save(page);

    const files = await readPrivateFolder(page);
    expect(frontMatter(files['src/content/topics/nl/banks.md'])['translation']).toEqual({ source: 'en', revision: 3 });
    expect(frontMatter(files['src/content/topics/de/banks.md'])['translation']).toEqual({ source: 'en', revision: 2 });
  });

  test('raising the master\'s revision is one action, and every translation then shows as outdated', async ({ page }) => {
    await openEditor(page, original);
    await openEntry(page, 'topics', 'age');
    await revealField(page, 'revision');
    const status = page.getByRole('list', { name: 'Translation status per language' });
    await expect(status.getByText('nl: up to date')).toBeVisible();

    await page.getByRole('button', { name: 'The meaning changed: mark all translations outdated' }).click();
    await expect(page.getByText('Revision 3 (was 2).')).toBeVisible();
    await expect(status.getByText('nl: outdated (made from revision 2)')).toBeVisible();
    await save(page);

    const files = await readPrivateFolder(page);
    expect(frontMatter(files['src/content/topics/en/age.md'])['revision']).toBe(3);
    expect(frontMatter(files['src/content/topics/nl/age.md'])['translation']).toEqual({ source: 'en', revision: 2 });
  });
});
