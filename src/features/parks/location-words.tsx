import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, ParkLocation } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import { formatDegrees } from '../../domain/parks/park-directory';
import { useSourceList } from './source-notes';

/**
 * How precisely a park or firm is placed, in the same words for both: the published box in degrees,
 * "inside <park>'s published extent, own position not published" (with the reason when that is
 * inferred), the county (with its note), or not published; then the sources of the position.
 */
export function LocationWords({ dataset, location: loc }: { dataset: Dataset; location: ParkLocation }) {
  const t = useT();
  const lang = useLang();
  const sourceList = useSourceList(dataset);
  const parent = loc.precision === 'within' ? dataset.parks.find((p) => p.id === loc.parent) : undefined;
  const words =
    loc.precision === 'within'
      ? t('parks.details.within', { parent: parent ? pick(parent.name, lang) : loc.parent })
      : loc.precision === 'area'
        ? t('parks.details.extent', {
            west: formatDegrees(loc.bounds[0][1]),
            east: formatDegrees(loc.bounds[1][1]),
            south: formatDegrees(loc.bounds[0][0]),
            north: formatDegrees(loc.bounds[1][0]),
          })
        : loc.precision === 'county'
          ? loc.note
            ? t('parks.details.approximateNote', { note: pick(loc.note, lang) })
            : t('parks.details.approximate')
          : loc.precision === 'exact'
            ? t('parks.details.exact')
            : t('parks.details.unpublished');
  return (
    <>
      <span className="place-location">{words}</span>
      {loc.precision === 'within' && loc.inferredFrom ? (
        <span className="place-location-inferred">
          {' '}
          {t('parks.details.withinInferred', { reason: pick(loc.inferredFrom, lang) })}
        </span>
      ) : null}
      {loc.precision !== 'unpublished' ? (
        <span className="claim-source">
          {' '}
          {t('parks.details.locationBasis', { list: sourceList(loc.sources) })}
        </span>
      ) : null}
    </>
  );
}
