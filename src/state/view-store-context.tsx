import { createContext, useContext, useState, type ReactNode } from 'react';
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

export const useViewActions = () => useViewStore((s) => s.actions);
