import type { Dataset, Park, Source } from '../schema/dataset-schema';
import { citedSources, entitiesOfPark } from './park-directory';

/**
 * How much the dataset knows about a park: counts of what is on file, never a score. The
 * confidence is the dataset's own rating of each source (`sources[].confidence`), counted per
 * rating; nothing is averaged or weighted.
 */
export interface ParkKnowledge {
  /** Distinct sources behind what is said about the park: the list its details end with. */
  sources: number;
  /** Figures (indicators) given for the park itself; city-wide and sector figures are not counted. */
  figures: number;
  /** Its sources by the dataset's rating. */
  rated: Record<Source['confidence'], number>;
}

/**
 * Every source id the park's details cite, in first-cited order: its statements, sector links,
 * location, own figures, and those of the firms and projects placed in it.
 */
export function parkSourceIds(dataset: Dataset, park: Park): string[] {
  return citedSources([
    ...ownSourceIds(dataset, park).map((id) => ({ sources: [id] })),
    ...entitiesOfPark(dataset, park.id).flatMap((e) => [...e.claims, ...e.events]),
  ]);
}

/** The sources of the park's own statements, sector links, location and figures. */
function ownSourceIds(dataset: Dataset, park: Park): string[] {
  const loc = park.location;
  return citedSources([
    ...park.claims,
    ...Object.values(park.sectorBasis),
    ...(loc.precision === 'unpublished' ? [] : [loc]),
    ...dataset.indicators.filter((i) => i.park === park.id),
  ]);
}

/** What is known about each park, by park id: one pass over the firms and figures, not one per park. */
export function parkKnowledge(dataset: Dataset): ReadonlyMap<string, ParkKnowledge> {
  const rating = new Map(dataset.sources.map((s) => [s.id, s.confidence]));
  const figures = new Map<string, number>();
  for (const i of dataset.indicators) if (i.park) figures.set(i.park, (figures.get(i.park) ?? 0) + 1);
  const ids = new Map(dataset.parks.map((p) => [p.id, new Set(ownSourceIds(dataset, p))]));
  for (const e of dataset.entities) {
    const set = e.park ? ids.get(e.park) : undefined;
    if (set) for (const c of [...e.claims, ...e.events]) for (const id of c.sources) set.add(id);
  }
  return new Map(
    dataset.parks.map((park) => {
      const cited = ids.get(park.id) ?? new Set<string>();
      const rated = { high: 0, medium: 0, low: 0 };
      for (const id of cited) {
        const r = rating.get(id);
        if (r) rated[r] += 1;
      }
      return [park.id, { sources: cited.size, figures: figures.get(park.id) ?? 0, rated }];
    }),
  );
}

/**
 * "Most documented first": more sources first, then more figures, then more sources rated high;
 * ties keep the order given (the list's own order), so the result is stable.
 */
export function byKnowledge(parks: readonly Park[], known: ReadonlyMap<string, ParkKnowledge>): Park[] {
  const key = (p: Park) => known.get(p.id) ?? { sources: 0, figures: 0, rated: { high: 0 } };
  return [...parks].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return y.sources - x.sources || y.figures - x.figures || y.rated.high - x.rated.high;
  });
}
