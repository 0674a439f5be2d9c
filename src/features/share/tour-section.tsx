import './tour-editor.css';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../../data/queries';
import { useT } from '../../i18n/i18n-context';
import { TourEditor } from './tour-editor';

/**
 * The Share dialog's "Make a presentation tour": folded under the QR code, so the dialog stays
 * what it was until someone asks; unfolded, the tour editor (tour-editor.tsx). Shown only when the
 * dataset is at hand (always, behind the dashboard: read from the query cache, never fetched here).
 */
export function TourSection({ base, close }: { base: string; close: () => void }) {
  const t = useT();
  const dataset = useQuery({ ...datasetQuery, enabled: false }).data;
  if (!dataset) return null;
  return (
    <details className="tour-editor">
      <summary>{t('shareDialog:tour.summary')}</summary>
      <TourEditor dataset={dataset} base={base} close={close} />
    </details>
  );
}
