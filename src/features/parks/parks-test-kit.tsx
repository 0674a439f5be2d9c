import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { datasetSchema, type Dataset, type Lang } from '../../domain/dataset-schema';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { createI18n } from '../../i18n/create-i18n';
import { I18nProvider } from '../../i18n/i18n-context';
import { createViewStore } from '../../state/view-store';
import { ViewStoreProvider } from '../../state/view-store-context';
import { DEFAULT_VIEW, type ViewState } from '../../state/view-state';
import { ParkList } from './park-list';
import { PlaceDetailsHost } from './place-details';

/** The shipped dataset, parsed as the app parses it. */
export const shippedDataset = (): Dataset =>
  datasetSchema.parse(JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as unknown);

interface Options {
  lang?: Lang;
  view?: Partial<ViewState>;
  /** The park list alone, without the details panel in front of it. */
  listOnly?: boolean;
  /** Rendered before the host (a control for focus to come from). */
  before?: ReactNode;
}

/**
 * The park list as the app mounts it: in the details host (the details in front of the list, which
 * stays mounted), with a fresh view store and the strings of every language.
 */
export function renderParkList(
  dataset: Dataset,
  { lang = 'zh-Hans', view = {}, listOnly, before }: Options = {},
) {
  const store = createViewStore({ ...DEFAULT_VIEW, ...view });
  const user = userEvent.setup();
  const list = <ParkList dataset={dataset} />;
  render(
    <I18nProvider i18n={createI18n(lang, ALL_MESSAGES)}>
      <ViewStoreProvider store={store}>
        {before}
        {listOnly ? list : <PlaceDetailsHost dataset={dataset}>{list}</PlaceDetailsHost>}
      </ViewStoreProvider>
    </I18nProvider>,
  );
  return { store, user };
}
