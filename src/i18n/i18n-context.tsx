import type { I18n } from './create-i18n';
import type { LazyArea } from './lazy-area';
import type { LazyNamespace } from './namespaces';
import type { MessageKey } from './resources';
import type { Translate as TranslateFn } from './translator';
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { LANGS, type Lang } from '../domain/schema/vocabulary';

/**
 * The app's translate function: an eager area's key as it is (`t('app.title')`), a lazy area's
 * with its namespace (`t('shareDialog:title')`); both type-checked against the source strings.
 */
export type Translate = TranslateFn<MessageKey>;

/** The app's strings, the language it renders in, and a `t` fixed to that language. */
interface Binding {
  i18n: I18n;
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<Binding | null>(null);

/**
 * Binds the strings to React once for the whole tree: one subscription to the language, one `t`
 * per language. Components re-render with a new `t` when the language changes.
 */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const language = useSyncExternalStore(
    (onChange) => i18n.onLanguageChanged(onChange),
    () => i18n.language,
    () => i18n.language,
  );
  const binding = useMemo(() => ({ i18n, lang: language, t: i18n.getFixedT(language) }), [i18n, language]);
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
 * Adds `area`'s namespace to the app's strings, for each language whose strings are
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
