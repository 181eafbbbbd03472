/**
 * Read aloud with the phone's own voices only. A network voice (`localService: false`) sends the
 * text it reads to a speech service, which would tell that service what she is reading; so a
 * voice is used only when it runs on the phone and speaks the page's language. Otherwise the
 * button stays hidden, rather than sending the page away or reading Thai with an English voice.
 */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

/** Chinese tags name a script (zh-Hans) where voices name a region (zh-CN). */
const equivalentTags: Record<string, string[]> = {
  'zh-hans': ['zh-cn', 'zh-sg', 'cmn-hans-cn', 'cmn-cn'],
};

/** The best on-device voice for the language, or undefined when the phone has none. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], languageTag: string): V | undefined {
  const wanted = languageTag.toLowerCase();
  const base = wanted.split('-')[0]!;
  const normal = (voice: V) => voice.lang.toLowerCase().replace('_', '-');
  const candidates = voices.filter((voice) => {
    if (voice.localService !== true) return false;
    const lang = normal(voice);
    return lang === wanted || (equivalentTags[wanted] ?? []).includes(lang) || lang.split('-')[0] === base;
  });
  // An exact match first, then the default one.
  const score = (voice: V) => (normal(voice) === wanted || (equivalentTags[wanted] ?? []).includes(normal(voice)) ? 2 : 0) + (voice.default ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}
