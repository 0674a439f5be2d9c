// @vitest-environment jsdom
import { act, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LONG_NAME,
  LONG_NAME_CJK,
  PAYLOADS,
  REJECTED_CASES,
  hostileDataset,
} from '../../tests/fixtures/hostile-dataset';
import { DataLoadError } from '../data/data-load-error';
import { PARSE_OPTIONS } from '../data/fetch-json';
import { toFieldIssues } from '../data/format-issues';
import { datasetSchema, LANGS, type Dataset, type Lang } from '../domain/schema/dataset-schema';
import { ChartsPanel } from '../features/charts/charts-panel';
import { SectorFilter } from '../features/filters/sector-filter';
import { PlaceDetailsHost } from '../features/parks/place-details';
import type { ViewState } from '../state/view-state';
import { preloadLazyParts } from '../testing/lazy-parts';
import { renderWithProviders } from '../testing/render-with-providers';
import { shippedJson } from '../testing/shipped-data';
import { ErrorScreen } from './error-screen';
import { SidePanel } from './side-panel';

/**
 * The dashboard's text parts (filter, summary, park list, details, figures, sources, charts, error
 * screen) fed a hostile dataset: every payload shows as the text it is, nothing becomes an element,
 * an event handler, a style or a link to anything but http(s). (The map and the whole page under a
 * Content-Security-Policy: tests/e2e/security.e2e.ts.)
 */

const shipped = shippedJson();
const parse = (json: unknown): Dataset => datasetSchema.parse(json, PARSE_OPTIONS);
/** 300 extra places here (a virtual list; 10,000 are parsed in hostile-dataset.test.ts and drawn in Chromium). */
const dataset = parse(hostileDataset(shipped, { places: 300 }));

declare global {
  interface Window {
    __xss?: unknown;
  }
}

// The overview's second chunk and the virtual park list are lazy parts: loaded before the tests.
beforeAll(() => preloadLazyParts('overviewMore', 'parkList', 'longEntityList'));

afterEach(() => {
  expect(window.__xss).toBeUndefined();
});

function renderDashboardText(lang: Lang, view: Partial<ViewState> = {}, data: Dataset = dataset) {
  return renderWithProviders(
    <>
      <SectorFilter dataset={data} />
      <PlaceDetailsHost dataset={data}>
        <SidePanel dataset={data} />
      </PlaceDetailsHost>
      <ChartsPanel dataset={data} chartWidth={360} />
    </>,
    { lang, view },
  );
}

