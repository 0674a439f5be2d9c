// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { renderWithProviders } from '../../testing/render-with-providers';
import { MapLegend } from './map-legend';

/** data-audit-2026-12 n5: the hollow dotted key covers the Dawang park, whose containment is inferred. */
const WITHIN: Record<Lang, string> = {
  'zh-Hans': '空心点线：在（或推断在）已公布范围内，自身位置未公布',
  'zh-Hant': '空心點線：在（或推斷在）已公布範圍內，自身位置未公布',
  en: 'Hollow, dotted: inside (or inferred inside) a published extent, own position unpublished',
};

describe('MapLegend', () => {
  it.each(LANGS)('says a hollow dotted symbol may be inside a published extent by inference (%s)', (lang) => {
    renderWithProviders(<MapLegend hasGba tileCredit={null} />, { lang });
    expect(screen.getByText(WITHIN[lang])).toBeInTheDocument();
  });
});
