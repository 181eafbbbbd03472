import { expect, type Locator, type Page } from '@playwright/test';
import { fillPrivateFolder, pickPrivateFolder } from './editor-repository.ts';

/** An editor's steps in /admin/, shared by the browser tests and the screenshots (scripts/screenshots.ts). */

/** Opens /admin/ on a local copy of `files` and signs in to it. `origin`: the site's, where the page has no base URL. */
export async function openEditor(page: Page, files: Record<string, string>, origin = ''): Promise<void> {
  await pickPrivateFolder(page);
  await page.goto(`${origin}/admin/config.yml`);
  await fillPrivateFolder(page, files);
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  // Signed in once the collections are listed (on a phone, the list of collections comes first).
  await expect(page.getByText('Pages', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
}

/**
 * The form's field at `keyPath`, scrolled into view. The CMS draws fields and list items as they
 * come into view, so the test scrolls the form the way an editor would until the field is there.
 */
export async function revealField(page: Page, keyPath: string): Promise<Locator> {
  // The form's fields, not the preview pane's copy of them.
  const field = page.locator(`section[data-key-path="${keyPath}"][aria-label$=" Field"]`).first();
  await page.mouse.move(Math.min(300, (page.viewportSize()?.width ?? 360) - 20), 400);
  // Small steps with a pause: on a busy machine the CMS needs a moment to draw what came into view.
  for (let step = 0; step < 80 && (await field.count()) === 0; step += 1) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(250);
  }
  await expect(field, `the form's field ${keyPath}`).toBeAttached({ timeout: 10_000 });
  await field.scrollIntoViewIfNeeded();
  await expect(field).toBeVisible({ timeout: 10_000 });
  return field;
}

/** Opens an entry and waits until its form is drawn. */
export async function openEntry(page: Page, collection: string, slug: string, origin = ''): Promise<void> {
  await page.goto(`${origin}/admin/#/collections/${collection}/entries/${slug}`);
  const firstField = collection === 'topics' ? 'title' : 'name';
  await expect(page.locator(`section[data-key-path="${firstField}"][aria-label$=" Field"]`).first()).toBeVisible({ timeout: 30_000 });
}

/**
 * Saves the entry and waits for the CMS to say so and to close the editor: it then goes back to
 * the list, and an entry opened before that would be left again at once.
 */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeHidden({ timeout: 15_000 });
}

/** Shows `language` beside the English master. */
export async function showBeside(page: Page, language: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Switch Locale' }).last().click();
  await page.getByRole('option', { name: language, exact: true }).click();
}

