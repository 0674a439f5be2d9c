import type { LazyBundle } from '../lazy-messages';
import { shareDialogEn } from '../messages/en/share-dialog';
import { shareDialogMessages } from '../messages/share-dialog';
import { shareDialogZhHant } from '../messages/zh-Hant/share-dialog';

/** The Share dialog's strings in every language: imported only by the dialog's lazy chunk. */
export const shareDialogBundle: LazyBundle<typeof shareDialogMessages> = {
  'zh-Hans': shareDialogMessages,
  'zh-Hant': shareDialogZhHant,
  en: shareDialogEn,
};
