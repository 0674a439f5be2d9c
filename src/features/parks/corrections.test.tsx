// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import type { ViewState } from '../../state/view-state';
import { shippedDataset } from '../../testing/shipped-data';
import { renderParkList } from './parks-test-kit';

/**
 * The data audit's corrections as a reader sees them in the park panels, in each language: a park
 * inside a core park is not called a core park; the Dawang NEV park, XPeng and CATL are "inside the
 * High-tech Zone, own position not published" (Dawang's link inferred from 大旺), not a published
 * extent of their own; descriptions we wrote are not printed as titles in 《》.
 */

const dataset = shippedDataset;

function renderHost(lang: Lang, view: Partial<ViewState>) {
  renderParkList(dataset, { lang, view });
  const section = document.getElementById('place-details-heading')?.closest('section');
  if (!section) throw new Error('details are not open');
  return section;
}

const WORDS: Record<
  Lang,
  { tier: string; coreTier: string; within: string; inferred: string; published: string; described: string }
> = {
  'zh-Hans': {
    tier: '肇庆高新区内的园区（不是核心园区本身）',
    coreTier: '层级核心园区',
    within: '位于肇庆高新区已公布范围内；自身位置和范围未公布',
    inferred: '推断，来源未直接说明：原文只写',
    published: '已公布经纬度范围',
    described: '（无原标题，以下为本站描述）',
  },
  'zh-Hant': {
    tier: '肇慶高新區內的園區（不是核心園區本身）',
    coreTier: '層級核心園區',
    within: '位於肇慶高新區已公布範圍內；自身位置和範圍未公布',
    inferred: '推斷，來源未直接說明：原文只寫',
    published: '已公布經緯度範圍',
    described: '（無原標題，以下為本站描述）',
  },
  en: {
    tier: 'Park inside Zhaoqing National High-tech Zone (not a core park itself)',
    coreTier: 'TierCore park',
    within:
      'Inside the published extent of Zhaoqing National High-tech Zone; its own position and extent are not published',
    inferred: 'Inferred, not stated by a source: The source names only',
    published: 'Published coordinate range',
    described: '(no headline known; our description)',
  },
};

describe.each(LANGS)('corrections in the park panels (%s)', (lang) => {
  const w = WORDS[lang];

  it('the Dawang NEV park: inside the High-tech Zone, own position not published, inferred from 大旺', () => {
    const panel = renderHost(lang, { park: 'dawang-nev-park' });
    expect(panel).toHaveTextContent(w.tier);
    expect(panel).not.toHaveTextContent(w.coreTier);
    expect(panel.querySelector('.place-details-eyebrow')?.textContent).toBe(
      {
        'zh-Hans': '核心园区内的园区（推断） · 园区',
        'zh-Hant': '核心園區內的園區（推斷） · 園區',
        en: 'Park within a core park (inferred) · Park',
      }[lang],
    );
    expect(panel).toHaveTextContent(w.within);
    expect(panel).toHaveTextContent(w.inferred);
    expect(panel).toHaveTextContent(lang === 'en' ? 'Dawang' : '大旺');
    // Not the zone's published box, which is not the park's.
    expect(panel).not.toHaveTextContent(w.published);
    expect(panel).not.toHaveTextContent('112°47′');
    // Its parent link is marked as inferred.
    expect(panel).toHaveTextContent({ 'zh-Hans': '（推断）', 'zh-Hant': '（推斷）', en: '(inferred)' }[lang]);
  });

  it('XPeng and CATL in the High-tech Zone: inside its extent, own position not published', () => {
    const panel = renderHost(lang, { park: 'high-tech-zone' });
    const xpeng = within(panel).getByRole('heading', { level: 4, name: dataset.entities[0]?.name[lang] });
    const entry = xpeng.closest('li') ?? xpeng.parentElement;
    expect(entry).toHaveTextContent(
      {
        'zh-Hans': '位于核心园区范围内（自身位置未公布）',
        'zh-Hant': '位於核心園區範圍內（自身位置未公布）',
        en: 'inside a core park’s extent (own position not published)',
      }[lang],
    );
    // The zone itself keeps its published range, labelled as a bounding box.
    expect(panel).toHaveTextContent(w.published);
  });

  it('prints descriptions we wrote as descriptions, never in 《》; real titles in 《》', () => {
    const panel = renderHost(lang, { park: 'high-tech-zone' });
    const footer = panel.querySelector('.source-footer');
    if (!footer) throw new Error('no source footer');
    const text = footer.textContent ?? '';
    for (const s of dataset.sources.filter((x) => x.titleKind === 'description')) {
      expect(text).not.toContain(`《${s.title}》`);
    }
    expect(text).toContain(w.described);
    // S4 has no headline: our description of it is marked so.
    expect(text).not.toContain(`《${dataset.sources.find((s) => s.id === 'S4')?.title}》`);
  });

  it('a park inside the New Area is not called a core park either', () => {
    const panel = renderHost(lang, { park: 'new-area-electronics-park' });
    expect(panel).not.toHaveTextContent(w.coreTier);
    expect(
      screen.getAllByText(new RegExp(dataset.parks[2]?.name[lang].replace(/[()]/g, '\\$&') ?? '')).length,
    ).toBeGreaterThan(0);
  });

  it('says where a county-level location is more or less than "the county" (spans, inferred, town)', () => {
    const where = (id: string) =>
      renderHost(lang, { park: id }).querySelector('.place-location')?.textContent ?? '';
    const words = {
      'zh-Hans': ['横跨多个县', '推断：来源没有给出', '来源给出镇（长岗镇）'],
      'zh-Hant': ['橫跨多個縣', '推斷：來源沒有給出', '來源給出鎮（長崗鎮）'],
      en: ['spans several districts', 'inferred: no source gives', 'the sources give the town (Changgang)'],
    }[lang];
    expect(where('agglomeration-zone')).toContain(words[0]);
    cleanup();
    expect(where('new-area-electronics-park')).toContain(words[1]);
    cleanup();
    expect(where('fengkai-changgang-building-materials')).toContain(words[2]);
  });
});
