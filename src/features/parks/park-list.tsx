import './parks.css';
import { memo, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Park } from '../../domain/schema/dataset-schema';
import { clauseSeparator, pick } from '../../domain/text/localize';
import { parkDirectory, precisionKey } from '../../domain/parks/park-directory';
import { byKnowledge } from '../../domain/parks/park-knowledge';
import { parkSymbol } from '../../domain/map/map-items';
import { matchesLinked } from '../../domain/parks/sector-match';
import { useViewActions, useViewStore, useDeferredSectors } from '../../state/view-store-context';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';
import { MarkerSymbol } from '../../ui/marker-symbol';
import { CompareToggle } from '../../ui/compare-toggle';
import { useCompareChoice } from '../../state/use-compare';
import { useScreenIds } from '../../ui/screen-ids';
import { EntityRow } from './entity-row';
import { SectorNames } from './link-basis';
import { KnownLine, ParkOrderControl, knowledgeOf } from './park-knowledge';

/** Up to this many firms and projects are plain rows; a longer register is a virtual list. */
const PLAIN_ROWS = 200;
// Only a register that long needs the virtual list: its code, the virtualizer's and its strings
// are a chunk of their own, out of the first download.
const longEntityList = lazyPart(
  () => import('./long-entity-list'),
  (m) => m.LongEntityList,
);

/**
 * The parks as a list: the map's text alternative and the phone's main way in. Core parks
 * first (with the parks inside them), then each block's districts and counties with their
 * characteristic parks, then the named firms and projects — or, by the reader's choice, every
 * park most documented first. Every row opens the same details panel as the map and says how
 * much is known about it. Parks outside the selected sectors fade but stay listed.
 */
