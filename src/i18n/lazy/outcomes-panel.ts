import type { LazyBundle } from '../lazy-messages';
import { outcomesPanelEn } from '../messages/en/outcomes-panel';
import { outcomesPanelMessages } from '../messages/outcomes-panel';
import { outcomesPanelZhHant } from '../messages/zh-Hant/outcomes-panel';

/** The Targets & outcomes panel's strings in every language: imported only by the panel's chunk. */
export const outcomesPanelBundle: LazyBundle<typeof outcomesPanelMessages> = {
  'zh-Hans': outcomesPanelMessages,
  'zh-Hant': outcomesPanelZhHant,
  en: outcomesPanelEn,
};
