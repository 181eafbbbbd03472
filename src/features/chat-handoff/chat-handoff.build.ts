import { parsePhoneNumberWithError, type PhoneNumber } from 'libphonenumber-js/max';
import { wellFormed } from '../../lib/text.ts';

/**
 * Handing a reader over to a chat app. She taps "Chat" on an organisation, sees an interstitial
 * (what happens next, that the app will show her number to them), and then follows a link that
 * opens the app. Where the app allows it, the link prefills a message with her topic and her
 * language: never her name, number, city or anything else personal. The message is a
 * convenience; she can edit or delete it before sending.
 */

/** Channel types (see `channelSchema` in schemas.ts) that open a conversation. */
export const chatChannelTypes = ['whatsapp', 'signal', 'telegram', 'sms', 'chat'] as const;
export type ChatChannelType = (typeof chatChannelTypes)[number];

const chatChannelTypeSet: ReadonlySet<string> = new Set(chatChannelTypes);

export function isChatChannel(type: string): type is ChatChannelType {
  return chatChannelTypeSet.has(type);
}

/**
 * True where the link can carry a prefilled message.
 *
 * - whatsapp: `https://wa.me/<number>?text=…` is WhatsApp's documented click-to-chat link.
 * - sms: `sms:<number>?body=…` (RFC 5724).
 * - signal: `https://signal.me/#p/<number>` has no text parameter.
 * - telegram: not used here. Note: Telegram's deep-link spec does give public username links
 *   (`t.me/<username>?text=…`) a draft-text parameter, which current clients (TDLib
 *   `internalLinkTypePublicChat.draft_text`) put in the input field only for a private chat with
 *   a regular user, not for bots, groups or channels. An outreach account may be any of those,
 *   and older clients drop the parameter, so the link stays plain and the interstitial tells
 *   her what to write.
 * - chat: a web chat is the organisation's own page; we do not add parameters to it.
 */
export function supportsPrefill(type: ChatChannelType): boolean {
  return type === 'whatsapp' || type === 'sms';
}

/** Longest prefilled message, in code points. A topic and a language fit easily. */
export const maxMessageLength = 500;


/**
 * The message as it goes into a link: well-formed, cut to `maxMessageLength` code points
 * (never inside a surrogate pair), or `undefined` when there is nothing to send.
 */
export function prepareMessage(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const codePoints = Array.from(wellFormed(message));
  const capped = codePoints.length > maxMessageLength ? codePoints.slice(0, maxMessageLength).join('') : codePoints.join('');
  return capped.trim() === '' ? undefined : capped;
}

/**
 * A number in E.164 (`+31612345678`). Throws an Error naming the value when it is not a
 * dialable number: Dutch short numbers such as 112 are valid to call, but cannot receive chats.
 */
function chatPhoneNumber(value: string): string {
  let parsed: PhoneNumber;
  try {
    parsed = parsePhoneNumberWithError(value, 'NL');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Not a valid phone number for a chat link: "${value}" (${reason})`);
  }
  if (!parsed.isValid()) throw new Error(`Not a valid phone number for a chat link: "${value}"`);
  return parsed.number;
}

/** True when `value` is a number a chat link can go to (see `chatPhoneNumber`). */
export function isValidChatPhone(value: string): boolean {
  try {
    chatPhoneNumber(value);
    return true;
  } catch {
    return false;
  }
}

const telegramUsername = /^[A-Za-z0-9_]{5,32}$/;

/**
 * The link that opens the chat. `value` is the channel value from the content: a phone number
 * as people write it ("06 12345678", "+31 6 1234 5678", "020-1234567") for whatsapp, sms and
 * signal, a username for telegram, an https address for chat. `message` is used only where
 * `supportsPrefill(type)`; empty or missing means no text parameter at all.
 *
 * Throws an Error naming the value when it cannot make a link from it.
 */
export function chatHandoffUrl(type: ChatChannelType, value: string, message?: string): string {
  switch (type) {
    case 'whatsapp': {
      const digits = chatPhoneNumber(value).slice(1);
      const text = prepareMessage(message);
      return text === undefined ? `https://wa.me/${digits}` : `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
    }
    case 'sms': {
      // RFC 5724 `?body=`. iOS (8 and later) also accepts the non-standard `&body=`, but Android
      // messaging apps follow the RFC and may read `&body=…` as part of the number, while recent
      // iOS versions are widely reported to accept `?body=` too: the standard form is the one
      // that works on both.
      const number = chatPhoneNumber(value);
      const body = prepareMessage(message);
      return body === undefined ? `sms:${number}` : `sms:${number}?body=${encodeURIComponent(body)}`;
    }
    case 'signal':
      // Signal links carry no text; the `+` stays (it is part of Signal's format).
      return `https://signal.me/#p/${chatPhoneNumber(value)}`;
    case 'telegram': {
      const username = value.trim().replace(/^@/, '');
      if (!telegramUsername.test(username)) throw new Error(`Not a Telegram username: "${value}"`);
      return `https://t.me/${username}`;
    }
    case 'chat': {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new Error(`Not a web chat address: "${value}"`);
      }
      if (url.protocol !== 'https:') throw new Error(`A web chat address must use https://: "${value}"`);
      return value;
    }
  }
}

// C0 control characters except \n (U+000A).
const controlCharacters = /[\u0000-\u0009\u000B-\u001F]/g;
const placeholder = /\{\{\s*(language|topic)\s*\}\}/g;

/**
 * The prefilled message from a translated template: `{{language}}` and `{{topic}}` are filled in
 * (i18next-style, spaces inside the braces allowed), in one pass, so a value containing
 * `{{…}}` is not filled in again. A missing topic becomes empty text; other placeholders are
 * left alone. Control characters other than newline are removed and the result trimmed;
 * bidirectional marks stay, since Arabic text with Latin words needs them.
 */
export function chatMessage(template: string, values: { language: string; topic?: string }): string {
  const filled = template.replace(placeholder, (_match, key: string) =>
    key === 'language' ? values.language : (values.topic ?? ''),
  );
  return filled.replace(controlCharacters, '').trim();
}
