import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Fit steps, roomiest first (brief.css: silent rows on one line, type from 9.5pt down to 7pt, and
 * only a cell's first 3, 2, then 1 items, each cell saying how many more the live view holds;
 * then, for a heavy comparison, a smaller header and map, a comparison's row notes numbered under
 * the table and sources at 6.5pt (9), and each item's note left to the live view, marked † (10)).
 */
export const DENSITIES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type Density = (typeof DENSITIES)[number];

/** The page's content box (A4 portrait, brief.css's @page margins), in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
export const PAGE_CONTENT_HEIGHT = 281 * MM;
/** Room kept free for rounding between screen and print layout (about 2 mm). */
const SLACK = 8;

/**
 * The largest type step at which the sheet fits one page: measured, not guessed. The sheet is
 * hidden on screen, so for the measurement it is laid out for an instant at the page's width
 * (class `brief-measuring`: visible to layout, never painted), once per step until it fits. Runs
 * in `beforeprint`, synchronously (the browser's print, `window.print()` and Chromium's PDF all
 * fire it, and lay the page out after the handler returns), and only then: each step is a layout
 * of the whole sheet, up to 700 ms in all on a phone at 4× CPU, which, run whenever a park was
 * chosen, delayed the page's answer to that tap and the taps after it (issue 26). Text is never
 * clipped: if even the smallest step is too tall, the sheet runs on to a second page.
 */
export function useBriefFit(ref: RefObject<HTMLElement | null>): Density {
  const [density, setDensity] = useState<Density>(0);

  const measure = useCallback((): Density | null => {
    const sheet = ref.current;
    if (!sheet) return null;
    const before = sheet.dataset.density;
    sheet.classList.add('brief-measuring');
    let chosen: Density = DENSITIES[DENSITIES.length - 1] ?? 10;
    try {
      for (const d of DENSITIES) {
        sheet.dataset.density = String(d);
        const height = sheet.getBoundingClientRect().height;
        // jsdom lays nothing out (height 0): the largest type.
        if (height <= PAGE_CONTENT_HEIGHT - SLACK) {
          chosen = d;
          break;
        }
      }
    } finally {
      sheet.classList.remove('brief-measuring');
      if (before === undefined) delete sheet.dataset.density;
      else sheet.dataset.density = before;
    }
    return chosen;
  }, [ref]);

  useEffect(() => {
    const fit = () => {
      const d = measure();
      if (d === null || !ref.current) return;
      // Set on the element at once too: beforeprint gives no render before the print layout.
      ref.current.dataset.density = String(d);
      setDensity(d);
    };
    window.addEventListener('beforeprint', fit);
    return () => window.removeEventListener('beforeprint', fit);
  }, [measure, ref]);

  return density;
}
