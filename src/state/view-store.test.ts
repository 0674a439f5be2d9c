import { describe, expect, it } from 'vitest';
import { createViewStore, type ViewStore } from './view-store';
import { DEFAULT_VIEW, type ViewState } from './view-state';

describe('replaceView', () => {
  it('keeps the very same view when the URL says what the store already holds', () => {
    const store = createViewStore({
      ...DEFAULT_VIEW,
      sectors: ['nev'],
      map: { south: 22.9, west: 112.3, north: 23.2, east: 112.8 },
    });
    const before = store.getState().view;
    store.getState().actions.replaceView({
      ...DEFAULT_VIEW,
      sectors: ['nev'],
      map: { south: 22.9, west: 112.3, north: 23.2, east: 112.8 },
    });
    expect(store.getState().view).toBe(before);
  });

  it('replaces only the slices that changed, so only their readers render again', () => {
    const store = createViewStore({ ...DEFAULT_VIEW, sectors: ['nev'], hidden: ['core'] });
    const before = store.getState().view;
    store.getState().actions.replaceView({ ...DEFAULT_VIEW, sectors: ['nev', 'storage'], hidden: ['core'] });
    const after = store.getState().view;
    expect(after).not.toBe(before);
    expect(after.sectors).toEqual(['nev', 'storage']);
    expect(after.hidden).toBe(before.hidden);
  });
});

describe('the actions', () => {
  const SECTORS = ['nev', 'storage', 'electronics', 'food-beverage'];
  const fresh = (view: Partial<ViewState> = {}) => createViewStore({ ...DEFAULT_VIEW, ...view });
  const act = (store: ViewStore) => store.getState().actions;
  const view = (store: ViewStore) => store.getState().view;

  it('toggleSector adds and removes a sector, keeping dataset order whatever the click order', () => {
    const store = fresh();
    act(store).toggleSector('electronics', SECTORS);
    act(store).toggleSector('nev', SECTORS);
    act(store).toggleSector('storage', SECTORS);
    expect(view(store).sectors).toEqual(['nev', 'storage', 'electronics']);
    act(store).toggleSector('storage', SECTORS);
    expect(view(store).sectors).toEqual(['nev', 'electronics']);
  });

  it('setSectors and setLang set what they are given', () => {
    const store = fresh({ sectors: ['nev'] });
    act(store).setSectors(['storage']);
    act(store).setLang('en');
    expect(view(store)).toMatchObject({ sectors: ['storage'], lang: 'en' });
  });

  it('keeps one selection at a time: a park, a county or an entity closes the others', () => {
    const store = fresh();
    act(store).selectPark('high-tech-zone');
    expect(view(store)).toMatchObject({ park: 'high-tech-zone', county: null, entity: null });
    act(store).selectCounty('441202');
    expect(view(store)).toMatchObject({ park: null, county: '441202', entity: null });
    act(store).selectEntity('xpeng');
    expect(view(store)).toMatchObject({ park: null, county: null, entity: 'xpeng' });
    act(store).selectEntity(null);
    expect(view(store)).toMatchObject({ park: null, county: null, entity: null });
  });

  it('clearing one kind of selection leaves the others as they are', () => {
    const store = fresh({ park: 'high-tech-zone' });
    act(store).selectCounty(null);
    act(store).selectEntity(null);
    expect(view(store).park).toBe('high-tech-zone');
    act(store).selectPark(null);
    expect(view(store).park).toBeNull();
  });

  it('setLinks, setMapView, setTab, setOrder and setQr set their field alone', () => {
    const store = fresh();
    const map = { south: 22.9, west: 112.3, north: 23.2, east: 112.8 };
    act(store).setLinks('sourced');
    act(store).setMapView(map);
    act(store).setTab('charts');
    act(store).setOrder('known');
    act(store).setQr(false);
    expect(view(store)).toEqual({
      ...DEFAULT_VIEW,
      links: 'sourced',
      map,
      tab: 'charts',
      order: 'known',
      qr: false,
    });
  });

  it('toggleLayer hides a layer, and shows it again', () => {
    const store = fresh();
    act(store).toggleLayer('core');
    act(store).toggleLayer('parks');
    expect(view(store).hidden).toEqual(['core', 'parks']);
    act(store).toggleLayer('core');
    expect(view(store).hidden).toEqual(['parks']);
  });

  it('openSources goes to the overview and closes any details (one change)', () => {
    const store = fresh({ tab: 'parks', park: 'high-tech-zone' });
    let changes = 0;
    store.subscribe(() => changes++);
    act(store).openSources();
    expect(view(store)).toMatchObject({ tab: 'overview', park: null, county: null, entity: null });
    expect(changes).toBe(1);
  });

  it('setPresenting enters presentation mode, and leaving returns to exactly the view it began from', () => {
    const map = { south: 22.9, west: 112.3, north: 23.2, east: 112.8 };
    const store = fresh({ sectors: ['nev'], tab: 'charts', county: '441226', map, hidden: ['neighbours'] });
    const start = view(store);
    act(store).setPresenting(true);
    for (const [i, shows] of [
      { sectors: ['storage'] },
      { park: 'high-tech-zone' },
      { tab: 'overview' },
    ].entries())
      act(store).showScene(i + 1, shows as Partial<ViewState>);
    act(store).setQr(false);
    expect(view(store)).toMatchObject({ mode: 'present', scene: 3, sectors: ['storage'], qr: false });
    act(store).setPresenting(false);
    expect(view(store)).toEqual(start);
    expect(store.getState().presentedFrom).toBeNull();
  });

  it('leaving a presentation a link opened drops the tour’s params and keeps the last scene', () => {
    const store = fresh({ mode: 'present', tour: ['overview', 'east'], every: 20, scene: 1 });
    act(store).showScene(1, { sectors: ['storage'], park: 'high-tech-zone' });
    act(store).setPresenting(false);
    expect(view(store)).toEqual({ ...DEFAULT_VIEW, sectors: ['storage'], park: 'high-tech-zone' });
  });

  it('Back out of a presentation forgets where it began, so a later one starts afresh', () => {
    const store = fresh({ sectors: ['nev'] });
    act(store).setPresenting(true);
    act(store).replaceView({ ...DEFAULT_VIEW, sectors: ['nev'] });
    expect(store.getState().presentedFrom).toBeNull();
    act(store).setTab('charts');
    act(store).setPresenting(true);
    act(store).showScene(2, { sectors: ['storage'] });
    act(store).setPresenting(false);
    expect(view(store)).toEqual({ ...DEFAULT_VIEW, sectors: ['nev'], tab: 'charts' });
  });

  it('showScene keeps the very same view when the scene shows what is already there', () => {
    const store = fresh({ mode: 'present', scene: 2, sectors: ['nev'] });
    const before = view(store);
    act(store).showScene(2, { sectors: ['nev'] });
    expect(view(store)).toBe(before);
  });

  it('setIgnored keeps what a link asked for that could not be used, beside the view', () => {
    const store = fresh();
    const before = view(store);
    act(store).setIgnored([{ param: 'park', value: 'nowhere' }]);
    expect(store.getState().ignored).toEqual([{ param: 'park', value: 'nowhere' }]);
    expect(view(store)).toBe(before);
  });
});

