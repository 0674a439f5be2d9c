import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../../src/domain/charts/csv';
import { expect, openApp, screenshot, test } from './fixtures';

/**
 * All the data in one download: the button above the sources gives a zip of CSV files, made in the
 * browser from the data the page holds, in the reader's language with the original Chinese.
 */

const dataset = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as {
  parks: { id: string; name: Record<string, string> }[];
};

/** A CSV's rows as objects by header, read back by the app's own CSV reader. */
function rowsOf(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

test('downloads every table as CSV in one zip, qualifiers and Chinese names kept', async ({ page }) => {
  await openApp(page, '?lang=en');
  const button = page.getByRole('button', { name: 'Download all data (zip)' });
  await button.scrollIntoViewIfNeeded();
  await screenshot(page, 'download-all');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^zhaoqing-344-data-en-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = readFileSync(await download.path());
  const entries = unzipSync(zip);
  const files = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
  expect(Object.keys(files).sort()).toEqual(
    [
      'README.txt',
      'caveats.csv',
      'connectivity.csv',
      'park-caveats.csv',
      'park-facts-not-found.csv',
      'park-facts.csv',
      'figures.csv',
      'firms-and-projects.csv',
      'later-figures.csv',
      'link-basis.csv',
      'parks.csv',
      'secondary-facts.csv',
      'sources.csv',
      'targets-and-outcomes.csv',
    ].sort(),
  );
  // Excel needs the byte-order mark to read the Chinese (strFromU8, a TextDecoder, drops it).
  expect([...(entries['parks.csv'] ?? new Uint8Array()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(files['README.txt']).toContain('all the data');

  const figures = rowsOf(files['figures.csv'] ?? '');
  expect(figures.find((r) => r.id === 'f03')).toMatchObject({
    value: '800',
    qualifier_code: 'more-than',
    qualifier_en: 'more than',
  });
  expect(figures.find((r) => r.id === 'f03')?.as_stated_en).toMatch(/^more than /);

  const parks = rowsOf(files['parks.csv'] ?? '');
  expect(parks.map((p) => p.id)).toEqual(dataset.parks.map((p) => p.id));
  expect(parks.find((p) => p.id === 'high-tech-zone')?.['name_zh-Hans']).toBe(
    dataset.parks.find((p) => p.id === 'high-tech-zone')?.name['zh-Hans'],
  );
  await expect(
    page.getByRole('status').filter({ hasText: /^Downloaded zhaoqing-344-data-en-/ }),
  ).toBeVisible();
  console.info(`zip: ${zip.length} bytes`);
});
