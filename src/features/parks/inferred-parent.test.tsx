// @vitest-environment jsdom
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { renderParkList } from './parks-test-kit';
import { shippedDataset } from '../../testing/shipped-data';

/**
 * data-audit-2026-12 n5: that the Dawang NEV park lies in the High-tech Zone is this map's inference
 * (from the name 大旺), so wherever its parent is shown — the zone's details, the park's own, the
 * park list, the legend (map-legend.test.tsx) — it carries the inferred mark, and the claim stating the inference is
 * tagged as one (low confidence), not as the high-confidence source X01.
 */

const dataset = shippedDataset;
const DAWANG: Record<Lang, string> = {
  'zh-Hans': '肇庆大旺智能网联新能源汽车产业园',
  'zh-Hant': '肇慶大旺智能網聯新能源汽車產業園',
  en: dataset.parks.find((p) => p.id === 'dawang-nev-park')?.name.en ?? '?',
};
const W: Record<
  Lang,
  { mark: string; tier: string; row: string; badge: string; basis: string; notBadge: string }
> = {
  'zh-Hans': {
    mark: '（推断）',
    tier: '肇庆高新区内的园区（不是核心园区本身）（推断）',
    row: '推断位于核心园区范围内（自身位置未公布）',
    badge: '本图推断，来源未直接说明 · 可信度低',
    basis: '推断依据：',
    notBadge: '二手资料 · 可信度高',
  },
  'zh-Hant': {
    mark: '（推斷）',
    tier: '肇慶高新區內的園區（不是核心園區本身）（推斷）',
    row: '推斷位於核心園區範圍內（自身位置未公布）',
    badge: '本圖推斷，來源未直接說明 · 可信度低',
    basis: '推斷依據：',
    notBadge: '二手資料 · 可信度高',
  },
  en: {
    mark: ' (inferred)',
    tier: 'Park inside Zhaoqing National High-tech Zone (not a core park itself) (inferred)',
    row: 'inferred to be inside a core park’s extent (own position not published)',
    badge: 'This map’s inference, not stated by a source · low confidence',
    basis: 'inferred from ',
    notBadge: 'Secondary source · high confidence',
  },
};

function details() {
  const section = document.getElementById('place-details-heading')?.closest('section');
  if (!section) throw new Error('details are not open');
  return section;
}

describe.each(LANGS)('an inferred parent is marked as inferred wherever it is shown (%s)', (lang) => {
  const w = W[lang];

  it('in the High-tech Zone’s details: the Dawang park among its parks, marked', () => {
    renderParkList(dataset, { lang, view: { park: 'high-tech-zone' } });
    const dd = within(details()).getByRole('button', { name: DAWANG[lang] }).parentElement;
    expect(dd?.textContent).toBe(`${DAWANG[lang]}${w.mark}`);
    // XPeng is placed in the zone by a source (X11): its entry carries no inferred mark.
    const xpeng = within(details()).getByRole('heading', { level: 4, name: dataset.entities[0]?.name[lang] });
    expect(xpeng.closest('li') ?? xpeng.parentElement).not.toHaveTextContent(w.row);
  });

  it('in the park’s own details: eyebrow, tier, parent; its location claim tagged as an inference', () => {
    renderParkList(dataset, { lang, view: { park: 'dawang-nev-park' } });
    const panel = details();
    expect(panel).toHaveTextContent(w.tier);
    const claim = [...panel.querySelectorAll('.claim')].find((c) =>
      c.textContent?.includes(
        lang === 'en' ? 'inferred from the name' : lang === 'zh-Hans' ? '推断的' : '推斷的',
      ),
    );
    if (!claim) throw new Error('the location claim');
    expect(claim.querySelector('.claim-source')).toHaveTextContent(w.badge);
    expect(claim.querySelector('.claim-source')).toHaveTextContent(`${w.basis}[X01]`);
    expect(claim).not.toHaveTextContent(w.notBadge);
  });

  it('in the park list: the row says the containment is inferred', () => {
    renderParkList(dataset, { lang, listOnly: true });
    const row = document.querySelector('[data-park-id="dawang-nev-park"]');
    expect(row).toHaveTextContent(w.row);
  });
});
