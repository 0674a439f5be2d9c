import { memo, useId } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Sector } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import type { SectorCount } from '../../domain/parks/sector-selectors';
import { useViewActions } from '../../state/view-store-context';

interface GroupProps {
  label: string;
  note: string | null;
  sectors: readonly Sector[];
  selected: readonly string[];
  counts: ReadonlyMap<string, SectorCount>;
  order: readonly string[];
}

/** One group of the filter (leading, characteristic, future): its name, then a toggle per sector. */
export function SectorGroupToggles({ label, note, sectors, selected, counts, order }: GroupProps) {
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