export function ParkList({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const id = useScreenIds();
  const sectors = useDeferredSectors();
  const links = useViewStore((s) => s.view.links);
  const order = useViewStore((s) => s.view.order);
  const ranked = useMemo(
    () => (order === 'known' ? byKnowledge(dataset.parks, knowledgeOf(dataset)) : []),
    [dataset, order],
  );
  // One pass per filter change; each row is told whether it fades (and renders only if that changed).
  const fadedIds = useMemo(() => {
    const out = new Set<string>();
    for (const p of dataset.parks) if (!matchesLinked(p, sectors, links)) out.add(p.id);
    for (const e of dataset.entities) if (!matchesLinked(e, sectors, links)) out.add(e.id);
    return out;
  }, [dataset, sectors, links]);

  return (
    <section className="park-list" aria-labelledby={id('park-list-heading')}>
      <h2 id={id('park-list-heading')}>{t('parks.heading')}</h2>
      <p className="muted">{t('parks.intro')}</p>
      {sectors.length > 0 ? <p className="park-list-filter">{t('parks.filtered')}</p> : null}
      <ParkOrderControl />
      <p className="muted park-known-basis">{t('known.basis')}</p>

      {order === 'known' ? (
        <>
          <h3 id={id('park-list-ranked')}>{t('known.orders.known')}</h3>
          <ol className="park-rows" aria-labelledby={id('park-list-ranked')}>
            {ranked.map((park) => (
              <li key={park.id}>
                <ParkRow dataset={dataset} park={park} faded={fadedIds.has(park.id)} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <DirectoryParks dataset={dataset} fadedIds={fadedIds} />
      )}

      <h3 id={id('park-list-entities')}>{t('parks.entities')}</h3>
      <p className="muted">{t('parks.entitiesIntro')}</p>
      {dataset.entities.length > PLAIN_ROWS ? (
        <LazyPartBoundary part={longEntityList} message={t('parks.listFailed')} retryLabel={t('error.retry')}>
          <longEntityList.Component dataset={dataset} fadedIds={fadedIds} />
        </LazyPartBoundary>
      ) : (
        <ul className="entity-rows" aria-labelledby={id('park-list-entities')}>
          {dataset.entities.map((entity) => (
            <li key={entity.id}>
              <EntityRow dataset={dataset} entity={entity} faded={fadedIds.has(entity.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The parks by place: core parks (with the parks inside them), then each block's counties. */
function DirectoryParks({ dataset, fadedIds }: { dataset: Dataset; fadedIds: ReadonlySet<string> }) {
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const { selectCounty } = useViewActions();
  const dir = useMemo(() => parkDirectory(dataset), [dataset]);
  return (
    <>
      <h3 id={id('park-list-core')}>{t('parks.core')}</h3>
      <ul className="park-rows" aria-labelledby={id('park-list-core')}>
        {dir.core.map(({ park, children }) => (
          <li key={park.id}>
            <ParkRow dataset={dataset} park={park} faded={fadedIds.has(park.id)} />
            {children.length > 0 ? (
              <ul className="park-rows park-rows-nested">
                {children.map((child) => (
                  <li key={child.id}>
                    <ParkRow dataset={dataset} park={child} faded={fadedIds.has(child.id)} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>

      {dir.blocks.map(({ block, counties }) => (
        <section key={block} aria-labelledby={id(`park-list-${block}`)}>
          <h3 id={id(`park-list-${block}`)}>{t(block === 'east' ? 'parks.eastGroup' : 'parks.westGroup')}</h3>
          {counties.map(({ division, parks }) => (
            <div key={division.code} className="county-group">
              <h4 className="county-heading">
                <button
                  type="button"
                  className="county-row"
                  data-county={division.code}
                  onClick={() => selectCounty(division.code)}
                >
                  {t('parks.countyOverview', { name: pick(division.name, lang) })}
                </button>
              </h4>
              {parks.length > 0 ? (
                <ul className="park-rows">
                  {parks.map((park) => (
                    <li key={park.id}>
                      <ParkRow dataset={dataset} park={park} faded={fadedIds.has(park.id)} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted park-none">{t('parks.noParkNamed')}</p>
              )}
            </div>
          ))}
        </section>
      ))}

      {dir.unlocated.length > 0 ? (
        <>
          <h3 id={id('park-list-unlocated')}>{t('parks.unlocated')}</h3>
          <ul className="park-rows" aria-labelledby={id('park-list-unlocated')}>
            {dir.unlocated.map((park) => (
              <li key={park.id}>
                <ParkRow dataset={dataset} park={park} faded={fadedIds.has(park.id)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

interface ParkRowProps {
  dataset: Dataset;
  park: Park;
  /** Outside the selected sectors: faded, and said so. */
  faded: boolean;
}

/** One park: its symbol, name, and what kind of place and location it is; opens its details. */
export const ParkRow = memo(function ParkRow({ dataset, park, faded }: ParkRowProps) {
  const t = useT();
  const lang = useLang();
  const selected = useViewStore((s) => s.view.park === park.id);
  const { selectPark } = useViewActions();
  const compare = useCompareChoice(dataset, park.id);
  const meta = [
    park.kind === 'cluster' ? t('parks.kind.cluster') : null,
    t(`parks.precision.${precisionKey(park.location)}`),
    park.secondary ? t('parks.secondaryOnly') : null,
  ].filter((x): x is string => x !== null);
  return (
    <div className="park-row-line">
      <button
        type="button"
        className={`park-row${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`}
        data-park-id={park.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectPark(park.id)}
      >
        <span className="park-row-symbol" aria-hidden="true">
          <MarkerSymbol
            className="parks-symbol"
            symbol={parkSymbol(park)}
            tier={park.tier}
            precision={park.location.precision === 'unpublished' ? 'county' : park.location.precision}
          />
        </span>
        <span className="park-row-text">
          <span className="park-row-name">{pick(park.name, lang)}</span>
          {/* Read as "name, details": without it a screen reader runs the two together. */}
          <span className="sr-only">{clauseSeparator(lang)}</span>
          <span className="park-row-meta">
            {meta.join(' · ')}
            {park.sectors.length > 0 ? (
              <>
                {' · '}
                <SectorNames dataset={dataset} item={park} />
              </>
            ) : null}
            {faded ? ` · ${t('parks.notMatching')}` : ''}
          </span>
          <span className="sr-only">{clauseSeparator(lang)}</span>
          <KnownLine dataset={dataset} park={park} className="park-row-meta park-row-known" />
        </span>
      </button>
      <CompareToggle name={pick(park.name, lang)} chosen={compare.chosen} onToggle={compare.toggle} />
    </div>
  );
});
