// @vitest-environment jsdom
import { StrictMode } from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import { CircleMarker, Marker, Path, Polyline } from 'leaflet';
import { counties, toLatLng } from '../../domain/map/geo';
import { mapItems } from '../../domain/map/map-items';
import type { TileConfig } from '../../domain/map/tile-config';
import { createViewStore, type ViewStore } from '../../state/view-store';
import { DEFAULT_VIEW, type ViewState } from '../../state/view-state';
import { MapSlot } from './map-slot';
import { preloadLazyParts } from '../../testing/lazy-parts';
import { providers } from '../../testing/render-with-providers';
import { shippedDataset, shippedGeography } from '../../testing/shipped-data';

// Leaflet decides between SVG and canvas when it is imported; jsdom has neither fully. Give it the
// one SVG method it probes for, before the import above is evaluated, so it draws SVG paths.
vi.hoisted(() => {
  Object.defineProperty(SVGSVGElement.prototype, 'createSVGRect', {
    configurable: true,
    value: () => ({}),
  });
});

const dataset = shippedDataset;
const geography = shippedGeography;
const drawn = mapItems(
  dataset,
  new Map(counties(geography).map((f) => [f.properties.code, toLatLng(f.properties.labelPoint)])),
).placed;

// jsdom lays nothing out: give every element the size of a desktop map, and a ResizeObserver.
const sizes = {
  clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
};
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    this.callback([], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 880 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 560 });
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});
// Leaflet is a lazy part: loaded before the tests (its markers still follow the placement's answer).
beforeAll(() => preloadLazyParts('map'));
afterAll(() => {
  if (sizes.clientWidth) Object.defineProperty(HTMLElement.prototype, 'clientWidth', sizes.clientWidth);
  if (sizes.clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', sizes.clientHeight);
  vi.unstubAllGlobals();
});

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(errors).not.toHaveBeenCalled();
});

function ui(store: ViewStore, lang: Lang, tiles: TileConfig | null = null, key = 'map') {
  return providers({ store, lang }).wrap(
    <MapSlot key={key} dataset={dataset} geography={geography} tiles={tiles} />,
  );
}

/** Leaflet is a lazy chunk: the outline stands in until its markers are drawn. */
const mapReady = (container: HTMLElement) =>
  waitFor(() => expect(container.querySelector('.leaflet-container .place-marker')).not.toBeNull());

async function renderMap(
  view: Partial<ViewState> = {},
  lang: Lang = 'zh-Hans',
  tiles: TileConfig | null = null,
) {
  const store = createViewStore({ ...DEFAULT_VIEW, ...view });
  const result = render(<StrictMode>{ui(store, lang, tiles)}</StrictMode>);
  await mapReady(result.container);
  return { store, ...result, user: userEvent.setup() };
}

const markers = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.place-marker')];
const markerOf = (container: HTMLElement, name: string) => {
  const el = markers(container).find((m) => m.getAttribute('aria-label')?.startsWith(name));
  if (!el) throw new Error(`no marker for ${name}`);
  return el;
};

