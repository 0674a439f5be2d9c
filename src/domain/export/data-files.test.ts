import { describe, expect, it } from 'vitest';
import type { Dataset, Lang } from '../schema/dataset-schema';
import { CSV_BOM, parseCsv } from '../charts/csv';
import { shippedDataset, shippedFollowup, shippedParkFacts } from '../../testing/shipped-data';
import {
  DATA_FILES,
  dataFiles,
  FOLLOWUP_FILES,
  PARK_FACT_FILES,
  type DataFileName,
  type ReadmeWords,
} from './data-files';
import type { ExportWords } from './export-words';

const WORDS: ExportWords = {
  tier: { core: 'core park', east: 'eastern park', west: 'western park' },
  parkKind: { park: 'park', cluster: 'SME cluster' },
  entityKind: {
    enterprise: 'firm',
    project: 'project',
    lab: 'lab',
    place: 'place',
    unspecified: 'unspecified',
  },
  precision: {
    area: 'published extent',
    within: 'within a core park',
    withinInferred: 'within a core park (inferred)',
    county: 'county only',
    exact: 'published point',
    unpublished: 'location not published',
  },
  block: { east: 'East', west: 'West' },
  standard: { 'nine-utilities': '9 utilities', 'eight-utilities': '8 utilities' },
  standardBlockWide: 'block-wide requirement, not checked per park',
  unit: {
    'cny-100m': 'CNY 100 m',
    percent: '%',
    times: 'times',
    mu: 'mu',
    days: 'days',
    enterprises: 'enterprises',
    projects: 'projects',
    events: 'events',
    parks: 'parks',
    fraction: 'fraction',
    none: '—',
  },
  qualifier: {
    exact: 'exact',
    'more-than': 'more than',
    about: 'about',
    nearly: 'nearly',
    approaching: 'approaching',
    share: 'share',
    average: 'average',
    level: 'class',
    none: 'no figure',
  },
  figureKind: { actual: 'actual', target: 'target' },
  basis: { stated: 'stated', inferred: 'inferred' },
  confidence: { high: 'high', medium: 'medium', 'medium-low': 'medium-low', low: 'low' },
  sourceTier: { primary: 'primary', secondary: 'secondary' },
  notPublished: 'not published',
  noFigure: 'a listing (it has no figure)',
  statement: 'a statement without a figure',
  notFound: 'looked for, not found',
  cityWide: 'city-wide',
  yes: 'yes',
  no: 'no',
};

const README: ReadmeWords = {
  title: 'Zhaoqing 344: all the data',
  downloaded: 'Downloaded on 2026-12-07',
  dataAsOf: 'Figures as of 2024-03-09',
  filesHeading: 'Files',
  files: Object.fromEntries(DATA_FILES.map((f) => [f, `about ${f}`])) as Record<DataFileName, string>,
  columns: 'Columns: _en English, _zh-Hans the original Chinese, _code the dataset codes.',
  sourcing: 'Figures are from the published sources listed in sources.csv.',
  followupMissing: 'The follow-up file could not be loaded.',
  parkFactsMissing: 'The park-facts file could not be loaded.',
};

/** The files for a dataset and language; `others`: with the follow-up and park-facts files, as loaded. */
function files(dataset: Dataset = shippedDataset, lang: Lang = 'en', others = true) {
  const out = dataFiles({
    dataset,
    followup: others ? shippedFollowup : null,
    parkFacts: others ? shippedParkFacts : null,
    lang,
    words: WORDS,
    readme: README,
  });
  const text = (name: string) => {
    const file = out.find((f) => f.name === name);
    if (!file) throw new Error(`no ${name}`);
    return file.text;
  };
  /** The rows of a CSV as objects by header. */
  const rows = (name: string) => {
    const [header = [], ...body] = parseCsv(text(name));
    return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  };
  return { out, text, rows };
}

