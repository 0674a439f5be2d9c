import type { Lang } from '../domain/schema/dataset-schema';
import { LAZY_NAMESPACES } from './namespaces';
import type { MessageKey, Translation } from './resources';
import { Translator } from './translator';

/** The app's strings and the language it renders in (translator.ts). */
export type I18n = Translator<MessageKey>;

/**
 * A fresh instance per app (and per test), so nothing global leaks between renders. It starts
 * with the strings it is given (at least `lang`'s); others are added by `switchLanguage`, and
 * the lazy areas' by their parts (lazy-area.ts).
 */
export function createI18n(lang: Lang, bundles: Partial<Record<Lang, Translation>>): I18n {
  const instance = new Translator<MessageKey>(lang);
  for (const [l, strings] of Object.entries(bundles) as [Lang, Translation][])
    for (const [ns, tree] of Object.entries(namespaced(strings))) instance.addResourceBundle(l, ns, tree);
  return instance;
}

/**
 * One language's strings as namespaces: 'translation', plus each lazy area the bundle carries
 * under its name (ALL_MESSAGES does, for the tests and the prerender; the app's own bundles do
 * not: their parts add them).
 */
function namespaced(strings: Translation): Record<string, object> {
  const lazy = new Set<string>(LAZY_NAMESPACES);
  const entries = Object.entries(strings);
  return {
    translation: Object.fromEntries(entries.filter(([key]) => !lazy.has(key))),
    ...Object.fromEntries(entries.filter(([key]) => lazy.has(key))),
  };
}

/**
 * Switches `instance` to `lang`, fetching its strings first if it has none yet. `stillWanted` is
 * asked once they have arrived: a reader who meanwhile chose another language (or went Back) must
 * not be switched to this one by a late download.
 */
export async function switchLanguage(
  instance: I18n,
  lang: Lang,
  load: (lang: Lang) => Promise<Translation>,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  if (!instance.hasResourceBundle(lang, 'translation'))
    instance.addResourceBundle(lang, 'translation', await load(lang));
  if (!stillWanted()) return false;
  if (instance.language !== lang) await instance.changeLanguage(lang);
  return true;
}
