import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, openApp, test, type Page } from './fixtures';

/**
 * The one-page brief (features/brief): Chromium's own PDF of a chosen park gives exactly one A4
 * page in each language; in print emulation nothing of the sheet is clipped or outside the page's
 * content box, nothing else of the page prints, and the QR code, read from its pixels as a
 * phone's camera would, opens the live view. Without a park, the dashboard prints as one column.
 */

const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
const MM = 96 / 25.4;
/** A4 less brief.css's 8 mm @page margins, in CSS px. */
const CONTENT = { width: 194 * MM, height: 281 * MM };

/** Pages of a PDF as Chromium (Skia) writes it: one `/Type /Page` dictionary each, and the tree's `/Count`. */
function pdfPages(pdf: Buffer): { pages: number; count: number[]; boxes: string[] } {
  const text = pdf.toString('latin1');
  return {
    pages: (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length,
    count: [...text.matchAll(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1])),
    boxes: [...text.matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => m[1]?.trim() ?? ''),
  };
}

/** Elements of the sheet whose text overflows its box, or that reach outside the page's content box. */
const clippedInSheet = (page: Page) =>
  page.evaluate(
    ({ width, height }) => {
      const sheet = document.querySelector('.brief-sheet');
      if (!sheet) return ['no sheet'];
      const origin = sheet.getBoundingClientRect();
      const bad: string[] = [];
      for (const el of sheet.querySelectorAll<HTMLElement>('*')) {
        if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 40)}"`;
        if (el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0) bad.push(`scrolls down: ${name}`);
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) bad.push(`scrolls across: ${name}`);
        if (r.left < origin.left - 1 || r.right > origin.left + width + 1)
          bad.push(`outside across: ${name}`);
        if (r.top < origin.top - 1 || r.bottom > origin.top + height + 1) bad.push(`outside down: ${name}`);
      }
      return bad;
    },
    { width: CONTENT.width, height: CONTENT.height },
  );

