import { lazyArea } from '../lazy-area';
import { shareDialogMessages } from '../messages/share-dialog';
import { shareDialogEn } from '../messages/en/share-dialog';
import { shareDialogZhHant } from '../messages/zh-Hant/share-dialog';

/** The Share dialog's strings: imported only by the dialog's lazy chunk. */
export const shareDialogArea = lazyArea('shareDialog', {
  'zh-Hans': shareDialogMessages,
  'zh-Hant': shareDialogZhHant,
  en: shareDialogEn,
});
