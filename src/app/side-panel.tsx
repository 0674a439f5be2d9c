import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset-schema';
import { HeadlineFigures } from '../features/figures/headline-figures';
import { useViewActions, useViewStore } from '../state/view-store-context';
import { Tabs } from '../ui/tabs';

/** The panel beside the map: overview figures, the park list, the charts (one tab each). */
export function SidePanel({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const tab = useViewStore((s) => s.view.tab);
  const { setTab } = useViewActions();
  return (
    <Tabs
      label={t('panel.label')}
      selected={tab}
      onSelect={setTab}
      tabs={[
        { id: 'overview', label: t('panel.overview'), panel: <HeadlineFigures dataset={dataset} /> },
        { id: 'parks', label: t('panel.parks'), panel: <p>{t('panel.comingSoon')}</p> },
        { id: 'charts', label: t('panel.charts'), panel: <p>{t('panel.comingSoon')}</p> },
      ]}
    />
  );
}
