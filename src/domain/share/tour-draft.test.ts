import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../testing/shipped-data';
import { SCENE_SECONDS } from './scene-token';
import { defaultTour, sceneToken } from './tour';
import {
  draftScenes,
  draftTokens,
  moveScene,
  sceneSeconds,
  scenesOfView,
  tourFits,
  updateScene,
} from './tour-draft';

const dataset = shippedDataset;
const NONE = { sectors: [], park: null, county: null };
const DEFAULT_TOKENS = defaultTour(dataset).map(sceneToken);

describe('the scenes of the view on screen', () => {
  it('are its park or county, and its sector when exactly one is chosen', () => {
    expect(scenesOfView(NONE)).toEqual([]);
    expect(scenesOfView({ ...NONE, park: 'sihui-polymer' })).toEqual([{ kind: 'park', id: 'sihui-polymer' }]);
    expect(scenesOfView({ ...NONE, county: '441226' })).toEqual([{ kind: 'county', code: '441226' }]);
    expect(scenesOfView({ ...NONE, sectors: ['hydrogen'] })).toEqual([{ kind: 'sector', id: 'hydrogen' }]);
    expect(scenesOfView({ ...NONE, sectors: ['nev', 'storage'] })).toEqual([]);
    expect(scenesOfView({ sectors: ['paper'], park: 'huaiji-food', county: null }).map(sceneToken)).toEqual([
      'park.huaiji-food',
      'sector.paper',
    ]);
  });
});

describe('the editor’s first state', () => {
  it('is the tour built from the data, every scene in it, no captions', () => {
    const items = draftScenes(dataset, NONE);
    expect(items.map((i) => i.key)).toEqual(DEFAULT_TOKENS);
    expect(items.every((i) => i.on && i.caption === '' && !i.current)).toBe(true);
    expect(draftTokens(items)).toEqual(DEFAULT_TOKENS);
  });

  it('puts the view’s own scenes first, marked, and lists a scene of both only once', () => {
    const items = draftScenes(dataset, { sectors: ['nev'], park: 'sihui-polymer', county: null });
    expect(items.map((i) => i.key)).toEqual([
      'park.sihui-polymer',
      'sector.nev',
      ...DEFAULT_TOKENS.filter((t) => t !== 'sector.nev'),
    ]);
    expect(items.filter((i) => i.current).map((i) => i.key)).toEqual(['park.sihui-polymer', 'sector.nev']);
  });
});

describe('moving a scene', () => {
  const abc = ['a', 'b', 'c'] as const;

  it('moves it one place up or down', () => {
    expect(moveScene(abc, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveScene(abc, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveScene(abc, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(abc).toEqual(['a', 'b', 'c']);
  });

  it('leaves the list as it is (the same list) at either end or past it', () => {
    expect(moveScene(abc, 0, -1)).toBe(abc);
    expect(moveScene(abc, 2, 1)).toBe(abc);
    expect(moveScene(abc, 5, -1)).toBe(abc);
    expect(moveScene([], 0, 1)).toEqual([]);
  });
});

describe('the tour a draft makes', () => {
  it('keeps the ticked scenes in their order, each with its caption, cleaned and escaped', () => {
    let items = draftScenes(dataset, NONE);
    items = items.map((i) => ({ ...i, on: ['sector.storage', 'park.new-area', 'west'].includes(i.key) }));
    items = moveScene(
      items,
      items.findIndex((i) => i.key === 'park.new-area'),
      -1,
    );
    items = updateScene(items, 'park.new-area', { caption: '  Our new area,\n open now ' });
    items = updateScene(items, 'west', { caption: '   ' });
    // An excluded scene's caption is kept for when it is ticked again, and not written.
    items = updateScene(items, 'figures', { caption: 'Not shown' });
    expect(draftTokens(items)).toEqual(['sector.storage', 'park.new-area_Our new area%2C open now', 'west']);
    expect(draftTokens(updateScene(items, 'figures', { on: true })).at(-1)).toBe('figures_Not shown');
  });

  it('is empty when nothing is ticked', () => {
    expect(draftTokens(draftScenes(dataset, NONE).map((i) => ({ ...i, on: false })))).toEqual([]);
  });

  it('fits in a link while its `tour` value is at most the given length', () => {
    expect(tourFits(['overview', 'east'], 13)).toBe(true);
    expect(tourFits(['overview', 'east'], 12)).toBe(false);
    expect(tourFits([], 0)).toBe(true);
  });
});

describe('seconds per scene', () => {
  it.each([
    ['20', 20],
    ['3', SCENE_SECONDS.min],
    ['1', SCENE_SECONDS.min],
    ['0', SCENE_SECONDS.min],
    ['-5', SCENE_SECONDS.min],
    ['601', SCENE_SECONDS.max],
    ['99999', SCENE_SECONDS.max],
    ['12.6', 13],
    ['', SCENE_SECONDS.default],
    ['  ', SCENE_SECONDS.default],
    ['abc', SCENE_SECONDS.default],
    ['Infinity', SCENE_SECONDS.default],
  ])('“%s” → %i', (typed, seconds) => {
    expect(sceneSeconds(typed)).toBe(seconds);
  });
});
