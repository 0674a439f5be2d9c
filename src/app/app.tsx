import './app.css';
import { QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useState } from 'react';
import { useLang, useT } from '../i18n/i18n-context';
import { useStore } from 'zustand';
import { DataLoadError } from '../data/data-load-error';
import { createI18n, switchLanguage } from '../i18n/create-i18n';
import { loadMessages, type Translation } from '../i18n/resources';
import type { Lang } from '../domain/schema/dataset-schema';
import { langFromBrowser } from '../i18n/resolve-lang';
import { decodeView } from '../state/url-codec';
import { createViewStore } from '../state/view-store';
import { AppErrorBoundary } from './app-error-boundary';
import { AppProviders } from './app-providers';
import { DataGate } from './data-gate';

/** Only a network failure is worth retrying by itself; a 404 or a bad file will not heal. */
const retry = (count: number, error: unknown) =>
  count < 2 && error instanceof DataLoadError && error.failure.kind === 'network';

export function createAppQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry, refetchOnWindowFocus: false } } });
}

interface Props {
  queryClient: QueryClient;
  /** The strings of the reader's language, loaded before the first render (main.tsx). */
  messages: Partial<Record<Lang, Translation>>;
}

export function App({ queryClient, messages }: Props) {
  // The language is needed before the data arrives (loading and error screens), so the link's
  // syntax is read here; ids are checked against the dataset once it has loaded.
  const [viewStore] = useState(() => createViewStore(decodeView(window.location.search).view));
  const urlLang = useStore(viewStore, (s) => s.view.lang);
  const lang = urlLang ?? langFromBrowser(navigator.languages);
  const [i18n] = useState(() => createI18n(lang, messages));

  useEffect(() => {
    let live = true;
    // Another language's strings are fetched on first use (the switcher preloads them on hover).
    void switchLanguage(i18n, lang, loadMessages, () => live);
    return () => {
      live = false;
    };
  }, [i18n, lang]);

  return (
    <AppProviders i18n={i18n} client={queryClient} store={viewStore}>
      <DocumentLanguage />
      <AppErrorBoundary>
        <DataGate />
      </AppErrorBoundary>
    </AppProviders>
  );
}

/**
 * <html lang> and the title follow the language the page is rendered in (not the one asked for,
 * whose strings may still be on their way): set in the same commit as the new words.
 */
function DocumentLanguage() {
  const t = useT();
  const lang = useLang();
  useLayoutEffect(() => {
    document.documentElement.lang = lang; // our language codes are BCP 47 tags
    document.title = t('app.title');
  }, [lang, t]);
  return null;
}
