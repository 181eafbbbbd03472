import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { citySchema, contactSchema, topicSchema } from '../../src/lib/build/schemas';
import { contactFacts } from '../../src/features/directory/contact-facts.build';
import type { ContactEntry } from '../../src/lib/build/content-pipeline';
import type { HelpFinderCity, HelpFinderPage } from '../../src/features/help-finder/ranking';
import type { ContactFacts } from '../../src/features/directory/contact-facts';
import type { Locale } from '../../src/lib/locales';
import { cityPath, topicPath } from '../../src/lib/routes';

/*
 * The real content, as the help finder's page hands it to the phone, for tests that run the
 * ranking on what readers get (scenario tests). The files are validated with the site's own
 * schemas, so a test never sees content the build would refuse. All 14 languages are complete
 * (check:content enforces it), so a language's topic folder is what its readers get.
 */

const contentRoot = join(import.meta.dirname, '../../src/content');

function yamlFiles(folder: string): { id: string; raw: unknown }[] {
  const directory = join(contentRoot, folder);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), raw: parse(readFileSync(join(directory, file), 'utf8')) as unknown }));
}

export function contactsIn(locale: Locale): ContactFacts[] {
  return yamlFiles('contacts').map(({ id, raw }) => contactFacts({ id, data: contactSchema.parse(raw) } as unknown as ContactEntry, locale));
}

export function citiesIn(locale: Locale): HelpFinderCity[] {
  return yamlFiles('cities').map(({ id, raw }) => {
    const data = citySchema.parse(raw);
    return {
      id,
      name: data.name,
      url: cityPath(locale, id),
      rules: Object.fromEntries(Object.entries(data.rules).map(([rule, known]) => [rule, known.asOf.getUTCFullYear()])),
    };
  });
}

export function pagesIn(locale: Locale): HelpFinderPage[] {
  const directory = join(contentRoot, 'topics', locale);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const slug = file.replace(/\.md$/, '');
      const data = topicSchema.parse(parseFrontmatter(readFileSync(join(directory, file), 'utf8')).frontmatter);
      return {
        slug,
        url: topicPath(locale, data.section, slug),
        title: data.title,
        summary: data.summary,
        section: data.section,
        order: data.order,
        audience: data.audience,
        ...(data.needs.length > 0 ? { needs: data.needs } : {}),
      };
    });
}