describe('dataFiles', () => {
  it('gives a README and one CSV per table, each with a BOM and CRLF line ends', () => {
    const { out, text } = files();
    expect(out.map((f) => f.name)).toEqual(['README.txt', ...DATA_FILES]);
    for (const f of out) {
      expect(f.text.startsWith(CSV_BOM)).toBe(true);
      expect(f.text.endsWith('\r\n')).toBe(true);
    }
    for (const name of DATA_FILES) expect(text('README.txt')).toContain(`- ${name}: about ${name}`);
  });

  it('lists every park and every firm and project, named in English and in the original Chinese', () => {
    const { rows } = files();
    const parks = rows('parks.csv');
    expect(parks.map((p) => p.id)).toEqual(shippedDataset.parks.map((p) => p.id));
    for (const p of shippedDataset.parks) {
      const row = parks.find((r) => r.id === p.id);
      expect(row?.name_en).toBe(p.name.en);
      expect(row?.['name_zh-Hans']).toBe(p.name['zh-Hans']);
      expect(row?.tier_code).toBe(p.tier);
      expect(row?.location_precision_code).toBe(p.location.precision);
    }
    const firms = rows('firms-and-projects.csv');
    expect(firms.map((e) => e.id)).toEqual(shippedDataset.entities.map((e) => e.id));
    expect(firms.map((e) => e['name_zh-Hans'])).toEqual(
      shippedDataset.entities.map((e) => e.name['zh-Hans']),
    );
  });

  it('has one Simplified column, not two, for a reader of Simplified Chinese; Traditional beside it otherwise', () => {
    const header = (lang: Lang) => parseCsv(files(shippedDataset, lang).text('parks.csv'))[0];
    expect(header('zh-Hans')).toContain('name_zh-Hans');
    expect(header('zh-Hans')).not.toContain('name_en');
    expect(header('zh-Hant')).toEqual(expect.arrayContaining(['name_zh-Hant', 'name_zh-Hans']));
  });

  it('never drops a qualifier: the code, the word and the figure as stated', () => {
    const { rows } = files();
    const figures = rows('figures.csv');
    expect(figures).toHaveLength(shippedDataset.indicators.length);
    for (const ind of shippedDataset.indicators) {
      const row = figures.find((r) => r.id === ind.id);
      expect(row?.qualifier_code).toBe(ind.qualifier);
      expect(row?.qualifier_en).toBe(WORDS.qualifier[ind.qualifier]);
      expect(row?.['quote_zh-Hans']).toBe(ind.quote);
      expect(row?.sources).toBe(ind.sources.join('; '));
    }
    const f03 = figures.find((r) => r.id === 'f03');
    expect(f03).toMatchObject({ value: '800', qualifier_code: 'more-than', unit_code: 'cny-100m' });
    expect(f03?.as_stated_en).toMatch(/^more than CNY 80 bn/);
  });

  it('says "not published" where a figure has no value, and that a listing has no figure', () => {
    const dataset = structuredClone(shippedDataset);
    const f03 = dataset.indicators.find((i) => i.id === 'f03');
    if (!f03) throw new Error('no f03');
    f03.value = null;
    const figures = files(dataset).rows('figures.csv');
    expect(figures.find((r) => r.id === 'f03')).toMatchObject({
      value: '',
      qualifier_code: 'more-than',
      as_stated_en: 'not published',
    });
    expect(figures.find((r) => r.id === 'f23')?.as_stated_en).toBe('a listing (it has no figure)');
  });

  it('gives every link its basis: the quote where stated, the reason where inferred', () => {
    const { rows } = files();
    const links = rows('link-basis.csv');
    const expected =
      [...shippedDataset.parks, ...shippedDataset.entities].reduce((n, x) => n + x.sectors.length, 0) +
      shippedDataset.entities.filter((e) => e.park).length;
    expect(links).toHaveLength(expected);
    for (const l of links) {
      expect(['stated', 'inferred']).toContain(l.basis_code);
      if (l.basis_code === 'inferred') expect(l.reason_en).not.toBe('');
    }
  });

  it('defuses a cell that a spreadsheet would run as a formula, and quotes commas, quotes and line breaks', () => {
    const dataset = structuredClone(shippedDataset);
    const park = dataset.parks[0];
    const claim = park?.claims[0];
    if (!park || !claim) throw new Error('no park with a claim');
    park.name.en = '=HYPERLINK("http://evil.example","click")';
    park.name['zh-Hans'] = '@SUM(1,2)';
    claim.text.en = 'one, "two"\nthree';
    const { text, rows } = files(dataset);
    expect(text('parks.csv')).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const row = rows('parks.csv')[0];
    expect(row?.name_en).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row?.['name_zh-Hans']).toBe(`'@SUM(1,2)`);
    expect(row?.claims_en?.split('\n').slice(0, 2)).toEqual(['one, "two"', 'three']);
  });

  it('puts every target beside its later figures with the verdict code, and every source of both files', () => {
    const { rows } = files();
    const targets = rows('targets-and-outcomes.csv');
    expect(new Set(targets.map((t) => t.target_id))).toEqual(new Set(shippedFollowup.pairs.map((p) => p.id)));
    for (const t of targets) expect(t.verdict_code).not.toBe('');
    const later = rows('later-figures.csv');
    expect(later).toHaveLength(shippedFollowup.facts.reduce((n, f) => n + f.figures.length, 0));
    const sources = rows('sources.csv').map((s) => s.id);
    expect(sources).toEqual(
      [...shippedDataset.sources, ...shippedFollowup.sources, ...shippedParkFacts.sources].map((s) => s.id),
    );
  });

  it('gives every park fact and connectivity fact with its qualifiers, period, quote and confidence', () => {
    const { rows } = files();
    const parkFacts = rows('park-facts.csv');
    expect(parkFacts.map((r) => r.id)).toEqual(shippedParkFacts.parkFacts.map((f) => f.id));
    for (const f of shippedParkFacts.parkFacts) {
      const row = parkFacts.find((r) => r.id === f.id);
      expect(row?.qualifier_codes).toBe(f.qualifiers.join('; '));
      expect(row?.confidence_code).toBe(f.confidence);
      expect(row?.confidence_en).toBe(WORDS.confidence[f.confidence]);
      expect(row?.planned).toBe(f.planned ? 'yes' : 'no');
      expect(row?.period_en).toBe(f.period.en);
      if (f.areaOf) expect(row?.area_of_en).toBe(f.areaOf.en);
    }
    const links = rows('connectivity.csv');
    expect(links.map((r) => r.id)).toEqual(shippedParkFacts.linkFacts.map((f) => f.id));
    expect(rows('park-facts-not-found.csv').map((r) => r.id)).toEqual(
      shippedParkFacts.notFound.map((n) => n.id),
    );
    const sources = rows('sources.csv').filter((s) => s.file === 'park-facts');
    expect(sources.map((s) => s.id)).toEqual(shippedParkFacts.sources.map((s) => s.id));
  });

  it('leaves the follow-up and park-facts tables out, and says so, when those files could not be loaded', () => {
    const { out, text } = files(shippedDataset, 'en', false);
    for (const name of [...FOLLOWUP_FILES, ...PARK_FACT_FILES])
      expect(out.map((f) => f.name)).not.toContain(name);
    expect(text('README.txt')).toContain(README.followupMissing);
    expect(text('README.txt')).toContain(README.parkFactsMissing);
  });
});
