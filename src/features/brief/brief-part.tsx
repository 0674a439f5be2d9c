import './brief.css';
import { useDeferredValue, useMemo } from 'react';
import { PUBLIC_URL } from '../../data/public-url';
import { useParkFacts } from '../../data/use-park-facts';
import { briefMap } from '../../domain/map/brief-map';
import { compareTable } from '../../domain/parks/compare-rows';
import type { Dataset } from '../../domain/schema/dataset-schema';
import type { Geography } from '../../domain/schema/geo-schema';
import { shareAddress } from '../../domain/share/share-address';
import { useLang, useLazyArea } from '../../i18n/i18n-context';
import { briefArea } from '../../i18n/lazy/brief';
import { useViewStore } from '../../state/view-store-context';
import { briefLink, isoDay } from './brief-link';
import { BriefSheet } from './brief-sheet';

interface Props {
  dataset: Dataset;
  geography: Geography;
  /** The parks of the brief, in order: one park, or the 2–4 of a comparison. */
  parkIds: readonly string[];
}

/**
 * The brief's lazy root (app/brief-host.tsx mounts it while a park or a comparison is chosen):
 * builds the comparison table, the map and the live view's link, and renders the print-only sheet.
 */
export function BriefPart({ dataset, geography, parkIds }: Props) {
  useLazyArea(briefArea);
  const lang = useLang();
  // A string: the sheet renders again only when the link changes, not on every pan of the map.
  // Deferred, like the parks (brief-host.tsx): a store's or a query's update renders at once and in
  // one piece, and the QR code and the rows (65–90 ms at 4× CPU) were computed in the tap's render.
  // The tap keeps the old ones; the new ones render in a later, interruptible pass.
  const link = useDeferredValue(
    useViewStore((s) => briefLink(s.view, lang, shareAddress(window.location.href, PUBLIC_URL).base)),
  );
  // The rows the park-facts file fills would read "not published" without it: no sheet until it
  // is in (while it loads, or if it fails, the browser prints the dashboard instead).
  const parkFacts = useDeferredValue(useParkFacts().data);
  const table = useMemo(
    () => (parkFacts ? compareTable({ dataset, parkFacts, lang }, parkIds) : null),
    [dataset, parkFacts, lang, parkIds],
  );
  const map = useMemo(() => briefMap(geography, dataset, parkIds), [geography, dataset, parkIds]);
  if (!table) return null;
  return <BriefSheet table={table} map={map} link={link} printDate={isoDay(new Date())} lang={lang} />;
}
