import type { WegwijsConfig } from './src/lib/build/site-config.ts';

/**
 * A filled-in example of wegwijs.config.ts for an organisation that runs its own copy of Wegwijs
 * (README.md, "Configuration"). Copy what you need into wegwijs.config.ts. A unit test checks
 * that this example stays valid (src/lib/build/site-config.test.ts).
 */
export default {
  site: 'https://wegwijs.voorbeeld.nl',
  organisation: 'Stichting Voorbeeld',
  outreachChat: {
    // `organisation` left out: the chat is Stichting Voorbeeld's own.
    channel: { type: 'whatsapp', value: '+31 6 12345678' },
    languages: ['nl', 'en', 'ro'],
    hours: 'Mo-Fr 10:00-17:00',
    description: { en: 'Our outreach workers answer in Dutch, English and Romanian.', nl: 'Onze veldwerkers antwoorden in het Nederlands, Engels en Roemeens.' },
  },
  corrections: { email: 'fouten@voorbeeld.nl', url: 'https://voorbeeld.nl/melden' },
  quickExitCoverSite: 'https://www.buienradar.nl/',
  themeColor: '#4b2a8c',
  // The editors' interface at /admin/ saves to this repository, as pull requests for review.
  editor: { backend: 'github', repo: 'stichting-voorbeeld/wegwijs', branch: 'main', authUrl: 'https://wegwijs-auth.voorbeeld.workers.dev' },
} satisfies WegwijsConfig;
