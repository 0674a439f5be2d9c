import type { ReactNode } from 'react';
import type { Dataset, Lang } from '../../domain/schema/dataset-schema';
import type { ViewState } from '../../state/view-state';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ParkList } from './park-list';
import { PlaceDetailsHost } from './place-details';

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
  const list = <ParkList dataset={dataset} />;
  const { store, user } = renderWithProviders(
    <>
      {before}
      {listOnly ? list : <PlaceDetailsHost dataset={dataset}>{list}</PlaceDetailsHost>}
    </>,
    { lang, view },
  );
  return { store, user };
}
