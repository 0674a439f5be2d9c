import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/schema/dataset-schema';
import { shippedDataset } from '../../testing/shipped-data';
import { PRESENT_WORDS } from './present-words';
import { sceneCaption } from './scene-view';

const dataset = shippedDataset;

/** data-audit-2026-12 n9: 高要智能五金 and 四会高分子合成材料 are SME clusters, not parks. */
const EAST_COUNT = [
  '地图上 5 个园区、2 个产业集群',
  '地圖上 5 個園區、2 個產業集群',
  '5 parks on the map, 2 SME clusters',
];
const WEST_COUNT = ['地图上 4 个园区', '地圖上 4 個園區', '4 parks on the map'];

describe('sceneCaption of a block', () => {
  it.each(LANGS)('counts clusters as clusters, not parks (%s)', (lang) => {
    const l = LANGS.indexOf(lang);
    const words = PRESENT_WORDS[lang];
    expect(sceneCaption({ kind: 'block', block: 'east' }, dataset, lang, words)).toMatch(
      new RegExp(` · ${EAST_COUNT[l]}$`),
    );
    expect(sceneCaption({ kind: 'block', block: 'west' }, dataset, lang, words)).toMatch(
      new RegExp(` · ${WEST_COUNT[l]}$`),
    );
  });

  it('names the eastern four as districts and cities in English (m21)', () => {
    expect(PRESENT_WORDS.en.overview).toContain('4 eastern districts/cities');
  });
});
