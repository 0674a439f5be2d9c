import './parks.css';
import { useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import { parkDirectory } from '../../domain/parks/park-directory';
import { byKnowledge } from '../../domain/parks/park-knowledge';
import { matchesLinked } from '../../domain/parks/sector-match';
import { useViewActions, useViewStore, useDeferredSectors } from '../../state/view-store-context';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';
import { useScreenIds } from '../../ui/screen-ids';
import { EntityRow } from './entity-row';
import { ParkOrderControl, knowledgeOf } from './park-knowledge';
import { ParkRow } from './park-row';

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
