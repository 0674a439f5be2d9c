// @vitest-environment jsdom
import { waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../domain/schema/dataset-schema';
import { PlaceDetailsHost } from '../features/parks/place-details';
import type { ViewState } from '../state/view-state';
import { SidePanel } from './side-panel';
import { shippedDataset } from '../testing/shipped-data';
import { preloadLazyParts } from '../testing/lazy-parts';
import { renderWithProviders } from '../testing/render-with-providers';

/**
 * Between a place's details and the source list (composed here, as in the dashboard): a fact's
 * tag leads to its source's entry, and every citation keeps a headline in its script with a gloss.
 */
const dataset = shippedDataset;

// The source list comes with the overview's second chunk, a lazy part: loaded before the tests.
beforeAll(() => preloadLazyParts('overviewMore'));

function renderPanel(lang: Lang, view: Partial<ViewState>) {
  const { store, user } = renderWithProviders(
    <PlaceDetailsHost dataset={dataset}>
      <SidePanel dataset={dataset} />
    </PlaceDetailsHost>,
    { lang, view },
  );
  return { store, user };
}
const details = () => {
  const section = document.getElementById('place-details-heading')?.closest('section');
  if (!section) throw new Error('details are not open');
  return section;
};

describe('source tags', () => {
  it('lead from a park’s details to the source’s entry in the list: overview tab, details closed, entry focused', async () => {
    const { store, user } = renderPanel('en', { park: 'high-tech-zone', tab: 'parks' });
    const tag = within(details()).getByRole('link', {
      name: 'X02: see National Bureau of Statistics of China in the source list',
    });
    expect(tag).toHaveTextContent('[X02]');
    expect(tag).toHaveAttribute('href', '#source-X-nbs-2023');
    await user.click(tag);
    expect(store.getState().view).toMatchObject({ tab: 'overview', park: null });
    await waitFor(() => expect(document.activeElement?.id).toBe('source-X-nbs-2023'));
    expect(document.activeElement).toHaveTextContent('National Bureau of Statistics of China');
  });

  it('link every fact tag of a county’s details to a source the list has', () => {
    renderPanel('zh-Hans', { county: '441284' });
    const tags = within(details()).getAllByRole('link', { name: /在“数据来源”中查看/ });
    expect(tags.length).toBeGreaterThan(0);
    const ids = new Set(dataset.sources.map((s) => `#source-${s.id}`));
    for (const tag of tags) expect(ids).toContain(tag.getAttribute('href'));
  });
});

describe('source titles in a place’s sources', () => {
  it.each<[Lang, string]>([
    ['en', 'Title in English: '],
    ['zh-Hant', '繁體：'],
  ])('keep the headline in its script with a gloss in the reader’s (%s)', (lang, glossLabel) => {
    renderPanel(lang, { entity: 'xpeng' });
    const s4 = dataset.sources.find((s) => s.id === 'S4');
    const footer = details().querySelector('.source-footer');
    if (!footer || !s4) throw new Error('no source footer');
    // XPeng's details cite S4, which has no headline: our description, never in 《》.
    expect(footer).toHaveTextContent(s4.titleGloss[lang]);
    expect(footer.textContent).not.toContain(`《${s4.title}》`);
    expect(footer.textContent).not.toContain(`《${s4.titleGloss[lang]}》`);
    // Every real headline cited stays in Simplified in 《》, tagged so, with the reader's gloss.
    expect(footer.querySelectorAll('.source-title').length).toBeGreaterThan(0);
    for (const title of footer.querySelectorAll('.source-title')) {
      expect(title).toHaveAttribute('lang', 'zh-Hans');
      expect(title.nextElementSibling?.textContent?.trim().startsWith(glossLabel)).toBe(true);
    }
  });

  it('glosses a real headline in a firm’s details (YS01, China News Service on XPeng)', () => {
    renderPanel('en', { entity: 'xpeng' });
    const s3 = dataset.sources.find((s) => s.id === 'YS01');
    if (!s3) throw new Error('YS01');
    const footer = within(details().querySelector<HTMLElement>('.source-footer') ?? document.body);
    expect(footer.getByText(`《${s3.title}》`)).toHaveAttribute('lang', 'zh-Hans');
    expect(footer.getByText(`Title in English: ${s3.titleGloss.en}`)).toHaveAttribute('lang', 'en');
  });
});

describe('the 九通一平 / 八通一平 standards', () => {
  it.each<[Lang, string, string]>([
    ['zh-Hans', '441284', '九通一平 · 来源没有列出具体是哪几项“通”'],
    ['zh-Hant', '441226', '八通一平 · 來源沒有列出具體是哪幾項“通”'],
    ['en', '441284', '9 utilities + levelled site · the source does not list which utilities these are'],
  ])('say the source does not list the utilities (%s, county %s)', (lang, county, text) => {
    renderPanel(lang, { county });
    expect(details()).toHaveTextContent(text);
  });

  it('say so in a county park’s details too, not for a core park (no standard is given for those)', () => {
    renderPanel('zh-Hans', { park: 'deqing-wind' });
    expect(details()).toHaveTextContent(
      '西部园区按原文应达到“八通一平”（板块要求，未逐园核实） · 来源没有列出具体是哪几项“通”',
    );
  });
});
