/**
 * The sections of the site, in navigation order. Topic files live in
 * `src/content/topics/<lang>/<section>/`, and a section's URL is `/<lang>/<section>/`.
 * Labels are UI strings: `section.<id>.title` and `section.<id>.description` in `locales/`.
 */
export const sectionIds = [
  'rights',
  'health',
  'work-and-money',
  'stopping',
  'safety',
  'clients',
  'outreach',
  'about',
] as const;

export type SectionId = (typeof sectionIds)[number];

/** Sections shown in the primary navigation; "about" lives in the footer instead. */
export const navigationSectionIds: SectionId[] = sectionIds.filter((id) => id !== 'about');
