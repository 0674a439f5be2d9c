import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { I18n } from '../i18n/create-i18n';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import type { ViewStore } from '../state/view-store';
import { ViewStoreProvider } from '../state/view-store-context';

interface Props {
  i18n: I18n;
  client: QueryClient;
  store: ViewStore;
  children: ReactNode;
}

/** What every part of the app reads from: strings, server data, the view. Shared with the prerender. */
export function AppProviders({ i18n, client, store, children }: Props) {
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ViewStoreProvider store={store}>{children}</ViewStoreProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
