import { lazyArea } from '../lazy-area';
import { chartsPanelMessages } from '../messages/charts-panel';
import { chartsPanelEn } from '../messages/en/charts-panel';
import { chartsPanelZhHant } from '../messages/zh-Hant/charts-panel';

/** The charts panel's own strings: imported only by the charts' lazy chunk. */
export const chartsPanelArea = lazyArea('chartsPanel', {
  'zh-Hans': chartsPanelMessages,
  'zh-Hant': chartsPanelZhHant,
  en: chartsPanelEn,
});
