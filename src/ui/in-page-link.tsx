import type { MouseEvent, ReactNode } from 'react';

/**
 * Brings an element into view and focuses it once it is on the page: a list that mounts with its
 * tab (and its chunk, the first time) appears a frame or more after the click. Gives up after
 * `frames` (about 10 s: the part failed to load).
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
  /** The id of the element to bring into view (it must be focusable: tabIndex -1 at least). */
  targetId: string;
  /** Says where the link goes, if the visible text does not; contains the visible text. */
  label?: string;
  /** Shows the target (opens its tab, closes what covers it); runs before the focus moves. */
  onActivate?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A link to another part of the page, which may be on another tab: an in-page anchor (no URL
 * param): `onActivate` shows the part, then the focus moves to it. A modified click (new tab or
 * window) keeps the browser's own behaviour.
 */
export function InPageLink({ targetId, label, onActivate, className, children }: Props) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    onActivate?.();
    focusWhenShown(targetId);
  };
  return (
    <a href={`#${targetId}`} className={className} aria-label={label} title={label} onClick={onClick}>
      {children}
    </a>
  );
}
