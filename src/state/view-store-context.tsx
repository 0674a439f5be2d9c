import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
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
 * the lists, the figures, the charts). They are told in a transition, after the click's own render:
 * React renders them in the frames right after, interruptibly, so the click's frame (the toggle,
 * the map) never waits for them — and they are not rendered at all in that first pass.
 *
 * Until the page's first paint, though, a change is followed at once: one made as the page mounts
 * (a presentation link's first scene, set in a layout effect) belongs in the first frame, which
 * must not show the default view's "No filter" and then move everything under it.
 */
export function useDeferredSectors(): readonly string[] {
  const store = useViewStoreApi();
  const [sectors, setSectors] = useState(() => store.getState().view.sectors);
  const painted = useRef(false);
  useLayoutEffect(() => {
    const follow = (next: readonly string[]) => {
      if (painted.current) startTransition(() => setSectors(next));
      else setSectors(next);
    };
    // A change between this component's render and this subscription is caught up at once.
    follow(store.getState().view.sectors);
    return store.subscribe((state, prev) => {
      if (state.view.sectors !== prev.view.sectors) follow(state.view.sectors);
    });
  }, [store]);
  // Passive effects run once the commit has been painted (or before the next render, at the latest).
  useEffect(() => {
    painted.current = true;
  }, []);
  return sectors;
}