describe('ZhaoqingMap', () => {
  it('mounts under StrictMode, unmounts and mounts again without "Map container is already initialized"', async () => {
    const store = createViewStore();
    const first = render(<StrictMode>{ui(store, 'zh-Hans')}</StrictMode>);
    // The outline stands in while Leaflet loads.
    expect(first.container.querySelector('.map-outline')).not.toBeNull();
    // Every marker, in one map: waited for, since the markers follow the placement worker's answer.
    const settled = (c: HTMLElement) =>
      waitFor(() => {
        expect(c.querySelectorAll('.leaflet-container')).toHaveLength(1);
        expect(markers(c)).toHaveLength(drawn.length);
      });
    await settled(first.container);
    // A remount in the same place (what HMR and a keyed parent do).
    first.rerender(<StrictMode>{ui(store, 'zh-Hans', null, 'again')}</StrictMode>);
    await settled(first.container);
    first.unmount();
    const second = render(<StrictMode>{ui(store, 'en')}</StrictMode>);
    await settled(second.container);
    // Three mounts, each placing every zoom near the start in the page (jsdom has no Worker).
  });

  it('names the map and every marker, and draws no unpublished location', async () => {
    const { container } = await renderMap();
    const map = screen.getByRole('region', { name: '肇庆市“344”园区地图' });
    expect(map).toHaveAttribute('aria-roledescription', '地图');
    expect(map).toHaveAttribute('tabindex', '0');
    const buttons = within(map)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('place-marker'));
    expect(buttons).toHaveLength(drawn.length);
    expect(markerOf(container, '肇庆新区')).toHaveAccessibleName('肇庆新区（核心园区，位置近似（县级））');
    expect(markerOf(container, '肇庆高新区')).toHaveAccessibleName(
      '肇庆高新区（核心园区，按已公布范围标注）',
    );
    expect(markers(container).some((m) => m.getAttribute('aria-label')?.startsWith('风华高科'))).toBe(false);
  });

  it('draws county-level places hollow and dashed, and the High-tech Zone solid with its extent', async () => {
    const { container } = await renderMap();
    const approx = markerOf(container, '德庆风机装备园');
    const known = markerOf(container, '肇庆高新区');
    expect(approx).toHaveClass('place-marker-county');
    expect(approx.querySelector('[stroke-dasharray]')).not.toBeNull();
    expect(known).toHaveClass('place-marker-area');
    expect(known.querySelector('[stroke-dasharray]')).toBeNull();
    expect(container.querySelectorAll('path.park-extent')).toHaveLength(1);
  });

  it.each([
    ['zh-Hans', '位于已公布范围内，自身位置未公布'],
    ['zh-Hant', '位於已公布範圍內，自身位置未公布'],
    ['en', 'inside a published extent, own position not published'],
  ] as const)(
    'draws the Dawang park, XPeng and CATL hollow and dotted inside the zone, not as a published extent (%s)',
    async (lang, words) => {
      const { container } = await renderMap({}, lang);
      const deqing = dataset.parks.find((p) => p.id === 'deqing-wind');
      const county = markerOf(container, deqing?.name[lang] ?? '');
      const countyDash = county.querySelector('[stroke-dasharray]')?.getAttribute('stroke-dasharray');
      for (const id of ['dawang-nev-park', 'xpeng', 'catl-ruiqing']) {
        const item = [...dataset.parks, ...dataset.entities].find((x) => x.id === id);
        const el = markerOf(container, item?.name[lang] ?? id);
        expect(el).toHaveClass('place-marker-within');
        expect(el).not.toHaveClass('place-marker-area');
        expect(el).toHaveAccessibleName(expect.stringContaining(words) as string);
        const shape = el.querySelector('[stroke-dasharray]');
        expect(shape?.getAttribute('fill')).toBe('#ffffff');
        expect(shape?.getAttribute('stroke-dasharray')).not.toBe(countyDash);
      }
      // Only the High-tech Zone has a published box.
      expect(container.querySelectorAll('path.park-extent')).toHaveLength(1);
    },
  );

  it('opens a park by click, by Enter and by Space on its marker; a firm opens on its own', async () => {
    const { container, store } = await renderMap();
    fireEvent.click(markerOf(container, '怀集食品加工产业园'));
    expect(store.getState().view.park).toBe('huaiji-food');
    fireEvent.keyDown(markerOf(container, '德庆风机装备园'), { key: 'Enter' });
    expect(store.getState().view.park).toBe('deqing-wind');
    fireEvent.keyDown(markerOf(container, '肇庆新区'), { key: ' ' });
    expect(store.getState().view.park).toBe('new-area');
    fireEvent.click(markerOf(container, '小鹏汽车'));
    expect(store.getState().view).toMatchObject({ entity: 'xpeng', park: null, county: null });
    expect(markerOf(container, '小鹏汽车')).toHaveClass('is-selected');
    fireEvent.keyDown(markerOf(container, '协鑫集团肇庆项目'), { key: 'Enter' });
    expect(store.getState().view).toMatchObject({ entity: 'gcl', park: null, county: null });
  });

  it('with "sourced links only", fades a park whose only link to the chosen sector is inferred', async () => {
    const { container, store } = await renderMap();
    act(() => store.getState().actions.setSectors(['storage']));
    const htz = markerOf(container, '肇庆高新区');
    expect(htz).not.toHaveClass('is-faded');
    act(() => store.getState().actions.setLinks('sourced'));
    expect(htz).toHaveClass('is-faded');
    expect(htz).toHaveAccessibleName(/不符合所选产业/);
    // CATL's own link to storage is stated: its marker stays.
    expect(markerOf(container, '宁德时代 / 瑞庆时代')).not.toHaveClass('is-faded');
  });

  it('restyles for the sector filter and a selection without recreating the map or the markers', async () => {
    const { container, store } = await renderMap();
    const map = container.querySelector('.leaflet-container');
    const deqing = markerOf(container, '德庆风机装备园');
    const htz = markerOf(container, '肇庆高新区');
    act(() => store.getState().actions.setSectors(['nev']));
    expect(container.querySelector('.leaflet-container')).toBe(map);
    expect(markerOf(container, '德庆风机装备园')).toBe(deqing);
    expect(deqing).toHaveClass('is-faded');
    expect(deqing).toHaveAccessibleName(/不符合所选产业/);
    expect(htz).not.toHaveClass('is-faded');
    act(() => store.getState().actions.selectPark('high-tech-zone'));
    expect(markerOf(container, '肇庆高新区')).toBe(htz);
    expect(htz).toHaveClass('is-selected');
  });

  it('makes no Leaflet call for what a filter change leaves as it was (classes only, no new icon or position)', async () => {
    const { container, store } = await renderMap();
    const calls = {
      setIcon: vi.spyOn(Marker.prototype, 'setIcon'),
      markerMove: vi.spyOn(Marker.prototype, 'setLatLng'),
      pointMove: vi.spyOn(CircleMarker.prototype, 'setLatLng'),
      lineMove: vi.spyOn(Polyline.prototype, 'setLatLngs'),
      restyle: vi.spyOn(Path.prototype, 'setStyle'),
      bind: vi.spyOn(Marker.prototype, 'on'),
    };
    act(() => store.getState().actions.setSectors(['nev']));
    act(() => store.getState().actions.setSectors(['nev', 'storage']));
    act(() => store.getState().actions.setSectors([]));
    for (const [name, spy] of Object.entries(calls)) expect(spy, name).not.toHaveBeenCalled();
    // …and yet the markers did follow the filter.
    act(() => store.getState().actions.setSectors(['wind-equipment']));
    expect(markerOf(container, '德庆风机装备园')).not.toHaveClass('is-faded');
    expect(markerOf(container, '肇庆高新区')).toHaveClass('is-faded');
    expect(markerOf(container, '肇庆高新区')).toHaveAccessibleName(/不符合所选产业/);
  });

  it('switches each layer from the legend, through the view state', async () => {
    const { container, store, user } = await renderMap();
    const legend = screen.getByRole('list', { name: '图例' });
    await user.click(within(legend).getByRole('checkbox', { name: '核心园区' }));
    expect(store.getState().view.hidden).toEqual(['core']);
    expect(container.querySelectorAll('.place-marker-core, .place-marker-core-sub')).toHaveLength(0);
    expect(container.querySelectorAll('path.park-extent')).toHaveLength(0);
    await user.click(within(legend).getByRole('checkbox', { name: '县（市、区）' }));
    expect(container.querySelectorAll('path.county')).toHaveLength(0);
    expect(container.querySelectorAll('.county-label')).toHaveLength(0);
    await user.click(within(legend).getByRole('checkbox', { name: '核心园区' }));
    expect(container.querySelectorAll('.place-marker-core')).toHaveLength(3);
  });

  it('explains every symbol in the legend', async () => {
    await renderMap();
    const legend = screen.getByText('图例与图层').closest('details');
    for (const text of [
      '东部4区（市）· 九通一平',
      '西部4县 · 八通一平',
      '粤港澳大湾区城市',
      '核心园区内的园区',
      '中小企业特色产业集群（非有边界的园区）',
      '空心虚线：位置近似（来源只给出所在县，标在县名旁）',
      '实心加虚线框：已公布的经纬度范围（外接框）',
      '空心点线：在（或推断在）已公布范围内，自身位置未公布',
      '变淡：不符合所选产业',
      '内置行政区划底图（示意，非正式地图）',
    ])
      expect(legend).toHaveTextContent(text);
  });

  it('makes no tile request unless a base map is configured; GCJ-02 tiles wait for their transform', async () => {
    const { container, unmount } = await renderMap();
    expect(container.querySelectorAll('.leaflet-tile-pane .leaflet-layer')).toHaveLength(0);
    unmount();
    const tiles: TileConfig = {
      url: 'https://tiles.example/{z}/{x}/{y}.png',
      attribution: 'Example tiles',
      datum: 'gcj02',
      subdomains: 'abc',
      maxZoom: 18,
    };
    // gcoord is fetched only for a GCJ-02 base map; nothing is drawn unshifted meanwhile.
    const withTiles = await renderMap({}, 'zh-Hans', tiles);
    expect(withTiles.container.querySelectorAll('.leaflet-tile-pane .leaflet-layer')).toHaveLength(1);
    expect(markers(withTiles.container)).toHaveLength(drawn.length);
    expect(withTiles.container).toHaveTextContent('在线底图：Example tiles');
  });

  it('fits Zhaoqing when the link has no map position, and shows the linked one otherwise', async () => {
    // The start-up fit is the map's own move: it must not put a map= into a fresh page's link.
    const fitted = await renderMap();
    expect(fitted.store.getState().view.map).toBeNull();
    fitted.unmount();
    const area = { south: 22.9, west: 112.3, north: 23.2, east: 112.8 };
    const linked = await renderMap({ map: area });
    // A moved map is not written back: the link's area stays exactly as it was.
    expect(linked.store.getState().view.map).toEqual(area);
  });
});
