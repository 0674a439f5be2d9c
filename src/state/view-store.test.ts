import { describe, expect, it } from 'vitest';
import { createViewStore } from './view-store';
import { DEFAULT_VIEW } from './view-state';

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
