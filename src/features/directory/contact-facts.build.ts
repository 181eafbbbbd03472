import { localizedText, type ContactEntry } from '../../lib/build/content-pipeline';
import type { Locale } from '../../lib/locales';
import type { ContactFacts } from './contact-facts';
import { weeklySchedule } from './opening-hours.build';
import { contactPath } from '../../lib/routes';

/**
 * What the help finder and the directory filters need to know about an organisation, as plain
 * JSON for the page. Opening hours are evaluated here, at build time, with the `opening_hours`
 * library (1.2 MB, too big for a phone); the page gets the resulting week.
 */
export function contactFacts(contact: ContactEntry, locale: Locale): ContactFacts {
  const { data } = contact;
  return {
    id: contact.id,
    url: contactPath(locale, contact.id),
    name: data.name,
    description: localizedText(data.description, locale).text,
    kind: data.kind,
    sections: data.sections,
    services: data.services.value,
    ...firstChannel(data.channels, 'phone', 'phone'),
    ...firstChannel(data.channels, 'web', 'web'),
    cities: data.cities,
    nationwide: data.nationwide,
    ...(data.languages ? { languages: data.languages.value } : {}),
    ...(data.free ? { free: data.free.value } : {}),
    ...(data.anonymous ? { anonymous: data.anonymous.value } : {}),
    ...(data.noPapersNeeded ? { noPapersNeeded: data.noPapersNeeded.value } : {}),
    ...(data.openingHours ? scheduleOf(data.openingHours.value) : {}),
  };
}

function firstChannel(channels: ContactEntry['data']['channels'], type: 'phone' | 'web', key: 'phone' | 'web'): Partial<ContactFacts> {
  const channel = channels.find((candidate) => candidate.type === type);
  return channel ? { [key]: channel.value } : {};
}

function scheduleOf(value: string): Pick<ContactFacts, 'schedule'> {
  const schedule = weeklySchedule(value);
  return schedule ? { schedule } : {};
}
