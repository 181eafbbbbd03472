/** The field types the editors' interface adds to Sveltia CMS: named in `/admin/config.yml`, registered by `editor.admin.ts`. */
export const customFieldTypes = {
  phone: 'wegwijs-phone',
  openingHours: 'wegwijs-opening-hours',
  citations: 'wegwijs-citations',
  revision: 'wegwijs-revision',
  translation: 'wegwijs-translation',
} as const;
