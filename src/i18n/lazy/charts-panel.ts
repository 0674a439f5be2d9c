import type { LazyBundle } from '../lazy-messages';
import { chartsPanelMessages } from '../messages/charts-panel';
import { chartsPanelEn } from '../messages/en/charts-panel';
import { chartsPanelZhHant } from '../messages/zh-Hant/charts-panel';

/** The charts panel's own strings in every language: imported only by the charts' lazy chunk. */
export const chartsPanelBundle: LazyBundle<typeof chartsPanelMessages> = {
  'zh-Hans': chartsPanelMessages,
  'zh-Hant': chartsPanelZhHant,
  en: chartsPanelEn,
};
