import { useCallback, useState } from 'react';
import type { Measure } from '../../domain/text/wrap-text';
import { canvasTextMeasure } from './text-measure';

export interface ChartFrame {
  /** Attach to the element the chart fills. */
  ref: (el: HTMLElement | null) => void;
  /** Its content width (0 until known: nothing is drawn at 0, so Recharts never warns). */
  width: number;
  /** Text metrics in the element's font; undefined where none can be had (jsdom). */
  measure: Measure | undefined;
}

/**
 * The width a chart has, followed with a ResizeObserver, and the page font's metrics for wrapping
 * its labels. `fixed` skips measuring, for tests in jsdom, where every element measures 0.
 */
export function useChartFrame(fixed?: number): ChartFrame {
  const [measured, setMeasured] = useState(0);
  const [measure, setMeasure] = useState<Measure | undefined>(undefined);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      if (!el || fixed !== undefined) return undefined;
      const textMeasure = canvasTextMeasure(el);
      setMeasure(() => textMeasure);
      const update = (w: number) => setMeasured(Math.floor(w));
      update(el.getBoundingClientRect().width);
      if (typeof ResizeObserver === 'undefined') return undefined;
      const observer = new ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (entry) update(entry.contentRect.width);
      });
      observer.observe(el);
      // React 19 runs a ref callback's returned function when the element goes away.
      return () => observer.disconnect();
    },
    [fixed],
  );
  return { ref, width: fixed ?? measured, measure };
}
