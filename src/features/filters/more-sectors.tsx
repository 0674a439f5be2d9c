import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { SectorCount, SectorGroupOf } from '../../domain/parks/sector-selectors';
import { SectorGroupToggles } from './sector-toggle';

/** Where the filter is laid out for a phone (filters.css): there a choice closes the list. */
const onPhone = () => typeof matchMedia === 'function' && matchMedia('(max-width: 760px)').matches;

interface Props {
  /** The groups behind the control (characteristic, future). */
  groups: readonly SectorGroupOf[];
  selected: readonly string[];
  counts: ReadonlyMap<string, SectorCount>;
  order: readonly string[];
  /** The control, for the chosen chips to hand the focus back to. */
  controlRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The sectors that are not leading industries, behind one disclosure button that says how many
 * there are and how many of them are chosen. The list opens over the map (the map keeps its size)
 * and is rendered only while open, so the first screen carries three toggles, not sixteen.
 * Escape, a click outside or the focus leaving closes it. On a phone a choice closes it too, so the
 * reader sees its effect on the map at once; wider screens keep it open for several choices.
 */
export function MoreSectors({ groups, selected, counts, order, controlRef }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const total = groups.reduce((n, g) => n + g.sectors.length, 0);
  const chosen = groups.reduce((n, g) => n + g.sectors.filter((s) => selected.includes(s.id)).length, 0);
  const close = (focus: boolean) => {
    setOpen(false);
    if (focus) controlRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (e.target instanceof Node && !boxRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  if (total === 0) return null;
  return (
    <div
      ref={boxRef}
      className="sector-more"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close(true);
      }}
      onBlur={(e) => {
        // Only a focus that lands elsewhere closes it (Safari does not focus a clicked button).
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={controlRef}
        type="button"
        className="button sector-more-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {chosen > 0 ? t('filters.moreChosen', { count: total, chosen }) : t('filters.more', { count: total })}
      </button>
      {/* Only the toggles inside are controls: the click is theirs, this listens to it bubble. */}
      <div
        id={panelId}
        className="sector-more-panel"
        hidden={!open}
        onClick={(e) => {
          if (e.target instanceof Element && e.target.closest('.sector-toggle') && onPhone()) close(true);
        }}
      >
        {open
          ? groups.map(({ group, sectors }) => (
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
            ))
          : null}
      </div>
    </div>
  );
}
