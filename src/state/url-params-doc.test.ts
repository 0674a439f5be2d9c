import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedVocabulary } from '../../tests/fixtures/shipped-vocabulary';
import { KNOWN_PARAMS, decodeView } from './url-codec';
import { DEFAULT_VIEW, type ViewState } from './view-state';

/**
 * README.md is the public contract of links. These tests hold the codec to it: every
 * param the codec reads is documented, and each documented example, alone in a link, opens the
 * view the table says. The browser test (tests/e2e/share.e2e.ts) opens the same examples.
 */

const doc = readFileSync('README.md', 'utf8');
const vocab = shippedVocabulary();

/** The rows of the markdown table whose header row starts with `| <firstHeader>`. */
function tableRows(firstHeader: string): string[][] {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${firstHeader}\\s*\\|`).test(l));
  if (start < 0) throw new Error(`no table "${firstHeader}" in README.md`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

const code = (cell: string | undefined) => /^`([^`]+)`/.exec(cell ?? '')?.[1] ?? '';

/** What each documented example must open: the doc's words, as a view. */
const EXPECTED: Record<string, Partial<ViewState>> = {
  '?lang=en': { lang: 'en' },
  '?sectors=nev,storage': { sectors: ['nev', 'storage'] },
  '?park=high-tech-zone': { park: 'high-tech-zone' },
  '?county=441226': { county: '441226' },
  '?links=sourced': { links: 'sourced' },
  '?entity=xpeng': { entity: 'xpeng' },
  '?map=22.9,112.3,23.2,112.8': { map: { south: 22.9, west: 112.3, north: 23.2, east: 112.8 } },
  '?hide=neighbours': { hidden: ['neighbours'] },
  '?tab=charts': { tab: 'charts' },
  '?compare=high-tech-zone,new-area': { compare: ['high-tech-zone', 'new-area'] },
  '?order=known': { order: 'known' },
  '?mode=present': { mode: 'present' },
  '?tour=sector.nev,park.high-tech-zone,east': { tour: ['sector.nev', 'park.high-tech-zone', 'east'] },
  '?every=20': { every: 20 },
  '?scene=3': { scene: 2 },
  '?qr=0': { qr: false },
};

const params = tableRows('param').map((row) => ({ param: code(row[0]), example: code(row[1]) }));

describe('README.md', () => {
  it('documents every param the codec reads, and no other', () => {
    expect(params.map((p) => p.param).sort()).toEqual([...KNOWN_PARAMS].filter((p) => p !== 'v').sort());
    expect(doc).toMatch(/`v` is the version of the link format/);
  });

  it.each(params)('`$param` alone opens the view it documents: $example', ({ param, example }) => {
    expect([...new URLSearchParams(example).keys()]).toEqual([param]);
    const expected = EXPECTED[example];
    expect(expected, `no expected view for ${example}`).toBeDefined();
    expect(decodeView(example, vocab)).toEqual({ view: { ...DEFAULT_VIEW, ...expected }, ignored: [] });
  });

  it('lists exactly the sector ids of the shipped dataset, in its order', () => {
    // The first table headed `id` is the sectors'.
    expect(tableRows('id').map((r) => code(r[0]))).toEqual([...vocab.sectors]);
  });

  it('lists exactly the park ids and county codes of the shipped dataset', () => {
    const parkTableStart = doc.indexOf('Park ids (`park`)');
    const parkIds = [...doc.slice(parkTableStart).matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(parkIds).toEqual([...vocab.parks]);
    const countySection = doc.slice(doc.indexOf('County codes (`county`)'));
    const codes = [...countySection.matchAll(/`(\d{6})`/g)].map((m) => m[1]);
    expect(codes).toEqual([...vocab.counties]);
  });

  it('lists exactly the firm and project ids of the shipped dataset', () => {
    const section = doc.slice(
      doc.indexOf('Firm and project ids (`entity`)'),
      doc.indexOf('County codes (`county`)'),
    );
    expect([...section.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]).filter((id) => id !== 'entity')).toEqual(
      [...vocab.entities],
    );
  });
});
