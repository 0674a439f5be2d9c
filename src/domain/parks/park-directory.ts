import type {
  Block,
  Claim,
  Dataset,
  Division,
  Entity,
  Park,
  ParkLocation,
  Source,
} from '../schema/dataset-schema';

/**
 * Who is where and what is said about it: the selectors behind the park list and the details
 * panel. Pure; the components only render what these return.
 */

export interface CountyParks {
  division: Division;
  /** Characteristic parks and clusters (tier east/west) the sources place in this county. */
  parks: Park[];
}

export interface ParkDirectory {
  /** The three core parks, each followed by the parks inside it. */
  core: { park: Park; children: Park[] }[];
  blocks: { block: Block; counties: CountyParks[] }[];
  /** Non-core parks whose county is not published (none today; listed rather than dropped). */
  unlocated: Park[];
}

/** The county-level division a park, firm or project lies in, or null where no source places it. */
export const divisionOf = (item: Pick<Park, 'location'>): string | null =>
  item.location.precision === 'unpublished' ? null : item.location.division;

/** A firm's or project's county: the one named for it, else that of its location. */
export const entityDivision = (entity: Pick<Entity, 'division' | 'location'>): string | null =>
  entity.division ?? divisionOf(entity);

export function parkDirectory(dataset: Dataset): ParkDirectory {
  const coreParks = dataset.parks.filter((p) => p.tier === 'core');
  const core = coreParks
    .filter((p) => p.parent === null)
    .map((park) => ({ park, children: coreParks.filter((c) => c.parent === park.id) }));
  // A core sub-park whose parent is missing would otherwise vanish from the list.
  const orphans = coreParks.filter((p) => p.parent !== null && !coreParks.some((c) => c.id === p.parent));
  core.push(...orphans.map((park) => ({ park, children: [] })));
  const local = dataset.parks.filter((p) => p.tier !== 'core');
  const blocks = (['east', 'west'] as const).map((block) => ({
    block,
    counties: dataset.divisions
      .filter((d) => d.block === block)
      .map((division) => ({ division, parks: local.filter((p) => divisionOf(p) === division.code) })),
  }));
  const codes = new Set(dataset.divisions.map((d) => d.code));
  const unlocated = local.filter((p) => {
    const code = divisionOf(p);
    return code === null || !codes.has(code);
  });
  return { core, blocks, unlocated };
}

/** Every park the sources place in a county, core parks first. */
export function parksInDivision(dataset: Dataset, code: string): Park[] {
  const here = dataset.parks.filter((p) => divisionOf(p) === code);
  return [...here.filter((p) => p.tier === 'core'), ...here.filter((p) => p.tier !== 'core')];
}

export const entitiesOfPark = (dataset: Dataset, parkId: string): Entity[] =>
  dataset.entities.filter((e) => e.park === parkId);

/** Firms and projects the sources place in a county but in no named park. */
export const entitiesOfDivision = (dataset: Dataset, code: string): Entity[] =>
  dataset.entities.filter((e) => e.park === null && entityDivision(e) === code);

export function sourcesById(dataset: Dataset): ReadonlyMap<string, Source> {
  return new Map(dataset.sources.map((s) => [s.id, s]));
}

export function sourcesOf(byId: ReadonlyMap<string, Source>, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => {
    const s = byId.get(id);
    return s ? [s] : [];
  });
}

export interface ClaimStanding {
  /** True when any source of the claim is secondary material (X facts). */
  secondary: boolean;
  /** The weakest confidence among its sources, or of its X fact when it names one. */
  confidence: Source['confidence'];
  /** The X fact's "as of", when the claim names one that has it. */
  asOf: string | null;
  /** The claim states the map's own inference: low confidence, whatever its basis's. */
  inference: boolean;
}

const RANK: Record<Source['confidence'], number> = { high: 2, medium: 1, low: 0 };

export function claimStanding(
  dataset: Dataset,
  byId: ReadonlyMap<string, Source>,
  claim: Claim,
): ClaimStanding {
  const sources = sourcesOf(byId, claim.sources);
  const fact = claim.fact ? dataset.secondaryFacts.find((x) => x.id === claim.fact) : undefined;
  const confidences = [...sources.map((s) => s.confidence), ...(fact ? [fact.confidence] : [])];
  const confidence = confidences.reduce<Source['confidence']>(
    (worst, c) => (RANK[c] < RANK[worst] ? c : worst),
    'high',
  );
  if (claim.inference) return { secondary: false, confidence: 'low', asOf: null, inference: true };
  return {
    secondary: sources.some((s) => s.tier === 'secondary') || fact !== undefined,
    confidence,
    asOf: fact?.asOf ?? null,
    inference: false,
  };
}

/**
 * The words for how a park or firm is placed: a `within` whose parent is only inferred
 * (Dawang NEV park in the High-tech Zone) says so wherever the parent is implied.
 */
export function precisionKey(location: ParkLocation): ParkLocation['precision'] | 'withinInferred' {
  return location.precision === 'within' && location.inferredFrom ? 'withinInferred' : location.precision;
}

/** Whether a park's parent (its `within` location's) is an inference of ours, not a source's. */
export function parentInferred(park: Park): boolean {
  return park.location.precision === 'within' && park.location.inferredFrom !== null;
}

/** Every source id a set of claims cites, in first-cited order. */
export function citedSources(claims: readonly { sources: readonly string[] }[]): string[] {
  const out: string[] = [];
  for (const c of claims) for (const id of c.sources) if (!out.includes(id)) out.push(id);
  return out;
}

/** 23.25 → "23°15′": published extents are given in whole minutes (X01), so no more precision. */
export function formatDegrees(value: number): string {
  const totalMinutes = Math.round(Math.abs(value) * 60);
  const deg = Math.floor(totalMinutes / 60);
  const min = totalMinutes % 60;
  return min === 0 ? `${deg}°` : `${deg}°${String(min).padStart(2, '0')}′`;
}
