import type { DatumShift } from '../../domain/map/datum';
import type { Datum } from '../../domain/map/tile-config';

/**
 * The transform a base map's datum needs: none for WGS-84 and CGCS2000; for GCJ-02, gcoord,
 * fetched only by a deployment configured with such tiles (it stays out of the first download).
 */
export async function loadDatumShift(datum: Datum): Promise<DatumShift | null> {
  if (datum !== 'gcj02') return null;
  const { default: gcoord } = await import('gcoord');
  return ([lng, lat]) => gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
}
