import type { LazyBundle } from '../lazy-messages';
import { entityListMessages } from '../messages/entity-list';
import { entityListEn } from '../messages/en/entity-list';
import { entityListZhHant } from '../messages/zh-Hant/entity-list';

/** The long firm list's own strings in every language: imported only by its lazy chunk. */
export const entityListBundle: LazyBundle<typeof entityListMessages> = {
  'zh-Hans': entityListMessages,
  'zh-Hant': entityListZhHant,
  en: entityListEn,
};
