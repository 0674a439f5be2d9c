/**
 * One way for component tests to mount something as the app does: the strings of every language
 * (or those given) in a translator of its own, a fresh view store, and a fresh QueryClient
 * that never retries, optionally holding the files already (as if they had been fetched).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { I18n } from '../i18n/create-i18n';
import type { ReactNode } from 'react';
import { queryKeys } from '../data/queries';
import type { Dataset, Lang } from '../domain/schema/dataset-schema';
import type { Followup } from '../domain/schema/followup-schema';
import type { Geography } from '../domain/schema/geo-schema';
import type { ParkFacts } from '../domain/schema/park-facts-schema';
import { ALL_MESSAGES } from '../i18n/all-messages';
import { createI18n } from '../i18n/create-i18n';
import { I18nProvider } from '../i18n/i18n-context';
import type { Translation } from '../i18n/resources';
import { createViewStore, type ViewStore } from '../state/view-store';
import { ViewStoreProvider } from '../state/view-store-context';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state';

export interface ProviderOptions {
  /** The language rendered (default zh-Hans, the dataset's own). */
  lang?: Lang;
  /** The strings the translator starts with (default: every language). */
  messages?: Partial<Record<Lang, Translation>>;
  /** A translator of the test's own (then `lang` and `messages` are ignored). */
  i18n?: I18n;
  /** The view the store starts with, over DEFAULT_VIEW. */
  view?: Partial<ViewState>;
  /** A store of the test's own (then `view` is ignored). */
  store?: ViewStore;
  /** The page's address before rendering (what useUrlSync and share links read). */
  url?: string;
  /** A QueryClient of the test's own (default: a fresh one, `retry: false`). */
  client?: QueryClient;
  /** Files the client holds already, as if fetched: DataGate, useFollowup and useParkFacts then fetch nothing. */
  dataset?: Dataset;
  followup?: Followup;
  geography?: Geography;
  parkFacts?: ParkFacts;
  /** Passed on to Testing Library's render (container, wrapper…). */
  render?: Omit<RenderOptions, 'queries'>;
}

/** A fresh QueryClient as tests want it: no retries, so a failure shows at once. */
export const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** The providers the app puts around everything, for `ui` (and for a rerender). */
export function providers({
  lang = 'zh-Hans',
  messages = ALL_MESSAGES,
  i18n = createI18n(lang, messages),
  view = {},
  store = createViewStore({ ...DEFAULT_VIEW, ...view }),
  client = testQueryClient(),
  dataset,
  followup,
  geography,
  parkFacts,
}: Omit<ProviderOptions, 'url' | 'render'> = {}) {
  if (dataset) client.setQueryData(queryKeys.dataset, dataset);
  if (followup) client.setQueryData(queryKeys.followup, followup);
  if (geography) client.setQueryData(queryKeys.geography, geography);
  if (parkFacts) client.setQueryData(queryKeys.parkFacts, parkFacts);
  const wrap = (ui: ReactNode) => (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ViewStoreProvider store={store}>{ui}</ViewStoreProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
  return { wrap, store, client, i18n };
}

/**
 * Renders `ui` inside the app's providers. Returns Testing Library's result plus the store, the
 * QueryClient, the translator, a user-event `user`, and `rerenderWith(ui)` (same providers).
 */
export function renderWithProviders(
  ui: ReactNode,
  { url, render: renderOptions, ...options }: ProviderOptions = {},
) {
  if (url !== undefined) window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  const { wrap, store, client, i18n } = providers(options);
  const result = render(wrap(ui), renderOptions);
  return {
    ...result,
    store,
    client,
    i18n,
    user,
    rerenderWith: (next: ReactNode) => result.rerender(wrap(next)),
  };
}
