import './filters.css';
import { memo, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Sector } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import {
  matchSummary,
  parkCountsBySector,
  sectorOrder,
  sectorsByGroup,
  type SectorCount,
} from '../../domain/parks/sector-selectors';
import { useViewActions, useViewStore } from '../../state/view-store-context';

/**
 * The sector filter: one toggle per sector, grouped as leading, characteristic and future
 * industries, each showing how many parks list it. The selection lives in the view store, so the
 * map, the park list, the charts and the link all follow it.
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
  const groupsId = useId();
  // On a phone the toggles fold away so the map stays on the first screen; wider screens ignore this.
  const [expanded, setExpanded] = useState(false);
  const expandRef = useRef<HTMLButtonElement>(null);
  // On a phone the open list pushes the map off the first screen: a choice closes it again, so the
  // reader sees its effect on the map at once (the button says how many are chosen; one tap
  // reopens it). The focus goes to that button, not to the hidden toggle. Wider screens show the
  // list always, and nothing changes there.
  const closeAfterChoice = (e: MouseEvent<HTMLDivElement>) => {
    if (!(e.target instanceof Element) || !e.target.closest('.sector-toggle')) return;
    setExpanded(false);
    const button = expandRef.current;
    if (expanded && button && button.offsetParent !== null) button.focus();
  };
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
        <button
          ref={expandRef}
          type="button"
          className="button sector-filter-expand"
          aria-expanded={expanded}
          aria-controls={groupsId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('filters.hideSectors') : t('filters.showSectors', { count: selected.length })}
        </button>
        <p className="sector-filter-status" role="status">
          {status}
          {links === 'sourced' ? ` · ${t('links.statusSourced')}` : ''}
        </p>
        <LinkSwitch />
      </div>
      {/* Only the toggles inside are controls: the click is theirs, this listens to it bubble. */}
      <div className="sector-groups" id={groupsId} data-expanded={expanded} onClick={closeAfterChoice}>
        {groups.map(({ group, sectors }) => (
          <SectorGroupToggles
            key={group}
            label={t(`filters.groups.${group}`)}
            // The source never says 特色产业: the grouping is ours, and says so (m19).
            note={group === 'characteristic' ? t('filters.groupNote.characteristic') : null}
            sectors={sectors}
            selected={selected}
            counts={counts}
            order={order}
          />
        ))}
      </div>
    </section>
  );
}

interface GroupProps {
  label: string;
  note: string | null;
  sectors: readonly Sector[];
  selected: readonly string[];
  counts: ReadonlyMap<string, SectorCount>;
  order: readonly string[];
}

function SectorGroupToggles({ label, note, sectors, selected, counts, order }: GroupProps) {
  const id = useId();
  return (
    <div className="sector-group" role="group" aria-labelledby={id}>
      <h3 id={id} className="sector-group-title">
        {label}
      </h3>
      {note ? <p className="sector-group-note">{note}</p> : null}
      <ul className="sector-toggles">
        {sectors.map((s) => (
          <li key={s.id}>
            <SectorToggle
              sector={s}
              pressed={selected.includes(s.id)}
              count={counts.get(s.id) ?? NO_PARKS}
              order={order}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

const NO_PARKS: SectorCount = { parks: 0, inferred: 0 };

/**
 * "Sourced links only": a switch (kept in the link as `links=sourced`) that makes every match
 * ignore inferred park–sector and firm–sector links.
 */
function LinkSwitch() {
  const t = useT();
  const on = useViewStore((s) => s.view.links === 'sourced');
  const { setLinks } = useViewActions();
  const hintId = useId();
  return (
    <div className="link-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={hintId}
          onChange={(e) => setLinks(e.target.checked ? 'sourced' : 'all')}
        />{' '}
        <span className="link-switch-label">{t('links.switchLabel')}</span>
      </label>
      <span id={hintId} className="link-switch-hint">
        {t('links.switchHint')}
      </span>
    </div>
  );
}

interface ToggleProps {
  sector: Sector;
  pressed: boolean;
  count: SectorCount;
  order: readonly string[];
}

/** Memo: a toggle renders again only when its own pressed state or count changes. */
const SectorToggle = memo(function SectorToggle({ sector, pressed, count, order }: ToggleProps) {
  const t = useT();
  const lang = useLang();
  const { toggleSector } = useViewActions();
  const countId = useId();
  return (
    // The accessible name is what the button shows, the sector's name and its park count (a
    // speech-input user says what they see: WCAG 2.5.3); the description spells the count out.
    <button
      type="button"
      className="sector-toggle"
      aria-pressed={pressed}
      aria-describedby={countId}
      data-sector={sector.id}
      onClick={() => toggleSector(sector.id, order)}
    >
      {/* The sector's colour as an SVG fill, not a style attribute: the prerendered page then
          needs no style hashes in its CSP (16 of them were ~0.8 KB of the first download). */}
      <svg className="sector-bar" aria-hidden="true">
        <rect width="100%" height="100%" fill={sector.color} />
      </svg>
      <span className="sector-check" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      <span className="sector-name">{pick(sector.name, lang)}</span>
      {/* Between the name and the count in the accessible name; not laid out in the flex row. */}{' '}
      <span className="sector-count">
        {count.parks}
        {/* A no-break space: Chromium leaves a plain one here out of the accessible name ("4· …"). */}
        {count.inferred > 0 ? (
          <>
            {'\u00a0'}
            <span className="sector-count-inferred">
              · {t('links.inferredCount', { count: count.inferred })}
            </span>
          </>
        ) : null}
      </span>
      <span id={countId} hidden>
        {count.inferred > 0
          ? t('links.parkCount', { count: count.parks, inferred: count.inferred })
          : t('filters.parkCount', { count: count.parks })}
      </span>
    </button>
  );
});
