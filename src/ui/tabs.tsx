import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

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
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
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
