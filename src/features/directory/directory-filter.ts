import type { ContactFacts } from './contact-facts.ts';
import { isOpenNow } from './opening-status.ts';

/**
 * The directory's filters. An organisation whose hours nobody could source is never "open now":
 * we do not know, and the reader should not walk there on our guess.
 */
export interface DirectoryFilters {
  city?: string | undefined;
  language?: string | undefined;
  /** A section id. */
  section?: string | undefined;
  /** A service id (src/lib/services.ts). */
  service?: string | undefined;
  anonymous?: boolean;
  free?: boolean;
  noPapersNeeded?: boolean;
  openNow?: boolean;
}

export type FilterableContact = Pick<
  ContactFacts,
  'cities' | 'nationwide' | 'languages' | 'sections' | 'services' | 'anonymous' | 'free' | 'noPapersNeeded' | 'schedule'
>;

const filterFields = ['cities', 'nationwide', 'languages', 'sections', 'services', 'anonymous', 'free', 'noPapersNeeded', 'schedule'] as const;

/** Only what the filters read, so each directory card carries no copy of its own text. */
export function filterableFacts(contact: ContactFacts): FilterableContact {
  return Object.fromEntries(filterFields.filter((field) => contact[field] !== undefined).map((field) => [field, contact[field]])) as FilterableContact;
}

/** What the filter form holds, read by field name (a `FormData`). */
interface FormValues {
  get(name: string): unknown;
  has(name: string): boolean;
}

/** The filters chosen in the form; an empty choice filters nothing. */
export function filtersFrom(values: FormValues): DirectoryFilters {
  const choice = (name: string) => {
    const value = values.get(name);
    return typeof value === 'string' && value ? value : undefined;
  };
  return {
    city: choice('city'),
    language: choice('language'),
    section: choice('section'),
    service: choice('service'),
    anonymous: values.has('anonymous'),
    free: values.has('free'),
    noPapersNeeded: values.has('noPapersNeeded'),
    openNow: values.has('openNow'),
  };
}

export function matchesFilters(contact: FilterableContact, filters: DirectoryFilters, now: Date): boolean {
  if (filters.city && !contact.nationwide && !contact.cities.includes(filters.city)) return false;
  if (filters.language && !(contact.languages ?? []).includes(filters.language)) return false;
  if (filters.section && !(contact.sections as string[]).includes(filters.section)) return false;
  if (filters.service && !(contact.services as string[]).includes(filters.service)) return false;
  if (filters.anonymous && contact.anonymous !== true) return false;
  if (filters.free && contact.free !== true) return false;
  if (filters.noPapersNeeded && contact.noPapersNeeded !== true) return false;
  if (filters.openNow && !(contact.schedule && isOpenNow(contact.schedule, now))) return false;
  return true;
}
