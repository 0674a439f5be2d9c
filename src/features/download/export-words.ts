import type { Translate } from '../../i18n/i18n-context';
import type { ExportWords } from '../../domain/export/export-words';
import type { DataFileName, ReadmeWords } from '../../domain/export/data-files';

/**
 * The words the download writes beside each code, from the page's own strings (so a file reads as
 * the page does) and the download's (`download:words…`, loaded with the button).
 */
export function exportWords(t: Translate): ExportWords {
  return {
    tier: { core: t('parks.tier.core'), east: t('parks.tier.east'), west: t('parks.tier.west') },
    parkKind: { park: t('parks.kind.park'), cluster: t('parks.kind.cluster') },
    entityKind: {
      enterprise: t('parks.entityKind.enterprise'),
      project: t('parks.entityKind.project'),
      lab: t('parks.entityKind.lab'),
      place: t('parks.entityKind.place'),
      unspecified: t('parks.entityKind.unspecified'),
    },
    precision: {
      area: t('parks.precision.area'),
      within: t('parks.precision.within'),
      withinInferred: t('parks.precision.withinInferred'),
      county: t('parks.precision.county'),
      exact: t('parks.precision.exact'),
      unpublished: t('parks.precision.unpublished'),
    },
    block: { east: t('block.east'), west: t('block.west') },
    standard: {
      'nine-utilities': t('standard.nine-utilities'),
      'eight-utilities': t('standard.eight-utilities'),
    },
    standardBlockWide: t('download:words.standardBlockWide'),
    unit: {
      'cny-100m': t('charts.csvUnit.cny-100m'),
      percent: t('charts.csvUnit.percent'),
      times: t('charts.csvUnit.times'),
      mu: t('charts.csvUnit.mu'),
      days: t('charts.csvUnit.days'),
      enterprises: t('charts.csvUnit.enterprises'),
      projects: t('charts.csvUnit.projects'),
      events: t('charts.csvUnit.events'),
      parks: t('charts.csvUnit.parks'),
      fraction: t('charts.csvUnit.fraction'),
      none: t('charts.csvUnit.none'),
    },
    qualifier: {
      exact: t('download:words.qualifier.exact'),
      'more-than': t('download:words.qualifier.more-than'),
      about: t('download:words.qualifier.about'),
      nearly: t('download:words.qualifier.nearly'),
      approaching: t('download:words.qualifier.approaching'),
      share: t('download:words.qualifier.share'),
      average: t('download:words.qualifier.average'),
      level: t('download:words.qualifier.level'),
      none: t('download:words.qualifier.none'),
    },
    figureKind: { actual: t('charts.kind.actual'), target: t('charts.kind.target') },
    basis: { stated: t('download:words.basis.stated'), inferred: t('download:words.basis.inferred') },
    confidence: {
      high: t('download:words.confidence.high'),
      medium: t('download:words.confidence.medium'),
      'medium-low': t('download:words.confidence.medium-low'),
      low: t('download:words.confidence.low'),
    },
    sourceTier: {
      primary: t('download:words.sourceTier.primary'),
      secondary: t('download:words.sourceTier.secondary'),
    },
    notPublished: t('figures.notPublished'),
    noFigure: t('figures.noFigure'),
    statement: t('download:words.statement'),
    notFound: t('download:words.notFound'),
    cityWide: t('charts.cityWide'),
    yes: t('download:words.yes'),
    no: t('download:words.no'),
  };
}

export interface ReadmeFacts {
  /** The day of the download, YYYY-MM-DD. */
  date: string;
  url: string;
  asOf: string;
  from: string;
  to: string;
}

export function readmeWords(t: Translate, facts: ReadmeFacts): ReadmeWords {
  return {
    title: t('download:readme.title'),
    downloaded: t('download:readme.downloaded', { date: facts.date, url: facts.url }),
    dataAsOf: t('download:readme.dataAsOf', { asOf: facts.asOf, from: facts.from, to: facts.to }),
    filesHeading: t('download:readme.filesHeading'),
    // Keyed without ".csv": a dot in a key would be read as a nested key.
    files: {
      'parks.csv': t('download:readme.files.parks'),
      'firms-and-projects.csv': t('download:readme.files.firms-and-projects'),
      'link-basis.csv': t('download:readme.files.link-basis'),
      'figures.csv': t('download:readme.files.figures'),
      'secondary-facts.csv': t('download:readme.files.secondary-facts'),
      'targets-and-outcomes.csv': t('download:readme.files.targets-and-outcomes'),
      'later-figures.csv': t('download:readme.files.later-figures'),
      'caveats.csv': t('download:readme.files.caveats'),
      'park-facts.csv': t('download:readme.files.park-facts'),
      'connectivity.csv': t('download:readme.files.connectivity'),
      'park-facts-not-found.csv': t('download:readme.files.park-facts-not-found'),
      'park-caveats.csv': t('download:readme.files.park-caveats'),
      'sources.csv': t('download:readme.files.sources'),
    } satisfies Record<DataFileName, string>,
    columns: t('download:readme.columns'),
    sourcing: t('download:readme.sourcing'),
    followupMissing: t('download:readme.followupMissing'),
    parkFactsMissing: t('download:readme.parkFactsMissing'),
  };
}
