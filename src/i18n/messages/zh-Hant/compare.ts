import type { Widen } from '../../define-messages';
import type { compareMessages } from '../compare';

export const compareZhHant: Widen<typeof compareMessages> = {
  compare: {
    add: '對比：將{{name}}加入對比',
    remove: '已選對比：從對比中移除{{name}}',
    addShort: '＋ 對比',
    chosenShort: '✓ 已選對比',
    print: '列印 / 存為 PDF',
    loadFailed: '無法載入對比。',
  },
};
