import type { Lang } from '../domain/schema/dataset-schema';

/**
 * The `lang` param on its own, so that the script that runs before the first paint
 * (first-screen.ts) reads it by the codec's rules without carrying the whole codec.
 */
export const LANG_PARAM = 'lang';

/**
 * No valid param comes near this (the longest whole query is under 500 characters, see the
 * tests); longer values are refused unread, so a pasted 5,000-character param costs nothing.
 */
export const MAX_PARAM_LENGTH = 500;

// A Map, not an object literal: `lang=__proto__` must not find Object.prototype.
const LANG_ALIASES = new Map<string, Lang>(
  Object.entries({
    'zh-hans': 'zh-Hans',
    'zh-cn': 'zh-Hans',
    'zh-sg': 'zh-Hans',
    zh: 'zh-Hans',
    'zh-hant': 'zh-Hant',
    'zh-tw': 'zh-Hant',
    'zh-hk': 'zh-Hant',
    'zh-mo': 'zh-Hant',
    en: 'en',
  } satisfies Record<string, Lang>),
);

/** One of our languages for a tag a link may carry (any case, common regional tags), else null. */
export const parseLang = (raw: string): Lang | null => LANG_ALIASES.get(raw.toLowerCase()) ?? null;

/**
 * The language a link asks for (null: none, or not one of ours), as decodeView reads it. No URL
 * migration so far reads or writes `lang` (each says which params it touches, and a test holds
 * them to it), so the blocking script does not carry the migrations: the map's brings map
 * geometry. A migration that touches `lang` must be run here too.
 */
export function decodeLang(search: string): Lang | null {
  const raw = new URLSearchParams(search).get(LANG_PARAM);
  if (raw === null || raw === '' || raw.length > MAX_PARAM_LENGTH) return null;
  return parseLang(raw);
}
