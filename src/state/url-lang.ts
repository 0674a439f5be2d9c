import type { Lang } from '../domain/dataset-schema';
import { MIGRATIONS, migrateParams, type UrlMigration } from './url-migrations';

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

/** The language a link asks for (null: none, or not one of ours), as decodeView reads it. */
export function decodeLang(search: string, migrations: readonly UrlMigration[] = MIGRATIONS): Lang | null {
  const raw = migrateParams(new URLSearchParams(search), migrations).params.get(LANG_PARAM);
  if (raw === null || raw === '' || raw.length > MAX_PARAM_LENGTH) return null;
  return parseLang(raw);
}
