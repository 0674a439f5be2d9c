import './parks.css';
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { useScreenIds } from '../../ui/screen-ids';

import { CountyDetails } from './county-details';
import { EntityDetails } from './entity-details';
import { ParkDetails } from './park-details';

/**
 * Shows the details of the chosen firm, park or county in place of `children` (the side panel's tabs),
 * which stay mounted but hidden, so the list row that opened the details can take focus back.
 *
 * Focus: opening moves focus to the details' heading and remembers what had it (a map marker, a
 * list row); closing — the close button or Escape — hands focus back to that element. A page
 * opened on a link to a park shows its details without taking focus.
 */
export function PlaceDetailsHost({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const park = useViewStore((s) => s.view.park);
  const county = useViewStore((s) => s.view.county);
  const entity = useViewStore((s) => s.view.entity);
  const { selectPark, selectCounty, selectEntity } = useViewActions();
  const id = useScreenIds();
  const entityRecord = entity ? dataset.entities.find((e) => e.id === entity) : undefined;
  const parkRecord = !entityRecord && park ? dataset.parks.find((p) => p.id === park) : undefined;
  const division =
    !entityRecord && !parkRecord && county ? dataset.divisions.find((d) => d.code === county) : undefined;
  const key = entityRecord
    ? `entity:${entityRecord.id}`
    : parkRecord
      ? `park:${parkRecord.id}`
      : division
        ? `county:${division.code}`
        : null;

  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const previous = useRef<string | null>(null);

  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = key;
    if (key === before) return;
    const active = document.activeElement;
    const inside = active instanceof Node && rootRef.current?.contains(active) === true;
    if (key === null) {
      // Closed (button, Escape, Back): the panel's content is gone, so focus would fall to <body>.
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected && (active === null || active === document.body)) target.focus();
      return;
    }
    // The new content starts at its heading: focus it, and bring the panel's top into view (the
    // side panel scrolls on a desktop, the page on a phone).
    const show = () => {
      headingRef.current?.focus({ preventScroll: true });
      rootRef.current?.scrollIntoView?.({ block: 'start' });
    };
    if (before === null) {
      if (active instanceof HTMLElement && active !== document.body && !inside) {
        returnTo.current = active;
        show();
      }
    } else if (inside || active === null || active === document.body) {
      // Moving within the panel (a park's county, a county's park).
      show();
    } else if (active instanceof HTMLElement) {
      // Opened from elsewhere while open (another marker): that element gets focus back.
      returnTo.current = active;
      show();
    }
  }, [key]);

  const close = () => {
    if (entityRecord) selectEntity(null);
    else if (parkRecord) selectPark(null);
    else selectCounty(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close();
  };

  return (
    <>
      {key ? (
        <section
          ref={rootRef}
          className="place-details"
          aria-labelledby={id('place-details-heading')}
          onKeyDown={onKeyDown}
        >
          {entityRecord ? (
            <EntityDetails dataset={dataset} entity={entityRecord} headingRef={headingRef} onClose={close} />
          ) : parkRecord ? (
            <ParkDetails dataset={dataset} park={parkRecord} headingRef={headingRef} onClose={close} />
          ) : division ? (
            <CountyDetails dataset={dataset} division={division} headingRef={headingRef} onClose={close} />
          ) : null}
        </section>
      ) : null}
      <div hidden={key !== null}>{children}</div>
    </>
  );
}
