import type { Lang } from '../../domain/schema/dataset-schema';
import type { ShareAddress } from '../../domain/share/share-address';
import { viewLink } from '../../state/url-codec';
import { DEFAULT_VIEW, type ViewState } from '../../state/view-state';

/**
 * What a visitor's phone opens from the presentation's QR code: the browsing view of the scene on
 * screen (its filter, selection and tab, in the language on screen), never the presentation itself
 * (no `mode`, `tour`, `every`, `scene` or `qr`), and no map area, so the phone fits the view to its
 * own screen.
 */
export const sceneBrowsingView = (view: ViewState, lang: Lang): ViewState => ({
  ...view,
  lang: view.lang ?? lang,
  mode: DEFAULT_VIEW.mode,
  tour: DEFAULT_VIEW.tour,
  every: DEFAULT_VIEW.every,
  scene: DEFAULT_VIEW.scene,
  qr: DEFAULT_VIEW.qr,
  map: null,
});

export const sceneQrLink = (view: ViewState, lang: Lang, address: ShareAddress): string =>
  viewLink(sceneBrowsingView(view, lang), address.base);

/** A QR code on screen stays this long at least, so that a visitor has time to scan it. */
export const QR_STEADY_MS = 30_000;

/**
 * When the code may next change to a new link: at once after a step by hand (the presenter chose
 * that scene), else not before it has been on screen for QR_STEADY_MS.
 */
export const qrChangeDelay = (shownSince: number, now: number, byHand: boolean): number =>
  byHand ? 0 : Math.max(0, shownSince + QR_STEADY_MS - now);
