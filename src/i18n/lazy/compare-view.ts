import { lazyArea } from '../lazy-area';
import { compareViewMessages } from '../messages/compare-view';
import { compareViewEn } from '../messages/en/compare-view';
import { compareViewZhHant } from '../messages/zh-Hant/compare-view';

/** The compare tray's and the comparison's strings: imported only by their chunks. */
export const compareViewArea = lazyArea('compareView', {
  'zh-Hans': compareViewMessages,
  'zh-Hant': compareViewZhHant,
  en: compareViewEn,
});
