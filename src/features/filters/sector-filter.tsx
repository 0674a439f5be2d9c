import './filters.css';
import { useId, useMemo, useRef } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import {
  matchSummary,
  parkCountsBySector,
  sectorOrder,
  sectorsByGroup,
} from '../../domain/parks/sector-selectors';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { ChosenChips } from './chosen-chips';
import { LinkSwitch } from './link-switch';
import { MoreSectors } from './more-sectors';
import { SectorGroupToggles } from './sector-toggle';

/**
 * The sector filter, compact (three rows on a laptop): the heading, "all", "clear", the status and
 * the sectors chosen behind the "more" control; the leading industries' toggles and that control;
 * the "sourced links only" switch. Each toggle shows how many parks list its sector. The selection
 * lives in the view store, so the map, the park list, the charts and the link all follow it.
 *
 * "Select all" chooses every sector explicitly, so every toggle is truthfully pressed and a reader
 * can then switch off the ones not wanted ("all but paper"). "Clear" empties the selection, which
 * means no filter at all (everything shown, nothing pressed). The two differ only for records that
 * list no sector (one park, one lab): a filter of every sector does not include them, no filter does,
 * and the status line says which of the two is in force.
 */
export function SectorFilter({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const selected = useViewStore((s) => s.view.sectors);
  const links = useViewStore((s) => s.view.links);
  const { setSectors } = useViewActions();
  const groups = useMemo(() => sectorsByGroup(dataset), [dataset]);
  const order = useMemo(() => sectorOrder(dataset), [dataset]);
  const counts = useMemo(() => parkCountsBySector(dataset, links), [dataset, links]);
  const summary = useMemo(() => matchSummary(dataset, selected, links), [dataset, selected, links]);
  const headingId = useId();
  const controlRef = useRef<HTMLButtonElement>(null);
  const leading = groups.filter((g) => g.group === 'leading');
  const more = groups.filter((g) => g.group !== 'leading');
  const chosenMore = more.flatMap((g) => g.sectors).filter((s) => selected.includes(s.id));
  const allChosen = order.every((id) => selected.includes(id));

  const status =
    selected.length === 0
      ? t('filters.status.none', {
          parks: summary.totalParks - summary.totalClusters,
          clusters: summary.totalClusters,
          entities: summary.totalEntities,
        })
      : t('filters.status.some', {
          parks: summary.parks.length,
          totalParks: summary.totalParks,
          entities: summary.entities.length,
          totalEntities: summary.totalEntities,
        });

  return (
    <section className="sector-filter" aria-labelledby={headingId}>
      <div className="sector-filter-head">
        <h2 id={headingId} className="sector-filter-title">
          {t('filters.heading')}
        </h2>
        {/* aria-disabled rather than disabled: the button keeps focus after use, and says why it does nothing. */}
        <button
          type="button"
          className="button sector-filter-action"
          aria-disabled={allChosen}
          onClick={() => {
            if (!allChosen) setSectors(order);
          }}
        >
          {t('filters.selectAll')}
        </button>
        <button
          type="button"
          className="button sector-filter-action"
          aria-disabled={selected.length === 0}
          onClick={() => {
            if (selected.length > 0) setSectors([]);
          }}
        >
          {t('filters.clear')}
        </button>
        <p className="sector-filter-status" role="status">
          {status}
          {links === 'sourced' ? ` · ${t('links.statusSourced')}` : ''}
        </p>
        <ChosenChips sectors={chosenMore} order={order} controlRef={controlRef} />
      </div>
      <div className="sector-groups">
        {leading.map(({ group, sectors }) => (
          <SectorGroupToggles
            key={group}
            label={t(`filters.groups.${group}`)}
            note={null}
            sectors={sectors}
            selected={selected}
            counts={counts}
            order={order}
          />
        ))}
        <MoreSectors
          groups={more}
          selected={selected}
          counts={counts}
          order={order}
          controlRef={controlRef}
        />
        <LinkSwitch />
      </div>
    </section>
  );
}
