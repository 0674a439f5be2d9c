import { useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/i18n-context';
import { datasetQuery, geographyQuery } from '../data/queries';
import { Dashboard } from './dashboard';
import { ErrorScreen } from './error-screen';

/**
 * Loads the dataset and the geography; shows a loading state, a named error, or the dashboard.
 * The error screen is for a file that never loaded: when a refresh fails (the network went away on
 * a screen that runs all day), TanStack Query keeps the last good data beside the error, and the
 * dashboard keeps showing it.
 */
export function DataGate() {
  const t = useT();
  const dataset = useQuery(datasetQuery);
  const geography = useQuery(geographyQuery);

  const failed =
    !dataset.data && dataset.error ? dataset : !geography.data && geography.error ? geography : null;
  if (failed) return <ErrorScreen error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!dataset.data || !geography.data) {
    return (
      <main className="loading-screen" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  return <Dashboard dataset={dataset.data} geography={geography.data} />;
}
