import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCsv } from '../../src/domain/charts/csv';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import {
  DESKTOP,
  expect,
  openApp,
  PHONE,
  screenshot,
  sectorToggle,
  SCREENSHOT_DIR,
  test,
  waitForLiveApp,
  axe,
  type Locator,
  type Page,
} from './fixtures';

/**
 * The sector filter and the charts in Chromium against the production build: the filter, the
 * charts that follow it, their layout at three screen sizes, and the CSV / PNG / SVG downloads
 * read back from disk.
 * Expected values come from the shipped dataset file, never from lists written here.
 */

interface RawIndicator {
  id: string;
  label: Record<string, string>;
  fact: string;
  value: number | null;
  unit: string;
  qualifier: string;
  kind: string;
  sectors: string[];
}
interface RawDataset {
  sectors: { id: string; group: string; name: Record<string, string> }[];
  parks: {
    id: string;
    kind: string;
    sectors: string[];
    sectorBasis: Record<string, { basis: 'stated' | 'inferred' } | undefined>;
    name: Record<string, string>;
  }[];
  entities: { id: string; sectors: string[] }[];
  indicators: RawIndicator[];
}
const data = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as RawDataset;
const indicatorById = new Map(data.indicators.map((i) => [i.id, i]));
const listsAny = (sectors: string[], chosen: string[]) =>
  chosen.length === 0 || chosen.some((c) => sectors.includes(c));
/** The figures of the industry-output chart (F01, F03, F05, F06, F08, F09) the filter keeps. */
const OUTPUT_FACTS = ['F01', 'F03', 'F05', 'F06', 'F08', 'F09'];
const expectedOutput = (chosen: string[]) =>
  data.indicators
    .filter((i) => OUTPUT_FACTS.includes(i.fact) && i.value !== null && listsAny(i.sectors, chosen))
    .map((i) => i.id)
    .sort();
const sectorName = (id: string) => data.sectors.find((s) => s.id === id)?.name['zh-Hans'] ?? id;

const filter = (page: Page) => page.getByRole('region', { name: '按行业筛选' });
/** A sector's toggle (those not leading are in the DOM only while the "more sectors" list is open). */
const toggle = (page: Page, id: string) => sectorToggle(filter(page), sectorName(id));
/** The "more sectors" control, which opens the list of the sectors that are not leading. */
const moreSectors = (page: Page) => filter(page).getByRole('button', { name: /^其他 \d+ 个行业/ });
/** Presses a sector's toggle (the leading ones are always in view). */
async function choose(page: Page, id: string) {
  await toggle(page, id).click();
}
const chart = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
const drawn = (figure: Locator) =>
  figure
    .locator('g.chart-mark')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-indicator') ?? '').sort());

async function openCharts(page: Page) {
  await openApp(page); // the live app, not a first screen painted before it
  await page.getByRole('tab', { name: '图表' }).click();
  await expect(chart(page, 'industry-output').locator('g.chart-mark').first()).toBeVisible();
}

async function expectState(page: Page, chosen: string[]) {
  // A leading sector by its toggle, the others (behind the "more" control) by their chips.
  for (const s of data.sectors)
    if (s.group === 'leading')
      await expect(toggle(page, s.id), s.id).toHaveAttribute('aria-pressed', String(chosen.includes(s.id)));
    else
      await expect(filter(page).getByRole('button', { name: `移除 ${sectorName(s.id)}` }), s.id).toHaveCount(
        chosen.includes(s.id) ? 1 : 0,
      );
  const parks = data.parks.filter((p) => listsAny(p.sectors, chosen)).length;
  const entities = data.entities.filter((e) => listsAny(e.sectors, chosen)).length;
  const status = filter(page).getByRole('status');
  // Unfiltered, the SME clusters are counted as clusters, not parks (data audit n9).
  const clusters = data.parks.filter((p) => p.kind === 'cluster').length;
  await expect(status).toContainText(
    chosen.length
      ? `${parks}/${data.parks.length} 个园区`
      : `全部 ${parks - clusters} 个园区、${clusters} 个产业集群`,
  );
  await expect(status).toContainText(
    chosen.length ? `${entities}/${data.entities.length} 家` : `${entities} 家`,
  );
  // The bars drawn, by the figure each stands for (data-indicator): exactly the expected ones.
  const marks = chart(page, 'industry-output').locator('g.chart-mark');
  const expected = expectedOutput(chosen);
  await expect(marks).toHaveCount(expected.length);
  for (const id of expected) await expect(marks.and(page.locator(`[data-indicator="${id}"]`))).toHaveCount(1);
  expect(await drawn(chart(page, 'industry-output'))).toEqual(expected);
}

