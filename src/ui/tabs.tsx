import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  panel: ReactNode;
  /** Starts loading what the panel needs (a lazy chunk) when its tab is pointed at or focused. */
  preload?: () => void;
}

interface Props<T extends string> {
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
}

/**
 * WAI-ARIA tabs: arrow keys move between tabs, Home/End jump; only the chosen panel is rendered.
 * Ids are prefixed per instance (useId), so two tab sets on one page never share an id.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect }: Props<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const listRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const tabId = (id: T) => `${idBase}tab-${id}`;
  const panelId = (id: T) => `${idBase}tabpanel-${id}`;
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  useOpenAtTop(listRef, panelRef, current?.id);
  return (
    <div className="tabs">
      <div ref={listRef} role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
              else refs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={t.id === current?.id}
            aria-controls={panelId(t.id)}
            tabIndex={t.id === current?.id ? 0 : -1}
            className="tab"
            onClick={() => onSelect(t.id)}
            onPointerEnter={t.preload}
            onFocus={t.preload}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current ? (
        <div
          ref={panelRef}
          role="tabpanel"
          id={panelId(current.id)}
          aria-labelledby={tabId(current.id)}
          className="tab-panel"
        >
          {current.panel}
        </div>
      ) : null}
    </div>
  );
}

/** The nearest ancestor that scrolls vertically, else the page. */
function scrollerOf(el: HTMLElement): Element {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Each tab opens at its top: when the chosen tab changes and the panel had been scrolled under the
 * (sticky) tab list, whatever scrolls it (the side panel on a desktop, the page on a phone) moves
 * back so the new panel starts where it does unscrolled, below the list. Without this, Parks opened mid-list at the
 * previous tab's offset. Not on first render: a reloaded page keeps the browser's own position.
 */
function useOpenAtTop(
  listRef: RefObject<HTMLDivElement | null>,
  panelRef: RefObject<HTMLDivElement | null>,
  selected: string | undefined,
) {
  const shown = useRef(selected);
  useLayoutEffect(() => {
    if (shown.current === selected) return;
    shown.current = selected;
    const list = listRef.current;
    const panel = panelRef.current;
    if (!list || !panel) return;
    // Where the panel starts when nothing is scrolled: the list's own margin below it.
    const gap = parseFloat(getComputedStyle(list).marginBottom) || 0;
    const under = panel.getBoundingClientRect().top - list.getBoundingClientRect().bottom - gap;
    if (under < 0) scrollerOf(panel).scrollTop += under;
  }, [listRef, panelRef, selected]);
}
