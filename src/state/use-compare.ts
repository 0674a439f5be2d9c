import type { Dataset } from '../domain/schema/dataset-schema';
import { useViewActions, useViewStore } from './view-store-context';

/** The dataset's park ids in order, once per dataset: the order the comparison keeps. */
const orders = new WeakMap<Dataset, readonly string[]>();
export function parkOrder(dataset: Dataset): readonly string[] {
  let order = orders.get(dataset);
  if (!order) {
    order = dataset.parks.map((p) => p.id);
    orders.set(dataset, order);
  }
  return order;
}

/** Whether a park is chosen for the comparison, and the toggle its compare button calls. */
export function useCompareChoice(dataset: Dataset, parkId: string) {
  const chosen = useViewStore((s) => s.view.compare.includes(parkId));
  const { toggleCompare } = useViewActions();
  return { chosen, toggle: () => toggleCompare(parkId, parkOrder(dataset)) };
}
