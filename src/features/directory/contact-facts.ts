import type { SectionId } from '../../lib/sections.ts';
import type { ServiceId } from '../../lib/services.ts';
import type { WeeklySchedule } from './opening-status.ts';

/**
 * What the help finder and the directory filters know about an organisation: plain JSON, built
 * by `contactFacts` (contact-facts.build.ts) and read in the phone.
 */
export interface ContactFacts {
  id: string;
  url: string;
  name: string;
  description: string;
  kind: string;
  /** Ids of the sections it helps with. */
  sections: SectionId[];
  /** What it does (src/lib/services.ts). */
  services: ServiceId[];
  /** Its first phone number, where it has one (the help finder's report routes name it). */
  phone?: string;
  /** Its first website, where it has one. */
  web?: string;
  cities: string[];
  nationwide: boolean;
  languages?: string[];
  free?: boolean;
  anonymous?: boolean;
  noPapersNeeded?: boolean;
  /** Its week of opening hours, where a source gives them. */
  schedule?: WeeklySchedule;
}
