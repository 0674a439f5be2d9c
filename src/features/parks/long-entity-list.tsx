import './long-entity-list.css';
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { useLang, useT } from '../../i18n/i18n-context';
import { entityListArea } from '../../i18n/lazy/entity-list';
import { useLazyArea } from '../../i18n/i18n-context';
import { useScreenIds } from '../../ui/screen-ids';
import { EntityRow } from './entity-row';

/** A row before it is measured: a one-line name over one line of details. */
const ESTIMATE = 56;
/** Rows kept beyond each edge of the box, so a quick scroll or key press shows no gap. */
const OVERSCAN = 8;
/** Room at the box's edges for the focus outline (3px, 2px out). */
const EDGE = 6;
/** The box before its first measurement (and in jsdom, which measures nothing). */
const INITIAL_RECT: Rect = { width: 320, height: 480 };

type Box = Virtualizer<HTMLDivElement, HTMLDivElement>;

// While the details panel is open the list is hidden (display: none): it measures 0. Ignoring
// that keeps the rows' sizes and the tab stop, the row that opened the details, in the DOM for
// PlaceDetailsHost to hand focus back to when the details close.
const observeShownRect = (instance: Box, cb: (rect: Rect) => void) => {
  let hidden = false;
  return observeElementRect(instance, (rect) => {
    if (rect.height === 0) {
      hidden = true;
      return;
    }
    cb(rect);
    // Shown again: read the scroll position anew (hidden, the box read 0; shown, the browser
    // restores it without a scroll event).
    if (hidden) instance.scrollElement?.dispatchEvent(new Event('scroll'));
    hidden = false;
  });
};
const measureShown = (el: HTMLDivElement, entry: ResizeObserverEntry | undefined, instance: Box) => {
  const size = measureElement(el, entry, instance);
  if (size > 0) return size;
  return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(el))) ?? ESTIMATE;
};

export interface LongEntityListProps {
  dataset: Dataset;
  /** Firms outside the selected sectors. */
  fadedIds: ReadonlySet<string>;
}

/**
 * A long register of firms and projects as a virtual list: only the rows in view (and a few
 * beyond) are in the DOM, each measured as drawn. One Tab stop (a roving tabindex); the arrow
 * keys, Page Up / Page Down and Home / End move the focus, scrolling the row into view.
 */
export function LongEntityList({ dataset, fadedIds }: LongEntityListProps) {
  useLazyArea(entityListArea);
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const entities = dataset.entities;
  const count = entities.length;
  const boxRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const current = Math.min(active, count - 1);
  // The row to focus as soon as it is rendered (after a key press it may not be yet).
  const focusNext = useRef<number | null>(null);

  // The roving tab stop stays in the DOM when scrolled away: Tab always finds the list.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (indexes.includes(current)) return indexes;
      return [...indexes, current].sort((a, b) => a - b);
    },
    [current],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here to memoize it wrongly
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => boxRef.current,
    getItemKey: (i) => entities[i]?.id ?? i,
    estimateSize: () => ESTIMATE,
    overscan: OVERSCAN,
    gap: 4,
    paddingStart: EDGE,
    paddingEnd: EDGE,
    scrollPaddingStart: EDGE,
    scrollPaddingEnd: EDGE,
    initialRect: INITIAL_RECT,
    observeElementRect: observeShownRect,
    measureElement: measureShown,
    rangeExtractor,
  });

  const focusPending = () => {
    const index = focusNext.current;
    const button =
      index === null ? null : boxRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`);
    if (!button) return;
    focusNext.current = null;
    button.focus();
  };
  // After every render: the row asked for may just have been rendered.
  useLayoutEffect(focusPending);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    focusNext.current = next;
    setActive(next);
    virtualizer.scrollToIndex(next);
    focusPending();
  };
  /** Rows wholly in view: how far Page Up / Page Down move. */
  const screenful = () => {
    const top = virtualizer.scrollOffset ?? 0;
    const bottom = top + (virtualizer.scrollRect?.height ?? 0);
    const shown = virtualizer.getVirtualItems().filter((i) => i.start >= top && i.end <= bottom);
    return Math.max(1, shown.length);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const targets: Partial<Record<string, number>> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + screenful(),
      PageUp: current - screenful(),
      Home: 0,
      End: count - 1,
    };
    const next = targets[e.key];
    if (next === undefined) return;
    e.preventDefault();
    moveTo(next);
  };

  return (
    <>
      <p className="muted entity-list-keys" id={id('entity-list-keys')}>
        {t('entityList:keys', { page: 'Page Up / Page Down', ends: 'Home / End' })}
      </p>
      <div ref={boxRef} className="entity-list-box">
        <div
          role="list"
          className="entity-list"
          aria-label={t('entityList:label', { total: count.toLocaleString(lang) })}
          aria-describedby={id('entity-list-keys')}
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            // A row focused by a click or by Tab becomes the tab stop.
            const index = Number(e.target.closest('[data-index]')?.getAttribute('data-index'));
            if (Number.isInteger(index)) setActive(index);
          }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const entity = entities[item.index];
            return entity ? (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                role="listitem"
                data-index={item.index}
                aria-setsize={count}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <EntityRow
                  dataset={dataset}
                  entity={entity}
                  faded={fadedIds.has(entity.id)}
                  tabIndex={item.index === current ? 0 : -1}
                />
              </div>
            ) : null;
          })}
        </div>
      </div>
    </>
  );
}
