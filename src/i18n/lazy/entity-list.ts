import { lazyArea } from '../lazy-area';
import { entityListMessages } from '../messages/entity-list';
import { entityListEn } from '../messages/en/entity-list';
import { entityListZhHant } from '../messages/zh-Hant/entity-list';

/** The long firm list's own strings: imported only by its lazy chunk. */
export const entityListArea = lazyArea('entityList', {
  'zh-Hans': entityListMessages,
  'zh-Hant': entityListZhHant,
  en: entityListEn,
});
