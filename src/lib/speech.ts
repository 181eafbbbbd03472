/**
 * Read aloud with the phone's own voices (no network). A voice is used only when it speaks the
 * page's language; otherwise the button stays hidden rather than reading Thai with an English
 * voice.
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

export function pickVoice<V extends VoiceLike>(voices: readonly V[], languageTag: string): V | undefined {
  const wanted = languageTag.toLowerCase();
  const base = wanted.split('-')[0]!;
  const normal = (voice: V) => voice.lang.toLowerCase().replace('_', '-');
  const candidates = voices.filter((voice) => {
    const lang = normal(voice);
    return lang === wanted || (equivalentTags[wanted] ?? []).includes(lang) || lang.split('-')[0] === base;
  });
  // An exact match first, then a voice on the phone itself (works offline), then the default one.
  const score = (voice: V) =>
    (normal(voice) === wanted || (equivalentTags[wanted] ?? []).includes(normal(voice)) ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}
