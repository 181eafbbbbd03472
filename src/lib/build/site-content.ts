import { getCollection, type CollectionEntry } from 'astro:content';
import { findMissingReferences, parseTopicId, resolvePages, type ResolvedPage } from './content';
import type { Locale } from '../locales';
import type { SectionId } from '../sections';

/**
 * The content as pages need it, loaded once per build. Cross-references (a topic naming a
 * contact, a city naming a help point) are checked here, and a wrong id fails the build with the
 * file and field named.
 */

export type TopicEntry = CollectionEntry<'topics'>;
export type ContactEntry = CollectionEntry<'contacts'>;
export type CityEntry = CollectionEntry<'cities'>;
export type TopicPage = ResolvedPage<TopicEntry>;

interface SiteContent {
  topicPages: TopicPage[];
  contacts: ContactEntry[];
  cities: CityEntry[];
}

let loaded: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [topics, contacts, cities] = await Promise.all([
    getCollection('topics'),
    getCollection('contacts'),
    getCollection('cities'),
  ]);
  const contactIds = new Set(contacts.map((contact) => contact.id));
  const cityIds = new Set(cities.map((city) => city.id));
  const problems = [
    ...findMissingReferences(
      topics.map((topic) => ({ file: `src/content/topics/${topic.id}.md`, field: 'contacts', ids: topic.data.contacts })),
      contactIds,
    ),
    ...findMissingReferences(
      topics.map((topic) => ({ file: `src/content/topics/${topic.id}.md`, field: 'cities', ids: topic.data.cities })),
      cityIds,
    ),
    ...findMissingReferences(
      cities.map((city) => ({ file: `src/content/cities/${city.id}.yaml`, field: 'helpPoints', ids: city.data.helpPoints })),
      contactIds,
    ),
    ...findMissingReferences(
      contacts.map((contact) => ({ file: `src/content/contacts/${contact.id}.yaml`, field: 'cities', ids: contact.data.cities })),
      cityIds,
    ),
  ];
  const slugs = new Set(topics.map((topic) => parseTopicId(topic.id).slug));
  problems.push(
    ...findMissingReferences(
      topics.map((topic) => ({ file: `src/content/topics/${topic.id}.md`, field: 'related', ids: topic.data.related })),
      slugs,
    ),
  );
  if (problems.length > 0) throw new Error(`Content refers to things that do not exist:\n${problems.join('\n')}`);

  const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'nl');
  return { topicPages: resolvePages(topics), contacts: contacts.sort(byName), cities: cities.sort(byName) };
}

/** All content, validated; the same promise for every page of a build. */
export function siteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

/** The topic pages of a section in one language, in their order. */
export async function sectionPages(locale: Locale, section: SectionId): Promise<TopicPage[]> {
  const { topicPages } = await siteContent();
  return topicPages
    .filter((page) => page.locale === locale && page.entry.data.section === section)
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title));
}

/** The pages named in `related`, in the reader's language (or its fallback), in the order given. */
export async function relatedPages(locale: Locale, slugs: string[]): Promise<TopicPage[]> {
  const { topicPages } = await siteContent();
  return slugs.flatMap((slug) => topicPages.filter((page) => page.locale === locale && page.slug === slug));
}

/** Looks up contacts by id, keeping the order asked for. */
export async function contactsById(ids: string[]): Promise<ContactEntry[]> {
  const { contacts } = await siteContent();
  return ids.flatMap((id) => contacts.filter((contact) => contact.id === id));
}

/** Looks up cities by id, keeping the order asked for. */
export async function citiesById(ids: string[]): Promise<CityEntry[]> {
  const { cities } = await siteContent();
  return ids.flatMap((id) => cities.filter((city) => city.id === id));
}

