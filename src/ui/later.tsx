import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders its children in a background render of their own, right after the render that mounted
 * it (useDeferredValue with an initial value). Nested, it splits heavy work into steps, each its
 * own render, commit and effects, so no single task blocks the page. `fallback` shows meanwhile.
 */
export function Later({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : fallback;
}
