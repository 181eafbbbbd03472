import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { localeCodes } from '../../lib/locales';
import {
  chatChannelTypes,
  chatHandoffUrl,
  chatMessage,
  isChatChannel,
  maxMessageLength,
  prepareMessage,
  supportsPrefill,
} from './chat-handoff.build';
import { wellFormed } from '../../lib/text';
import { outreachChatSchema, parseOutreachConfig } from './outreach-config.build';

describe('chat channel types', () => {
  it('knows which channel types open a chat', () => {
    for (const type of chatChannelTypes) expect(isChatChannel(type)).toBe(true);
    for (const type of ['phone', 'email', 'web', 'address', '']) expect(isChatChannel(type)).toBe(false);
  });

  it('prefills only WhatsApp and SMS', () => {
    expect(chatChannelTypes.filter(supportsPrefill)).toEqual(['whatsapp', 'sms']);
  });
});

describe('chatHandoffUrl', () => {
  it('normalises Dutch numbers for WhatsApp, without the +', () => {
    for (const value of ['06 12345678', '+31 6 1234 5678', '06-12345678', '0031612345678']) {
      expect(chatHandoffUrl('whatsapp', value)).toBe('https://wa.me/31612345678');
    }
    expect(chatHandoffUrl('whatsapp', '020-1234567')).toBe('https://wa.me/31201234567');
  });

  it('adds the WhatsApp text parameter only for a message', () => {
    expect(chatHandoffUrl('whatsapp', '06 12345678', 'Hallo')).toBe('https://wa.me/31612345678?text=Hallo');
    expect(chatHandoffUrl('whatsapp', '06 12345678', '')).toBe('https://wa.me/31612345678');
    expect(chatHandoffUrl('whatsapp', '06 12345678', '  \n ')).toBe('https://wa.me/31612345678');
    expect(chatHandoffUrl('whatsapp', '06 12345678', undefined)).toBe('https://wa.me/31612345678');
  });

  it('builds an RFC 5724 SMS link with ?body=', () => {
    expect(chatHandoffUrl('sms', '06 12345678')).toBe('sms:+31612345678');
    expect(chatHandoffUrl('sms', '06 12345678', 'Hi there')).toBe('sms:+31612345678?body=Hi%20there');
  });

  it('encodes characters that would break the query', () => {
    const url = chatHandoffUrl('whatsapp', '06 12345678', 'a&b?c#d+e%f=g');
    expect(url).toBe('https://wa.me/31612345678?text=a%26b%3Fc%23d%2Be%25f%3Dg');
    expect(new URL(url).searchParams.get('text')).toBe('a&b?c#d+e%f=g');
    expect(new URL(url).hash).toBe('');
  });

  it('encodes Arabic text, emoji and newlines, and they decode back unchanged', () => {
    const arabic = 'مرحبا، لدي سؤال عن الصحة';
    const emoji = 'Hi 👋🏽 👩‍👩‍👧';
    const lines = 'Language: ro\nTopic: health';
    for (const message of [arabic, emoji, lines]) {
      const url = chatHandoffUrl('whatsapp', '06 12345678', message);
      expect(url).toMatch(/^https:\/\/wa\.me\/31612345678\?text=[A-Za-z0-9%\-_.!~*'()]+$/);
      expect(new URL(url).searchParams.get('text')).toBe(message);
    }
    expect(chatHandoffUrl('sms', '06 12345678', 'مرحبا')).toBe('sms:+31612345678?body=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7');
    expect(chatHandoffUrl('whatsapp', '06 12345678', '👋')).toBe('https://wa.me/31612345678?text=%F0%9F%91%8B');
    expect(chatHandoffUrl('sms', '06 12345678', 'a\nb')).toBe('sms:+31612345678?body=a%0Ab');
  });

  it('replaces lone surrogates instead of throwing', () => {
    expect(() => encodeURIComponent('a\uD800b')).toThrow(URIError);
    expect(chatHandoffUrl('whatsapp', '06 12345678', 'a\uD800b')).toBe('https://wa.me/31612345678?text=a%EF%BF%BDb');
    expect(chatHandoffUrl('sms', '06 12345678', '\uDC00')).toBe('sms:+31612345678?body=%EF%BF%BD');
    expect(wellFormed('x\uDBFF')).toBe('x\uFFFD');
    expect(wellFormed('👋\uDC00👋')).toBe('👋\uFFFD👋');
  });

  it('replaces lone surrogates where String.prototype.toWellFormed is missing', () => {
    const proto = String.prototype as { toWellFormed?: unknown };
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'toWellFormed');
    delete proto.toWellFormed;
    try {
      expect(wellFormed('a\uD800b\uDC00c👋\uDBFF')).toBe('a\uFFFDb\uFFFDc👋\uFFFD');
      expect(wellFormed('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
      expect(chatHandoffUrl('whatsapp', '06 12345678', 'a\uD800b')).toBe('https://wa.me/31612345678?text=a%EF%BF%BDb');
    } finally {
      if (native) Object.defineProperty(String.prototype, 'toWellFormed', native);
    }
    expect(typeof ''.toWellFormed).toBe(native ? 'function' : 'undefined');
  });

  it('caps the message by code points without splitting a surrogate pair', () => {
    const long = `${'a'.repeat(maxMessageLength - 1)}👋👋`;
    const capped = prepareMessage(long);
    expect(capped).toBe(`${'a'.repeat(maxMessageLength - 1)}👋`);
    expect(Array.from(capped ?? '')).toHaveLength(maxMessageLength);
    const emojiOnly = prepareMessage('😀'.repeat(maxMessageLength + 10)) ?? '';
    expect(Array.from(emojiOnly)).toHaveLength(maxMessageLength);
    expect(emojiOnly.length).toBe(maxMessageLength * 2);
    const url = chatHandoffUrl('whatsapp', '06 12345678', long);
    expect(new URL(url).searchParams.get('text')).toBe(capped);
    expect(prepareMessage('short')).toBe('short');
  });

  it('gives Signal a plain link with the +, ignoring the message', () => {
    expect(chatHandoffUrl('signal', '06 12345678')).toBe('https://signal.me/#p/+31612345678');
    expect(chatHandoffUrl('signal', '+31 6 1234 5678', 'Hallo & bye')).toBe('https://signal.me/#p/+31612345678');
  });

  it('gives Telegram a plain username link, ignoring the message', () => {
    expect(chatHandoffUrl('telegram', 'outreach_nl')).toBe('https://t.me/outreach_nl');
    expect(chatHandoffUrl('telegram', '@outreach_nl', 'Hallo')).toBe('https://t.me/outreach_nl');
    expect(() => chatHandoffUrl('telegram', 'abc')).toThrow(/Telegram username/);
    expect(() => chatHandoffUrl('telegram', 'a/b?text=x')).toThrow(/Telegram username/);
  });

  it('returns a web chat address unchanged, ignoring the message', () => {
    const address = 'https://example.org/chat?lang=nl#start';
    expect(chatHandoffUrl('chat', address)).toBe(address);
    expect(chatHandoffUrl('chat', address, 'Hallo')).toBe(address);
    expect(() => chatHandoffUrl('chat', 'javascript:alert(1)')).toThrow(/https/);
    expect(() => chatHandoffUrl('chat', 'not a url')).toThrow(/web chat address/);
  });

  it('throws a clear error for a number it cannot link to', () => {
    expect(() => chatHandoffUrl('whatsapp', 'call us')).toThrow('Not a valid phone number for a chat link: "call us"');
    expect(() => chatHandoffUrl('sms', '06 1234567')).toThrow('Not a valid phone number for a chat link: "06 1234567"');
    expect(() => chatHandoffUrl('signal', '112')).toThrow(/"112"/);
  });
});

describe('chatMessage', () => {
  it('fills language and topic, with or without spaces in the braces', () => {
    expect(chatMessage('Hello! Language: {{language}}. Topic: {{ topic }}.', { language: 'Română', topic: 'health' })).toBe(
      'Hello! Language: Română. Topic: health.',
    );
  });

  it('leaves a missing topic empty and fills each value only once', () => {
    expect(chatMessage('{{language}} / {{topic}}', { language: 'العربية' })).toBe('العربية /');
    expect(chatMessage('{{topic}} {{language}}', { language: '{{topic}}', topic: '{{language}}' })).toBe(
      '{{language}} {{topic}}',
    );
    expect(chatMessage('{{name}} {{language}}', { language: 'nl' })).toBe('{{name}} nl');
  });

  it('strips control characters except newline, keeps bidi marks, trims', () => {
    expect(chatMessage('\t Hi\u0000 {{language}}\r\nLine\u001B two \n', { language: 'en\u0007' })).toBe('Hi en\nLine two');
    expect(chatMessage('\u200Fمرحبا {{topic}}\u200E', { language: 'ar', topic: '\u2067health\u2069' })).toBe(
      '\u200Fمرحبا \u2067health\u2069\u200E',
    );
  });
});

describe('outreach config', () => {
  const file = 'outreach.config.json';
  const valid = {
    organisation: 'SHOP Den Haag',
    channel: { type: 'whatsapp', value: '06 12345678' },
    languages: ['nl', 'en', 'ro'],
    hours: 'Mo-Fr 10:00-17:00',
    description: { en: 'Outreach workers answer.', nl: 'Veldwerkers antwoorden.' },
  };

  it('parses a valid config', () => {
    expect(parseOutreachConfig(valid, file)).toEqual(valid);
    expect(parseOutreachConfig({ organisation: 'GGD', channel: { type: 'chat', value: 'https://example.org/chat' }, languages: ['nl'] }, file)).toEqual({
      organisation: 'GGD',
      channel: { type: 'chat', value: 'https://example.org/chat' },
      languages: ['nl'],
    });
  });

  it('accepts every chat channel type with a fitting value', () => {
    const values = { whatsapp: '+31 6 1234 5678', signal: '06 12345678', sms: '020-1234567', telegram: 'outreach_nl', chat: 'https://example.org/chat' };
    for (const type of chatChannelTypes) {
      expect(outreachChatSchema.safeParse({ ...valid, channel: { type, value: values[type] } }).success).toBe(true);
    }
  });

  it('returns null when the config is switched off', () => {
    expect(parseOutreachConfig(null, file)).toBeNull();
  });

  it('names the file and the field for a bad phone number', () => {
    expect(() => parseOutreachConfig({ ...valid, channel: { type: 'whatsapp', value: '06 1234' } }, file)).toThrow(
      'outreach.config.json → channel.value: Not a valid phone number',
    );
    expect(() => parseOutreachConfig({ ...valid, channel: { type: 'signal', value: '112' } }, file)).toThrow(
      'outreach.config.json → channel.value: A short number such as 112 cannot receive chats',
    );
  });

  it('rejects an extra field, naming it', () => {
    expect(() => parseOutreachConfig({ ...valid, phone: '06 12345678' }, file)).toThrow('outreach.config.json → phone: Unknown field');
    expect(() => parseOutreachConfig({ ...valid, channel: { ...valid.channel, note: 'x' } }, file)).toThrow(
      'outreach.config.json → channel.note: Unknown field',
    );
  });

  it('lists every failing field, one line each', () => {
    const bad = {
      organisation: 'X',
      channel: { type: 'telegram', value: '@outreach' },
      languages: ['NL'],
      hours: 'whenever',
      description: { nl: 'Alleen Nederlands.' },
    };
    let message = '';
    try {
      parseOutreachConfig(bad, file);
    } catch (error) {
      message = (error as Error).message;
    }
    const paths = message
      .split('\n')
      .slice(1)
      .map((line) => line.replace(/^outreach\.config\.json → ([^:]+):.*$/, '$1'));
    expect(paths).toEqual(['organisation', 'channel.value', 'languages.0', 'hours', 'description']);
  });

  it('rejects a channel type that is not a chat, and a missing or non-object config', () => {
    expect(() => parseOutreachConfig({ ...valid, channel: { type: 'email', value: 'a@b.nl' } }, file)).toThrow(/→ channel\.type:/);
    expect(() => parseOutreachConfig({ ...valid, languages: [] }, file)).toThrow(/→ languages:/);
    expect(() => parseOutreachConfig(undefined, file)).toThrow(/outreach\.config\.json → \(whole file\):/);
  });
});

describe('the first chat message', () => {
  // The message goes into a wa.me or sms: link (kept in the browser's History) and into the chat
  // app: it may name her language, and nothing else she chose.
  it.each(localeCodes)('in %s names only her language', (code) => {
    const strings = JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, string>;
    const template = strings['chat.messageTemplate'] ?? '';
    expect([...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])).toEqual(['language']);
    expect(Object.keys(strings).filter((key) => key.startsWith('chat.messageTemplate'))).toEqual(['chat.messageTemplate']);
  });
});
