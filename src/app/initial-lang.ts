import type { Lang } from '../domain/schema/dataset-schema';
import { langFromBrowser } from '../i18n/resolve-lang';
import { decodeLang } from '../state/url-lang';

/** The language a page opens in: the link's, else the browser's (the app's one rule, also used
 * before the first paint by first-screen.ts). */
export const initialLang = (search: string, preferred: readonly string[]): Lang =>
  decodeLang(search) ?? langFromBrowser(preferred);