/** The brief's QR code in print emulation, decoded from a screenshot's pixels. */
async function decodeBriefQr(page: Page): Promise<string> {
  // Once its worker has encoded it (blank and busy until then).
  await expect(page.locator('.brief-qr svg')).toHaveAttribute('data-extent', /^\d+$/);
  const png = PNG.sync.read(await page.locator('.brief-qr svg').screenshot({ scale: 'device' }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('the QR code does not decode');
  return code.data;
}

/**
 * Checks the brief of the view open in `page` for `parkIds`: one A4 PDF page, nothing clipped in
 * print emulation, only the brief printed, the QR code decoding to the live view's link.
 */
async function checkBrief(page: Page, lang: string, parkIds: readonly string[]) {
  const sheet = page.locator('.brief-sheet');
  await expect(sheet).toHaveAttribute('data-parks', parkIds.join(','));
  await expect(sheet).toHaveAttribute('lang', lang);
  await expect(sheet).toBeHidden();
  // page.pdf() fires beforeprint, where the sheet is fitted (use-brief-fit.ts), as a print does.

  const pdf = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pdf.pages, `PDF pages (${lang})`).toBe(1);
  expect(pdf.count, `PDF page count (${lang})`).toEqual([1]);
  // A4 in points (595.28 × 841.89; Chromium rounds to whole CSS px).
  const [, , w, h] = (pdf.boxes[0] ?? '').split(/\s+/).map(Number);
  expect(Math.abs((w ?? 0) - 595.3)).toBeLessThan(1.5);
  expect(Math.abs((h ?? 0) - 841.9)).toBeLessThan(1.5);

  await page.emulateMedia({ media: 'print' });
  try {
    await expect(sheet).toBeVisible();
    await expect(page.locator('.layout')).toBeHidden();
    await expect(page.locator('.app-header')).toBeHidden();
    expect(await clippedInSheet(page), `clipped in the brief (${lang})`).toEqual([]);
    const box = await sheet.boundingBox();
    expect(box?.height ?? Infinity).toBeLessThanOrEqual(CONTENT.height);
    // The facts never below 7pt (9.33 CSS px), and nothing below 6.5pt (8.67 px: source ids, notes
    // and the source list at the densest steps); the map's own SVG text aside.
    const sizes = await page.evaluate(() => {
      const px = (q: string) =>
        [...document.querySelectorAll(q)]
          .filter((el) => !(el instanceof SVGElement) && (el.textContent ?? '').trim() !== '')
          .map((el) => parseFloat(getComputedStyle(el).fontSize));
      return { all: Math.min(...px('.brief-sheet *')), facts: Math.min(...px('.brief-sheet .brief-text')) };
    });
    expect(sizes.all).toBeGreaterThanOrEqual(8.66);
    expect(sizes.facts).toBeGreaterThanOrEqual(9.3);

    const link = await page.locator('.brief-link').getAttribute('data-link');
    const decoded = await decodeBriefQr(page);
    expect(decoded).toBe(link);
    const url = new URL(decoded);
    expect(url.origin).toBe(new URL(page.url()).origin);
    expect(url.searchParams.get('lang')).toBe(lang);
    for (const key of ['mode', 'map', 'tour', 'scene']) expect(url.searchParams.has(key)).toBe(false);
    return url;
  } finally {
    await page.emulateMedia({ media: null });
  }
}

test.describe('one-page brief', () => {
  test('a park’s brief is one A4 page in each language, unclipped, its QR code opening the park', async ({
    page,
  }) => {
    for (const lang of LANGS) {
      await openApp(page, `/?lang=${lang}&park=high-tech-zone`);
      const url = await checkBrief(page, lang, ['high-tech-zone']);
      expect(url.searchParams.get('park')).toBe('high-tech-zone');
      // The rows are the park's facts; where a source is silent the brief says so.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.brief-sheet tr[data-row]').first()).toBeVisible();
      await page.emulateMedia({ media: null });
    }
    // The live view the code opens shows that park's details.
    await openApp(page, new URL((await page.locator('.brief-link').getAttribute('data-link')) ?? '').search);
    await expect(page.locator('.place-details')).toBeVisible();
  });

  test('a heavy 3-park comparison’s brief is one A4 page in each language, and the three core parks’ too, unclipped', async ({
    page,
  }) => {
    const parks = ['high-tech-zone', 'new-area', 'huaiji-food'];
    for (const lang of LANGS) {
      await openApp(page, `/?lang=${lang}&compare=${parks.join(',')}`);
      const url = await checkBrief(page, lang, parks);
      expect(url.searchParams.get('compare')).toBe(parks.join(','));
      // Every park's column is printed, and where its sources are silent it says so.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.brief-facts thead th')).toHaveCount(parks.length + 1);
      await expect(page.locator('.brief-not-published').first()).toBeVisible();
      await page.emulateMedia({ media: null });
    }
    // The longest comparison of three found: the three core parks, in English.
    const core = ['agglomeration-zone', 'high-tech-zone', 'new-area'];
    await openApp(page, `/?lang=en&compare=${core.join(',')}`);
    await checkBrief(page, 'en', core);
  });

  test('without a brief, the dashboard prints with no blank page and no clipped text', async ({ page }) => {
    // The width of an A4 page (Playwright's PDF has no margins by default): print emulation lays
    // the page out as the PDF does.
    await page.setViewportSize({ width: 794, height: 1123 });
    await openApp(page, '/?lang=en');
    await expect(page.locator('.brief-sheet')).toHaveCount(0);
    const pdf = pdfPages(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'print' });
    const { height, clipped } = await page.evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
        if (el instanceof SVGElement || !el.checkVisibility()) continue;
        const { overflowX, overflowY } = getComputedStyle(el);
        const text = (el.textContent ?? '').trim() !== '';
        if (text && overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)
          bad.push(`${el.tagName.toLowerCase()}.${el.className}`);
        if (text && overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
          bad.push(`${el.tagName.toLowerCase()}.${el.className} (across)`);
      }
      return { height: document.documentElement.scrollHeight, clipped: bad };
    });
    await page.emulateMedia({ media: null });
    expect(clipped).toEqual([]);
    // The panel's summary is printed, the map (whose box would cut names) is not.
    expect(height).toBeGreaterThan(400);
    // No page left blank: as many pages as the content fills.
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(height / 1122.5));
  });
});
