import type { MouseEvent, ReactNode } from 'react';

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
  /** Opens the source list (the feature's store action); runs before the focus moves to the entry. */
  onActivate: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A source tag ([F19], [X03]) as a link to its source's entry in the source list: an in-page
 * anchor (no URL param): `onActivate` opens the list (the overview tab, closing the details over
 * it), then the focus moves to the entry. A modified click (new tab or window) keeps the browser's own behaviour.
 */
export function SourceLink({ sourceId, label, onActivate, className, children }: Props) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    onActivate();
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
