/**
 * What an organisation does, in one fixed vocabulary: each contact lists the services a source
 * says it gives (`services` in `src/content/contacts/<id>.yaml`). The help finder matches needs
 * to these, and the directory filters by them. Labels are UI strings: `service.<id>` in `locales/`.
 * A new service needs a label in every language (the UI-string tests check it).
 */
export const serviceIds = [
  'emergency',
  'police',
  'anonymous-tip-line',
  'exploitation-reports',
  'trafficking-support',
  'shelter',
  'sexual-violence-care',
  'domestic-violence-help',
  'image-abuse-help',
  'crisis-line',
  'sti-testing',
  'prep',
  'sexual-health-info',
  'client-warnings',
  'social-work',
  'walk-in',
  'peer-support',
  'exit-support',
  'legal-advice',
  'business-advice',
  'debt-help',
  'financial-complaints',
  'government-complaints',
  'youth-help',
] as const;

export type ServiceId = (typeof serviceIds)[number];