/** What a payload could have turned into, had any text been read as HTML. */
function expectInert(root: HTMLElement) {
  expect(root.querySelectorAll('script, iframe, object, embed, img, style, link, textarea, b').length).toBe(
    0,
  );
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
      // Styles are set by React and Recharts from numbers and checked colours, never from text.
      if (attr === 'style') expect(el.getAttribute(attr)).not.toMatch(/url\(|javascript|expression|[<>"]/i);
    }
  }
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    expect(href, href.slice(0, 80)).toMatch(/^(https?:\/\/|#)/i);
  }
  for (const el of root.querySelectorAll('[src], [srcdoc], [formaction], [action]'))
    throw new Error(`unexpected ${el.tagName}`);
}

describe('a hostile dataset, rendered', () => {
  it.each(LANGS)('shows every payload as text in the overview, filter and charts (%s)', async (lang) => {
    const { container } = renderDashboardText(lang, { sectors: [dataset.sectors[0]?.id ?? ''] });
    // The key figures and the sources come with the overview's second chunk.
    await waitFor(() => expect(container.querySelector('.sources-list')).not.toBeNull());
    expectInert(container);
    const text = container.textContent ?? '';
    // Payloads of the overview (figures, sources), the filter and the charts, exactly as written.
    const shown = PAYLOADS.filter((p) => text.includes(p));
    expect(shown.length).toBeGreaterThanOrEqual(PAYLOADS.length - 1);
    // Placeholders in data are not interpolated: the text keeps its braces.
    expect(text).toContain('{{lang}} $t(app.title) %s');
    // The 10,000-character sector name, in the filter and the match summary.
    const longName = lang === 'zh-Hant' ? LONG_NAME_CJK : LONG_NAME;
    expect(text.split(longName).length - 1).toBeGreaterThanOrEqual(2);
    expect(container.querySelector('.sector-name')?.textContent).toBe(longName);
  });

  it('shows a park with a 10,000-character name and payloads in its claims and sources, inertly', () => {
    const park = dataset.parks[1];
    if (!park) throw new Error('fixture');
    const { container } = renderDashboardText('en', { park: park.id });
    expectInert(container);
    const heading = document.getElementById('place-details-heading');
    expect(heading?.textContent).toBe(LONG_NAME);
    expect(container.textContent).toContain(PAYLOADS[0]);
  });

  it('opens a county, and the park list of 10,000-character names and payload places, inertly', async () => {
    const { container, user, store } = renderDashboardText('zh-Hans', { tab: 'parks' });
    // The park list is a lazy part: wait for its heading.
    await within(container).findByRole('heading', { name: '园区一览' });
    expectInert(container);
    expect(container.textContent).toContain(LONG_NAME_CJK);
    // The places are named by payloads, in a virtual list (a lazy chunk): never all drawn at once.
    const list = await within(container).findByRole('list', { name: /^企业与项目，共/ });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    (within(rows[0] as HTMLElement).getByRole('button') as HTMLButtonElement).focus();
    await user.keyboard('{End}');
    // The last place, named by a payload, reached with End and shown as the text it is.
    const last = within(list).getAllByRole('listitem').at(-1);
    expect(last?.textContent).toContain(dataset.entities.at(-1)?.name['zh-Hans']);
    expect(PAYLOADS.some((p) => last?.textContent?.includes(p))).toBe(true);
    expectInert(container);
    const county = container.querySelector<HTMLElement>('.county-row');
    if (!county) throw new Error('no county row');
    await user.click(county);
    expect(store.getState().view.county).not.toBeNull();
    expectInert(container);
  });

  it('links a source only when its address is http(s), even if the schema were bypassed', async () => {
    const bypassed = structuredClone(dataset) as Dataset & { sources: { url: string | null }[] };
    const [a, b, c] = bypassed.sources;
    if (!a || !b || !c) throw new Error('fixture');
    a.url = 'javascript:window.__xss=1';
    b.url = 'data:text/html,<script>window.__xss=1</script>';
    c.url = ' JavaScript:window.__xss=1';
    const { container } = renderDashboardText('en', {}, bypassed);
    await waitFor(() => expect(container.querySelector('.sources-list')).not.toBeNull());
    expectInert(container);
    expect(container.querySelectorAll('.source-items a').length).toBe(
      bypassed.sources.filter((s) => s.url?.startsWith('http')).length,
    );
  });
});

describe('a hostile dataset, refused', () => {
  it.each(REJECTED_CASES.map((c) => [c.name, c] as const))(
    'names the field on the error screen: %s',
    async (_name, c) => {
      const parsed = datasetSchema.safeParse(JSON.parse(c.text(shipped)), PARSE_OPTIONS);
      expect(parsed.success).toBe(false);
      if (parsed.success) return;
      const error = new DataLoadError('data/zhaoqing-2024.json', {
        kind: 'schema',
        issues: toFieldIssues(parsed.error),
      });
      const { container } = renderWithProviders(<ErrorScreen error={error} onRetry={() => undefined} />, {
        lang: 'en',
      });
      await act(async () => undefined);
      expectInert(container);
      const paths = [...container.querySelectorAll('.error-issues code')].map((el) => el.textContent ?? '');
      expect(paths.some((p) => p.includes(c.path))).toBe(true);
    },
  );
});
