import type { MouseEvent, ReactNode } from 'react';
import { useViewActions } from '../state/view-store-context';

/** The id of a source's entry in the source list (features/sources). */
export const sourceEntryId = (sourceId: string) => `source-${sourceId}`;

/**
 * Brings an element into view and focuses it once it is on the page: the source list mounts with
 * its tab (and its chunk, the first time), a frame or more after the click. Gives up after `frames` (about 10 s: the list failed to load).
 */
export function focusWhenShown(id: string, frames = 600): void {
  const step = (left: number) => {
    const el = document.getElementById(id);
    if (el && el.checkVisibility?.() !== false) {
      el.scrollIntoView?.({ block: 'start' });
      el.focus({ preventScroll: true });
      return;
    }
    if (left > 0) requestAnimationFrame(() => step(left - 1));
  };
  requestAnimationFrame(() => step(frames));
}

interface Props {
  sourceId: string;
  /** Says where the link goes ("F19: see 南都 in the source list"); contains the visible text. */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A source tag ([F19], [X03]) as a link to its source's entry in the source list: an in-page
 * anchor (no URL param), which opens the overview tab, closes the details over it, and moves
 * focus to the entry. A modified click (new tab or window) keeps the browser's own behaviour.
 */
export function SourceLink({ sourceId, label, className, children }: Props) {
  const { openSources } = useViewActions();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    openSources();
    focusWhenShown(sourceEntryId(sourceId));
  };
  return (
    <a
      href={`#${sourceEntryId(sourceId)}`}
      className={className ? `source-link ${className}` : 'source-link'}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      {children}
    </a>
  );
}