for (const { name, width, height } of [
  { name: 'desktop', ...DESKTOP },
  { name: 'phone', ...PHONE },
])
  test.describe(`sector filter and charts on ${name}`, () => {
    test.use({ viewport: { width, height } });

    test('chooses NEV, then NEV and storage, then clears: toggles, counts, link and chart series follow', async ({
      page,
    }) => {
      await openCharts(page);
      await expectState(page, []);

      // Every toggle shows how many parks list its sector, and how many of those links are inferred.
      await moreSectors(page).click();
      for (const s of data.sectors) {
        const parks = data.parks.filter((p) => p.sectors.includes(s.id));
        const inferred = parks.filter((p) => p.sectorBasis[s.id]?.basis === 'inferred').length;
        await expect(toggle(page, s.id).locator('.sector-count')).toHaveText(
          inferred ? `${parks.length} · 推断${inferred}` : String(parks.length),
        );
      }
      await page.keyboard.press('Escape');
      await expect(moreSectors(page)).toHaveAttribute('aria-expanded', 'false');

      await choose(page, 'nev');
      await expectState(page, ['nev']);
      await expect(page).toHaveURL((url) => url.searchParams.get('sectors') === 'nev');
      await choose(page, 'storage');
      await expectState(page, ['nev', 'storage']);
      await expect(page).toHaveURL((url) => url.searchParams.get('sectors') === 'nev,storage');
      // City-wide charts stay, marked as city-wide.
      await expect(chart(page, 'project-pipeline').locator('.chart-badge')).toHaveText(
        '全市数据，不随行业筛选变化',
      );
      await expect(chart(page, 'industry-output').locator('.chart-legend li')).toHaveText([
        '实际（2023）',
        '目标（2024）',
        '目标（原文未给年份）',
      ]);
      await screenshot(page, `charts-nev-storage-${name}`);
      if (name === 'phone') {
        // Below the map on a phone: show the filtered chart itself as well.
        await chart(page, 'industry-output').scrollIntoViewIfNeeded();
        await screenshot(page, `charts-nev-storage-${name}-chart`);
      }

      // The overview lists what matches, and the key figures keep city-wide ones, marked as such.
      await page.getByRole('tab', { name: '概览' }).click();
      const summary = page.getByRole('region', { name: '符合筛选的园区与企业' });
      const chosen = ['nev', 'storage'];
      // A park that matches only through inferred links says so.
      const parkNames = data.parks
        .filter((p) => listsAny(p.sectors, chosen))
        .map((p) => {
          const stated = chosen.some((c) => p.sectors.includes(c) && p.sectorBasis[c]?.basis === 'stated');
          const name = p.name['zh-Hans'] ?? p.id;
          return stated ? name : `${name}（推断）`;
        });
      // Each match's name is its button (a "+ 对比" toggle follows it).
      await expect(
        summary.getByRole('list', { name: /^园区/ }).getByRole('listitem').locator('button:first-child'),
      ).toHaveText(parkNames);
      const cards = page.getByRole('region', { name: '招商与转型关键数字' });
      await expect(cards.locator('[data-indicator]').nth(5)).toBeAttached(); // more than five

      await screenshot(page, `overview-nev-storage-${name}`);
      await page.getByRole('tab', { name: '图表' }).click();

      await filter(page).getByRole('button', { name: '清除' }).click();
      await expectState(page, []);
      await expect(page).toHaveURL((url) => !url.searchParams.has('sectors'));

      // Back in history restores NEV + storage.
      await page.goBack();
      await expectState(page, ['nev', 'storage']);
    });
  });