describe('the comparison', () => {
  const ORDER = ['agglomeration-zone', 'high-tech-zone', 'new-area', 'dawang-nev-park', 'huaiji-food'];
  const fresh = (view: Partial<ViewState> = {}) => createViewStore({ ...DEFAULT_VIEW, ...view });

  it('adds parks in dataset order whatever the click order, once each', () => {
    const store = fresh();
    const { addCompare } = store.getState().actions;
    expect(addCompare('new-area', ORDER)).toBe(true);
    expect(addCompare('high-tech-zone', ORDER)).toBe(true);
    expect(addCompare('new-area', ORDER)).toBe(true);
    expect(store.getState().view.compare).toEqual(['high-tech-zone', 'new-area']);
  });

  it('refuses a fifth park and raises the notice until the next change', () => {
    const store = fresh({ compare: ORDER.slice(0, 4) });
    const { addCompare, removeCompare } = store.getState().actions;
    expect(addCompare('huaiji-food', ORDER)).toBe(false);
    expect(store.getState().view.compare).toEqual(ORDER.slice(0, 4));
    expect(store.getState().compareFull).toBe(true);
    removeCompare('new-area');
    expect(store.getState().compareFull).toBe(false);
    expect(addCompare('huaiji-food', ORDER)).toBe(true);
    expect(store.getState().view.compare).toEqual([
      'agglomeration-zone',
      'high-tech-zone',
      'dawang-nev-park',
      'huaiji-food',
    ]);
  });

  it('opens with two parks or more, and closing returns to the tab it was opened from', () => {
    const store = fresh({ tab: 'parks', compare: ['new-area'] });
    const { openCompare, addCompare, closeCompare } = store.getState().actions;
    openCompare();
    expect(store.getState().view.tab).toBe('parks');
    addCompare('high-tech-zone', ORDER);
    openCompare();
    expect(store.getState().view.tab).toBe('compare');
    closeCompare();
    expect(store.getState().view).toMatchObject({ tab: 'parks', compare: ['high-tech-zone', 'new-area'] });
  });

  it('closes when fewer than two parks are left, and clear empties and closes', () => {
    const store = fresh({ tab: 'charts', compare: ['high-tech-zone', 'new-area', 'huaiji-food'] });
    const { openCompare, removeCompare, clearCompare, toggleCompare } = store.getState().actions;
    openCompare();
    removeCompare('new-area');
    expect(store.getState().view.tab).toBe('compare');
    toggleCompare('huaiji-food', ORDER);
    expect(store.getState().view).toMatchObject({ tab: 'charts', compare: ['high-tech-zone'] });
    toggleCompare('new-area', ORDER);
    openCompare();
    clearCompare();
    expect(store.getState().view).toMatchObject({ tab: 'charts', compare: [] });
  });

  it('a link that opens the comparison closes to the overview', () => {
    const store = fresh({ tab: 'compare', compare: ['high-tech-zone', 'new-area'] });
    store.getState().actions.closeCompare();
    expect(store.getState().view.tab).toBe('overview');
  });

  it('presenting sets the comparison aside, and leaving brings it back', () => {
    const view = { ...DEFAULT_VIEW, tab: 'compare' as const, compare: ['high-tech-zone', 'new-area'] };
    const store = createViewStore(view);
    store.getState().actions.setPresenting(true);
    expect(store.getState().view).toMatchObject({ mode: 'present', compare: [], tab: 'overview' });
    store.getState().actions.setPresenting(false);
    expect(store.getState().view).toEqual(view);
  });
});
