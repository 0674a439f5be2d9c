import { useQuery } from '@tanstack/react-query';
import { parkFactsQuery } from './queries';

/**
 * The park-facts file, asked for when a part that shows it mounts (the comparison, the brief) and
 * `enabled`. Its failure is its own: the caller shows it with a Retry (`refetch`) while the rest
 * of the page, and the rows the dataset fills, keep working. Every caller shares one request.
 */
export function useParkFacts(enabled = true) {
  return useQuery({ ...parkFactsQuery, enabled });
}
