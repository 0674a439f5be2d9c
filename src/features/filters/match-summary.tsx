import './filters.css';
import { useId, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Localized } from '../../domain/schema/dataset-schema';
import { pick, joinNames } from '../../domain/text/localize';
import { matchesLinked } from '../../domain/parks/sector-match';
import { matchSummary } from '../../domain/parks/sector-selectors';
import { useDeferredSectors, useViewActions, useViewStore } from '../../state/view-store-context';
import { useCompareChoice } from '../../state/use-compare';
import { CompareToggle } from '../../ui/compare-toggle';

/** A matching park's way into the comparison. */
function MatchCompare({ dataset, id, name }: { dataset: Dataset; id: string; name: string }) {
  const { chosen, toggle } = useCompareChoice(dataset, id);
  return <CompareToggle name={name} chosen={chosen} onToggle={toggle} />;
}

/** Names listed here at most; a full project register is browsed in the park list instead. */
const LISTED = 50;

/**
 * The panel's answer to the sector filter: which parks and which firms match, and which counties
 * have none. Without a filter it only says that everything is shown. Each name opens its details,
 * as its row in the park list does.
 */
export function MatchSummary({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const selected = useDeferredSectors();
  const links = useViewStore((s) => s.view.links);
  const { selectPark, selectEntity } = useViewActions();
  const summary = useMemo(() => matchSummary(dataset, selected, links), [dataset, selected, links]);
  /** A name, marked "(inferred)" when only an inferred link makes it match. */
  const named = (x: Parameters<typeof matchesLinked>[0] & { name: Localized }) =>
    links === 'all' && !matchesLinked(x, selected, 'sourced') ? (
      <em className="is-inferred">{t('links.sectorInferred', { name: pick(x.name, lang) })}</em>
    ) : (
      pick(x.name, lang)
    );
  const headingId = useId();
  const names = (xs: readonly { name: Localized }[]) =>
    joinNames(
      xs.map((x) => pick(x.name, lang)),
      lang,
    );

  return (
    <section className="match-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('filters.summary.heading')}</h2>
      {summary.selected.length === 0 ? (
        <p>{t('filters.summary.none')}</p>
      ) : (
        <>
          <p>{t('filters.summary.chosen', { sectors: names(summary.selected) })}</p>
          <h3>{t('filters.summary.parks', { count: summary.parks.length })}</h3>
          {summary.parks.length > 0 ? (
            <ul
              className="match-list"
              aria-label={t('filters.summary.parks', { count: summary.parks.length })}
            >
              {summary.parks.map((p) => (
                <li key={p.id} data-park={p.id}>
                  <button type="button" onClick={() => selectPark(p.id)}>
                    {named(p)}
                  </button>{' '}
                  <MatchCompare dataset={dataset} id={p.id} name={pick(p.name, lang)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="match-none">{t('filters.summary.noParks')}</p>
          )}
          <h3>{t('filters.summary.entities', { count: summary.entities.length })}</h3>
          {summary.entities.length > 0 ? (
            <ul
              className="match-list"
              aria-label={t('filters.summary.entities', { count: summary.entities.length })}
            >
              {summary.entities.slice(0, LISTED).map((e) => (
                <li key={e.id} data-entity={e.id}>
                  <button type="button" onClick={() => selectEntity(e.id)}>
                    {named(e)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="match-none">{t('filters.summary.noEntities')}</p>
          )}
          {summary.entities.length > LISTED ? (
            <p className="match-none">
              {t('filters.summary.moreEntities', { count: summary.entities.length - LISTED })}
            </p>
          ) : null}
          {summary.unplacedEntities.length > 0 ? (
            <p className="match-none">
              {t('filters.summary.unplaced', { list: names(summary.unplacedEntities) })}
            </p>
          ) : null}
          <p>
            {summary.divisionsWithoutMatch.length > 0
              ? t('filters.summary.countiesWithout', { list: names(summary.divisionsWithoutMatch) })
              : t('filters.summary.everyCounty')}
          </p>
        </>
      )}
    </section>
  );
}
