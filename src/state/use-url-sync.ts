import { useLayoutEffect } from 'react';
import { decodeView, encodeView, type Vocabulary } from './url-codec';
import { useViewStoreApi } from './view-store-context';
import type { ViewState } from './view-state';

/**
 * Pan/zoom write the URL once the map has been still this long. A trailing debounce: however the
 * moves are spaced, at most one write per 500 ms, i.e. 60 per 30 s, well under Safari's limit of
 * 100 history updates per 30 s (past it Safari throws).
 */
export const MAP_WRITE_DEBOUNCE_MS = 500;
/** When the browser refuses a history update anyway, the URL catches up this much later. */
export const HISTORY_RETRY_MS = 2_000;

const sameExceptMap = (a: ViewState, b: ViewState) => encodeView({ ...a, map: b.map }) === encodeView(b);

/**
 * The only writer of the URL. Reads it once the vocabulary (the dataset's ids) is known, then
 * mirrors the store: discrete changes (sector, park, tab, language…) push a history entry so Back
 * undoes them; map moves replace the current entry, debounced, and so do a presentation's scenes; Back/Forward put the decoded view
 * back into the store without a reload.
 *
 * A layout effect, so the link's view is in the store before the first paint. React runs layout
 * effects children first, in tree order: call it from a component rendered before the parts that
 * act on the view when they mount (app/dashboard.tsx's `UrlSync`, before the presentation showing
 * its scene), or this read would overwrite what they did.
 */
export function useUrlSync(vocab: Vocabulary): void {
  const store = useViewStoreApi();

  useLayoutEffect(() => {
    const { actions } = store.getState();
    const decoded = decodeView(window.location.search, vocab);
    actions.replaceView(decoded.view);
    // Only raise the notice, never clear it here: under StrictMode the effect runs twice and the
    // second run reads the URL the first one already cleaned.
    if (decoded.ignored.length > 0) actions.setIgnored(decoded.ignored);

    /** The view of the current history entry (once a pending replace has run). */
    let written = decoded.view;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const urlFor = (view: ViewState) =>
      `${window.location.pathname}${encodeView(view)}${window.location.hash}`;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        write('replaceState', written);
      }, ms);
    };
    function write(method: 'pushState' | 'replaceState', view: ViewState) {
      try {
        window.history[method](null, '', urlFor(view));
      } catch {
        // Safari's SecurityError past its rate limit: the store is right, the URL follows later.
        schedule(HISTORY_RETRY_MS);
      }
    }
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      write('replaceState', written);
    };

    // The canonical form of what was opened: unknown and invalid params dropped, ids in order
    // (a link already in that form is left as it is: a history write is not free on a phone).
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (urlFor(written) !== here) write('replaceState', written);

    const unsubscribe = store.subscribe((state, prev) => {
      const view = state.view;
      if (view === prev.view || encodeView(view) === encodeView(written)) return;
      if (sameExceptMap(view, written)) {
        written = view;
        schedule(MAP_WRITE_DEBOUNCE_MS);
        return;
      }
      // The pending map position belongs to the entry being left, so that Back returns to it.
      flush();
      // A running presentation replaces its entry: a day's tour must not fill the history, and
      // Back leaves the presentation.
      const presenting = view.mode === 'present' && written.mode === 'present';
      written = view;
      write(presenting ? 'replaceState' : 'pushState', view);
    });

    const onPopState = () => {
      // A pending replace was for the entry just left; the browser has already moved on from it.
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
