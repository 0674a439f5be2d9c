import { lazyArea } from '../lazy-area';
import { briefMessages } from '../messages/brief';
import { briefEn } from '../messages/en/brief';
import { briefZhHant } from '../messages/zh-Hant/brief';

/** The one-page brief's strings: imported only by the brief's lazy chunk. */
export const briefArea = lazyArea('brief', {
  'zh-Hans': briefMessages,
  'zh-Hant': briefZhHant,
  en: briefEn,
});
