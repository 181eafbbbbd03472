import { describe, expect, it } from 'vitest';
import { parseCorrectionsConfig } from './corrections-config.build';

describe('the corrections config', () => {
  it('is off with null, and takes an e-mail address or an https form', () => {
    expect(parseCorrectionsConfig(null, 'c.json')).toBeNull();
    expect(parseCorrectionsConfig({ organisation: 'Stichting X', email: 'fouten@example.org' }, 'c.json')?.email).toBe('fouten@example.org');
  });
  it('fails naming the file and the field', () => {
    expect(() => parseCorrectionsConfig({ organisation: 'Stichting X', url: 'http://example.org/form' }, 'c.json')).toThrow('c.json → url: Use an https:// address');
    expect(() => parseCorrectionsConfig({ organisation: 'Stichting X' }, 'c.json')).toThrow('c.json → (whole file): Give an email or a url');
    expect(() => parseCorrectionsConfig({ organisation: 'Stichting X', email: 'x@example.org', phone: '112' }, 'c.json')).toThrow('c.json → phone: Unknown field');
  });
});
