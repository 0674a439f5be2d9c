import { useEffect } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import type { Geography } from '../../domain/schema/geo-schema';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';

// Lazy: only a presenter downloads the presentation (its words, the tour, the QR code).
const presentation = lazyPart(
  () => import('./presentation'),
  (m) => m.Presentation,
);

/**
 * A link that opens presenting (`mode=present`) waits for this before the app's first render
 * (main.tsx), so that its first commit is the presentation, not the browsing page that the
 * presentation's styles would then rearrange (a jump of a third of the screen).
 */
export const preloadPresentation = presentation.preload;

/**
 * Into presentation mode from a click or a key. The presentation asks for full screen when it
 * mounts: the click's user activation lasts for seconds, longer than its chunk takes to arrive.
 */
function usePresent() {
  const { setPresenting } = useViewActions();
  return () => setPresenting(true);
}

/** The header's way in. */
export function PresentButton() {
  const t = useT();
  const present = usePresent();
  return (
    <button
      type="button"
      className="button button-on-brand present-button"
      onClick={present}
      aria-keyshortcuts="P"
    >
      {t('app.present')}
    </button>
  );
}

const typing = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** `P` enters presentation mode; the presentation itself (lazy) shows while the view says so. */
export function PresentationHost({ dataset, geography }: { dataset: Dataset; geography: Geography }) {
  const t = useT();
  const presenting = useViewStore((s) => s.view.mode === 'present');
  const present = usePresent();

  useEffect(() => {
    if (presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' && e.key !== 'P') return;
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || typing(document.activeElement)) return;
      e.preventDefault();
      present();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting, present]);

  if (!presenting) return null;
  return (
    <LazyPartBoundary part={presentation} message={t('app.presentFailed')} retryLabel={t('error.retry')}>
      <presentation.Component dataset={dataset} geography={geography} />
    </LazyPartBoundary>
  );
}
