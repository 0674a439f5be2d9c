import {
  BIG_SCREEN,
  DESKTOP,
  expect,
  openApp,
  PHONE,
  test,
  waitForLazyParts,
  axe,
  type Page,
} from './fixtures';

type Step = (page: Page) => Promise<void>;
const openShare: Step = async (page) => {
  await page.locator('.share-button').click();
  await expect(page.getByRole('dialog').locator('svg.qr-code')).toBeVisible();
};
const openLegend: Step = async (page) => {
  await page.locator('.map-legend summary').click();
  await expect(page.locator('.map-legend')).toHaveAttribute('open', '');
};

interface State {
  name: string;
  query: string;
  size: { width: number; height: number };
  then?: Step;
}

/**
 * Every state people meet: each tab, a park open, a county open, a firm open, a filter on, the share dialog, a
 * damaged link’s notice, on a desktop, a phone and a big screen, in each language: every view in at
 * least one language and every language in several views (axe costs ~4 s of CPU a state, so a view
 * is not repeated where another state holds it: the English overview is the damaged link's, the
 * English charts tab is the filtered one's, the English share dialog is the phone's).
 */
const STATES: State[] = [
  { name: 'overview, Simplified', query: '', size: DESKTOP },
  { name: 'parks tab, English', query: '?lang=en&tab=parks', size: DESKTOP },
  { name: 'a park open, English', query: '?lang=en&park=high-tech-zone', size: DESKTOP },
  { name: 'a park open, Traditional', query: '?lang=zh-Hant&park=deqing-wind', size: DESKTOP },
  { name: 'a county open, Simplified', query: '?county=441226', size: DESKTOP },
  {
    name: 'a firm open, sourced links only, Simplified',
    query: '?entity=xpeng&links=sourced&sectors=storage',
    size: DESKTOP,
  },
  {
    name: 'a county open over the charts, Traditional',
    query: '?lang=zh-Hant&county=441226&tab=charts',
    size: DESKTOP,
  },
  { name: 'a filter on, big screen', query: '?sectors=nev,storage', size: BIG_SCREEN },
  { name: 'a filter on, charts, English', query: '?lang=en&sectors=nev,storage&tab=charts', size: DESKTOP },
  { name: 'the share dialog, Simplified', query: '?sectors=nev', size: DESKTOP, then: openShare },
  { name: 'a damaged link’s notice, English', query: '?lang=en&park=<b>x</b>&map=NaN', size: DESKTOP },
  { name: 'phone: overview, Simplified', query: '', size: PHONE },
  { name: 'phone: legend open, Traditional', query: '?lang=zh-Hant', size: PHONE, then: openLegend },
  { name: 'phone: parks tab, filter on, English', query: '?lang=en&tab=parks&sectors=nev', size: PHONE },
  { name: 'phone: charts tab, Simplified', query: '?tab=charts', size: PHONE },
  { name: 'phone: a park open, Traditional', query: '?lang=zh-Hant&park=high-tech-zone', size: PHONE },
  { name: 'phone: the share dialog, English', query: '?lang=en', size: PHONE, then: openShare },
];

/** The whole page in every state, checked by axe with the WCAG 2.2 A/AA rules: 0 violations. */
test.describe('accessibility (axe, WCAG 2.2 AA) of the whole page', () => {
  for (const { name, query, size, then } of STATES)
    test.describe(() => {
      test.use({ viewport: size });

      test(`${name} has no violations`, async ({ page }) => {
        await openApp(page, query);
        await waitForLazyParts(page); // lazy tabs (charts) drawn
        if (then) await then(page);
        const result = await axe(page).analyze();
        const violations = result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`,
        );
        expect(violations).toEqual([]);
        // Label in name (2.5.3), which axe leaves out unless asked (fixtures.ts, `axe`), ran.
        const ran = [...result.passes, ...result.inapplicable, ...result.incomplete];
        expect(ran.map((r) => r.id)).toContain('label-content-name-mismatch');
        // Target size (2.5.8) was checked on the map's markers, and none was left undecided (a
        // modal dialog makes the page behind it inert: its markers are then not targets). A marker is
        // known by its selector or by its element (axe may select it by its aria-label).
        const onMarkers = (r: (typeof result.passes)[number] | undefined) =>
          (r?.nodes ?? []).filter(
            (n) =>
              n.target.join(' ').includes('place-marker') ||
              n.html.startsWith('<div class="leaflet-marker-icon'),
          );
        const undecided = onMarkers(result.incomplete.find((r) => r.id === 'target-size'));
        expect(undecided.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)).toEqual([]);
        if (!then || then === openLegend)
          expect(onMarkers(result.passes.find((r) => r.id === 'target-size')).length).toBeGreaterThan(10);
      });
    });
});

test.describe('keyboard', () => {
  test('shows a visible focus ring on every control reached with Tab', async ({ page }) => {
    await openApp(page, '?lang=en');
    const seen = new Set<string>();
    const missing: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const ring =
          (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
          (s.boxShadow !== 'none' && s.boxShadow !== '');
        const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${(
          el.getAttribute('aria-label') ??
          el.textContent ??
          ''
        ).slice(0, 30)}"`;
        return { label, ring, visible: el.matches(':focus-visible') };
      });
      if (!focus) continue;
      if (seen.has(focus.label)) break; // round the page once
      seen.add(focus.label);
      if (!focus.ring || !focus.visible) missing.push(focus.label);
    }
    expect(seen.size).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  test('reaches the map by Tab, which is named and described by its keyboard help, shown while it has focus', async ({
    page,
  }) => {
    await openApp(page, '?lang=en');
    const map = page.locator('.leaflet-container');
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await map.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(map).toBeFocused();
    await expect(map).toHaveAttribute('role', 'region');
    await expect(map).toHaveAttribute('aria-label', /./);
    // Its description is the keyboard help, shown (and wide enough to read) while the map has focus.
    await expect(map).toHaveAccessibleDescription(/arrow/i);
    const help = page.locator(`[id="${await map.getAttribute('aria-describedby')}"]`);
    await expect(help).toBeVisible();
    await expect(help).toContainText(/arrow/i);
    expect((await help.boundingBox())?.width).toBeGreaterThan(100);
    // The keys it names work: an arrow pans the map (the link follows).
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL((url) => url.searchParams.has('map'));
  });
});
