import { lazyArea } from '../lazy-area';
import { outcomesPanelMessages } from '../messages/outcomes-panel';
import { outcomesPanelEn } from '../messages/en/outcomes-panel';
import { outcomesPanelZhHant } from '../messages/zh-Hant/outcomes-panel';

/** The Targets & outcomes panel's strings: imported only by the panel's chunk. */
export const outcomesPanelArea = lazyArea('outcomesPanel', {
  'zh-Hans': outcomesPanelMessages,
  'zh-Hant': outcomesPanelZhHant,
  en: outcomesPanelEn,
});
