// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../domain/charts/csv';
import { DATA_FILES } from '../../domain/export/data-files';
import { preloadLazyParts } from '../../testing/lazy-parts';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shippedDataset, shippedFollowup, shippedParkFacts } from '../../testing/shipped-data';
import { downloadBlob } from '../../ui/download-blob';
import { DownloadAll } from './download-all';

vi.mock('../../ui/download-blob', () => ({ downloadBlob: vi.fn() }));

beforeAll(() => preloadLazyParts('dataZip'));
beforeEach(() => vi.mocked(downloadBlob).mockClear());

/** The files of the zip handed to downloadBlob, as text. */
async function savedZip() {
  await vi.waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
  const [blob, name] = vi.mocked(downloadBlob).mock.calls[0] ?? [];
  if (!blob) throw new Error('nothing saved');
  expect(blob.type).toBe('application/zip');
  // jsdom's Blob has no arrayBuffer(); its FileReader reads one.
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob);
  });
  const files = unzipSync(new Uint8Array(bytes));
  return { name, files: Object.fromEntries(Object.entries(files).map(([n, b]) => [n, strFromU8(b)])) };
}

describe('DownloadAll', () => {
  it('gives every table as CSV in a zip, in English with the original Chinese, and says what it saved', async () => {
    const { user } = renderWithProviders(<DownloadAll dataset={shippedDataset} />, {
      lang: 'en',
      followup: shippedFollowup,
      parkFacts: shippedParkFacts,
    });
    await user.click(screen.getByRole('button', { name: 'Download all data (zip)' }));
    const { name, files } = await savedZip();
    expect(name).toMatch(/^zhaoqing-344-data-en-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(Object.keys(files).sort()).toEqual(['README.txt', ...DATA_FILES].sort());
    expect(files['README.txt']).toContain('Zhaoqing “344” Investment Map: all the data');
    expect(files['README.txt']).toContain('- figures.csv: figures: value, unit, qualifier');
    const [header, ...rows] = parseCsv(files['figures.csv'] ?? '');
    const col = (h: string) => header?.indexOf(h) ?? -1;
    const f05 = rows.find((r) => r[col('id')] === 'f05');
    expect(f05?.[col('qualifier_code')]).toBe('more-than');
    expect(f05?.[col('qualifier_en')]).toBe('more than');
    expect(f05?.[col('unit_en')]).not.toBe('');
    const [parkHeader = [], ...parks] = parseCsv(files['parks.csv'] ?? '');
    expect(parkHeader).toEqual(expect.arrayContaining(['name_en', 'name_zh-Hans', 'tier_en']));
    expect(parks.map((r) => r[parkHeader.indexOf('name_zh-Hans')])).toEqual(
      shippedDataset.parks.map((p) => p.name['zh-Hans']),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Downloaded zhaoqing-344-data-en-.*\.zip \(\d+ KB\)\.$/,
    );
  });

  it('words the button in each Chinese script', () => {
    for (const [lang, name] of [
      ['zh-Hans', '下载全部数据（zip）'],
      ['zh-Hant', '下載全部資料（zip）'],
    ] as const) {
      const { unmount } = renderWithProviders(<DownloadAll dataset={shippedDataset} />, { lang });
      expect(screen.getByRole('button', { name })).toBeVisible();
      unmount();
    }
  });

  it('still gives the dataset’s tables when the follow-up file cannot be loaded, and the README says so', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    const { user } = renderWithProviders(<DownloadAll dataset={shippedDataset} />, { lang: 'zh-Hans' });
    await user.click(screen.getByRole('button', { name: '下载全部数据（zip）' }));
    const { files } = await savedZip();
    expect(files['targets-and-outcomes.csv']).toBeUndefined();
    expect(files['parks.csv']).toContain('name_zh-Hans');
    expect(files['README.txt']).toContain('后续资料文件未能加载');
    vi.mocked(globalThis.fetch).mockRestore();
  });
});
