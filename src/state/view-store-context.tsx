import { createContext, useContext, useDeferredValue, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createViewStore, type ViewStore, type ViewStoreState } from './view-store';

const ViewStoreContext = createContext<ViewStore | null>(null);

export function ViewStoreProvider({ store, children }: { store?: ViewStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createViewStore());
  return <ViewStoreContext.Provider value={value}>{children}</ViewStoreContext.Provider>;
}

export function useViewStoreApi(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStore must be used inside <ViewStoreProvider>');
  return store;
}

/** Atomic selectors: select one field (or wrap with useShallow for arrays/objects). */
export function useViewStore<T>(selector: (s: ViewStoreState) => T): T {
  return useStore(useViewStoreApi(), selector);
}

/** The store's actions: one object for the store's life, so reading them subscribes to nothing. */
export const useViewActions = () => useViewStoreApi().getState().actions;

/**
 * The selected sectors for what follows a filter change but is not the filter itself (the summary,
 * the lists, the figures, the charts): React renders them in the frames right after the click, in
 * an interruptible render, so the click's own frame — the toggle and the map — is never held up.
 */
export function useDeferredSectors(): readonly string[] {
  return useDeferredValue(useViewStore((s) => s.view.sectors));
}
