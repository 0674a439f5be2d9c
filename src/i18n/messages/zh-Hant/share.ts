import type { Widen } from '../../define-messages';
import type { shareMessages } from '../share';

export const shareZhHant: Widen<typeof shareMessages> = {
  share: {
    button: '分享',
    loadFailed: '無法載入分享功能。',
    retry: '重試',
    param: {
      v: '連結版本',
      lang: '語言',
      sectors: '產業',
      park: '園區',
      county: '區縣',
      map: '地圖位置',
      hide: '隱藏的圖層',
      tab: '分頁',
      compare: '對比的園區',
      mode: '顯示模式',
      links: '關聯範圍',
      entity: '企業或項目',
      order: '園區列表排序',
      tour: '演示路線',
      every: '每頁秒數',
      scene: '演示頁',
      qr: 'QR 碼',
    },
  },
};
