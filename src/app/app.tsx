import './app.css';
import { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { DataLoadError } from '../data/data-load-error';
import { createI18n } from '../i18n/create-i18n';
import { HTML_LANG, langFromBrowser } from '../i18n/resolve-lang';
import { decodeView } from '../state/url-codec';
import { createViewStore, type ViewStore } from '../state/view-store';
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
  queryClient?: QueryClient;
  store?: ViewStore;
  /** For tests; the browser's list otherwise. */
  preferredLanguages?: readonly string[];
}

export function App({ queryClient, store, preferredLanguages }: Props) {
  const [client] = useState(() => queryClient ?? createAppQueryClient());
  // The language is needed before the data arrives (loading and error screens), so the link's
  // syntax is read here; ids are checked against the dataset once it has loaded.
  const [viewStore] = useState(() => store ?? createViewStore(decodeView(window.location.search).view));
  const urlLang = useStore(viewStore, (s) => s.view.lang);
  const lang = urlLang ?? langFromBrowser(preferredLanguages ?? navigator.languages);
  const [i18n] = useState(() => createI18n(lang));

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = HTML_LANG[lang];
    document.title = i18n.t('app.title');
  }, [i18n, lang]);

  return (
    <AppProviders i18n={i18n} client={client} store={viewStore}>
      <AppErrorBoundary>
        <DataGate />
      </AppErrorBoundary>
    </AppProviders>
  );
}
