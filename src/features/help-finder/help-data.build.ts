import { localeInfo, locales, type Locale } from '../../lib/locales';
import { chatPath, cityPath, sectionPath, topicPath } from '../../lib/routes';
import { siteConfig } from '../../lib/build/site-config';
import { siteContent } from '../../lib/build/content-pipeline';
import { contactFacts } from '../directory/contact-facts.build';
import { outreachChat } from '../chat-handoff/outreach.build';
import type { HelpFinderCity, HelpFinderPage } from './ranking';
import type { HelpFinderData } from './help-answer.browser';

/**
 * What the help finder needs to answer, for one language: its pages, organisations and cities.
 * A file of its own (`/<lang>/help-data.json`, saved with the language pack), fetched by the
 * help finder's script, so the page itself stays small enough for the first round trip.
 */
export async function helpFinderData(locale: Locale): Promise<HelpFinderData> {
  const tag = localeInfo(locale).tag;
  const { topicPages, contacts, cities } = await siteContent();
  const pages: HelpFinderPage[] = topicPages
    .filter((page) => page.locale === locale)
    .map((page) => ({
      slug: page.slug,
      url: topicPath(locale, page.entry.data.section, page.slug),
      title: page.entry.data.title,
      summary: page.entry.data.summary,
      section: page.entry.data.section,
      order: page.entry.data.order,
      audience: page.entry.data.audience,
      ...(page.entry.data.needs.length > 0 ? { needs: page.entry.data.needs } : {}),
    }));
  const outreach = outreachChat();
  const languageNames = new Intl.DisplayNames([tag], { type: 'language' });
  const spoken = [...new Set([...contacts.flatMap((contact) => contact.data.languages?.value ?? []), ...(outreach?.languages ?? []), ...locales.map((l) => l.code)])];
  const helpCities: HelpFinderCity[] = cities.map((city) => ({
    id: city.id,
    name: city.data.name,
    url: cityPath(locale, city.id),
    rules: Object.fromEntries(Object.entries(city.data.rules).map(([rule, known]) => [rule, known.asOf.getUTCFullYear()])),
  }));
  return {
    pages,
    cities: helpCities,
    locale,
    site: new URL(siteConfig().site).href,
    fieldModeUrl: sectionPath(locale, 'outreach'),
    contacts: contacts.map((contact) => contactFacts(contact, locale)),
    outreach: outreach && { name: outreach.organisation, url: chatPath(locale, 'outreach'), languages: outreach.languages },
    languageNames: Object.fromEntries(spoken.map((code) => [code, languageNames.of(code) ?? code])),
  };
}
