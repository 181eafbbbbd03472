import { describe, expect, it } from 'vitest';
import { languagesToPointOut, suggestedLanguage } from './suggestion';

describe('the language the phone asks for', () => {
  it('is the best fit among the site languages', () => {
    expect(suggestedLanguage(['ro-RO'])).toBe('ro');
    expect(suggestedLanguage(['zh-CN', 'en'])).toBe('zh');
    expect(suggestedLanguage(['en-GB'])).toBe('en');
    expect(suggestedLanguage(['pt-PT'])).toBe('pt');
  });

  it('skips a phone language the site does not have, to the next one it does', () => {
    expect(suggestedLanguage(['sv-SE', 'en'])).toBe('en');
  });

  it('is nothing when no site language fits, or the tag is broken', () => {
    expect(suggestedLanguage(['xx-YY'])).toBeUndefined();
    expect(suggestedLanguage(['not a tag!'])).toBeUndefined();
    expect(suggestedLanguage([])).toBeUndefined();
  });
});

describe('what the chooser points out', () => {
  it('the last choice, and the phone language when it is another one', () => {
    expect(languagesToPointOut(['ro-RO'], 'pl')).toEqual({ suggested: 'ro', remembered: 'pl' });
    expect(languagesToPointOut(['ro-RO'], 'ro')).toEqual({ remembered: 'ro' });
    expect(languagesToPointOut(['ro-RO'], undefined)).toEqual({ suggested: 'ro' });
    expect(languagesToPointOut(['xx'], undefined)).toEqual({});
  });
});
