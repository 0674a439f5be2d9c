import { useT } from '../i18n/i18n-context';
import type { Dataset } from '../domain/schema/dataset-schema';
import { ChartsTab, preloadCharts } from '../features/charts/charts-tab';
import { HeadlineFigures } from '../features/figures/headline-figures';
import { MatchSummary } from '../features/filters/match-summary';
import { OutcomesTab, preloadOutcomes } from '../features/outcomes/outcomes-tab';
import { ParksTab, preloadParkList } from '../features/parks/parks-tab';
import { useViewActions, useViewStore } from '../state/view-store-context';
import { Tabs } from '../ui/tabs';
import { OverviewMoreSlot } from './overview-more-slot';

/** The panel beside the map: overview figures, the park list, the charts, targets and outcomes (one tab each). */
export function SidePanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const tab = useViewStore((s) => s.view.tab);
  const { setTab } = useViewActions();
  return (
    <Tabs
      label={t('panel.label')}
      selected={tab}
      onSelect={setTab}
      tabs={[
        {
          id: 'overview',
          label: t('panel.overview'),
          panel: (
            <>
              <MatchSummary dataset={dataset} />
              <HeadlineFigures dataset={dataset} />
              {/* Key figures and sources, below the first screen: the prerendered HTML leaves them to the app. */}
              {import.meta.env.SSR ? null : <OverviewMoreSlot dataset={dataset} />}
            </>
          ),
        },
        {
          id: 'parks',
          label: t('panel.parks'),
          panel: <ParksTab dataset={dataset} />,
          preload: preloadParkList,
        },
        {
          id: 'charts',
          label: t('panel.charts'),
          panel: <ChartsTab dataset={dataset} />,
          preload: preloadCharts,
        },
        {
          id: 'outcomes',
          label: t('panel.outcomes'),
          panel: <OutcomesTab dataset={dataset} />,
          preload: preloadOutcomes,
        },
      ]}
    />
  );
}
