import { useEffect } from 'react';
import { decodeView, encodeView, type Vocabulary } from './url-codec';
import { useViewStoreApi } from './view-store-context';
import type { ViewState } from './view-state';

/** Pan/zoom write the URL at most this often (Safari allows 100 history updates per 30 s). */
export const MAP_WRITE_DEBOUNCE_MS = 500;

const sameExceptMap = (a: ViewState, b: ViewState) => encodeView({ ...a, map: b.map }) === encodeView(b);

/**
 * The only writer of the URL. Reads it once the vocabulary (the dataset's ids) is known,
 * then mirrors the store: discrete changes push a history entry, map moves replace it (debounced),
 * and Back/Forward put the decoded view back into the store.
 */
export function useUrlSync(vocab: Vocabulary): void {
  const store = useViewStoreApi();

  useEffect(() => {
    const { actions } = store.getState();
    const decoded = decodeView(window.location.search, vocab);
    actions.replaceView(decoded.view);
    actions.setIgnored(decoded.ignored);

    let written = decoded.view;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const urlFor = (view: ViewState) =>
      `${window.location.pathname}${encodeView(view)}${window.location.hash}`;
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      window.history.replaceState(null, '', urlFor(written));
    };
    // Canonical form of what was opened (drops unknown and invalid params).
    window.history.replaceState(null, '', urlFor(written));

    const unsubscribe = store.subscribe((state) => {
      const view = state.view;
      if (encodeView(view) === encodeView(written)) return;
      if (sameExceptMap(view, written)) {
        written = view;
        clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          window.history.replaceState(null, '', urlFor(written));
        }, MAP_WRITE_DEBOUNCE_MS);
        return;
      }
      flush();
      written = view;
      window.history.pushState(null, '', urlFor(view));
    });

    const onPopState = () => {
      clearTimeout(timer);
      timer = undefined;
      const next = decodeView(window.location.search, vocab);
      written = next.view;
      actions.replaceView(next.view);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store, vocab]);
}
