import type { Block, Entity, Park, Qualifier, Tier, Unit } from '../schema/dataset-schema';
import type { ParkLocation } from '../schema/location-schema';
import type { Confidence } from '../schema/followup-schema';

/**
 * The words of the reader's language that the data download writes beside each code (the codes
 * stay too, so a spreadsheet can filter on them in any language). Built by the download feature
 * from the UI's strings, so a file reads as the page does.
 */
export interface ExportWords {
  tier: Record<Tier, string>;
  parkKind: Record<Park['kind'], string>;
  entityKind: Record<Entity['kind'], string>;
  /** How a place is known; `withinInferred`: inside a park's extent by our inference. */
  precision: Record<ParkLocation['precision'] | 'withinInferred', string>;
  block: Record<Block, string>;
  standard: Record<'nine-utilities' | 'eight-utilities', string>;
  /** That a block's standard is a requirement for the whole block, not checked park by park. */
  standardBlockWide: string;
  unit: Record<Unit, string>;
  /** A qualifier in words: "more than", "a class (a threshold, not an amount)"… */
  qualifier: Record<Qualifier, string>;
  figureKind: Record<'actual' | 'target', string>;
  basis: Record<'stated' | 'inferred', string>;
  confidence: Record<Confidence, string>;
  sourceTier: Record<'primary' | 'secondary', string>;
  /** A figure whose source gives no number. */
  notPublished: string;
  /** A listing that has no figure at all (qualifier `none`). */
  noFigure: string;
  /** A later fact that is a statement without a number. */
  statement: string;
  /** A later figure looked for and not found in the sources. */
  notFound: string;
  /** What the sectors column says for a city-wide figure. */
  cityWide: string;
  yes: string;
  no: string;
}
