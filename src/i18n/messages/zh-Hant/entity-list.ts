import type { Widen } from '../../define-messages';
import type { entityListMessages } from '../entity-list';

export const entityListZhHant: Widen<typeof entityListMessages> = {
  entityList: {
    label: '企業與項目，共 {{total}} 項',
    keys: '在列表中按 ↑ ↓ 鍵逐項移動，{{page}} 翻一屏，{{ends}} 到首尾。',
  },
};
