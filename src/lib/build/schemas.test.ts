import { describe, expect, it } from 'vitest';
import { citySchema, contactSchema, isValidOpeningHours, sourceSchema, synonymsSchema, topicSchema } from './schemas';
import { isValidContactPhone, splitPhoneNumbers, telephoneHref } from './phone';

const source = { title: 'Politie', url: 'https://www.politie.nl/' };
const validContact = {
  name: 'Politie',
  kind: 'police',
  nationwide: true,
  channels: [{ type: 'phone', value: '0900-8844', source, checked: '2026-11-23' }],
  sections: ['safety'],
  services: { value: ['police'], source, checked: '2026-11-23' },
  description: { en: 'The police.' },
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('content schemas', () => {
  it('accepts a complete contact', () => {
    expect(contactSchema.safeParse(validContact).success).toBe(true);
  });

  it('names the field of a channel without a source', () => {
    const { source: _dropped, ...channel } = validContact.channels[0]!;
    const result = contactSchema.safeParse({ ...validContact, channels: [channel] });
    expect(issuePaths(result)).toContain('channels.0.source');
  });

  it('rejects an invented or mistyped phone number', () => {
    const result = contactSchema.safeParse({ ...validContact, channels: [{ ...validContact.channels[0], value: '0900-88' }] });
    expect(issuePaths(result)).toContain('channels.0.value');
  });

  it('requires what an organisation does, from the fixed list, with a source and date', () => {
    const { services: _dropped, ...withoutServices } = validContact;
    expect(issuePaths(contactSchema.safeParse(withoutServices))).toContain('services');
    expect(issuePaths(contactSchema.safeParse({ ...validContact, services: { ...validContact.services, value: ['miracles'] } }))).toContain('services.value.0');
    expect(issuePaths(contactSchema.safeParse({ ...validContact, services: { value: ['police'], checked: '2026-11-23' } }))).toContain('services.source');
    expect(issuePaths(contactSchema.safeParse({ ...validContact, services: { ...validContact.services, value: ['police', 'police'] } }))).toContain('services.value');
  });

  it('takes a synonym table of groups of at least two phrases, and names a bad one', () => {
    expect(synonymsSchema.parse({ groups: [['stop', 'quit']] })).toEqual({ groups: [['stop', 'quit']], ignore: [] });
    expect(issuePaths(synonymsSchema.safeParse({ groups: [['stop']] }))).toContain('groups.0');
    expect(issuePaths(synonymsSchema.safeParse({ groups: [['stop', ' ']] }))).toContain('groups.0.1');
    expect(issuePaths(synonymsSchema.safeParse({ groups: [], extra: 1 }))).toEqual(['']);
  });

  it('rejects a contact without English description', () => {
    const result = contactSchema.safeParse({ ...validContact, description: { nl: 'De politie.' } });
    expect(issuePaths(result)).toContain('description');
  });

  it('rejects unknown fields, so a typo does not silently drop data', () => {
    const result = contactSchema.safeParse({ ...validContact, opening_hours: 'Mo-Fr 09:00-17:00' });
    expect(result.success).toBe(false);
  });

  it('rejects opening hours that are not OpenStreetMap syntax', () => {
    const result = contactSchema.safeParse({ ...validContact, openingHours: { value: 'weekdays nine to five', source, checked: '2026-11-23' } });
    expect(issuePaths(result)).toContain('openingHours.value');
    expect(isValidOpeningHours('Mo-Fr 09:00-17:00; We 13:00-17:00')).toBe(true);
  });

  it('requires a url or a seed for a source, and a section for a seed', () => {
    expect(sourceSchema.safeParse({ title: 'Something' }).success).toBe(false);
    expect(issuePaths(sourceSchema.safeParse({ seed: '002' }))).toContain('section');
    expect(sourceSchema.safeParse({ seed: '002', section: 'Inleiding' }).success).toBe(true);
    expect(sourceSchema.safeParse({ title: 'Not a web page', url: 'ftp://example.org/' }).success).toBe(false);
  });

  it('cites an old http page as it was read, but sends readers only to https', () => {
    expect(sourceSchema.safeParse({ title: 'An old page', url: 'http://example.org/' }).success).toBe(true);
    const result = contactSchema.safeParse({ ...validContact, channels: [{ type: 'web', value: 'http://example.org/', source, checked: '2026-11-23' }] });
    expect(issuePaths(result)).toContain('channels.0.value');
  });

  it('requires sources and a review date on a topic', () => {
    const result = topicSchema.safeParse({ title: 'A page', summary: 'A summary of the page.', section: 'health', order: 1, audience: ['sex-worker'], sources: [] });
    expect(issuePaths(result)).toEqual(expect.arrayContaining(['sources', 'reviewed']));
  });

  it('rejects a topic in a section that does not exist', () => {
    const result = topicSchema.safeParse({ title: 'A page', summary: 'A summary of the page.', section: 'gossip', order: 1, audience: ['client'], sources: [source], reviewed: '2026-11-23' });
    expect(issuePaths(result)).toContain('section');
  });

  it('accepts a city with only the rules someone could source', () => {
    const result = citySchema.safeParse({
      name: 'Utrecht',
      province: 'Utrecht',
      rules: { workingFromHome: { value: { en: 'Not allowed (2023).' }, source: { seed: '002', section: 'Utrecht' }, asOf: '2023-01-01' } },
    });
    expect(result.success).toBe(true);
  });
});

describe('phone numbers', () => {
  it('accepts the national numbers we publish', () => {
    for (const number of ['112', '0900-8844', '0800-7000', '0800-2000', '033 448 11 86', '+31 70 333 44 44']) {
      expect(isValidContactPhone(number), number).toBe(true);
    }
  });

  it('rejects numbers that cannot be dialled', () => {
    for (const number of ['114', '0800-70', '12345', 'call us', '']) {
      expect(isValidContactPhone(number), number).toBe(false);
    }
  });

  it('links numbers in international form', () => {
    expect(telephoneHref('0800-7000')).toBe('tel:+318007000');
    expect(telephoneHref('112')).toBe('tel:112');
  });
});

describe('numbers inside text', () => {
  it('are cut out in order, with the text around them', () => {
    expect(splitPhoneNumbers('Bel 0800-7000 of 112.')).toEqual([
      { isNumber: false, value: 'Bel ' },
      { isNumber: true, value: '0800-7000' },
      { isNumber: false, value: ' of ' },
      { isNumber: true, value: '112' },
      { isNumber: false, value: '.' },
    ]);
  });
});
