/**
 * The field phrasebook: short sentences for a first contact, kept in the UI strings as
 * `phrase.<id>` in every language, in this order.
 */
export const phraseIds = [
  'hello',
  'notPolice',
  'noName',
  'youDecide',
  'needHelp',
  'safeNow',
  'testFree',
  'doctor',
  'keepCard',
  'scanCode',
  'language',
  'languages',
  'rights',
  'danger',
  'police',
  'reportAnonymous',
  'comeBack',
  'quickExit',
  'noJudgement',
  'thanks',
] as const;
