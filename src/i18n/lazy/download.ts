import { lazyArea } from '../lazy-area';
import { downloadMessages } from '../messages/download';
import { downloadEn } from '../messages/en/download';
import { downloadZhHant } from '../messages/zh-Hant/download';

/** The data download's strings: imported only by the overview's lower part. */
export const downloadArea = lazyArea('download', {
  'zh-Hans': downloadMessages,
  'zh-Hant': downloadZhHant,
  en: downloadEn,
});
