import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset-schema';

// Recharts is loaded only when the charts tab is opened, so it stays out of the first download.
const ChartsPanel = lazy(() => import('./charts-panel').then((m) => ({ default: m.ChartsPanel })));

export function ChartsTab({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p role="status" className="charts-loading">
          {t('charts.loading')}
        </p>
      }
    >
      <ChartsPanel dataset={dataset} />
    </Suspense>
  );
}
