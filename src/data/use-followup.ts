import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { followupQuery } from './queries';

/**
 * True once the browser is idle after this component mounted (never during a server render), so
 * that what is nice to have waits until the first screen and the map have had their turn.
 */
function useIdle(wanted: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 300);
    return () => clearTimeout(id);
  }, [wanted]);
  return idle;
}

/**
 * The follow-up file. `now`: the view that is about it (the Outcomes tab) asks at once; `idle`: a
 * part that only adds to what it shows (the header's dates, the key-figure cards) waits for an idle
 * moment, and carries on without it if the file fails — only the Outcomes tab reports a failure.
 * Every caller shares one request (TanStack Query).
 */
export function useFollowup(when: 'now' | 'idle') {
  const idle = useIdle(when === 'idle');
  return useQuery({ ...followupQuery, enabled: when === 'now' || idle });
}
