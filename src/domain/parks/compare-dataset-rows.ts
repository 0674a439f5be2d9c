import type { Dataset, Lang, Park } from '../schema/dataset-schema';
import { formatFigureLine } from '../text/format-figure';
import { labelSeparator } from '../text/localize';
import { COMPARE_WORDS } from './compare-words';
import { cellOf, NOT_PUBLISHED, type PartialRows } from './compare-cells';
import type { CompareCell, CompareItem } from './compare-rows';
import { divisionOf, entitiesOfPark, formatDegrees } from './park-directory';
import { parkKnowledge } from './park-knowledge';

/**
 * The rows the main dataset fills: tier, county, position, sectors with their basis, firms, the
 * block's infrastructure standard, the park's own figures and how much is documented.
 */
export function datasetCells(dataset: Dataset, parks: readonly Park[], lang: Lang): PartialRows {
  const w = COMPARE_WORDS[lang];
  const nameOf = (id: string) => dataset.parks.find((p) => p.id === id)?.name[lang] ?? id;
  const divisionOfPark = (park: Park) => {
    const code = divisionOf(park);
    return code ? dataset.divisions.find((d) => d.code === code) : undefined;
  };
  const known = parkKnowledge(dataset);
  const row = (f: (park: Park) => CompareCell) => ({ cells: parks.map(f) });

  const tier = row((park) => {
    const claimSources = park.claims[0]?.sources ?? [];
    const inferred = park.location.precision === 'within' && park.location.inferredFrom !== null;
    const text = park.parent
      ? `${w.within(nameOf(park.parent))}${inferred ? w.inferredMark : ''}`
      : w.tier[park.tier];
    const items: CompareItem[] = [{ text, sources: claimSources, ...(inferred ? { inferred } : {}) }];
    if (park.kind === 'cluster') items.push({ text: w.cluster, sources: claimSources });
    return cellOf(items);
  });

  const county = row((park) => {
    const division = divisionOfPark(park);
    const loc = park.location;
    if (!division || loc.precision === 'unpublished') return NOT_PUBLISHED;
    return cellOf([{ text: `${division.name[lang]} · ${w.block[division.block]}`, sources: loc.sources }]);
  });

  const position = row((park): CompareCell => {
    const loc = park.location;
    switch (loc.precision) {
      case 'unpublished':
        return NOT_PUBLISHED;
      case 'exact':
        return cellOf([{ text: w.position.exact, sources: loc.sources }]);
      case 'area': {
        const [[s, west], [n, east]] = loc.bounds;
        const d = formatDegrees;
        return cellOf([{ text: w.position.area(d(west), d(east), d(s), d(n)), sources: loc.sources }]);
      }
      case 'within':
        return cellOf([
          loc.inferredFrom
            ? {
                text: w.position.withinInferred(nameOf(loc.parent)),
                sources: loc.sources,
                inferred: true,
                note: loc.inferredFrom[lang],
                confidence: 'low',
              }
            : { text: w.position.within(nameOf(loc.parent)), sources: loc.sources },
        ]);
      case 'county':
        return cellOf([
          { text: w.position.county, sources: loc.sources, ...(loc.note ? { note: loc.note[lang] } : {}) },
        ]);
    }
  });

  const sectorName = (id: string) => dataset.sectors.find((s) => s.id === id)?.name[lang] ?? id;
  const sectors = row((park) => {
    if (park.sectors.length === 0) return cellOf([{ text: w.noSectors, sources: [] }]);
    return cellOf(
      park.sectors.map((id): CompareItem => {
        const basis = park.sectorBasis[id];
        if (!basis) return { text: sectorName(id), sources: [] };
        return basis.basis === 'stated'
          ? { text: sectorName(id), sources: basis.sources, ...(basis.quote ? { quote: basis.quote } : {}) }
          : { text: sectorName(id), sources: basis.sources, inferred: true, note: basis.reason[lang] };
      }),
    );
  });

  const firms = row((park) =>
    cellOf(
      entitiesOfPark(dataset, park.id).map((e): CompareItem => {
        const basis = e.parkBasis;
        if (basis?.basis === 'inferred')
          return { text: e.name[lang], sources: basis.sources, inferred: true, note: basis.reason[lang] };
        return { text: e.name[lang], sources: basis?.sources ?? e.claims[0]?.sources ?? [] };
      }),
    ),
  );

  // S4 asks the standard of a block's county parks; nobody checks it park by park (n10).
  const infrastructure = {
    note: w.standardNote,
    cells: parks.map((park): CompareCell => {
      const division = divisionOfPark(park);
      if (park.tier === 'core' || !division) return NOT_PUBLISHED;
      const sources = division.notes[0]?.sources ?? [];
      return cellOf([{ text: w.standard[division.standard](w.block[division.block]), sources }]);
    }),
  };

  const colon = labelSeparator(lang);
  const figures = row((park) =>
    cellOf(
      dataset.indicators
        .filter((i) => i.park === park.id)
        .map((i) => ({
          text: `${i.label[lang]}${colon}${formatFigureLine(i, lang, '')}`,
          quote: i.quote,
          period: i.period ?? i.periodWords?.[lang] ?? w.yearNotStated,
          sources: i.sources,
        })),
    ),
  );

  const documentation = row((park) => {
    const k = known.get(park.id);
    return k ? cellOf([{ text: w.known(k.sources, k.figures, k.rated), sources: [] }]) : NOT_PUBLISHED;
  });

  return { tier, county, position, sectors, firms, infrastructure, figures, documentation };
}
