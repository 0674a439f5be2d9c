import type { Widen } from '../../define-messages';
import type { downloadMessages } from '../download';

export const downloadEn: Widen<typeof downloadMessages> = {
  download: {
    heading: 'All the data',
    intro:
      'Every park, firm and project, every figure (with its qualifier, unit, period, sources and link basis), the targets with later outcomes, and the sources: one CSV file per table in a zip, in English with the original Chinese beside it.',
    button: 'Download all data (zip)',
    preparing: 'Making the zip…',
    done: 'Downloaded {{file}} ({{size}}).',
    failed: 'Could not make the download ({{detail}}). Please try again.',
    words: {
      qualifier: {
        exact: 'exact',
        'more-than': 'more than',
        about: 'about',
        nearly: 'nearly (just under, 近)',
        approaching: 'approaching (just under, 接近)',
        share: 'share',
        average: 'average',
        level: 'class (a threshold, not an amount)',
        none: 'a listing, no figure',
      },
      basis: { stated: 'stated by a source', inferred: 'inferred' },
      confidence: { high: 'high', medium: 'medium', 'medium-low': 'medium-low', low: 'low' },
      sourceTier: { primary: 'primary source', secondary: 'secondary material' },
      standardBlockWide: 'a block-wide requirement, not checked per park',
      statement: 'a statement without a figure',
      notFound: 'looked for, not found in the sources',
      yes: 'yes',
      no: 'no',
    },
    readme: {
      title: 'Zhaoqing “344” Investment Map: all the data',
      downloaded: 'Downloaded on {{date}} from {{url}}',
      dataAsOf:
        'The dataset is as of {{asOf}}; its sources are dated {{from}} to {{to}} (each source’s date is in sources.csv).',
      filesHeading: 'Files:',
      files: {
        parks:
          'parks: name, tier, county, location and how it is known, sectors, infrastructure standard, what the sources say',
        'firms-and-projects': 'firms and projects: name, kind, park, location, sectors, events',
        'link-basis':
          'the basis of every link (a park’s or firm’s sector, a firm’s park): stated by a source (its words) or inferred (the reason)',
        figures:
          'figures: value, unit, qualifier (code and words), actual or target, period, the source’s words, sources',
        'secondary-facts': 'facts known from secondary material only, with their confidence',
        'targets-and-outcomes': 'each target beside the later figures, the verdict (a code) and its reason',
        'later-figures':
          'figures from later sources (2024 to January 2026): qualifier, period, scope, the source’s words, confidence',
        caveats: 'what to keep in mind when reading the later figures (scopes that differ)',
        'park-facts':
          'park facts: level, year established, areas (each saying what it is the area of), industries, firm counts, infrastructure, contact; with qualifiers, period, quote, sources, confidence; planned things marked',
        connectivity:
          'connectivity: rail, intercity lines, stations, ports, airports, stated travel times; with qualifiers, period, quote, sources, confidence',
        'park-facts-not-found': 'what was looked for and not found in the sources, by park and field',
        'park-caveats': 'the caveats of the park facts, with the facts they apply to',
        sources:
          'every source: outlet, original headline, our gloss or description, date, address, confidence',
      },
      columns:
        'Columns: _en is English, _zh-Hans the original Chinese (Simplified), _code the dataset’s code; id columns (such as sources) point to rows of sources.csv and the other files. An empty cell means it does not apply; what the sources do not publish says "not published".',
      sourcing:
        'The figures come from the published reports listed in sources.csv, with their qualifiers (more than, about, nearly…) as the sources word them; figures of different scope must not be added or compared. This is a compilation of public material: cite the original sources.',
      parkFactsMissing:
        'Note: the park-facts file could not be loaded, so this zip lacks park-facts.csv, connectivity.csv, park-facts-not-found.csv and park-caveats.csv.',
      followupMissing:
        'Note: the follow-up file could not be loaded, so this zip lacks targets-and-outcomes.csv, later-figures.csv and caveats.csv.',
    },
  },
};
