import type { i18n as I18n, TFunction } from 'i18next';
import type { LazyArea } from './lazy-area';
import { APP_NAMESPACES, type AppNamespaces, type LazyNamespace } from './namespaces';
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { LANGS, type Lang } from '../domain/schema/vocabulary';

/**
 * The app's translate function: an eager area's key as it is (`t('app.title')`), a lazy area's
 * with its namespace (`t('shareDialog:title')`); both type-checked against the source strings.
 */
export type Translate = TFunction<AppNamespaces>;

/** The app's i18next instance, the language it renders in, and a `t` fixed to that language. */
interface Binding {
  i18n: I18n;
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<Binding | null>(null);

const asLang = (language: string): Lang =>
  (LANGS as readonly string[]).includes(language) ? (language as Lang) : 'en';

/**
 * Binds i18next to React once for the whole tree: one subscription to the language, one `t` per
 * language. (react-i18next's useTranslation did this in every component, copying the i18next
 * instance's properties on each mount: about 2 ms of every presentation scene and a share of
 * every click.) Components re-render with a new `t` when the language changes.
 */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const language = useSyncExternalStore(
    (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    () => i18n.language,
    () => i18n.language,
  );
  const binding = useMemo(
    () => ({ i18n, lang: asLang(language), t: i18n.getFixedT(language, APP_NAMESPACES) }),
    [i18n, language],
  );
  return <I18nContext.Provider value={binding}>{children}</I18nContext.Provider>;
}

function useBinding(): Binding {
  const binding = useContext(I18nContext);
  if (!binding) throw new Error('useT and useLang must be used inside <I18nProvider>');
  return binding;
}

/** The translate function, in the language the UI renders in. */
export const useT = (): Translate => useBinding().t;

/** The language the UI is rendering in right now. */
export const useLang = (): Lang => useBinding().lang;

/**
 * Adds `area`'s namespace to the app's i18next instance, for each language whose strings are
 * loaded, before the caller's first t(). Called during render by the lazy part's root: adding is
 * synchronous and emits nothing React listens to; a language loaded later (the reader switches)
 * re-renders the caller, which adds it then. Languages not loaded yet are skipped, so that their
 * own strings are still fetched.
 */
export function useLazyArea(area: LazyArea<LazyNamespace, object>): void {
  const { i18n } = useBinding();
  for (const lang of LANGS)
    if (i18n.hasResourceBundle(lang, 'translation') && !i18n.hasResourceBundle(lang, area.ns))
      i18n.addResourceBundle(lang, area.ns, area.messages[lang]);
}
