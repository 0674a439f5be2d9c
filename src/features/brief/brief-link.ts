import type { Lang } from '../../domain/schema/dataset-schema';
import { viewLink } from '../../state/url-codec';
import { DEFAULT_VIEW, type ViewState } from '../../state/view-state';

/**
 * What the brief's QR code and link open: the browsing view the brief was printed from (its
 * selection or comparison, filter and tab), in the language of the page, never a presentation (no
 * `mode`, `tour`, `every`, `scene` or `qr`) and with no map area, so any screen fits the view to
 * itself and the link stays short.
 */
export const briefLiveView = (view: ViewState, lang: Lang): ViewState => ({
  ...view,
  lang: view.lang ?? lang,
  map: null,
  mode: DEFAULT_VIEW.mode,
  tour: DEFAULT_VIEW.tour,
  every: DEFAULT_VIEW.every,
  scene: DEFAULT_VIEW.scene,
  qr: DEFAULT_VIEW.qr,
});

export const briefLink = (view: ViewState, lang: Lang, base: string): string =>
  viewLink(briefLiveView(view, lang), base);

/** Today as yyyy-mm-dd in the reader's time zone (the date printed on the sheet). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
