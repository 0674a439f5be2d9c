import { memo, useMemo } from 'react';
import { useT } from '../i18n/i18n-context';
import { useScreenIds } from '../ui/screen-ids';
import type { Dataset } from '../domain/schema/dataset-schema';
import type { Geography } from '../domain/schema/geo-schema';
import { SectorFilter } from '../features/filters/sector-filter';
import { MapSlot } from '../features/map/map-slot';
import { PresentationHost } from '../features/present/presentation-host';
import { PlaceDetailsHost } from '../features/parks/place-details';
import { CompareTraySlot, CompareViewSlot } from '../features/compare/compare-slots';
import type { Vocabulary } from '../state/url-codec';
import { useUrlSync } from '../state/use-url-sync';
import { AppHeader } from './app-header';
import { BriefHost } from './brief-host';
import { LinkNotice } from './link-notice';
import { SidePanel } from './side-panel';

interface Props {
  dataset: Dataset;
  geography: Geography;
}

/**
 * The link's reading and writing, as the first child of the page: its layout effect then runs
 * before those of the parts after it (use-url-sync.ts says why that matters).
 */
function UrlSync({ vocab }: { vocab: Vocabulary }) {
  useUrlSync(vocab);
  return null;
}

/**
 * Memo: the queries' first notification after mounting re-renders the data gate (synchronously, as
 * every external-store update is); with the same files that must not render the whole page again.
 */
export const Dashboard = memo(function Dashboard({ dataset, geography }: Props) {
  const t = useT();
  const id = useScreenIds();
  const vocab = useMemo<Vocabulary>(
    () => ({
      sectors: new Set(dataset.sectors.map((s) => s.id)),
      parks: new Set(dataset.parks.map((p) => p.id)),
      counties: new Set(dataset.divisions.map((d) => d.code)),
      entities: new Set(dataset.entities.map((e) => e.id)),
    }),
    [dataset],
  );
  const sourceDates = useMemo(() => dataset.sources.map((s) => s.date), [dataset]);

  return (
    <div className="app">
      <UrlSync vocab={vocab} />
      <a className="skip-link" href={`#${id('panel')}`}>
        {t('app.skipToContent')}
      </a>
      <AppHeader sourceDates={sourceDates} />
      <LinkNotice />
      <main className="layout" aria-label={t('app.main')}>
        <div className="layout-filter">
          <SectorFilter dataset={dataset} />
        </div>
        {/* The prerendered first screen is the default view: no tray, no comparison. */}
        {import.meta.env.SSR ? null : <CompareTraySlot dataset={dataset} />}
        {import.meta.env.SSR ? null : <CompareViewSlot dataset={dataset} />}
        <div className="layout-map">
          <MapSlot dataset={dataset} geography={geography} />
        </div>
        <aside className="layout-panel" id={id('panel')} aria-label={t('panel.label')} tabIndex={-1}>
          <PlaceDetailsHost dataset={dataset}>
            <SidePanel dataset={dataset} />
          </PlaceDetailsHost>
        </aside>
      </main>
      <PresentationHost dataset={dataset} geography={geography} />
      <BriefHost dataset={dataset} geography={geography} />
    </div>
  );
});