for (const { width, height, lang } of [
  { width: 1280, height: 800, lang: 'zh-Hans' },
  { width: 390, height: 844, lang: 'zh-Hans' },
  { width: 1920, height: 1080, lang: 'zh-Hans' },
  { width: 390, height: 844, lang: 'en' },
  { width: 1280, height: 800, lang: 'en' },
] as const)
  test.describe(`charts layout at ${width}×${height} in ${lang}`, () => {
    test.use({ viewport: { width, height } });

    test('draws every chart inside the panel, with no horizontal overflow, tables open or closed', async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}&tab=charts`);
      await expect(page.locator('figure[data-chart="industry-output"] g.chart-mark').first()).toBeVisible();
      const overflow = () =>
        page.evaluate(() => {
          const panel = document.querySelector('.layout-panel');
          const frames = [...document.querySelectorAll('.chart-frame')].map((f) => {
            const svg = f.querySelector('svg');
            return { frame: f.clientWidth, svg: svg ? svg.getBoundingClientRect().width : 0 };
          });
          return {
            panel: panel ? { scroll: panel.scrollWidth, client: panel.clientWidth } : null,
            page: {
              scroll: document.documentElement.scrollWidth,
              client: document.documentElement.clientWidth,
            },
            frames,
          };
        });
      const check = async () => {
        const o = await overflow();
        expect(o.panel).not.toBeNull();
        expect(o.panel?.scroll).toBeLessThanOrEqual(o.panel?.client ?? 0);
        expect(o.page.scroll).toBeLessThanOrEqual(o.page.client);
        expect(o.frames).toHaveLength(3);
        for (const f of o.frames) {
          expect(f.svg).toBeGreaterThan(200);
          expect(f.svg).toBeLessThanOrEqual(f.frame);
        }
      };
      await check();
      for (const summary of await page.locator('.chart-table summary').all()) await summary.click();
      await check();
      // Period, scope and sources need no sideways scroll: in the narrow panel each row is a block
      // whose cells carry their column's name (build 4 of issue 13).
      const tables = await page.locator('.chart-table-box').evaluateAll((boxes) =>
        boxes.map((box) => {
          const table = box.querySelector('table');
          const cell = box.querySelector('tbody td.chart-table-period');
          return {
            scroll: box.scrollWidth,
            client: box.clientWidth,
            table: table ? table.getBoundingClientRect().width : Infinity,
            width: box.getBoundingClientRect().width,
            label: cell ? getComputedStyle(cell, '::before').content : '',
            stacked: cell ? getComputedStyle(cell).display === 'grid' : false,
          };
        }),
      );
      expect(tables).toHaveLength(3);
      const periodWord = ALL_MESSAGES[lang as 'en'].charts.table.period;
      for (const tb of tables) {
        expect(tb.scroll).toBeLessThanOrEqual(tb.client);
        expect(tb.table).toBeLessThanOrEqual(tb.width + 1);
        expect(tb.stacked).toBe(true);
        expect(tb.label).toContain(periodWord);
      }
      // Electronic information's output, which no source publishes, is said where its bar would be.
      const output = page.locator('figure[data-chart="industry-output"]');
      await expect(output.locator('svg .chart-mark-missing')).toHaveText([
        ALL_MESSAGES[lang as 'en'].chartsPanel.missing.slot.replace('{{period}}', '2023'),
      ]);
      await expect(output.locator('tr[data-missing="electronics"]')).toBeVisible();
      // The mark labels sit inside their chart.
      const outside = await page.locator('.chart-frame svg').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('.chart-mark-label, .chart-category-label, .chart-mark-missing')]
            .map((t) => t.getBoundingClientRect())
            .filter((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1)
            .map((r) => `${r.left},${r.top}`);
        }),
      );
      expect(outside).toEqual([]);
      // Names wrap between words (or between CJK characters), never inside a word.
      const names = await page
        .locator('.chart-frame .chart-category-label')
        .evaluateAll((texts) =>
          texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '')),
        );
      const known = new Set([
        ...data.sectors.map((s) => s.name[lang]),
        ...data.indicators.map((i) => i.label[lang]),
        ALL_MESSAGES[lang as 'en'].charts.groupTotal.leading,
      ]);
      expect(names.length).toBeGreaterThan(0);
      for (const lines of names)
        expect(known, lines.join('|')).toContain(lines.join(lang === 'en' ? ' ' : ''));
      await screenshot(page, `charts-tables-${lang}-${width}x${height}`);
    });
  });

test.describe('loading', () => {
  test('keeps Recharts out of the first download and loads it when the Charts tab opens', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await page.goto('/');
    await waitForLiveApp(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /recharts|charts-panel/.test(s))).toEqual([]);
    await page.getByRole('tab', { name: '图表' }).click();
    await expect(chart(page, 'industry-output').locator('g.chart-mark').first()).toBeVisible();
    expect(scripts.some((s) => s.includes('recharts'))).toBe(true);
  });
});

test.describe('accessibility', () => {
  test('has no axe violations in the filter and the charts tab, with a filter on and the tables open', async ({
    page,
  }) => {
    await openCharts(page);
    await choose(page, 'nev');
    for (const summary of await page.locator('.chart-table summary').all()) await summary.click();
    const results = await axe(page).include('.sector-filter').include('.charts-panel').analyze();
    const list = (r: Awaited<ReturnType<ReturnType<typeof axe>['analyze']>>) =>
      r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(list(results)).toEqual([]);
    await page.getByRole('tab', { name: '概览' }).click();
    const overview = await axe(page).include('.match-summary').include('.key-figures').analyze();
    expect(list(overview)).toEqual([]);
  });
});

test.describe('downloads', () => {
  test('saves the industry-output CSV (BOM, dataset numbers), PNG and SVG, named after the chart and the filter', async ({
    page,
  }) => {
    await openCharts(page);
    await choose(page, 'nev');
    await choose(page, 'storage');
    await expectState(page, ['nev', 'storage']);
    const actions = chart(page, 'industry-output').getByRole('group', { name: '下载“重点产业产值与目标”' });
    const save = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        actions.getByRole('button', { name: label }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };

    const csv = await save('CSV');
    expect(csv.name).toBe('zhaoqing-industry-output_nev-storage.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    expect(header).toEqual([
      'figure',
      'as_stated',
      'value',
      'unit',
      'chart_value',
      'chart_unit',
      'qualifier',
      'kind',
      'period',
      'sectors',
      'sources',
      'as_of',
      'id',
    ]);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    // Stated beside the chart in words: the growth multiple (F02) and the NEV firms (F04).
    const noted = data.indicators.filter((i) => i.fact === 'F02' || i.fact === 'F04').map((i) => i.id);
    expect(rows.map((r) => r[col('id')]).sort()).toEqual(
      [...expectedOutput(['nev', 'storage']), ...noted].sort(),
    );
    for (const r of rows) {
      const ind = indicatorById.get(r[col('id')] ?? '');
      expect(ind, r[col('id')]).toBeDefined();
      expect(Number(r[col('value')])).toBe(ind?.value);
      // The chart beside it is in 亿元 too (a Chinese page): the same number, its unit named.
      expect(Number(r[col('chart_value')])).toBe(ind?.value);
      expect(r[col('qualifier')]).toBe(ind?.qualifier);
      expect(r[col('kind')]).toBe(ind?.kind);
      expect(r[col('as_of')]).toBe('2024-03');
    }
    // A class is its class word, never a bare amount.
    expect(rows.find((r) => r[col('id')] === 'f08-nev-cluster')?.[1]).toBe('目标：千亿级');

    const png = await save('PNG');
    expect(png.name).toBe('zhaoqing-industry-output_nev-storage.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/export-industry-output.png`, png.bytes);

    const svg = await save('SVG');
    expect(svg.name).toBe('zhaoqing-industry-output_nev-storage.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*\?><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text.trimEnd().endsWith('</svg>')).toBe(true);
    expect(text).toContain('重点产业产值与目标');
    // The tiers as tiers, with the footnote and the date of the sources, in the image too.
    const words = text.replace(/<[^>]+>/g, ''); // wrapped lines run together
    expect(words).toContain('目标 千亿级');
    expect(words).toContain('目标（原文未给年份）');
    expect(words).toContain('未说明年份和口径');
    expect(words).toContain('资料日期：2024年3月');
    expect(words).not.toMatch(/~1000|远景/);
    for (const id of expectedOutput(['nev', 'storage'])) expect(text).toContain(`data-indicator="${id}"`);

    // The exported SVG opens as an image in the browser.
    const size = await page.evaluate(async (doc) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([doc], { type: 'image/svg+xml' }));
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, text);
    expect(size.w).toBeGreaterThan(300);
    expect(size.h).toBeGreaterThan(300);
  });
});
