// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import { parkKnowledge } from '../../domain/parks/park-knowledge';
import type { ViewState } from '../../state/view-state';
import { shippedDataset } from '../../testing/shipped-data';
import { renderParkList } from './parks-test-kit';

const dataset = shippedDataset;
const known = parkKnowledge(dataset);

const renderList = (lang: Lang = 'zh-Hans', view: Partial<ViewState> = {}) =>
  renderParkList(dataset, { lang, view });

const row = (id: string) => {
  const el = document.querySelector(`[data-park-id="${id}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no row ${id}`);
  return el;
};
/** The order buttons, looked up in their group (a role query over the whole list is slow in jsdom). */
const orderButton = (name: string) => {
  const group = document.querySelector('.park-order');
  if (!(group instanceof HTMLElement)) throw new Error('no order control');
  return within(group).getByRole('button', { name });
};
const rankedIds = () =>
  [...document.querySelectorAll('ol[aria-labelledby="park-list-ranked"] [data-park-id]')].map((b) =>
    b.getAttribute('data-park-id'),
  );

describe('how much is known about each park', () => {
  it('each row says its sources, its own figures and how the dataset rates its sources', () => {
    renderList();
    const htz = known.get('high-tech-zone');
    expect(htz && htz.rated.medium).toBeGreaterThan(0);
    expect(row('high-tech-zone')).toHaveTextContent(
      `来源 ${htz?.sources} · 数字 0 · 可信度：高 ${htz?.rated.high}、中 ${htz?.rated.medium}`,
    );
    // F19's two figures belong to the agglomeration zone itself.
    expect(row('agglomeration-zone')).toHaveTextContent(/来源 \d+ · 数字 2 · 可信度：/);
    expect(row('deqing-wind')).toHaveTextContent('来源 1 · 数字 0 · 可信度：高 1');
    // Said once, above the list: what each count is based on.
    expect(screen.getByText(/可信度：数据集对各来源的评级/)).toBeInTheDocument();
  });

  it('reads the same in English', () => {
    renderList('en');
    expect(row('deqing-wind')).toHaveTextContent('sources: 1 · figures: 0 · confidence: 1 high');
    expect(screen.getByText(/the dataset’s rating of each source/)).toBeInTheDocument();
  });

  it('orders the list most documented first, and back by place', async () => {
    const { store, user } = renderList();
    const byPlace = orderButton('按位置');
    const byKnown = orderButton('资料最多的在前');
    expect(byPlace).toHaveAttribute('aria-pressed', 'true');
    expect(byKnown).toHaveAttribute('aria-pressed', 'false');

    await user.click(byKnown);
    expect(store.getState().view.order).toBe('known');
    expect(byKnown).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('ol[aria-labelledby="park-list-ranked"]')).toHaveAccessibleName(
      '资料最多的在前',
    );
    const ids = rankedIds();
    expect(ids[0]).toBe('high-tech-zone');
    expect([...ids].sort()).toEqual(dataset.parks.map((p) => p.id).sort());
    const counts = ids.map((id) => known.get(id ?? '')?.sources ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // One flat ranking: the county groups give way to it.
    expect(screen.queryByRole('heading', { name: '3大核心园区' })).toBeNull();

    await user.click(byPlace);
    expect(store.getState().view.order).toBe('place');
    expect(screen.getByRole('heading', { name: '3大核心园区' })).toBeInTheDocument();
  });

  it('opens in the order a link asks for (order=known), and a ranked row opens its details', async () => {
    const { store, user } = renderList('zh-Hant', { order: 'known' });
    expect(orderButton('資料最多的在前')).toHaveAttribute('aria-pressed', 'true');
    expect(rankedIds()[0]).toBe('high-tech-zone');
    await user.click(row('high-tech-zone'));
    expect(store.getState().view.park).toBe('high-tech-zone');
  });

  it('the details say the same, and count exactly the sources they list at their end', () => {
    renderList('zh-Hans', { park: 'high-tech-zone' });
    const htz = known.get('high-tech-zone');
    const panel = document.querySelector('.place-details');
    if (!(panel instanceof HTMLElement)) throw new Error('details are not open');
    expect(panel.querySelector('.place-details-known')).toHaveTextContent(
      `来源 ${htz?.sources} · 数字 0 · 可信度：高 ${htz?.rated.high}、中 ${htz?.rated.medium}`,
    );
    expect(panel.querySelectorAll('.source-footer > li')).toHaveLength(htz?.sources ?? -1);
  });
});
