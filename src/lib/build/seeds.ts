/**
 * The five public policy documents Wegwijs was built from (`shared/seeds/`). Content cites a
 * seed by its id and a section; the title shown to readers comes from here.
 */
export const seeds = {
  '000': {
    title: 'Gemeente Amsterdam, Bestuurlijke monitor programma prostitutie 2018',
    /** The year it reports on; the document gives no day. */
    published: '2018-12-31',
  },
  '001': {
    title: 'Memo Landelijk programma prostitutie (Ministerie van Justitie en Veiligheid en gemeenten)',
    /** The memo is not dated. */
    published: undefined,
  },
  '002': {
    title: 'Gemeente Leeuwarden, Onderzoek intakegesprek sekswerkers (2023)',
    published: '2023-12-31',
  },
  '003': {
    title: 'Staatssecretaris van Justitie en Veiligheid aan de Tweede Kamer, Stand van zaken prostitutiebeleid, 24 maart 2020',
    published: '2020-03-24',
  },
  '004': {
    title: 'Regioplan voor Gemeente Amsterdam, Seksuele uitbuiting in Amsterdam: samenvatting, conclusies en aanbevelingen, 18 oktober 2019',
    published: '2019-10-18',
  },
} as const satisfies Record<string, { title: string; published: string | undefined }>;

export type SeedId = keyof typeof seeds;
export const seedIds = Object.keys(seeds) as SeedId[];
